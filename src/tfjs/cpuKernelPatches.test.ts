/**
 * The cpu kernel patches against references: the row-block matMul against float64 products
 * (every row count a block split can produce, odd inner sizes, batches and batch broadcasting,
 * transposed operands left to the original kernel, int32, gradients, error messages), the bias-row
 * Add and the contiguous SplitV against their definitions, and memory.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { patchCpuKernels } from './cpuKernelPatches';
import { matMulRowBlocks } from './rowBlockMatMul';
import { maxAbsDiff, seededValues } from './testArrays';

const PATCHED = ['BatchMatMul', 'Add', 'SplitV'];
const originalKernels = new Map<string, tf.KernelFunc | undefined>();

beforeAll(async () => {
  for (const name of PATCHED) originalKernels.set(name, tf.getKernel(name, 'cpu')?.kernelFunc);
  patchCpuKernels();
  patchCpuKernels(); // idempotent
  expect(await tf.setBackend('cpu')).toBe(true);
});

/** C = op(A)·op(B) in float64 for row-major [batch, ·, ·] arrays (batch 1 broadcasts). */
function reference(
  a: Float32Array,
  b: Float32Array,
  batch: number,
  bA: number,
  bB: number,
  M: number,
  K: number,
  N: number,
  tA = false,
  tB = false,
): Float64Array {
  const out = new Float64Array(batch * M * N);
  for (let i = 0; i < batch; i++) {
    const ao = (bA === 1 ? 0 : i) * M * K;
    const bo = (bB === 1 ? 0 : i) * K * N;
    for (let r = 0; r < M; r++) {
      for (let j = 0; j < N; j++) {
        let s = 0;
        for (let k = 0; k < K; k++) s += a[ao + (tA ? k * M + r : r * K + k)]! * b[bo + (tB ? j * K + k : k * N + j)]!;
        out[i * M * N + r * N + j] = s;
      }
    }
  }
  return out;
}

describe('matMulRowBlocks', () => {
  // every remainder of the 5-row blocks (1, 2: single rows; 3, 4: padded block), inner sizes
  // around the 4-wide unrolling, and a decoder-like wide product
  const shapes: [number, number, number][] = [];
  for (const M of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13]) for (const K of [0, 1, 3, 4, 5, 8, 11]) shapes.push([M, K, 7]);
  shapes.push([1, 128, 1201], [5, 128, 1201], [10, 64, 300]);
  it.each(shapes)('[%i, %i] · [·, %i] equals the float64 reference, offsets respected', (M, K, N) => {
    const a = seededValues(3 + M * K, M * 31 + K);
    const b = seededValues(5 + K * N, K * 17 + N);
    const out = new Float32Array(2 + M * N).fill(42);
    matMulRowBlocks(a, 3, b, 5, M, K, N, out, 2);
    const ref = reference(a.subarray(3), b.subarray(5), 1, 1, 1, M, K, N);
    expect(out[0]).toBe(42);
    expect(out[1]).toBe(42);
    expect(maxAbsDiff(out.subarray(2), ref)).toBeLessThan(1e-5);
  });

  it('a hand-checked value: [[1,2],[3,4]] · [[5,6],[7,8]] = [[19,22],[43,50]]', () => {
    const out = new Float32Array(4);
    matMulRowBlocks(Float32Array.of(1, 2, 3, 4), 0, Float32Array.of(5, 6, 7, 8), 0, 2, 2, 2, out, 0);
    expect(Array.from(out)).toEqual([19, 22, 43, 50]);
  });
});

