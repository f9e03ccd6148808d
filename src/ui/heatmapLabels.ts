/** The texts of the alignment heatmap (src/viz/AttentionHeatmap.tsx) in the page's language, built from the UI strings. */
import type { HeatmapLabels } from '../viz/AttentionHeatmap';
import type { Strings } from './strings';

/** One labels object per text set, so that a heatmap's memoised summary is not recomputed on every render. */
const cache = new WeakMap<Strings, HeatmapLabels>();

/** The heatmap's labels in the language of `t` (the `heatmap` texts and the accessible summaries). */
export function heatmapLabels(t: Strings): HeatmapLabels {
  let labels = cache.get(t);
  if (!labels) {
    labels = { ...t.heatmap, a11y: t.a11y };
    cache.set(t, labels);
  }
  return labels;
}
