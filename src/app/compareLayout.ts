/**
 * How the compare view lays out its columns: as many side by side as fit with each whole alignment
 * at its smallest readable cell size, and the rest wrapped into balanced rows (5 models on a
 * 1280 px screen: 3 + 2 rather than 4 + 1). Pure: widths in, a count out.
 */
import { heatmapLayout, MIN_FIT_CELL } from '../viz/heatmapLayout';

/** Gap between compare columns, px (the `.cmp-cols` grid gap). */
export const COMPARE_GAP = 12;

/** Horizontal padding + border of one compare column, px (`.cmp-col`: 12 px padding, 1 px border, each side). */
export const COLUMN_CHROME = 26;

/**
 * Columns per row for `n` compared models in a box `width` px wide, when each column needs at
 * least `minColumn` px (its widest picture at the smallest cell size, padding included). Rows are
 * balanced: the same count in every row but the last, which has at most one fewer.
 */
export function columnsPerRow(n: number, width: number | undefined, minColumn: number, gap = COMPARE_GAP): number {
  if (n <= 1) return 1;
  if (width === undefined || !(width > 0)) return n; // not measured yet: one row, as before
  const fit = Math.max(1, Math.floor((width + gap) / (Math.max(1, minColumn) + gap)));
  if (fit >= n) return n;
  const rows = Math.ceil(n / fit);
  return Math.ceil(n / rows);
}

/**
 * Width of a whole alignment at the smallest cell size ({@link MIN_FIT_CELL}), labels included,
 * as the heatmap draws it (an unknown source word carries its mark, "*").
 */
export function heatmapMinWidth(
  sourceTokens: readonly string[],
  unknown: readonly boolean[],
  outputTokens: readonly string[],
): number {
  const drawn = sourceTokens.map((t, j) => (unknown[j] ? `${t}*` : t));
  return heatmapLayout(drawn, outputTokens, MIN_FIT_CELL).width;
}
