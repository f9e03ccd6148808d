/**
 * C = A·B for row-major float32 matrices in plain JavaScript, shaped for a decoder step: few rows
 * (1 for greedy decoding, k = 5 for beam search) against wide weights (the [128, 12004] output
 * layer). tfjs-cpu's own kernel computes every output as a separate dot product down a column of
 * B, so five rows cost five times one row. Here each pass walks B row by row (contiguous reads)
 * four rows of B at a time and updates up to five output rows with every value it reads, so five
 * rows cost about twice one row, and one row is about 3× faster than tfjs-cpu's kernel
 * (`npm run bench`; measured in the README). Sums are kept in float64 and rounded once at the end.
 */

/** Rows of A handled together by one pass over B. */
const ROW_BLOCK = 5;

let scratch = new Float64Array(0);

/** A float64 scratch of at least `n` entries, zeroed over its first `n` (reused between calls). */
function zeroedScratch(n: number): Float64Array {
  if (scratch.length < n) scratch = new Float64Array(n);
  scratch.fill(0, 0, n);
  return scratch;
}

/** acc[0..N) += Σ_k a[aRow + k]·B[k, ·] for one row of A (four rows of B per pass over acc). */
function accumulateRow(
  a: Float32Array,
  aRow: number,
  b: Float32Array,
  bOff: number,
  K: number,
  N: number,
  acc: Float64Array,
): void {
  let k = 0;
  for (; k + 4 <= K; k += 4) {
    const x0 = a[aRow + k]!,
      x1 = a[aRow + k + 1]!,
      x2 = a[aRow + k + 2]!,
      x3 = a[aRow + k + 3]!;
    const b0 = bOff + k * N,
      b1 = b0 + N,
      b2 = b1 + N,
      b3 = b2 + N;
    for (let j = 0; j < N; j++) acc[j] = acc[j]! + (x0 * b[b0 + j]! + x1 * b[b1 + j]! + x2 * b[b2 + j]! + x3 * b[b3 + j]!);
  }
  for (; k < K; k++) {
    const x = a[aRow + k]!;
    const bk = bOff + k * N;
    for (let j = 0; j < N; j++) acc[j] = acc[j]! + x * b[bk + j]!;
  }
}

/**
 * acc[r·N + j] += Σ_k A[row0 + r, k]·B[k, j] for the five rows r = 0..4 starting at `row0`; rows
 * at or beyond `rows` count as zeros (so a block of 3 or 4 rows can share the unrolled loop).
 */
function accumulateFiveRows(
  a: Float32Array,
  aOff: number,
  row0: number,
  rows: number,
  b: Float32Array,
  bOff: number,
  K: number,
  N: number,
  acc: Float64Array,
): void {
  const o0 = 0,
    o1 = N,
    o2 = 2 * N,
    o3 = 3 * N,
    o4 = 4 * N;
  const coef = (r: number, k: number): number => (row0 + r < rows ? a[aOff + (row0 + r) * K + k]! : 0);
  let k = 0;
  for (; k + 4 <= K; k += 4) {
    const x00 = coef(0, k),
      x01 = coef(0, k + 1),
      x02 = coef(0, k + 2),
      x03 = coef(0, k + 3);
    const x10 = coef(1, k),
      x11 = coef(1, k + 1),
      x12 = coef(1, k + 2),
      x13 = coef(1, k + 3);
    const x20 = coef(2, k),
      x21 = coef(2, k + 1),
      x22 = coef(2, k + 2),
      x23 = coef(2, k + 3);
    const x30 = coef(3, k),
      x31 = coef(3, k + 1),
      x32 = coef(3, k + 2),
      x33 = coef(3, k + 3);
    const x40 = coef(4, k),
      x41 = coef(4, k + 1),
      x42 = coef(4, k + 2),
      x43 = coef(4, k + 3);
    const b0 = bOff + k * N,
      b1 = b0 + N,
      b2 = b1 + N,
      b3 = b2 + N;
    for (let j = 0; j < N; j++) {
      const c0 = b[b0 + j]!,
        c1 = b[b1 + j]!,
        c2 = b[b2 + j]!,
        c3 = b[b3 + j]!;
      acc[o0 + j] = acc[o0 + j]! + (x00 * c0 + x01 * c1 + x02 * c2 + x03 * c3);
      acc[o1 + j] = acc[o1 + j]! + (x10 * c0 + x11 * c1 + x12 * c2 + x13 * c3);
      acc[o2 + j] = acc[o2 + j]! + (x20 * c0 + x21 * c1 + x22 * c2 + x23 * c3);
      acc[o3 + j] = acc[o3 + j]! + (x30 * c0 + x31 * c1 + x32 * c2 + x33 * c3);
      acc[o4 + j] = acc[o4 + j]! + (x40 * c0 + x41 * c1 + x42 * c2 + x43 * c3);
    }
  }
  for (; k < K; k++) {
    const x0 = coef(0, k),
      x1 = coef(1, k),
      x2 = coef(2, k),
      x3 = coef(3, k),
      x4 = coef(4, k);
    const bk = bOff + k * N;
    for (let j = 0; j < N; j++) {
      const c = b[bk + j]!;
      acc[o0 + j] = acc[o0 + j]! + x0 * c;
      acc[o1 + j] = acc[o1 + j]! + x1 * c;
      acc[o2 + j] = acc[o2 + j]! + x2 * c;
      acc[o3 + j] = acc[o3 + j]! + x3 * c;
      acc[o4 + j] = acc[o4 + j]! + x4 * c;
    }
  }
}

/**
 * out[outOff + i·N + j] = Σ_k a[aOff + i·K + k] · b[bOff + k·N + j] for i < M, j < N: the product
 * of A [M, K] and B [K, N], both row-major, written into `out` (the other entries are untouched).
 */
export function matMulRowBlocks(
  a: Float32Array,
  aOff: number,
  b: Float32Array,
  bOff: number,
  M: number,
  K: number,
  N: number,
  out: Float32Array,
  outOff: number,
): void {
  for (let i = 0; i < M;) {
    // five rows (or three/four padded with zero rows: still cheaper than three single passes), else one
    const rows = M - i >= 3 ? Math.min(ROW_BLOCK, M - i) : 1;
    const acc = zeroedScratch((rows === 1 ? 1 : ROW_BLOCK) * N);
    if (rows === 1) accumulateRow(a, aOff + i * K, b, bOff, K, N, acc);
    else accumulateFiveRows(a, aOff, i, M, b, bOff, K, N, acc);
    out.set(acc.subarray(0, rows * N), outOff + i * N); // float64 sums rounded to float32 once
    i += rows;
  }
}
