/** Korean texts: the `whatIf` section of the UI strings (src/ui/strings.ko.ts). */
import type { Strings } from '../strings';

/** The `whatIf` texts in Korean. */
export const whatIfKo: Strings['whatIf'] = {
  badge: 'What-if: 조작됨',
  explain:
    '이것은 모델 자신의 번역이 아닙니다. 여러분이 디코딩을 바꾸었습니다. 처음 바꾼 단계 이전은 그대로 계산되고, 바꾼 단계에서는 모델이 여러분이 정한 단어나 어텐션 가중치를 사용하며, 그 뒤로는 모델이 스스로 디코딩을 이어 갑니다.',
  forced: (t: number, word: string, own: string, p: string) =>
    `${t}단계: 단어를 “${word}”(으)로 강제했습니다 (모델 자신의 선택은 “${own}”, p = ${p}).`,
  attention: (t: number, token: string, share: string) =>
    `${t}단계: 어텐션 가중치를 직접 정했습니다 (가장 큰 가중치는 “${token}”: ${share}).`,
  own: '모델 자신의 번역:',
  reset: '모델 자신의 디코딩으로 되돌리기',
  decoding: '바꾼 내용으로 다시 디코딩하는 중…',
  heading: '만약 …라면? (What-if)',
  hintOutput: (t: number) =>
    `오른쪽 목록에서 다른 후보 단어를 클릭하면 ${t}단계에서 그 단어를 강제합니다. 디코더는 그 단어를 입력받아 새 접두사에서 이어 갑니다.`,
  hintAttention: (t: number) =>
    `원문 토큰이나 그 막대를 클릭하면 ${t}단계의 어텐션을 모두 그 토큰에 둡니다. 또는 슬라이더를 조절하고 적용하세요. 이 단계를 여러분의 가중치로 다시 계산하고 디코딩을 이어 갑니다.`,
  hintOther: '이 단계의 어텐션을 바꾸려면 소프트맥스 페이즈로, 다른 단어를 강제하려면 출력 페이즈로 가세요.',
  hintNoAttention: '이 모델에는 바꿀 어텐션이 없습니다. 출력 페이즈에서 다른 단어를 강제할 수 있습니다.',
  editor: '이 단계의 어텐션 가중치 (적용할 때 합이 1이 되도록 다시 정규화)',
  apply: '이 가중치 적용',
  revert: '계산된 가중치로 되돌리기',
  overriddenNote: '이 단계의 어텐션 가중치 α는 직접 정한 값입니다(what-if). 점수 e의 소프트맥스가 아닙니다.',
  forcedNote:
    '이 단계의 단어는 강제된 것입니다(what-if). 모델이 고른 단어가 아니며, 막대는 여전히 모델 자신의 분포를 보여 줍니다.',
  rowMark: '조작된 단계 (what-if)',
  stepMark: '여러분이 바꿈',
};
