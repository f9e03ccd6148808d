/** Korean texts: the `pairs` section of the UI strings (src/ui/strings.ko.ts). */
import type { Strings } from '../strings';

/** The `pairs` texts in Korean. */
export const pairsKo: Strings['pairs'] = {
  label: '언어 쌍',
  names: {
    'en-fr': '영어 → 프랑스어',
    'en-de': '영어 → 독일어',
    'learned-reverse': '여기서 학습: 뒤집기',
    'learned-sort': '여기서 학습: 정렬',
    'learned-date': '여기서 학습: 날짜',
  },
  introNotes: {
    'en-de': '독일어는 과거분사와 동사를 문장 끝으로 보내므로 그림이 대각선에서 크게 벗어납니다.',
  },
  training: (step: string, planned: string) =>
    `학습 진행 중 (${planned}단계 중 ${step}단계): 아직 덜 학습된 모델이라 번역 품질이 낮습니다.`,
  noBottleneck: '이 언어 쌍에는 아직 길이별 BLEU 자료가 없습니다: 모델을 테스트 세트로 평가하지 않았습니다.',
  noExamples: '이 언어 쌍에는 아직 테스트 세트 예문이 없습니다.',
};
