/** Korean texts: the `robust` section of the UI strings (src/ui/strings.ko.ts). */
import type { Strings } from '../strings';

/** The `robust` texts in Korean. */
export const robustKo: Strings['robust'] = {
  urlRepaired: (names: string) => `이 링크의 일부(${names})를 읽을 수 없어 빼고 열었습니다: 그 부분은 기본값을 씁니다.`,
  flagsIgnored: '이 링크의 TensorFlow.js 디버그 플래그(tfjsflags)는 무시했습니다: 링크로는 모델의 계산 방식을 바꿀 수 없습니다.',
  storageDenied:
    '이 브라우저는 여기서 페이지가 아무것도 저장하지 못하게 합니다: 언어, 테마, 언어 쌍과 연 모델은 이번 방문이 끝나면 기억되지 않습니다.',
  dismiss: '닫기',
  viewFailed: (why: string) =>
    `이 화면을 보여 줄 수 없습니다(${why}). 나머지 페이지는 작동합니다. 연결을 확인하고 다시 시도하세요.`,
  retry: '다시 시도',
  viewStillFailed: (why: string) =>
    `이 화면을 여전히 보여 줄 수 없습니다(${why}). 어떤 브라우저는 실패한 내려받기를 페이지를 새로 고칠 때까지 기억합니다: 새로 고쳐서 다시 시도하세요(문장과 이 탭은 주소에 남습니다).`,
  reload: '페이지 새로 고치기',
  bootFailed: (why: string) => `페이지의 코드를 불러오지 못했습니다(${why}). 연결을 확인하고 페이지를 새로 고치세요.`,
  stale: (shown: string) =>
    `지금 보이는 것은 “${shown}”의 번역입니다. 입력란의 문장은 아직 번역하지 않았습니다: Enter를 누르세요.`,
  queued: (sentence: string) => `번역 중… 다음은 “${sentence}”`,
  retryLoad: '모델 다시 불러오기',
  softwareWebglChosen: (renderer: string, factor: number | null) =>
    factor !== null
      ? `여기서 WebGL은 소프트웨어로 렌더링됩니다(${renderer}): 이 컴퓨터에서는 번역 한 번이 WebAssembly보다 약 ${factor}배 오래 걸립니다.`
      : `여기서 WebGL은 소프트웨어로 렌더링됩니다(${renderer}): WebAssembly보다 몇십 배 느립니다(보통 약 50배).`,
  notWeights: (file: string) =>
    `${file} 파일은 가중치 파일이 아닙니다: 서버가 웹 페이지를 보냈습니다(잘못된 주소이거나 서버 설정 문제).`,
  stalled: (file: string, seconds: number) =>
    `${file} 파일 내려받기가 멈췄습니다: ${seconds}초 동안 아무것도 오지 않았습니다. 연결을 확인하고 다시 시도하세요.`,
  nonFinite: (file: string, weight: string) =>
    `${file} 파일이 손상되었습니다: 가중치 “${weight}”에 유한하지 않은 수(NaN 또는 무한대)가 있어 모델이 아무것도 계산할 수 없습니다.`,
};
