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
};