describe('the patched cpu BatchMatMul', () => {
  it.each(PATCHED)('replaces the %s kernel', (name) => {
    expect(originalKernels.get(name)).toBeDefined();
    expect(tf.getKernel(name, 'cpu')!.kernelFunc).not.toBe(originalKernels.get(name));
  });

  interface Case {
    batchA: number[];
    batchB: number[];
    M: number;
    K: number;
    N: number;
    tA: boolean;
    tB: boolean;
  }
  const CASES: Case[] = [];
  for (const [batchA, batchB] of [
    [[], []],
    [[3], [3]],
    [[1], [4]],
    [[4], [1]],
    [
      [2, 3],
      [2, 3],
    ],
  ] as [number[], number[]][]) {
    for (const tA of [false, true]) for (const tB of [false, true]) CASES.push({ batchA, batchB, M: 5, K: 9, N: 6, tA, tB });
  }
  CASES.push({ batchA: [], batchB: [], M: 5, K: 128, N: 2003, tA: false, tB: false }); // a beam step's output layer, narrower
  it.each(CASES)('A [$batchA, $M, $K] · B [$batchB, $K, $N] (tA $tA, tB $tB) equals the reference', async (c) => {
    const size = (d: number[]): number => d.reduce((x, y) => x * y, 1);
    const bA = size(c.batchA);
    const bB = size(c.batchB);
    const aVals = seededValues(bA * c.M * c.K, 11 + c.K);
    const bVals = seededValues(bB * c.K * c.N, 13 + c.N);
    const a = tf.tensor(aVals, [...c.batchA, ...(c.tA ? [c.K, c.M] : [c.M, c.K])]);
    const b = tf.tensor(bVals, [...c.batchB, ...(c.tB ? [c.N, c.K] : [c.K, c.N])]);
    const out = tf.matMul(a, b, c.tA, c.tB);
    const outBatch = c.batchA.length >= c.batchB.length ? (bA >= bB ? c.batchA : c.batchB) : c.batchB;
    expect(out.shape).toEqual([...outBatch, c.M, c.N]);
    const ref = reference(aVals, bVals, Math.max(bA, bB), bA, bB, c.M, c.K, c.N, c.tA, c.tB);
    expect(maxAbsDiff(await out.data(), ref)).toBeLessThan(1e-4);
    tf.dispose([a, b, out]);
  });

  it('int32 products still work (original kernel)', async () => {
    const c = tf.matMul(
      tf.tensor2d(
        [
          [1, 2],
          [3, 4],
        ],
        [2, 2],
        'int32',
      ),
      tf.tensor2d(
        [
          [5, 6],
          [7, 8],
        ],
        [2, 2],
        'int32',
      ),
    );
    expect(c.dtype).toBe('int32');
    expect(Array.from(await c.data())).toEqual([19, 22, 43, 50]);
    c.dispose();
  });

  it('mismatched inner sizes still give tfjs’s message', () => {
    const a = tf.zeros([2, 3]);
    const b = tf.zeros([4, 2]);
    expect(() => tf.matMul(a, b)).toThrow(/inner shapes \(3\) and \(4\)/);
    tf.dispose([a, b]);
  });

  it('gradients through the patched forward equal the float64 reference', async () => {
    const aVals = seededValues(5 * 7, 5);
    const bVals = seededValues(7 * 9, 6);
    const wVals = seededValues(5 * 9, 7);
    const [da, db] = tf.grads((x: tf.Tensor, y: tf.Tensor) => tf.sum(tf.mul(tf.matMul(x, y), tf.tensor2d(wVals, [5, 9]))))([
      tf.tensor2d(aVals, [5, 7]),
      tf.tensor2d(bVals, [7, 9]),
    ]);
    // dA = W·Bᵀ [5, 7], dB = Aᵀ·W [7, 9]
    expect(maxAbsDiff(await da!.data(), reference(wVals, bVals, 1, 1, 1, 5, 9, 7, false, true))).toBeLessThan(1e-5);
    expect(maxAbsDiff(await db!.data(), reference(aVals, wVals, 1, 1, 1, 7, 5, 9, true, false))).toBeLessThan(1e-5);
    tf.dispose([da!, db!]);
  });
});

