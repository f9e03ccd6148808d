/** Korean texts: the `bleu` section of the UI strings (src/ui/strings.ko.ts). */
import type { Strings } from '../strings';

/** The `bleu` texts in Korean. */
export const bleuKo: Strings['bleu'] = {
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
};
