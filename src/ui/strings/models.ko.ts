/** Korean texts: the `models` section of the UI strings (src/ui/strings.ko.ts). */
import type { Strings } from '../strings';

/** The `models` texts in Korean. */
export const modelsKo: Strings['models'] = {
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
    '테스트 세트 BLEU를 측정한 경우 그것을 보여 주고, 아니면 dev 세트 BLEU를 보여 줍니다. dev 세트는 체크포인트 선택에도 쓰였으므로 약간 낙관적인 값입니다. 어떤 세트인지는 열 제목에 적혀 있습니다(모델마다 세트가 다르면 각 칸에도 적습니다).',
  noCard: '모델 카드 없음',
  mb: (mb: string) => `${mb} MB`,
  duration: (h: number, m: number) => (h > 0 ? `${h}시간 ${m}분` : `${m}분`),
  epochs: (epochs: string) => `${epochs} 에폭`,
};
