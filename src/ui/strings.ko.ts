/**
 * The Korean UI texts: the same keys as `en` in strings.ts (strings.test.ts checks the key set and
 * the `{placeholders}` / `$…$` math of every text). Terms follow Korean NLP lecture notes; math,
 * placeholders and token names (</s>, <unk>) stay as they are.
 */
import type { ModelFileProblem } from '../model/modelFileError';
import type { Strings } from './strings';
import { learnKo } from './strings/learn.ko';
import { stepKo } from './strings/step.ko';
import { compareKo } from './strings/compare.ko';
import { bottleneckKo } from './strings/bottleneck.ko';
import { modelsKo } from './strings/models.ko';
import { whatIfKo } from './strings/what-if.ko';
import { beamKo } from './strings/beam.ko';
import { forcingKo } from './strings/forcing.ko';
import { bleuKo } from './strings/bleu.ko';
import { exportsKo } from './strings/exports.ko';
import { tourKo } from './strings/tour.ko';
import { pairsKo } from './strings/pairs.ko';
import { userModelsKo } from './strings/user-models.ko';
import { robustKo } from './strings/robust.ko';
import { unkKo } from './strings/unk.ko';
import { offlineKo } from './strings/offline.ko';

/** Korean names of the languages a pair may translate into, by language code. */
const languageNamesKo: Record<string, string> = { en: '영어', fr: '프랑스어', de: '독일어' };

/** The Korean UI texts. */
export const ko: Strings = {
  title: '어텐션 실시간 보기',
  pairTitle: (pairName: string) => `어텐션 실시간 보기: ${pairName}`,
  intro: (tgt: string) =>
    `어텐션을 갖춘 실제 인코더–디코더 번역 모델이 브라우저 안에서 실행됩니다. 영어 문장을 입력하면, 디코더가 ${tgt} 단어를 하나씩 생성할 때마다 어떤 원문 단어를 참고했는지 볼 수 있습니다.`,
  languageNames: { ...languageNamesKo, other: '목표 언어' },
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
  unavailableRetry: '불러온 모델이 없습니다. 다시 시도하거나 다른 모델을 고르거나 페이지를 새로 고치세요.',
  translationHeading: (tgt: string) => `${languageNamesKo[tgt] ?? tgt} 번역`,
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
    '각 행은 출력 단어 하나이고(마지막 행은 문장 끝 토큰 </s>), 각 열은 원문 토큰 하나입니다. 칸의 값은 어텐션 가중치 α이며, 밝을수록 어텐션이 큽니다. 각 행의 합은 1입니다. 칸에 마우스를 올리거나 칸을 탭하면 가중치가 보이고, Tab 키로 칸에 들어가 화살표 키로 이동할 수도 있습니다. 아래에서 디코딩을 한 단계씩 따라가는 동안에는 디코더가 아직 계산하지 않은 행이 흐리게 표시됩니다. 행에는 모델이 쓰는 그대로의 토큰(소문자, 문장부호 분리)이 표시되고, 위의 번역은 이 토큰들을 다시 문장으로 잇고 대문자를 되살린 것입니다.',
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
  checkingWebgl:
    'GPU 준비가 필요 없는 WebAssembly 백엔드로 시작했습니다. 여기서 WebGL이 GPU로 실행되는지는 첫 번역 뒤에 확인합니다.',
  gpuNextVisit:
    'GPU 준비가 필요 없는 WebAssembly 백엔드로 시작했습니다. 이 기기는 GPU로 WebGL을 실행할 수 있어 다음 방문부터 WebGL로 시작합니다(지금 쓰려면 WebGL을 고르세요).',
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
      case 'offline':
        return offlineKo.needsNetwork(p.file);
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
      case 'notWeights':
        return robustKo.notWeights(p.file);
      case 'stalled':
        return robustKo.stalled(p.file, p.seconds);
      case 'nonFinite':
        return robustKo.nonFinite(p.file, p.weight);
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
  step: stepKo,
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
  compare: compareKo,
  bottleneck: bottleneckKo,
  models: modelsKo,
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
  whatIf: whatIfKo,
  beam: beamKo,
  forcing: forcingKo,
  bleu: bleuKo,
  share: {
    copyLink: '링크 복사',
    copyTitle: '지금 보는 화면 그대로의 링크를 복사합니다: 문장, 모델, 탭, 단계와 페이즈, 빔 설정, 언어',
    copied: '링크를 복사했습니다',
    fallback: '여기서는 복사가 허용되지 않습니다. 링크를 선택해 두었으니 Ctrl+C(Mac은 ⌘C)를 눌러 복사하세요.',
    linkLabel: '이 화면의 링크',
  },
  exports: exportsKo,
  tour: tourKo,
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
  /** The live-training view (src/ui/strings/learn.ts). */
  learn: learnKo,
  pairs: pairsKo,
  userModels: userModelsKo,
  unk: unkKo,
  robust: robustKo,
  offline: offlineKo,
};
