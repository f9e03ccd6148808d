/** Korean texts: the `bottleneck` section of the UI strings (src/ui/strings.ko.ts). */
import type { Strings } from '../strings';

/** The `bottleneck` texts in Korean. */
export const bottleneckKo: Strings['bottleneck'] = {
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
};
