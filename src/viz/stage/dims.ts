/**
 * The compact picture's dimensions: a small fixed set of indices drawn in every vector of a
 * decode. Half from the forward half of the annotations and half from the backward half (the
 * encoder is bidirectional, h̄_j = [→h_j ; ←h_j]), each the ones with the largest mean |h̄_j[d]|
 * for this sentence, so the cells show something; sorted, so "dim 17" sits at the same place in
 * every vector.
 */

/** Number of cells of a compact vector. */
export const COMPACT_DIMS = 8;

/** Picks `n` dimensions of H for a decode from its annotations h̄ [S][H] (see the file comment). */
export function compactDims(annotations: readonly (readonly number[])[], H: number, n = COMPACT_DIMS): number[] {
  if (H <= n) return Array.from({ length: H }, (_, d) => d);
  const mean = Array.from({ length: H }, (_, d) => annotations.reduce((s, a) => s + Math.abs(a[d] ?? 0), 0));
  const best = (lo: number, hi: number, k: number): number[] =>
    Array.from({ length: hi - lo }, (_, i) => lo + i)
      .sort((a, b) => mean[b]! - mean[a]! || a - b)
      .slice(0, k);
  const picked = H % 2 === 0 ? [...best(0, H / 2, Math.ceil(n / 2)), ...best(H / 2, H, Math.floor(n / 2))] : best(0, H, n);
  return picked.sort((a, b) => a - b);
}
