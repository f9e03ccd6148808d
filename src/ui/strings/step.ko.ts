/** Korean texts: the `step` section of the UI strings (src/ui/strings.ko.ts). */
import type { Strings } from '../strings';

/** The `step` texts in Korean. */
export const stepKo: Strings['step'] = {
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
  encoderStep: {
    open: '0단계: 인코더',
    back: '이전',
    next: '다음',
    toStep1: '1단계로',
    label: '0단계, 인코더',
    phaseOf: (i: number, n: number) => `${n}개 중 ${i}번째 과정`,
    titles: {
      embed: '원문 임베딩',
      fwd: '순방향 GRU',
      bwd: '역방향 GRU',
      bridge: 'annotation과 브리지',
    },
    announce: {
      embed: (n: number, e: number) => `0단계, 인코더: 원문 토큰 ${n}개를 각각 숫자 ${e}개짜리 임베딩으로 찾습니다.`,
      fwd: (last: string, v: string) =>
        `0단계: 순방향 GRU가 왼쪽에서 오른쪽으로 읽습니다. “${last}”에서의 마지막 상태 →h의 가장 큰 값은 ${v}입니다.`,
      bwd: (first: string, v: string) =>
        `0단계: 역방향 GRU가 오른쪽에서 왼쪽으로 읽습니다. “${first}”에서의 마지막 상태 ←h의 가장 큰 값은 ${v}입니다.`,
      bridge: (n: number, h: number, v: string) =>
        `0단계: 숫자 ${h}개짜리 annotation h̄_j ${n}개. 브리지가 디코더의 첫 상태 s_0을 만듭니다(가장 큰 값 ${v}).`,
    },
  },
  summary: {
    others: (list: string) => ` 그다음: ${list}.`,
    item: (token: string, w: string) => `“${token}” ${w}`,
  },
  targetLanguage: (code: string) => (({ fr: '프랑스어', de: '독일어', en: '영어' }) as Record<string, string>)[code] ?? code,
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
      body: '출력층은 {language} 어휘의 모든 단어에 점수를 매기고, 소프트맥스가 점수를 확률로 바꿉니다(여기서는 확률이 가장 높은 열 개). 탐욕적(greedy) 디코딩은 확률이 가장 높은 단어 “{chosen}”을 생성하며, 이 단어가 다음 단계의 입력이 됩니다. 출력 행렬은 목표 언어 임베딩과 가중치를 공유합니다: $W_s = E_y P$.',
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
    encoder: {
      embed: '0단계, 원문 단어마다 임베딩을 찾습니다: x_j = E_x(x_j)',
      fwd: '순방향 GRU는 왼쪽에서 오른쪽으로: →h_j−1과 x_j로 →h_j',
      bwd: '역방향 GRU는 오른쪽에서 왼쪽으로: ←h_j+1과 x_j로 ←h_j',
      bridge: 'h̄_j = [→h_j, ←h_j]; 브리지: s_0 = tanh(W_b [→h_T, ←h_1])',
      embedding: (j: number, token: string) => `“${token}”의 임베딩 x_${j + 1}`,
      forward: (j: number, token: string) => `“${token}”에서의 순방향 상태 →h_${j + 1}`,
      backward: (j: number, token: string) => `“${token}”에서의 역방향 상태 ←h_${j + 1}`,
      initial: '디코더의 첫 상태 s_0 (브리지)',
    },
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
};
