/** The growing translation of the stage: y_1 … y_{t−1}, and y_t once the output phase chose it (it flies in from the top-k list). */
import { textWidth } from './frame';
import type { SceneInput } from './scene';
import type { StageItem } from './types';

/** The translation so far (y_1 … y_{t−1}, plus y_t once it is chosen), its last words where the line is full. */
export function addTranslation(inp: SceneInput, add: (it: StageItem) => void, extra: number): void {
  const { frame: f, step, outputs } = inp;
  const words = outputs.slice(0, step.t - 1 + extra);
  if (extra) words[step.t - 1] = step.chosen.token;
  const tag = step.forced ? [...(inp.labels.forcedTag ?? '')].length : 0;
  const widths = words.map((w, k) => textWidth([...w].length + (extra && k === step.t - 1 ? tag : 0)) + 8);
  let x = f.translation.x + f.translation.w;
  const xs: number[] = [];
  for (let k = words.length - 1; k >= 0; k--) {
    x -= widths[k]!;
    xs[k] = x;
  }
  // left-aligned while it fits, the last words when it does not
  const shift = Math.max(0, Math.min(...xs.filter((v) => v !== undefined), f.translation.x + f.translation.w) - f.translation.x);
  words.forEach((w, k) => {
    const wx = xs[k]! - shift;
    if (wx < f.translation.x) return;
    const chosen = k === step.t - 1;
    add({
      key: `out-${k + 1}`,
      kind: 'text',
      box: { x: wx, y: f.translation.y + 16, w: widths[k]!, h: 18 },
      opacity: 1,
      text: w,
      cls: chosen ? 'stg-word stg-word--new' : 'stg-word',
      from: chosen
        ? `topk-word-${Math.max(
            0,
            step.topK.findIndex((c) => c.token === step.chosen.token && c.id === step.chosen.id),
          )}`
        : undefined,
      delay: chosen ? 0.55 : 0,
      after: chosen && step.forced ? inp.labels.forcedTag : undefined,
      ...(chosen
        ? { testId: 'stage-output', data: { token: step.chosen.token, ...(step.forced ? { forced: 'true' } : {}) } }
        : {}),
    });
  });
}
