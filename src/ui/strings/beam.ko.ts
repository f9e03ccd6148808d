/** Korean texts: the `beam` section of the UI strings (src/ui/strings.ko.ts). */
import type { Strings } from '../strings';

/** The `beam` texts in Korean. */
export const beamKo: Strings['beam'] = {
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
};
