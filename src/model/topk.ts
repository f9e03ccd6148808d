/**
 * Top-k selection on numbers already read back from the backend (plain TypeScript, no tensors).
 * The decoders read a step's whole output distribution back in the same single readback as
 * everything else and select here: tfjs runs TopK on the CPU anyway below 100k elements (on WebGL
 * that costs a second GPU→CPU read per step), and this pass is about as fast as the wasm kernel.
 */

/** The best entries found by {@link topOfRows}, best first. */
export interface TopEntries {
  /** flat index r·cols + j of each entry */
  index: number[];
  /** its value (the entry plus its row's offset) */
  value: number[];
}

/**
 * The `n` largest of `values[start + r·cols + j] + offsets[r]` over a [rows, cols] block, best
 * first; equal values keep the lower flat index first (as `tf.topk`). Rows whose offset is −∞
 * or NaN, and entries that come out −∞ or NaN, are never selected, so fewer than `n` may return.
 */
export function topOfRows(values: ArrayLike<number>, rows: number, cols: number, offsets: ArrayLike<number>, n: number, start = 0): TopEntries {
  if (n <= 0) return { index: [], value: [] };
  const idx = new Int32Array(n);
  const val = new Float64Array(n);
  let len = 0;
  // an entry must beat `thr`: −∞ until n are held, then the n-th best (NaN never passes)
  let thr = -Infinity;
  for (let r = 0; r < rows; r++) {
    const off = offsets[r]!;
    if (!(off > -Infinity)) continue;
    const base = start + r * cols;
    for (let j = 0; j < cols; j++) {
      const v = values[base + j]! + off;
      if (!(v > thr)) continue;
      let p = len < n ? len++ : n - 1;
      while (p > 0 && val[p - 1]! < v) {
        val[p] = val[p - 1]!;
        idx[p] = idx[p - 1]!;
        p--;
      }
      val[p] = v;
      idx[p] = r * cols + j;
      if (len === n) thr = val[n - 1]!;
    }
  }
  return { index: Array.from(idx.subarray(0, len)), value: Array.from(val.subarray(0, len)) };
}

/**
 * log Σ_j exp(values[start + r·cols + j]) of each of `rows` rows (max-shifted, in float64): the
 * normaliser that turns a row of logits into log-probabilities. A row holding no finite value
 * gives −∞ (or NaN when it holds NaN).
 */
export function rowLogSumExp(values: ArrayLike<number>, rows: number, cols: number, start = 0): number[] {
  const out: number[] = [];
  for (let r = 0; r < rows; r++) {
    const base = start + r * cols;
    let m = -Infinity;
    for (let j = 0; j < cols; j++) if (values[base + j]! > m || Number.isNaN(values[base + j]!)) m = values[base + j]!;
    if (!Number.isFinite(m)) {
      out.push(m);
      continue;
    }
    let s = 0;
    for (let j = 0; j < cols; j++) s += Math.exp(values[base + j]! - m);
    out.push(m + Math.log(s));
  }
  return out;
}
