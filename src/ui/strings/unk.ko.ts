/** Korean texts: the `unk` section of the UI strings (src/ui/strings.ko.ts). */
import type { Strings } from '../strings';

/** The `unk` texts in Korean. */
export const unkKo: Strings['unk'] = {
  toggle: '미등록 단어(<unk>)를 어텐션으로 바꾸기',
  heading: '미등록 단어를 바꾼 번역',
  from: (word: string, alpha: string, how: string) => `<unk> → “${word}”에서 (α = ${alpha}, ${how})`,
  dictionary: '사전',
  copied: '복사',
  none: '이 번역에는 미등록 단어가 없습니다.',
  summary: (n: number) => `미등록 단어 ${n}개를 어텐션으로 바꾸었습니다.`,
  step: (word: string, how: string, j: number, src: string, alpha: string) =>
    `<unk> → ${word} (원문 ${j}번째 “${src}”에서 ${how}, α = ${alpha})`,
};
