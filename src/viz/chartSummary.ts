/**
 * One-line accessible summaries of the charts (the `aria-label` of each picture), computed from the
 * same plain data the chart draws. Pure: the texts come from the caller's label functions
 * (strings.ts `a11y`), so the summaries are unit-tested in Node in any language.
 */
import type { Strings } from '../ui/strings';
import { argmax, argmax2d } from '../model/argmax';
import { fmt } from './stepLayout';

/** The summary texts (strings.ts `a11y`). */
export type SummaryLabels = Strings['a11y'];

/** Range of a vector and the dimension of largest magnitude (0-based), or null when it is empty. */
export function vectorStats(
  v: readonly number[],
): { n: number; min: number; max: number; peak: { index: number; value: number } } | null {
  if (v.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  let peak = { index: 0, value: v[0]! };
  v.forEach((x, i) => {
    if (x < min) min = x;
    if (x > max) max = x;
    if (Math.abs(x) > Math.abs(peak.value)) peak = { index: i, value: x };
  });
  return { n: v.length, min, max, peak };
}

/** "Alignment of 5 output words over 6 source words; strongest: étudiant ← student 0.91". */
export function alignmentSummary(
  sourceTokens: readonly string[],
  outputTokens: readonly string[],
  weights: readonly (readonly number[])[],
  L: SummaryLabels,
): string {
  const best = argmax2d(weights);
  if (!best) return L.noWeights;
  return L.alignment(
    weights.length,
    sourceTokens.length,
    outputTokens[best.row] ?? '',
    sourceTokens[best.col] ?? '',
    fmt(best.value, 2),
  );
}

/** The summary texts of the difference heatmap (its caller's strings: the picture is presentational). */
export interface DiffSummaryLabels {
  diffSummary: (rows: number, cols: number, step: number, word: string, src: string, d: string) => string;
  diffNoWeights: string;
}

/**
 * The difference heatmap's summary: its size and the cell where the two models differ most (step
 * counted from 1; both models were fed the same output words, `rowTokens`).
 */
export function diffSummary(
  sourceTokens: readonly string[],
  rowTokens: readonly string[],
  diff: readonly (readonly number[])[],
  L: DiffSummaryLabels,
): string {
  const best = argmax2d(diff);
  if (!best) return L.diffNoWeights;
  return L.diffSummary(
    diff.length,
    sourceTokens.length,
    best.row + 1,
    rowTokens[best.row] ?? '',
    sourceTokens[best.col] ?? '',
    fmt(best.value, 2),
  );
}

/** A vector strip's summary: its name, size, range and the dimension of largest magnitude (counted from 1). */
export function vectorSummary(name: string, values: readonly number[], L: SummaryLabels): string {
  const s = vectorStats(values);
  if (!s) return name;
  return L.vector(name, s.n, fmt(s.min, 2), fmt(s.max, 2), s.peak.index + 1, fmt(s.peak.value, 3));
}

/** The score / weight bars' summary: the token with the highest raw score, or the most attention. */
export function barsSummary(
  mode: 'scores' | 'weights',
  tokens: readonly string[],
  scores: readonly number[],
  weights: readonly number[],
  L: SummaryLabels,
): string {
  const values = mode === 'weights' ? weights : scores;
  const best = argmax(values);
  if (!best) return L.noWeights;
  const tok = tokens[best.index] ?? '';
  return mode === 'weights'
    ? L.weights(tokens.length, tok, fmt(best.value, 2))
    : L.scores(tokens.length, tok, fmt(best.value, 2));
}

/** The top-k bars' summary: how many words are listed and which one was written (forced or not), with its probability. */
export function topKSummary(
  items: readonly { token: string; p: number }[],
  chosen: { token: string; p: number },
  forced: boolean,
  L: SummaryLabels,
): string {
  const top = items[0]?.token ?? '';
  return forced
    ? L.topkForced(items.length, chosen.token, fmt(chosen.p, 3), top)
    : L.topk(items.length, chosen.token, fmt(chosen.p, 3));
}

/** The compare view's per-step bars: step t (1-based), the token with the most weight. */
export function stepBarsSummary(t: number, tokens: readonly string[], weights: readonly number[], L: SummaryLabels): string {
  const best = argmax(weights);
  return L.stepBars(t, tokens.length, best ? (tokens[best.index] ?? '') : '', best ? fmt(best.value, 2) : '');
}

/** What the beam tree shows at a step: live and finished counts, and the best finished hypothesis if one is known. */
export function beamTreeSummary(
  s: { step: number; steps: number; live: number; finished: number; best?: { text: string; score: number } | null },
  L: Pick<SummaryLabels, 'beamTree' | 'beamTreeBest'>,
): string {
  return s.best
    ? L.beamTreeBest(s.step, s.steps, s.live, s.finished, s.best.text, fmt(s.best.score, 3))
    : L.beamTree(s.step, s.steps, s.live, s.finished);
}

/** The bottleneck chart's summary: the length range and, per model, its BLEU on the shortest and on the longest bucket. */
export function bottleneckSummary(
  buckets: readonly string[],
  series: readonly { name: string; values: readonly number[] }[],
  L: Pick<SummaryLabels, 'bottleneck' | 'bottleneckSeries'>,
): string {
  const parts = series.map((s) =>
    L.bottleneckSeries(s.name, fmt(s.values[0] ?? NaN, 1), fmt(s.values[s.values.length - 1] ?? NaN, 1)),
  );
  return L.bottleneck(series.length, buckets[0] ?? '', buckets[buckets.length - 1] ?? '', parts.join('; '));
}
