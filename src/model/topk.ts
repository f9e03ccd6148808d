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
export function topOfRows(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  offsets: ArrayLike<number>,
  n: number,
  start = 0,
): TopEntries {
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

/** Table steps per unit of x in {@link expNonPositive}. */
const EXP_STEPS = 64;
/** exp(−i / 64) for i = 0 … 64·64: the table covers x ∈ [−64, 0] (built on first use, 32 KB). */
let expTable: Float64Array | null = null;

/**
 * exp(x) for x ≤ 0 (and −∞), to ~1e-16 relative: exp(−n/64) from a table times a Taylor
 * polynomial of degree 6 in the remainder f ∈ [0, 1/64) (error below f⁷/7! ≈ 5e-17). 1.4–1.8×
 * as fast as Math.exp in V8 (micro-benchmark), which matters when it runs 60,000 times per beam
 * step. Below −64 (terms < 2e-28) it calls Math.exp.
 */
export function expNonPositive(x: number): number {
  const table = (expTable ??= Float64Array.from({ length: 64 * EXP_STEPS + 1 }, (_, i) => Math.exp(-i / EXP_STEPS)));
  const t = -x * EXP_STEPS;
  if (!(t <= 64 * EXP_STEPS)) return Math.exp(x); // far below 0, −∞ (→ 0) or NaN
  const n = Math.ceil(t);
  const f = (n - t) / EXP_STEPS; // x = −n/64 + f
  return table[n]! * (1 + f * (1 + f * (1 / 2 + f * (1 / 6 + f * (1 / 24 + f * (1 / 120 + f * (1 / 720)))))));
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
    let nan = false;
    for (let j = 0; j < cols; j++) {
      const v = values[base + j]!;
      if (v > m) m = v;
      else if (v !== v) nan = true; // NaN
    }
    if (nan || !Number.isFinite(m)) {
      out.push(nan ? NaN : m);
      continue;
    }
    let s = 0;
    for (let j = 0; j < cols; j++) s += expNonPositive(values[base + j]! - m);
    out.push(m + Math.log(s));
  }
  return out;
}
