/** Korean texts: the `tour` section of the UI strings (src/ui/strings.ko.ts). */
import type { Strings } from '../strings';

/** The `tour` texts in Korean. */
export const tourKo: Strings['tour'] = {
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
  intro: (language: string) =>
    `이 짧은 둘러보기는 실제 모델로 “I am a student.”를 번역한 뒤, 첫 번째 디코딩 단계를 따라갑니다. 디코더가 어디를 볼지, 어떤 ${language} 단어를 쓸지 어떻게 정하는지 보여 줍니다.`,
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
  output: (word: string, language: string) =>
    `출력층은 어휘에 있는 모든 ${language} 단어에 확률을 매기고, 가장 확률이 높은 단어를 씁니다. 여기서는 “${word}”입니다. 이 단어는 2단계에서 디코더의 입력이 됩니다.`,
  doneTitle: '이것이 한 단계입니다',
  done: '디코더는 단어를 쓸 때마다 이 과정을 되풀이합니다. 버튼이나 ← / →로 다른 단계도 살펴보고, 빔 서치, 교사 강요, 비교 탭도 써 보세요. 이 둘러보기는 언제든 “둘러보기” 버튼으로 다시 열 수 있습니다.',
};
