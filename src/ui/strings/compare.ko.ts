/** Korean texts: the `compare` section of the UI strings (src/ui/strings.ko.ts). */
import type { Strings } from '../strings';

/** The `compare` texts in Korean. */
export const compareKo: Strings['compare'] = {
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
};
