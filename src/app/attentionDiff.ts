/**
 * Difference of two alignments: |α_A − α_B| per cell over the rows both decodes have, and the
 * output positions where the two variants wrote different words. Pure: plain arrays in and out.
 */

/** The difference of two variants' alignments and the positions where their words differ. */
export interface AttentionDiff {
  /** diff[t][j] = |α_A[t][j] − α_B[t][j]| for t < rows, j < cols */
  diff: number[][];
  /** rows compared: min(rows of A, rows of B) (a variant without attention has none) */
  rows: number;
  /** source positions (both alignments are over the same source tokens) */
  cols: number;
  /** per compared row: true where the two variants chose different words */
  wordDiffers: boolean[];
  /** indices of the rows where the words differ (over all output positions, common or not) */
  differingPositions: number[];
  /** the largest cell of the difference (0 when there is none) */
  max: number;
}

/**
 * `a` and `b` are attention matrices [T][S] (rows = decoder steps); `wordsA`/`wordsB` the words
 * emitted at each step (`</s>` included). Rows of different lengths are compared over the common
 * source positions. Positions where only one variant wrote a word count as differing.
 */
export function attentionDiff(
  a: readonly (readonly number[])[],
  b: readonly (readonly number[])[],
  wordsA: readonly string[],
  wordsB: readonly string[],
): AttentionDiff {
  const rows = Math.min(a.length, b.length);
  const cols = rows === 0 ? 0 : Math.min(...a.slice(0, rows).map((r) => r.length), ...b.slice(0, rows).map((r) => r.length));
  const diff: number[][] = [];
  let max = 0;
  for (let t = 0; t < rows; t++) {
    const row: number[] = [];
    for (let j = 0; j < cols; j++) {
      const d = Math.abs(a[t]![j]! - b[t]![j]!);
      row.push(d);
      if (d > max) max = d;
    }
    diff.push(row);
  }
  const n = Math.max(wordsA.length, wordsB.length);
  const differingPositions: number[] = [];
  for (let t = 0; t < n; t++) if (wordsA[t] !== wordsB[t]) differingPositions.push(t);
  const wordDiffers = Array.from({ length: rows }, (_, t) => wordsA[t] !== wordsB[t]);
  return { diff, rows, cols, wordDiffers, differingPositions, max };
}

/** An alignment [T][S] (rows = decoder steps, columns = source tokens). */
export type Alignment = readonly (readonly number[])[];

/**
 * Mean |α_A − α_B| over the cells both alignments have (common rows, and per row the common
 * source positions); 0 when they share no cell.
 */
export function meanAbsDiff(a: Alignment, b: Alignment): number {
  let sum = 0;
  let n = 0;
  const rows = Math.min(a.length, b.length);
  for (let t = 0; t < rows; t++) {
    const cols = Math.min(a[t]!.length, b[t]!.length);
    for (let j = 0; j < cols; j++) {
      sum += Math.abs(a[t]![j]! - b[t]![j]!);
      n++;
    }
  }
  return n === 0 ? 0 : sum / n;
}

/**
 * The mean |Δα| of every pair of alignments: m[i][k] = {@link meanAbsDiff}(alignments[i],
 * alignments[k]), symmetric, 0 on the diagonal; null in the rows and columns of a model without
 * an alignment (the no-attention baseline).
 */
export function pairwiseMeanDiff(alignments: readonly (Alignment | null)[]): (number | null)[][] {
  return alignments.map((a, i) => alignments.map((b, k) => (a === null || b === null ? null : i === k ? 0 : meanAbsDiff(a, b))));
}
