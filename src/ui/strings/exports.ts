/** English texts: the `exports` section of the UI strings (src/ui/strings.ts). */

/** The `exports` texts in English. */
export const exportsEn = {
  heading: 'Export',
  intro: 'Save the pictures as they look on screen, or the numbers behind them.',
  heatmap: 'Alignment heatmap',
  stepPicture: (t: number, phase: string) => `Step picture (step ${t}, ${phase})`,
  data: 'Data',
  asSvg: 'SVG',
  asPng: 'PNG',
  heatmapSvg: 'Alignment heatmap as SVG',
  heatmapPng: 'Alignment heatmap as PNG',
  stepSvg: 'Step picture as SVG',
  stepPng: 'Step picture as PNG',
  json: 'Decode trace (JSON)',
  jsonTitle: 'Every number the model computed for this sentence, with sentence, model, backend and app version',
  csv: 'Alignment matrix (CSV)',
  csvTitle: 'One row per output token, one column per source token: the attention weights',
  noAttention: 'This model has no attention: there is no heatmap or alignment matrix to export.',
  saved: (name: string) => `Saved ${name}`,
  failed: (msg: string) => `Export failed: ${msg}`,
  svgTitle: (what: string, sentence: string, model: string) => `${what} — “${sentence}” (${model})`,
};
