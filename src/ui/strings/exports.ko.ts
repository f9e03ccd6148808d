/** Korean texts: the `exports` section of the UI strings (src/ui/strings.ko.ts). */
import type { Strings } from '../strings';

/** The `exports` texts in Korean. */
export const exportsKo: Strings['exports'] = {
  heading: '내보내기',
  intro: '그림을 화면에 보이는 그대로, 또는 그 뒤의 숫자를 파일로 저장합니다.',
  heatmap: '정렬 히트맵',
  stepPicture: (t: number, phase: string) => `단계 그림 (${t}단계, ${phase})`,
  data: '데이터',
  asSvg: 'SVG',
  asPng: 'PNG',
  heatmapSvg: '정렬 히트맵을 SVG로 저장',
  heatmapPng: '정렬 히트맵을 PNG로 저장',
  stepSvg: '단계 그림을 SVG로 저장',
  stepPng: '단계 그림을 PNG로 저장',
  json: '디코딩 추적 (JSON)',
  jsonTitle: '이 문장에 대해 모델이 계산한 모든 숫자와 문장, 모델, 백엔드, 앱 버전',
  csv: '정렬 행렬 (CSV)',
  csvTitle: '출력 토큰마다 한 행, 원문 토큰마다 한 열: 어텐션 가중치',
  noAttention: '이 모델에는 어텐션이 없어서 내보낼 히트맵이나 정렬 행렬이 없습니다.',
  saved: (name: string) => `${name} 파일을 저장했습니다`,
  failed: (msg: string) => `내보내기에 실패했습니다: ${msg}`,
  svgTitle: (what: string, sentence: string, model: string) => `${what} — “${sentence}” (${model})`,
};