describe('the patched cpu Add', () => {
  const shapes: [number[], number[]][] = [
    [[5, 7], [7]], // a bias row
    [[7], [5, 7]], // the other order
    [[2, 3, 4], [4]],
    [
      [5, 7],
      [5, 7],
    ], // same shape (original kernel)
    [
      [5, 7],
      [5, 1],
    ], // other broadcasts (original kernel)
    [
      [1, 7],
      [3, 1],
    ],
    [[4], [4]],
  ];
  it.each(shapes)('%j + %j equals the element-wise definition', async (aShape, bShape) => {
    const aVals = seededValues(
      aShape.reduce((x, y) => x * y, 1),
      21,
    );
    const bVals = seededValues(
      bShape.reduce((x, y) => x * y, 1),
      22,
    );
    const out = tf.add(tf.tensor(aVals, aShape), tf.tensor(bVals, bShape));
    const shape = out.shape;
    const rank = shape.length;
    // broadcasting by definition: each operand indexed by the trailing dims, size-1 dims pinned to 0
    const at = (vals: Float32Array, s: number[], loc: number[]): number => {
      let idx = 0;
      for (let d = 0; d < s.length; d++) idx = idx * s[d]! + (s[d] === 1 ? 0 : loc[rank - s.length + d]!);
      return vals[idx]!;
    };
    const got = await out.data();
    for (let i = 0; i < got.length; i++) {
      const loc: number[] = [];
      for (let d = rank - 1, r = i; d >= 0; d--) {
        loc[d] = r % shape[d]!;
        r = Math.floor(r / shape[d]!);
      }
      expect(got[i]).toBeCloseTo(at(aVals, aShape, loc) + at(bVals, bShape, loc), 6);
    }
    out.dispose();
  });

  it('int32 + int32 keeps its dtype and values', async () => {
    const out = tf.add(
      tf.tensor2d(
        [
          [1, 2],
          [3, 4],
        ],
        [2, 2],
        'int32',
      ),
      tf.tensor1d([10, 20], 'int32'),
    );
    expect(out.dtype).toBe('int32');
    expect(Array.from(await out.data())).toEqual([11, 22, 13, 24]);
    out.dispose();
  });
});

describe('the patched cpu SplitV', () => {
  const cases: { shape: number[]; splits: number | number[]; axis: number }[] = [
    { shape: [5, 768], splits: 3, axis: 1 }, // a beam step's GRU gates
    { shape: [5, 12], splits: [3, 4, 5], axis: -1 },
    { shape: [2, 6, 3], splits: [1, -1, 2], axis: 1 },
    { shape: [6, 4], splits: 2, axis: 0 },
    { shape: [2, 3, 4], splits: [1, 3], axis: 2 },
  ];
  it.each(cases)('$shape split $splits on axis $axis equals slices by index', async ({ shape, splits, axis }) => {
    const n = shape.reduce((x, y) => x * y, 1);
    const x = tf.tensor(
      Float32Array.from({ length: n }, (_, i) => i),
      shape,
    );
    const parts = tf.split(x, splits, axis);
    const ax = axis < 0 ? shape.length + axis : axis;
    const sizes =
      typeof splits === 'number'
        ? Array(splits).fill(shape[ax]! / splits)
        : splits.map((s) => (s === -1 ? shape[ax]! - splits.filter((t) => t !== -1).reduce((p, q) => p + q, 0) : s));
    let begin = 0;
    for (const [p, part] of parts.entries()) {
      const expected = shape.slice();
      expected[ax] = sizes[p]!;
      expect(part.shape).toEqual(expected);
      const b = shape.map((_, d) => (d === ax ? begin : 0));
      const ref = tf.slice(x, b, expected);
      expect(Array.from(await part.data())).toEqual(Array.from(await ref.data()));
      ref.dispose();
      begin += sizes[p]!;
    }
    tf.dispose([x, ...parts]);
  });

  it('int32 splits still work (original kernel)', async () => {
    const [a, b] = tf.split(tf.tensor2d([[1, 2, 3, 4]], [1, 4], 'int32'), 2, 1);
    expect(a!.dtype).toBe('int32');
    expect([Array.from(await a!.data()), Array.from(await b!.data())]).toEqual([
      [1, 2],
      [3, 4],
    ]);
    tf.dispose([a!, b!]);
  });
});

describe('memory', () => {
  it('leaves no tensor or backend data behind', () => {
    const backend = tf.backend() as unknown as { numDataIds(): number };
    const a = tf.tensor(seededValues(3 * 5 * 6, 3), [3, 5, 6]);
    const b = tf.tensor(seededValues(6 * 4, 4), [6, 4]);
    const c = tf.tensor(seededValues(6, 5), [6]);
    tf.dispose(tf.matMul(a, b)); // warm-up
    const ids = backend.numDataIds();
    const tensors = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) {
      tf.tidy(() => {
        tf.matMul(a, b);
        tf.matMul(a, tf.reshape(b, [1, 6, 4]));
        tf.split(tf.add(a, c), 2, 2); // [3, 5, 6] + [6], then 2 × [3, 5, 3]
      });
    }
    expect(backend.numDataIds()).toBe(ids);
    expect(tf.memory().numTensors).toBe(tensors);
    tf.dispose([a, b, c]);
  });
});
