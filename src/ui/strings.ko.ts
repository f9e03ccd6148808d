/**
 * The Korean UI texts: the same keys as `en` in strings.ts (strings.test.ts checks the key set and
 * the `{placeholders}` / `$…$` math of every text). Terms follow Korean NLP lecture notes; math,
 * placeholders and token names (</s>, <unk>) stay as they are.
 */
import type { ModelFileProblem } from '../model/modelFileError';
import type { Strings } from './strings';
import { learnKo } from './learnStrings.ko';

/** The Korean UI texts. */
export const ko: Strings = {
  title: '어텐션 실시간 보기: 영어 → 프랑스어',
  intro:
    '어텐션을 갖춘 실제 인코더–디코더 번역 모델이 브라우저 안에서 실행됩니다. 영어 문장을 입력하면, 디코더가 프랑스어 단어를 하나씩 생성할 때마다 어떤 원문 단어를 참고했는지 볼 수 있습니다.',
  modelLabel: '모델',
  backendLabel: '백엔드',
  backendHelp: 'TensorFlow.js가 모델을 실행하는 곳: WebGL(GPU), WebAssembly 또는 순수 JavaScript(CPU).',
  inputLabel: '영어 문장',
  inputPlaceholder: '영어 문장을 입력하세요. 예: I am a student.',
  translate: '번역',
  translating: '번역하는 중…',
  examples: '예문',
  loadingModel: (name: string) => `모델 “${name}” 불러오는 중…`,
  switchingBackend: (name: string) => `${name}(으)로 전환하는 중…`,
  startingBackend: 'TensorFlow.js 시작하는 중…',
  ready: '준비됨',
  unavailable: '불러온 모델이 없습니다. 다른 모델을 고르거나 페이지를 새로 고치세요.',
  translationHeading: (tgt: string) =>
    `${({ fr: '프랑스어', de: '독일어', en: '영어' } as Record<string, string>)[tgt] ?? tgt} 번역`,
  emptyOutput: '(단어 없음: 모델이 곧바로 문장을 끝냈습니다)',
  sourceHeading: '모델이 읽는 원문 토큰',
  unknownTooltip: '모델의 어휘 사전에 없는 단어',
  variantDescriptions: {
    'luong-general': '쌍선형(general) 점수 h_tᵀ W_a h̄_j를 쓰는 전역 어텐션 (Luong 외, 2015).',
    'luong-dot': '내적(dot) 점수 h_tᵀ h̄_j를 쓰는 전역 어텐션 (Luong 외, 2015).',
    'luong-concat': '연결(concat) 점수 v_aᵀ tanh(W_a [h_t; h̄_j])를 쓰는 전역 어텐션 (Luong 외, 2015).',
    bahdanau: '이전 상태로 계산하는 덧셈(additive) 어텐션: v_aᵀ tanh(W_a s_{t−1} + U_a h̄_j) (Bahdanau 외, 2015).',
    none: '디코더는 문장 전체를 담은 고정 벡터 하나만 봅니다.',
  },
  unknownBadge: '<unk>',
  unknownNote: (n: number) =>
    n === 1
      ? '단어 하나가 모델의 어휘 사전에 없습니다. 모델은 이 단어를 <unk>로 읽습니다.'
      : `단어 ${n}개가 모델의 어휘 사전에 없습니다. 모델은 이 단어들을 <unk>로 읽습니다.`,
  truncatedNote: '문장이 모델이 받을 수 있는 길이보다 길어서 잘렸습니다.',
  hitMaxNote: '디코더가 </s>를 생성하기 전에 길이 제한에 도달했습니다.',
  heatmapHeading: '정렬(alignment): 디코더가 본 곳',
  heatmapHelp:
    '각 행은 출력 단어 하나이고(마지막 행은 문장 끝 토큰 </s>), 각 열은 원문 토큰 하나입니다. 칸의 값은 어텐션 가중치 α이며, 밝을수록 어텐션이 큽니다. 각 행의 합은 1입니다. 칸에 마우스를 올리거나 칸을 탭하면 가중치가 보이고, Tab 키로 칸에 들어가 화살표 키로 이동할 수도 있습니다. 아래에서 디코딩을 한 단계씩 따라가는 동안에는 디코더가 아직 계산하지 않은 행이 흐리게 표시됩니다.',
  heatmap: {
    caption: '어텐션 가중치: 각 행은 출력 토큰 하나, 각 열은 원문 토큰 하나이며 각 행의 합은 1입니다.',
    legend: '어텐션 가중치 α',
    rowHeader: '출력 ↓ / 원문 →',
    unknownSuffix: ' (미등록 단어)',
  },
  noAttention: '이 모델에는 어텐션이 없습니다. 디코더는 문장 전체에 대해 고정된 벡터 하나만 보므로 보여 줄 정렬이 없습니다.',
  stats: (steps: number, ms: number, backend: string) => `디코더 ${steps}단계, ${backend}에서 ${Math.round(ms)} ms`,
  softwareWebgl: (renderer: string) =>
    `이 환경의 WebGL은 소프트웨어 렌더링(${renderer})이라 더 빠른 WebAssembly 백엔드를 사용합니다. 비교하려면 WebGL을 선택하세요.`,
  slowWebgl: '여기서는 WebGL이 1초 안에 시작되지 않아 WebAssembly 백엔드로 시작했습니다. 비교하려면 WebGL을 고르세요.',
  backendFallback: (requested: string, active: string, why: string) =>
    `이 환경에서는 ${requested} 백엔드를 쓸 수 없어(${why}) 대신 ${active}에서 모델을 실행합니다.`,
  contextRestored:
    'WebGL 컨텍스트가 사라졌습니다(GPU가 재설정되었거나 브라우저가 회수했습니다). WebGL을 다시 시작하고 모델을 다시 불러왔으니 이전처럼 번역할 수 있습니다.',
  contextFallback: (active: string, why: string) =>
    `WebGL 컨텍스트가 사라졌고 WebGL을 다시 시작하지 못해(${why}) 이제 ${active}에서 모델을 실행합니다.`,
  modelError: (name: string, msg: string) => `모델 “${name}”을(를) 불러오지 못했습니다: ${msg}`,
  modelFile: (p: ModelFileProblem): string => {
    switch (p.kind) {
      case 'download':
        return `${p.file} 파일을 내려받지 못했습니다(${p.status !== undefined ? `HTTP ${p.status}` : `네트워크 오류: ${p.detail ?? '?'}`}).`;
      case 'notFound':
        return `서버에 ${p.file} 파일이 없습니다.`;
      case 'missingFile':
        return `폴더에 ${p.file} 파일이 없습니다(모델 폴더에는 model.json, weights.bin, vocab.json이 있어야 합니다).`;
      case 'notJson':
        return `${p.file} 파일이 올바른 JSON이 아닙니다(손상되었거나 다른 파일).`;
      case 'notModel':
        return `${p.file} 파일은 이 앱의 모델 파일이 아닙니다.`;
      case 'malformed':
        return `${p.file} 파일의 형식이 잘못되었습니다: “${p.field}” 항목이 없거나 올바르지 않습니다.`;
      case 'size':
        return `${p.file} 파일의 크기가 ${p.expected}바이트가 아니라 ${p.bytes}바이트입니다: 파일이 잘렸거나 이 모델의 파일이 아닙니다.`;
      case 'checksum':
        return `${p.file} 파일이 체크섬과 일치하지 않습니다: 내려받은 파일이 손상되었거나 오래되었습니다.`;
      case 'shape':
        return `model.json에 가중치 “${p.weight}”의 형태가 [${p.shape.join(', ')}](으)로 되어 있지만, 모델에는 [${p.expected.join(', ')}]이(가) 필요합니다.`;
      case 'missingWeight':
        return `model.json에 모델에 필요한 가중치 “${p.weight}”이(가) 없습니다.`;
      case 'extraWeight':
        return `model.json에 이 종류의 모델에는 없는 가중치 “${p.weight}”이(가) 있습니다(다른 모델의 파일일 수 있습니다).`;
      case 'vocabSize':
        return `vocab.json의 어휘는 원문 ${p.src}개, 번역문 ${p.tgt}개인데 model.json은 ${p.expectedSrc}개와 ${p.expectedTgt}개를 기대합니다.`;
      case 'vocabSpecials':
        return `vocab.json: ${p.side === 'src' ? '원문' : '번역문'} 어휘가 특수 토큰으로 시작하지 않습니다.`;
    }
  },
  translateError: (msg: string) => `번역에 실패했습니다: ${msg}`,
  indexError: (msg: string) => `모델 목록을 불러오지 못했습니다: ${msg}`,
  card: (bleu: number | undefined, epochs: number | undefined) =>
    [bleu !== undefined ? `dev BLEU ${bleu.toFixed(1)}` : '', epochs !== undefined ? `${epochs.toFixed(2)} 에폭 학습` : '']
      .filter(Boolean)
      .join(' · '),
  footerPairs: '문장 쌍:',
  footerAnd: '및',
  prefs: {
    language: '언어',
    theme: '테마',
    themeSystem: '시스템 설정',
    themeLight: '라이트',
    themeDark: '다크',
  },
  footerNote: '모든 계산은 브라우저 안에서 이루어지며, 입력한 내용은 이 페이지 밖으로 나가지 않습니다.',
  step: {
    heading: '단계별 보기: 디코더 내부',
    intro:
      '모델이 번역을 생성한 과정을 디코더 단계 하나, 계산 하나씩 다시 재생합니다. 모든 숫자는 모델이 실제로 계산한 값이며, 단계를 넘기는 동안 아무것도 다시 실행하지 않습니다.',
    keysHelp: '키: ← / → 페이즈 · Shift + ← / → 단계 · Space 재생 / 일시 정지 · Home / End',
    play: '재생',
    pause: '일시 정지',
    first: '첫 단계',
    last: '마지막 단계',
    prevStep: '이전 단계',
    nextStep: '다음 단계',
    prevPhase: '이전 페이즈',
    nextPhase: '다음 페이즈',
    speed: '속도',
    stepOf: (t: number, n: number) => `단계 t = ${t} / ${n}`,
    phaseOf: (i: number, n: number) => `페이즈 ${i} / ${n}`,
    steps: '디코더 단계',
    phasesLabel: '이 단계의 페이즈',
    stepChip: (t: number, token: string) => `${t}단계(“${token}”)로 이동`,
    pendingWord: '?',
    vectors: {
      label: '벡터',
      compact: '차원 몇 개',
      full: '모든 차원',
      note: (dims: string, H: number) => `칸: ${H}차원 중 ${dims}번 차원 (모든 벡터에서 같음)`,
    },
    video: {
      button: '이 단계를 동영상으로 (WebM)',
      busy: '단계를 녹화하는 중…',
      failed: '이 브라우저는 WebM 동영상을 녹화할 수 없습니다.',
    },
    reducedMotion: '시스템에서 동작 줄이기를 요청했으므로 애니메이션을 끕니다.',
    phases: {
      rnn: {
        title: '디코더 RNN 갱신',
        luong:
          '디코더 GRU는 이전 단어 $y_{t-1}$ = “{input}”과 이전 단계의 어텐션 벡터 $\\tilde h_{t-1}$(input feeding; $t = 1$에서는 0)을 함께 읽고 상태를 $h_{t-1} \\to h_t$로 갱신합니다($t = 1$에서 $h_0$은 인코더의 요약 $s_0$입니다). 업데이트 게이트 $z$가 성분마다 이전 상태를 얼마나 유지할지 정합니다. 새 은닉 상태 $h_t$가 다음에 어텐션이 던지는 질의(query)가 됩니다.',
        bahdanau:
          '이제야 GRU가 상태를 갱신합니다. 이전 단어 $y_{t-1}$ = “{input}”과 어텐션이 방금 만든 컨텍스트 벡터 $c_t$를 함께 읽으므로, $s_t$는 이번 단어에 어떤 원문 단어가 중요한지 이미 알고 있습니다. 업데이트 게이트 $z$가 성분마다 $s_{t-1}$을 얼마나 유지할지 정합니다.',
        none: '디코더 GRU는 이전 단어 $y_{t-1}$ = “{input}”과 매 단계 똑같은 고정 벡터 $c$를 읽고 상태를 $h_{t-1} \\to h_t$로 갱신합니다. 어텐션이 없으면 디코더가 원문 문장에 대해 알 수 있는 것은 $c$뿐입니다.',
      },
      scores: {
        title: '어텐션 점수',
        luong:
          '새 디코더 은닉 상태 $h_t$를 모든 인코더 annotation $\\bar h_j$(원문 토큰마다 벡터 하나)와 비교합니다. 이 원문 단어가 지금 생성할 단어와 얼마나 관련 있을까요? 원문 토큰마다 원시 점수 $e_{tj}$가 하나씩 나옵니다. 임의의 실수이며, 클수록 관련이 큽니다.',
        bahdanau:
          'Bahdanau 어텐션은 RNN 갱신 전에 계산합니다. 이전 상태 $s_{t-1}$을 모든 인코더 annotation $\\bar h_j$(원문 토큰마다 벡터 하나)와 비교합니다. 원문 토큰마다 원시 점수 $e_{tj}$가 하나씩 나옵니다. 임의의 실수이며, 클수록 관련이 큽니다.',
        dot: '내적(dot) 점수 함수: 단순한 내적으로, $h_t$와 $\\bar h_j$가 같은 방향을 가리킬수록 커집니다. 학습 파라미터가 없습니다.',
        general:
          'General 점수 함수: $h_t$를 annotation의 학습된 선형 변환 $W_a \\bar h_j$와 비교하므로, 두 벡터 공간이 꼭 맞물릴 필요가 없습니다.',
        concat: 'Concat 점수 함수: 은닉층이 하나인 작은 신경망이 $h_t$와 $\\bar h_j$를 함께 읽고 점수를 출력합니다.',
        additive:
          '가산(additive) 점수 함수: 은닉층이 하나인 작은 신경망이 $W_a s_{t-1}$과 $U_a \\bar h_j$를 더하고, tanh로 압축한 뒤 $v_a$에 사영합니다.',
      },
      softmax: {
        title: '소프트맥스: 점수 → 가중치',
        body: '소프트맥스는 점수를 가중치로 바꿉니다. 지수를 취한 뒤 그 합으로 나눕니다. 각 가중치는 0과 1 사이이고 모두 더하면 1이므로, $\\alpha_t$는 원문 토큰 위의 확률 분포, 곧 디코더가 이번 단어를 위해 보는 곳입니다. 이것이 정렬 히트맵에서 이 단계의 행입니다.',
      },
      context: {
        title: '가중합: 컨텍스트 벡터',
        body: '컨텍스트 벡터 $c_t$는 annotation들의 가중 평균입니다. 각 $\\bar h_j$에 가중치 $\\alpha_{tj}$를 곱하고(흐리게 표시된 띠) 모두 더합니다. 이것이 어텐션이 병목을 없애는 방법입니다. 문장 전체에 대한 고정 벡터 하나 대신, 디코더는 지금 필요한 단어에 초점을 맞춘 새로운 원문 요약을 매번 받습니다.',
      },
      fixed: {
        title: '고정 컨텍스트 (어텐션 없음)',
        body: '어텐션이 없으면 디코더가 원문을 보는 유일한 창은 이 벡터 하나입니다. 순방향 인코더의 마지막 상태(위쪽 절반)와 역방향 인코더의 첫 상태(아래쪽 절반)로 이루어집니다. 매 단계 똑같으며, 문장이 아무리 길어도 이 숫자들 안에 모두 욱여넣어야 합니다. 이것이 어텐션이 없애는 병목입니다.',
      },
      concat: {
        title: '연결(concatenation)',
        luong:
          '컨텍스트 벡터를 디코더 상태 옆에 이어 붙입니다: $[c_t ; h_t]$, 숫자가 두 배가 됩니다. 원문이 말하는 것과 디코더가 지금까지 쓴 것이 나란히 놓입니다.',
        bahdanau:
          'Bahdanau의 출력층은 세 벡터를 나란히 읽습니다. 새 상태 $s_t$, 컨텍스트 벡터 $c_t$, 이전 단어의 임베딩 $E_y(y_{t-1})$(상태 벡터보다 차원이 적어 띠의 위쪽만 채웁니다)입니다.',
        none: '고정 벡터 $c$를 디코더 상태 옆에 이어 붙입니다: $[c ; h_t]$.',
      },
      attentional: {
        title: '어텐션 벡터(attentional vector)',
        titleBahdanau: '리드아웃 벡터',
        luong:
          '학습된 층 $W_c$와 tanh가 둘을 섞어 어텐션 벡터 $\\tilde h_t$를 만듭니다. 이 벡터로 다음 단어를 예측하고, 다음 단계의 RNN에도 입력하므로(input feeding) 디코더는 자신이 어디를 보았는지 기억합니다.',
        bahdanau: '학습된 층 $W_o$와 tanh가 이들을 섞어 출력층이 읽는 벡터 $t_t$를 만듭니다.',
        none: '학습된 층 $W_c$와 tanh가 둘을 섞어 출력층이 읽는 벡터 $\\tilde h_t$를 만듭니다.',
      },
      output: {
        title: '출력 분포',
        body: '출력층은 프랑스어 어휘의 모든 단어에 점수를 매기고, 소프트맥스가 점수를 확률로 바꿉니다(여기서는 확률이 가장 높은 열 개). 탐욕적(greedy) 디코딩은 확률이 가장 높은 단어 “{chosen}”을 생성하며, 이 단어가 다음 단계의 입력이 됩니다. 출력 행렬은 목표 언어 임베딩과 가중치를 공유합니다: $W_s = E_y P$.',
      },
    },
    stage: {
      scores: '원시 점수 e',
      weights: (sum: string) => `가중치 α (Σ = ${sum})`,
      topk: 'p_t: 다음 단어 후보 (확률 상위)',
      forced: '강제한 단어',
      overridden: (sum: string) => `직접 정한 가중치 α: what-if (Σ = ${sum})`,
      forcedTag: ' (강제)',
      pick: (w: string) => `이 단계에서 “${w}”을(를) 강제`,
      pickSource: (tok: string) => `어텐션을 모두 “${tok}”에 두기`,
      encoderCaption: '인코더 annotation h̄_j: 원문 토큰마다 벡터 하나',
      legendState: '벡터 값 (제곱근 척도)',
      legendUnit: '게이트 z, r',
      notTraced: '트레이스에 기록되지 않음',
      dim: (d: number) => `${d + 1}차원`,
      names: {
        prev: '이전 디코더 상태',
        z: '업데이트 게이트 z',
        r: '리셋 게이트 r',
        state: '디코더 상태',
        context: '컨텍스트 벡터',
        attentional: '출력층이 읽는 벡터',
        embedding: '이전 단어의 임베딩',
        enc: (j: number, token: string) => `“${token}”의 annotation h̄_${j + 1}`,
      },
    },
    formula: {
      heading: '수식',
      code: '코드에서는',
      live: '실제 숫자로',
      hint: '원문 토큰, 막대, 띠, 단어 위에 마우스를 올리면 해당 숫자를 볼 수 있습니다.',
      storage: '코드는 행 벡터용 가중치(x · W)를 저장하므로, 코드의 각 W는 위 수식에 나온 W의 전치입니다.',
      dim: (d: number) => `${d + 1}번째 차원`,
      token: (j: number, token: string) => `원문 토큰 ${j + 1} “${token}”`,
      word: (w: string) => `단어 “${w}”`,
      missing: '이 모델에는 어텐션 점수가 없습니다.',
    },
  },
  tabs: {
    label: '보기',
    main: '번역 및 단계',
    beam: '빔 서치',
    forcing: '교사 강요 & BLEU',
    compare: '비교',
    models: '모델',
    learn: '학습 지켜보기',
    manipulated: 'what-if',
  },
  compare: {
    heading: '점수 함수 나란히 비교하기',
    intro:
      '모델 2~5개와 문장 하나를 고르세요. 각 모델이 문장을 번역하고, 열마다 각 모델의 정렬과 현재 단계 t에서의 원시 점수 e_tj, 가중치 α_tj를 보여 줍니다. 단계 조절기 하나로 모든 열이 함께 움직입니다.',
    pick: '비교할 모델',
    pickHelp: (min: number, max: number) => `모델을 ${min}~${max}개 고르세요. 모델은 비교에 쓸 때만 내려받습니다.`,
    inputLabel: '비교할 문장',
    run: '비교',
    running: '비교하는 중…',
    needMore: (min: number) => `모델을 최소 ${min}개 고르세요.`,
    tooMany: (max: number) => `한 번에 최대 ${max}개 모델까지 가능합니다.`,
    status: {
      idle: '아직 불러오지 않음',
      queued: '대기 중…',
      downloading: (mb: string, total: string | null) => (total ? `내려받는 중 ${mb} / ${total} MB` : `내려받는 중 ${mb} MB`),
      building: '백엔드에서 모델 구성 중…',
      translating: '번역하는 중…',
      ready: '준비됨',
      failed: (msg: string) => `실패: ${msg}`,
    },
    stepLabel: '디코더 단계 t (모든 열)',
    stepOf: (t: number, n: number) => `t = ${t} / ${n}`,
    prev: '이전 단계',
    next: '다음 단계',
    keysHelp: '키 (슬라이더에 포커스가 있을 때): ← / → 단계 · Home / End',
    finished: '종료: 이 모델은 단계 t 전에 </s>를 생성했습니다',
    stepWord: (t: number, word: string) => `${t}단계에서 “${word}” 생성`,
    scoreFormula: '점수 함수',
    noAttention: '어텐션 없음: 디코더는 문장 전체에 대해 고정 벡터 c 하나만 보므로 점수도 정렬도 없습니다.',
    score: '점수 e',
    weight: '가중치 α',
    heatmapCaption: (name: string) => `${name}의 정렬: 행은 출력 토큰, 열은 원문 토큰입니다.`,
    diffHeading: '차이 모드: 두 모델은 어디를 다르게 볼까?',
    diffIntro:
      '각 칸은 두 모델의 어텐션 가중치 차이의 절댓값 |α_A − α_B|이며, 두 모델 모두에 있는 디코더 단계에 대해 계산합니다. 두 모델이 서로 다른 단어를 생성한 단계는 표시됩니다(A의 단어 ≠ B의 단어). 그런 첫 단계부터는 두 디코더가 서로 다른 접두사를 입력받습니다.',
    diffA: '모델 A',
    diffB: '모델 B',
    diffNeedAttention: '차이를 보려면 두 모델 모두 어텐션이 있어야 합니다. 기준 모델(baseline)이 아닌 모델 두 개를 고르세요.',
    diffSame: '서로 다른 모델 두 개를 고르세요.',
    diffLegend: '|α_A − α_B|',
    diffDiffers: '이 단계에서 두 모델이 서로 다른 단어를 생성했습니다',
    diffCell: (a: string, b: string, src: string, d: string) => `${a} / ${b} ← ${src}: |Δα| = ${d}`,
    diffCaption: '칸마다 모델 A와 B의 어텐션 가중치 차이의 절댓값',
    diffWords: (n: number) =>
      n === 0
        ? '두 모델이 같은 단어들을 생성했습니다.'
        : n === 1
          ? '두 모델이 1개 위치에서 다른 단어를 생성했습니다.'
          : `두 모델이 ${n}개 위치에서 다른 단어를 생성했습니다.`,
  },
  bottleneck: {
    heading: '어텐션이 없애는 병목: 원문 길이에 따른 BLEU',
    caption:
      '원문 문장 길이별 탐욕적 번역의 코퍼스 BLEU이며, 모델마다 선 하나입니다. Bahdanau 외(2015, 그림 2)에서처럼 어텐션이 없는 모델은 문장 전체를 고정 벡터 하나에 욱여넣어야 하므로 문장이 길어질수록 곡선이 떨어집니다. 어텐션이 있으면 긴 문장도 번역할 수 있습니다.',
    set: (set: string, source: string) => `데이터: ${set} 세트 (${source}).`,
    steps: (name: string, steps: number | null) =>
      `${name}: ${steps === null ? '학습 스텝 수 알 수 없음' : `학습 스텝 ${steps.toLocaleString('ko')}회`}`,
    x: '원문 길이 (영어 단어 수)',
    y: 'BLEU',
    point: (name: string, bucket: string, bleu: string, n: number) => `${name}, ${bucket}단어: BLEU ${bleu} (문장 ${n}개)`,
    data: '수치 보기 (길이 구간별 BLEU)',
    loading: '길이별 BLEU 데이터를 불러오는 중…',
    error: (msg: string) => `차트를 그리지 못했습니다: ${msg}`,
  },
  models: {
    heading: '모델: 결과를 한 표로',
    intro:
      '모든 모델은 같은 데이터, 같은 크기와 학습 일정으로 같은 스텝 수(스텝 열)만큼 학습했습니다. 숫자는 각 모델의 모델 카드에서 가져옵니다.',
    unequalBudget: '표의 모델들이 아직 같은 스텝 수만큼 학습되지 않았습니다(스텝 열). 점수를 비교할 때 이 점을 고려하세요.',
    loading: '모델 카드를 불러오는 중…',
    model: '모델',
    score: '점수 함수',
    bleuSet: (set: string) => `BLEU (${set} 세트)`,
    greedy: '탐욕적',
    beam5: '빔 5',
    byLength: (set: string) => `원문 길이별 BLEU (${set} 세트, 탐욕적)`,
    parameters: '파라미터 수',
    weights: '가중치 크기',
    trainingTime: '학습 시간',
    steps: '스텝 (에폭)',
    tokensPerSecond: '목표 토큰/초',
    missing: '—',
    setNote:
      '테스트 세트 BLEU를 측정한 경우 그것을 보여 주고, 아니면 dev 세트 BLEU를 보여 줍니다. dev 세트는 체크포인트 선택에도 쓰였으므로 약간 낙관적인 값입니다. 각 칸에 어떤 세트인지 적혀 있습니다.',
    noCard: '모델 카드 없음',
    mb: (mb: string) => `${mb} MB`,
    duration: (h: number, m: number) => (h > 0 ? `${h}시간 ${m}분` : `${m}분`),
    stepsEpochs: (steps: number, epochs: string) => `${steps.toLocaleString('ko')} (${epochs} 에폭)`,
  },
  needResult: '먼저 문장을 번역하세요. 이 보기는 현재 문장을 사용합니다.',
  loadingView: '이 보기를 불러오는 중…',
  precomputed: {
    badge: '미리 계산한 예시',
    loading: (model: string) =>
      `모델 “${model}”이(가) 미리 계산해 둔 결과이며, 이 브라우저에서 실행한 것이 아닙니다. 실제 모델을 불러오는 중입니다. 준비되면 입력한 문장을 이 브라우저 안에서 바로 번역합니다.`,
    ready: (model: string) =>
      `모델 “${model}”이(가) 미리 계산해 둔 결과이며, 이 브라우저에서 실행한 것이 아닙니다. 이제 실제 모델이 준비되었습니다. 위에 문장을 입력하고 번역을 누르세요.`,
    stats: (steps: number) => `디코더 ${steps}단계 · 미리 계산됨 (이 브라우저에서 실행하지 않음)`,
  },
  whatIf: {
    badge: 'What-if: 조작됨',
    explain:
      '이것은 모델 자신의 번역이 아닙니다. 여러분이 디코딩을 바꾸었습니다. 처음 바꾼 단계 이전은 그대로 계산되고, 바꾼 단계에서는 모델이 여러분이 정한 단어나 어텐션 가중치를 사용하며, 그 뒤로는 모델이 스스로 디코딩을 이어 갑니다.',
    forced: (t: number, word: string, own: string, p: string) =>
      `${t}단계: 단어를 “${word}”(으)로 강제했습니다 (모델 자신의 선택은 “${own}”, p = ${p}).`,
    attention: (t: number, token: string, share: string) =>
      `${t}단계: 어텐션 가중치를 직접 정했습니다 (가장 큰 가중치는 “${token}”: ${share}).`,
    own: '모델 자신의 번역:',
    reset: '모델 자신의 디코딩으로 되돌리기',
    decoding: '바꾼 내용으로 다시 디코딩하는 중…',
    heading: '만약 …라면? (What-if)',
    hintOutput: (t: number) =>
      `오른쪽 목록에서 다른 후보 단어를 클릭하면 ${t}단계에서 그 단어를 강제합니다. 디코더는 그 단어를 입력받아 새 접두사에서 이어 갑니다.`,
    hintAttention: (t: number) =>
      `원문 토큰이나 그 막대를 클릭하면 ${t}단계의 어텐션을 모두 그 토큰에 둡니다. 또는 슬라이더를 조절하고 적용하세요. 이 단계를 여러분의 가중치로 다시 계산하고 디코딩을 이어 갑니다.`,
    hintOther: '이 단계의 어텐션을 바꾸려면 소프트맥스 페이즈로, 다른 단어를 강제하려면 출력 페이즈로 가세요.',
    hintNoAttention: '이 모델에는 바꿀 어텐션이 없습니다. 출력 페이즈에서 다른 단어를 강제할 수 있습니다.',
    editor: '이 단계의 어텐션 가중치 (적용할 때 합이 1이 되도록 다시 정규화)',
    apply: '이 가중치 적용',
    revert: '계산된 가중치로 되돌리기',
    overriddenNote: '이 단계의 어텐션 가중치 α는 직접 정한 값입니다(what-if). 점수 e의 소프트맥스가 아닙니다.',
    forcedNote:
      '이 단계의 단어는 강제된 것입니다(what-if). 모델이 고른 단어가 아니며, 막대는 여전히 모델 자신의 분포를 보여 줍니다.',
    rowMark: '조작된 단계 (what-if)',
    stepMark: '여러분이 바꿈',
  },
  beam: {
    heading: '빔 서치: 가설 k개 유지하기',
    intro:
      '탐욕적 디코딩은 접두사 하나만 유지하며 매 단계 확률이 가장 높은 단어를 고릅니다. 빔 서치는 확률이 가장 높은 접두사 k개를 유지하고, 각각을 모든 단어로 확장한 뒤 그 모든 후보 중 가장 좋은 k개를 남깁니다(k개 행 모두 백엔드에서 한 배치로 실행). </s>로 끝나는 접두사는 완료로 따로 보관하며, 가설 k개가 완료되거나 길이 제한에 이르면 탐색을 멈추고, 길이 정규화 점수가 가장 좋은 완료 가설이 선택됩니다.',
    k: '빔 크기 k',
    kHelp: 'k = 1이면 단계마다 접두사 하나만 유지합니다.',
    alpha: '길이 정규화 α',
    alphaHelp: '점수 = log p / 길이ᵅ; α = 0이면 끕니다 (원래의 log p는 짧은 출력을 선호합니다).',
    alphaOff: '0 = 끔',
    showPruned: '가지치기된 후보 보기',
    running: '탐색하는 중…',
    error: (msg: string) => `빔 서치에 실패했습니다: ${msg}`,
    stats: (steps: number, ms: number, backend: string, nodes: number) =>
      `${steps}단계, 후보 ${nodes}개 채점, ${backend}에서 ${Math.round(ms)} ms`,
    treeHeading: '가설 트리',
    treeHelp:
      '디코더 단계마다 열 하나입니다. 각 상자는 토큰 하나와 그 접두사의 누적 로그 확률 log p(y₁…y_t | x)입니다(0은 확실, 더 음수일수록 가능성이 낮음). 실선 상자는 다음 단계에서 확장되는 살아 있는 가설이고, 흐린 점선 상자는 선택되지 못한(가지치기된) 후보, 흐린 실선 상자는 나중에 끊긴 가지입니다. 초록색 상자는 </s>로 끝난 완료 가설로 순위와 정규화 점수를 함께 보여 줍니다. 상자를 클릭하면 그 가설을 볼 수 있습니다.',
    stepSlider: '트리를 보여 줄 단계',
    play: '트리 키우기',
    pause: '일시 정지',
    prev: '이전 단계',
    next: '다음 단계',
    stepSummary: (t: number, live: number, finished: number, k: number) =>
      `${t}단계 후: 살아 있는 가설 ${live}개 (최대 ${k}개), 지금까지 완료 ${finished}개.`,
    colStep: (t: number) => `t = ${t}`,
    node: (n: { token: string; t: number; tokenLogp: string; logp: string; score: string; state: string }) =>
      `${n.t}단계의 “${n.token}” (${n.state}): log p(토큰) = ${n.tokenLogp}, log p(접두사) = ${n.logp}, 정규화 점수 = ${n.score}`,
    live: '살아 있는 가설',
    pruned: '가지치기된 후보',
    finished: '완료 (</s>로 끝남)',
    best: '가장 좋은 완료 가설',
    dead: '나중에 끊긴 가지',
    finishedTag: (rank: number, score: string) => `#${rank} 점수 ${score}`,
    treeCaption: '빔 서치 가설 트리',
    compareHeading: '탐욕적 디코딩 vs 빔 서치',
    greedy: '탐욕적 (k = 1)',
    beamBest: (k: number, alpha: string) => `빔 서치 (k = ${k}, α = ${alpha})`,
    logp: 'log p',
    score: (alpha: string) => `점수 (α = ${alpha})`,
    length: '길이 (</s> 포함)',
    bleu: '문장 BLEU',
    same: '여기서는 빔 서치가 탐욕적 디코딩과 같은 번역을 냅니다.',
    better: '빔 서치가 탐욕적 번역보다 모델이 더 높게 평가하는 번역을 찾았습니다.',
    worse:
      '여기서는 정규화 점수로 보면 탐욕적 출력이 모든 완료된 빔 가설보다 앞섭니다 (빔 서치는 원래의 log p로 가지치기하므로 이런 일이 생길 수 있습니다).',
    noFinished: '길이 제한 안에 </s>에 도달한 가설이 없어, 살아 있는 가설들로 순위를 매깁니다.',
    hypsHeading: '완료된 가설 (좋은 순)',
    hypothesis: (rank: number) => `#${rank}`,
    selectedHeading: '선택한 가설',
    selectedPruned: '이 후보는 가지치기되었습니다. 그 접두사를 보여 줍니다.',
    path: '토큰',
    attentionRows: '이 가설의 어텐션 행 (토큰마다 하나)',
    stepsHeading: '이 가설을 단계별로',
    stepsIntro:
      '선택한 가설을 같은 디코더 단계에 자기 단어들을 입력하며 다시 실행하므로, 모든 단계의 모든 벡터를 살펴볼 수 있습니다. 각 단계에서 오른쪽 목록은 모델의 분포이며, 가설의 단어가 표시됩니다 (꼭 확률이 가장 높은 단어일 필요는 없습니다. 그것이 빔의 요점입니다).',
    loadingSteps: '이 가설의 단계를 계산하는 중…',
    stepNote: (word: string, top: string, p: string) =>
      word === top
        ? `가설은 “${word}”(으)로 이어집니다. 여기서 모델이 가장 높은 확률을 준 단어입니다 (p = ${p}).`
        : `가설은 “${word}”(으)로 이어집니다. 여기서 모델이 가장 높은 확률을 준 단어 “${top}”(p = ${p})가 아닙니다. 빔이 이 덜 유력한 접두사를 살려 둔 것입니다.`,
    noAttention: '이 모델에는 어텐션이 없어 보여 줄 어텐션 행이 없습니다.',
  },
  forcing: {
    heading: '교사 강요(teacher forcing): 참조 번역 입력하기',
    intro:
      '프랑스어 참조 번역을 입력하세요(또는 아래에서 테스트 문장을 고르세요). 그러면 디코더는 자신의 예측 대신 참조 번역의 단어를 입력받고, 각 단계에서 모델이 다음 참조 단어에 주는 확률을 모델 스스로 골랐을 단어와 나란히 보여 줍니다.',
    why: '이유: 학습에서 교사 강요를 쓰는 것은 실제 이전 단어를 입력하면 모든 단계가 올바른 문맥에서 배울 수 있기 때문입니다(그리고 모든 단계를 병렬로 계산할 수 있습니다). 추론 때는 참조 번역이 없으므로 모델은 자신의 예측을 다시 입력해야 하고, 그 실수가 누적될 수 있습니다(노출 편향, exposure bias).',
    referencesLabel: '참조 번역 (한 줄에 하나)',
    referencesPlaceholder: '예: Je suis étudiant.',
    forceLine: '입력할 참조 번역',
    run: '이 참조 번역 입력',
    running: '참조 번역을 입력하는 중…',
    error: (msg: string) => `강제 디코딩에 실패했습니다: ${msg}`,
    examples: '테스트 세트 문장 (참조 번역 포함)',
    examplesHelp: '학습에 쓰지 않은 테스트 분할에서 가져왔습니다. 하나를 고르면 번역하고 모든 참조 번역을 채워 넣습니다.',
    examplesLoading: '테스트 문장을 불러오는 중…',
    examplesError: '테스트 세트 예문을 불러오지 못했습니다.',
    fromTestSet: (n: number) =>
      n === 1 ? '이 참조 번역은 테스트 세트에서 가져왔습니다.' : `이 참조 번역 ${n}개는 테스트 세트에서 가져왔습니다.`,
    otherSentence: (src: string) => `이 참조 번역들은 현재 문장이 아니라 “${src}”의 것입니다.`,
    tokensHeading: '참조 번역의 토큰별 확률',
    caption: '참조 토큰마다: 참조 접두사 다음에 모델이 그 토큰에 주는 확률, 그리고 모델 자신이 가장 높은 확률을 준 단어.',
    step: 't',
    reference: '참조 y_t',
    p: 'p(y_t | y_<t, x)',
    top: '모델 자신의 최선 선택',
    agree: '참조와 같은가?',
    same: '모델의 최선 선택이 참조 단어와 같습니다',
    differs: '모델은 다른 단어를 골랐을 것입니다',
    unknown: '모델의 프랑스어 어휘 사전에 없음: <unk>로 입력하고 채점합니다',
    unknownNote: (n: number) =>
      n === 1
        ? '참조 단어 하나가 모델의 어휘 사전에 없습니다. <unk>로 입력하며, 그 확률은 <unk>의 확률입니다.'
        : `참조 단어 ${n}개가 모델의 어휘 사전에 없습니다. <unk>로 입력하며, 그 확률은 <unk>의 확률입니다.`,
    truncated: '참조 번역이 길어서 잘렸습니다.',
    summary: (logp: string, nll: string, ppl: string, agree: number, n: number) =>
      `log p(참조) = ${logp} · 토큰당 평균 손실 = ${nll} (이 문장 쌍에서의 학습 손실) · 퍼플렉서티 ${ppl} · ${n}단계 중 ${agree}단계에서 모델 자신의 선택이 일치`,
    heatmapHeading: '강제 경로의 어텐션',
    heatmapHelp: '행은 하나씩 입력한 참조 토큰(마지막은 </s>)이고, 열은 원문 토큰입니다.',
    noAttention: '이 모델에는 어텐션이 없어 강제 경로의 히트맵이 없습니다.',
    noReference: '디코더에 입력할 참조 번역을 입력하세요.',
  },
  bleu: {
    heading: 'BLEU 알아보기',
    intro:
      'BLEU는 출력과 참조 번역이 공유하는 단어열(n-gram, n = 1…4)의 개수를 세어 비교하고, 참조 번역보다 짧은 출력에 벌점을 줍니다. 평가기와 같은 코드입니다: sacreBLEU의 13a 토큰화, 대소문자 구분.',
    hypothesisLabel: '채점할 출력',
    hypGreedy: '탐욕적 번역',
    hypWhatIf: 'what-if 번역',
    hypBeam: (k: number, alpha: string) => `빔 서치 최선 (k = ${k}, α = ${alpha})`,
    noReference: '출력을 채점하려면 위에 참조 번역을 추가하세요 (또는 테스트 문장을 고르세요).',
    output: '출력 (13a 토큰)',
    referenceN: (i: number) => `참조 ${i}`,
    closest: '길이가 가장 가까움',
    orderPick: '일치를 강조할 차수',
    order: (n: number) => `${n}-gram`,
    matchedTitle: (n: number) => `일치한 ${n}-gram`,
    unmatchedTitle: (n: number) => `어느 참조에도 없는 ${n}-gram (또는 클리핑된 개수 초과)`,
    ngramsCol: '출력의 n-gram (일치 강조)',
    clipped: '클리핑된 일치',
    precision: '정밀도',
    precisionOf: (m: number, total: number) => `${m} / ${total}`,
    noNgrams: '너무 짧음: 평균에서 제외',
    smoothedNote: (k: number, total: number) => `일치 없음: exp 스무딩으로 1 / (2${k > 1 ? `^${k}` : ''} · ${total})로 계산`,
    clipNote: '클리핑: n-gram은 한 참조 번역에 나오는 횟수까지만 셉니다. 그래서 맞는 단어를 반복해도 점수가 오르지 않습니다.',
    bpHeading: '간결성 벌점(brevity penalty)',
    bpLong: (c: number, r: number) => `출력 길이 c = ${c} ≥ 가장 가까운 참조 길이 r = ${r}: 벌점 없음, BP = 1.`,
    bpShort: (c: number, r: number, bp: string) =>
      `출력 길이 c = ${c} < 가장 가까운 참조 길이 r = ${r}: BP = exp(1 − r / c) = ${bp}.`,
    bpEmpty: '출력이 비어 있습니다: BP = 0.',
    finalHeading: '문장 BLEU',
    smoothing:
      'sacreBLEU의 기본 “exp” 스무딩을 적용한 문장 BLEU: 일치가 없는 차수는 BLEU를 0으로 만드는 대신 1 / (2ᵏ · 그 n-gram 개수)로 셉니다(그런 차수가 나올 때마다 k = 1, 2, …). 출력이 너무 짧아 만들 수 없는 차수는 제외합니다(유효 차수). 모델 카드의 코퍼스 BLEU는 모든 테스트 문장의 개수를 합산하므로 스무딩이 필요 없습니다.',
    zero: '어느 차수의 n-gram도 일치하지 않습니다: BLEU는 0입니다.',
  },
  share: {
    copyLink: '링크 복사',
    copyTitle: '지금 보는 화면 그대로의 링크를 복사합니다: 문장, 모델, 탭, 단계와 페이즈, 빔 설정, 언어',
    copied: '링크를 복사했습니다',
    fallback: '여기서는 복사가 허용되지 않습니다. 링크를 선택해 두었으니 Ctrl+C(Mac은 ⌘C)를 눌러 복사하세요.',
    linkLabel: '이 화면의 링크',
  },
  exports: {
    heading: '내보내기',
    intro: '그림을 화면에 보이는 그대로, 또는 그 뒤의 숫자를 파일로 저장합니다.',
    heatmap: '정렬 히트맵',
    stepPicture: (t: number, phase: string) => `단계 그림 (${t}단계, ${phase})`,
    data: '데이터',
    asSvg: 'SVG',
    asPng: 'PNG',
    heatmapSvg: '정렬 히트맵을 SVG로 저장',
    heatmapPng: '정렬 히트맵을 PNG로 저장',
    stepSvg: '단계 그림을 SVG로 저장',
    stepPng: '단계 그림을 PNG로 저장',
    json: '디코딩 추적 (JSON)',
    jsonTitle: '이 문장에 대해 모델이 계산한 모든 숫자와 문장, 모델, 백엔드, 앱 버전',
    csv: '정렬 행렬 (CSV)',
    csvTitle: '출력 토큰마다 한 행, 원문 토큰마다 한 열: 어텐션 가중치',
    noAttention: '이 모델에는 어텐션이 없어서 내보낼 히트맵이나 정렬 행렬이 없습니다.',
    saved: (name: string) => `${name} 파일을 저장했습니다`,
    failed: (msg: string) => `내보내기에 실패했습니다: ${msg}`,
    svgTitle: (what: string, sentence: string, model: string) => `${what} — “${sentence}” (${model})`,
  },
  tour: {
    open: '둘러보기',
    label: '안내 둘러보기',
    progress: (i: number, n: number) => `${i} / ${n}`,
    start: '시작',
    next: '다음',
    back: '이전',
    skip: '둘러보기 건너뛰기',
    finish: '마치기',
    close: '둘러보기 닫기',
    keys: '← / → 로 이동 · Esc로 닫기',
    introTitle: '디코딩 한 단계를 가까이에서',
    intro:
      '이 짧은 둘러보기는 실제 모델로 “I am a student.”를 번역한 뒤, 첫 번째 디코딩 단계를 따라갑니다. 디코더가 어디를 볼지, 어떤 프랑스어 단어를 쓸지 어떻게 정하는지 보여 줍니다.',
    notReady: '모델을 아직 불러오는 중입니다…',
    translating: '“I am a student.”를 번역하는 중…',
    failed: (msg: string) => `둘러보기 문장을 번역하지 못했습니다: ${msg}`,
    noAttentionNote:
      '이 모델에는 어텐션이 없어서 이 모델에 있는 페이즈만 보여 줍니다. 점수, 소프트맥스, 컨텍스트 페이즈를 보려면 어텐션 모델을 고르세요.',
    scoresTitle: '점수',
    scores:
      '디코더는 자신의 상태를 원문 토큰 하나하나의 인코더 벡터와 비교합니다. 비교할 때마다 점수 하나가 나오며, 점수가 높을수록 그 원문 단어가 다음에 올 말과 잘 맞는다는 뜻입니다.',
    softmaxTitle: '소프트맥스',
    softmax:
      '소프트맥스는 점수를 어텐션 가중치로 바꿉니다. 가중치는 모두 양수이고 합이 1입니다. 이 가중치가 정렬 히트맵의 첫 번째 행입니다.',
    contextTitle: '컨텍스트',
    context: '가중치로 원문 벡터들을 섞어 컨텍스트 벡터 하나를 만듭니다. 가중 평균이므로 가중치가 큰 단어일수록 많이 반영됩니다.',
    concatTitle: '연결',
    concat:
      '컨텍스트 벡터와 디코더 상태를 이어 붙여 긴 벡터 하나를 만듭니다. 다음 페이즈의 tanh 층이 이것을 섞어 출력층이 읽을 벡터로 만듭니다.',
    outputTitle: '출력',
    output: (word: string) =>
      `출력층은 어휘에 있는 모든 프랑스어 단어에 확률을 매기고, 가장 확률이 높은 단어를 씁니다. 여기서는 “${word}”입니다. 이 단어는 2단계에서 디코더의 입력이 됩니다.`,
    doneTitle: '이것이 한 단계입니다',
    done: '디코더는 단어를 쓸 때마다 이 과정을 되풀이합니다. 버튼이나 ← / →로 다른 단계도 살펴보고, 빔 서치, 교사 강요, 비교 탭도 써 보세요. 이 둘러보기는 언제든 “둘러보기” 버튼으로 다시 열 수 있습니다.',
  },
  a11y: {
    alignment: (rows: number, cols: number, out: string, src: string, w: string) =>
      `출력 단어 ${rows}개와 원문 단어 ${cols}개의 정렬; 가장 강한 칸: ${out} ← ${src} ${w}`,
    noWeights: '보여 줄 어텐션 가중치가 없습니다.',
    grid: '어텐션 칸: 화살표 키로 이동하고, Home / End는 행의 첫 칸 / 마지막 칸, Ctrl + Home / End는 맨 처음 / 맨 마지막 칸으로 갑니다. Enter를 누르면 그 단계를 엽니다.',
    unknownMark: '* 모델의 어휘 사전에 없는 단어 (모델은 <unk>로 읽습니다)',
    diff: (rows: number, cols: number, step: number, a: string, b: string, src: string, d: string) =>
      `${rows}개 단계와 원문 단어 ${cols}개에 대한 어텐션 차이 |α_A − α_B|; 가장 큰 곳은 ${step}단계 (${a} / ${b}) ← ${src}: ${d}`,
    diffGrid: '차이 칸: 화살표 키로 이동하고, Home / End는 행의 첫 칸 / 마지막 칸으로 갑니다.',
    vector: (name: string, n: number, min: string, max: string, dim: number, v: string) =>
      `${name}: ${min}부터 ${max}까지의 수 ${n}개; 절댓값이 가장 큰 것은 ${dim}번째 차원 (${v})`,
    scores: (n: number, top: string, v: string) => `원문 토큰 ${n}개의 어텐션 원점수 e; 가장 높은 것: ${top} ${v}`,
    weights: (n: number, top: string, v: string) => `원문 토큰 ${n}개의 어텐션 가중치 α (합 1); 가장 큰 것: ${top} ${v}`,
    topk: (n: number, chosen: string, p: string) => `가장 확률이 높은 다음 단어 ${n}개; 생성한 단어: ${chosen} (p = ${p})`,
    topkForced: (n: number, chosen: string, p: string, top: string) =>
      `가장 확률이 높은 다음 단어 ${n}개; 강제한 단어: ${chosen} (p = ${p}), 모델의 1순위 단어: ${top}`,
    stepBars: (t: number, n: number, top: string, w: string) =>
      `${t}단계: 원문 토큰 ${n}개의 점수와 가중치; 가중치가 가장 큰 것: ${top} ${w}`,
    beamTree: (step: number, steps: number, live: number, finished: number) =>
      `${steps}단계 중 ${step}단계 후의 가설 트리: 살아 있는 가설 ${live}개, 끝난 가설 ${finished}개`,
    beamTreeBest: (step: number, steps: number, live: number, finished: number, best: string, score: string) =>
      `${steps}단계 중 ${step}단계 후의 가설 트리: 살아 있는 가설 ${live}개, 끝난 가설 ${finished}개; 가장 좋은 끝난 가설: “${best}” (점수 ${score})`,
    beamNode: (token: string, t: number, state: string, logp: string) => `${t}단계의 “${token}”, ${state}, log p ${logp}`,
    bottleneck: (models: number, first: string, last: string, series: string) =>
      `원문 길이(${first} 단어부터 ${last} 단어까지)에 따른 모델 ${models}개의 BLEU: ${series}`,
    bottleneckSeries: (name: string, from: string, to: string) => `${name} ${from} → ${to}`,
    legend: (name: string, from: string, to: string) => `${name}: ${from}부터 ${to}까지의 색 척도`,
    announce: {
      phase: (t: number, n: number, title: string, detail: string) => `${n}단계 중 ${t}단계, ${title}: ${detail}`,
      rnn: (input: string) => `디코더가 “${input}”을(를) 읽고 상태를 갱신합니다.`,
      scores: (top: string, v: string) => `원점수, 가장 높은 것은 “${top}” (${v}).`,
      softmax: (top: string, w: string) => `가중치, 어텐션이 가장 큰 것은 “${top}” (${w}).`,
      context: (top: string, w: string) => `컨텍스트 벡터, 주로 “${top}”에서 옵니다 (${w}).`,
      fixed: '모든 단계에서 같은 고정 컨텍스트 벡터입니다.',
      concat: '컨텍스트를 디코더 상태 옆에 붙입니다.',
      attentional: 'tanh가 둘을 섞어 출력층이 읽는 벡터를 만듭니다.',
      output: (word: string, p: string) => `“${word}”을(를) 씁니다 (p = ${p}).`,
      outputForced: (word: string, p: string, top: string) =>
        `강제한 단어 “${word}”을(를) 씁니다 (p = ${p}; 모델의 1순위 단어는 “${top}”).`,
      playing: (t: number, n: number, word: string) => `${n}단계 중 ${t}단계: “${word}”을(를) 씁니다.`,
      playingAttention: (t: number, n: number, word: string, top: string, w: string) =>
        `${n}단계 중 ${t}단계: 주로 “${top}”을(를) 보며 (${w}) “${word}”을(를) 씁니다.`,
    },
  },
  /** The live-training view (src/ui/learnStrings.ts). */
  learn: learnKo,
  pairs: {
    label: '언어 쌍',
    names: {
      'en-fr': '영어 → 프랑스어',
      'en-de': '영어 → 독일어',
      'learned-reverse': '여기서 학습: 뒤집기',
      'learned-sort': '여기서 학습: 정렬',
      'learned-date': '여기서 학습: 날짜',
    },
    titles: {
      'en-fr': '어텐션 실시간 보기: 영어 → 프랑스어',
      'en-de': '어텐션 실시간 보기: 영어 → 독일어',
    },
    intros: {
      'en-de':
        '어텐션을 갖춘 실제 인코더–디코더 번역 모델이 브라우저 안에서 실행됩니다. 영어 문장을 입력하면, 디코더가 독일어 단어를 하나씩 생성할 때마다 어떤 원문 단어를 참고했는지 볼 수 있습니다. 독일어는 과거분사와 동사를 문장 끝으로 보내므로 그림이 대각선에서 크게 벗어납니다.',
    },
    training: (step: string, planned: string) =>
      `학습 진행 중 (${planned}단계 중 ${step}단계): 아직 덜 학습된 모델이라 번역 품질이 낮습니다.`,
    noBottleneck: '이 언어 쌍에는 아직 길이별 BLEU 자료가 없습니다: 모델을 테스트 세트로 평가하지 않았습니다.',
    noExamples: '이 언어 쌍에는 아직 테스트 세트 예문이 없습니다.',
  },
  userModels: {
    open: '모델 폴더 열기…',
    hint: '또는 폴더(또는 model.json, vocab.json, weights.bin)를 여기에 끌어다 놓으세요. 아무것도 업로드되지 않습니다.',
    reading: (name: string) => `${name} 읽는 중…`,
    added: (name: string, pair: string) => `내 모델 “${name}”(${pair})을(를) 추가했습니다. 이 브라우저에 보관됩니다.`,
    failed: (name: string, detail: string) => `모델 폴더 “${name}”을(를) 열 수 없습니다: ${detail}`,
    notStored: '이 브라우저에 보관할 수 없습니다(저장소 사용 불가): 새로 고치면 사라집니다.',
    yours: (name: string) => `${name} (내 모델)`,
    remove: (name: string) => `${name} 삭제`,
    removed: (name: string) => `내 모델 “${name}”을(를) 삭제했습니다.`,
    listLabel: '내 모델',
  },
  unk: {
    toggle: '미등록 단어(<unk>)를 어텐션으로 바꾸기',
    heading: '미등록 단어를 바꾼 번역',
    from: (word: string, alpha: string, how: string) => `<unk> → “${word}”에서 (α = ${alpha}, ${how})`,
    dictionary: '사전',
    copied: '복사',
    none: '이 번역에는 미등록 단어가 없습니다.',
    summary: (n: number) => `미등록 단어 ${n}개를 어텐션으로 바꾸었습니다.`,
    step: (word: string, how: string, j: number, src: string, alpha: string) =>
      `<unk> → ${word} (원문 ${j}번째 “${src}”에서 ${how}, α = ${alpha})`,
  },
};
