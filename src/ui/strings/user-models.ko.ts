/** Korean texts: the `userModels` section of the UI strings (src/ui/strings.ko.ts). */
import type { Strings } from '../strings';

/** The `userModels` texts in Korean. */
export const userModelsKo: Strings['userModels'] = {
  open: '모델 폴더 열기…',
  hint: '또는 폴더(또는 model.json, vocab.json, weights.bin)를 여기에 끌어다 놓으세요. 아무것도 업로드되지 않습니다.',
  reading: (name: string) => `${name} 읽는 중…`,
  added: (name: string, pair: string) => `내 모델 “${name}”(${pair})을(를) 추가했습니다. 이 브라우저에 보관됩니다.`,
  failed: (name: string, detail: string) => `모델 폴더 “${name}”을(를) 열 수 없습니다: ${detail}`,
  notStored: '이 브라우저에 보관할 수 없습니다(저장소 사용 불가): 새로 고치면 사라집니다.',
  yours: (name: string) => `${name} (내 모델)`,
  remove: (name: string) => `${name} 삭제`,
  removed: (name: string) => `내 모델 “${name}”을(를) 삭제했습니다.`,
  listLabel: '내 모델',
};
