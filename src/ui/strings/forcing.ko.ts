/** Korean texts: the `forcing` section of the UI strings (src/ui/strings.ko.ts). */
import type { Strings } from '../strings';

/** The `forcing` texts in Korean. */
export const forcingKo: Strings['forcing'] = {
  heading: '교사 강요(teacher forcing): 참조 번역 입력하기',
  intro: (lang: string) =>
    `${lang} 참조 번역을 입력하세요(또는 아래에서 테스트 문장을 고르세요). 그러면 디코더는 자신의 예측 대신 참조 번역의 단어를 입력받고, 각 단계에서 모델이 다음 참조 단어에 주는 확률을 모델 스스로 골랐을 단어와 나란히 보여 줍니다.`,
  why: '이유: 학습에서 교사 강요를 쓰는 것은 실제 이전 단어를 입력하면 모든 단계가 올바른 문맥에서 배울 수 있기 때문입니다(그리고 모든 단계를 병렬로 계산할 수 있습니다). 추론 때는 참조 번역이 없으므로 모델은 자신의 예측을 다시 입력해야 하고, 그 실수가 누적될 수 있습니다(노출 편향, exposure bias).',
  referencesLabel: '참조 번역 (한 줄에 하나)',
  referencesPlaceholder: (example: string) => `예: ${example}`,
  forceLine: '입력할 참조 번역',
  run: '이 참조 번역 입력',
  running: '참조 번역을 입력하는 중…',
  error: (msg: string) => `강제 디코딩에 실패했습니다: ${msg}`,
  examples: '테스트 세트 문장 (참조 번역 포함)',
  examplesHelp: '학습에 쓰지 않은 테스트 분할에서 가져왔습니다. 하나를 고르면 번역하고 모든 참조 번역을 채워 넣습니다.',
  examplesLoading: '테스트 문장을 불러오는 중…',
  examplesError: '테스트 세트 예문을 불러오지 못했습니다.',
  fromTestSet: (n: number) =>
    n === 1 ? '이 참조 번역은 테스트 세트에서 가져왔습니다.' : `이 참조 번역 ${n}개는 테스트 세트에서 가져왔습니다.`,
  otherSentence: (src: string) => `이 참조 번역들은 현재 문장이 아니라 “${src}”의 것입니다.`,
  tokensHeading: '참조 번역의 토큰별 확률',
  caption: '참조 토큰마다: 참조 접두사 다음에 모델이 그 토큰에 주는 확률, 그리고 모델 자신이 가장 높은 확률을 준 단어.',
  step: 't',
  reference: '참조 y_t',
  p: 'p(y_t | y_<t, x)',
  top: '모델 자신의 최선 선택',
  agree: '참조와 같은가?',
  same: '모델의 최선 선택이 참조 단어와 같습니다',
  differs: '모델은 다른 단어를 골랐을 것입니다',
  unknown: (lang: string) => `모델의 ${lang} 어휘 사전에 없음: <unk>로 입력하고 채점합니다`,
  unknownNote: (n: number) =>
    n === 1
      ? '참조 단어 하나가 모델의 어휘 사전에 없습니다. <unk>로 입력하며, 그 확률은 <unk>의 확률입니다.'
      : `참조 단어 ${n}개가 모델의 어휘 사전에 없습니다. <unk>로 입력하며, 그 확률은 <unk>의 확률입니다.`,
  truncated: '참조 번역이 길어서 잘렸습니다.',
  summary: (logp: string, nll: string, ppl: string, agree: number, n: number) =>
    `log p(참조) = ${logp} · 토큰당 평균 손실 = ${nll} (이 문장 쌍에서의 학습 손실) · 퍼플렉서티 ${ppl} · ${n}단계 중 ${agree}단계에서 모델 자신의 선택이 일치`,
  heatmapHeading: '강제 경로의 어텐션',
  heatmapHelp: '행은 하나씩 입력한 참조 토큰(마지막은 </s>)이고, 열은 원문 토큰입니다.',
  noAttention: '이 모델에는 어텐션이 없어 강제 경로의 히트맵이 없습니다.',
  noReference: '디코더에 입력할 참조 번역을 입력하세요.',
};
