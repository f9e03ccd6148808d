/** Korean texts: the `offline` section of the UI strings (src/ui/strings.ko.ts). */
import type { Strings } from '../strings';

/** The `offline` texts in Korean. */
export const offlineKo: Strings['offline'] = {
  ready: '오프라인용으로 저장했습니다: 이 페이지와 지금 쓰는 모델은 네트워크 없이도 작동합니다.',
  updated: '앱이 업데이트되었습니다.',
  reload: '새로고침',
  dismiss: '닫기',
  needsNetwork: (file: string) =>
    `${file} 파일이 아직 이 기기에 없습니다: 이 모델은 처음 한 번 네트워크가 필요합니다(그 뒤로는 오프라인에서도 쓸 수 있습니다). 연결한 뒤 다시 선택하세요.`,
};
