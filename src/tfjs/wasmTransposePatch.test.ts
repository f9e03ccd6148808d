/**
 * The wasm BatchMatMul patch (explicit transpose, then a plain product) against the cpu backend:
 * every transposeA/transposeB combination, 2-D and batched 3-D, forward and gradients.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { patchWasmBatchMatMul } from './wasmTransposePatch';
import { maxAbsDiff, seededValues } from './testArrays';

const TOL = 1e-4;
let originalKernel: tf.KernelFunc | undefined;

beforeAll(async () => {
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths(path.resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/');
  originalKernel = tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc;
  patchWasmBatchMatMul();
  patchWasmBatchMatMul(); // idempotent
  expect(await tf.setBackend('wasm')).toBe(true);
  expect(tf.getBackend()).toBe('wasm');
});

interface Case {
  name: string;
  aShape: number[];
  bShape: number[];
  tA: boolean;
  tB: boolean;
}

/** All four transpose flag combinations for C = op(A)·op(B) with op(A) [.., m, k], op(B) [.., k, n]. */
function cases(batch: number[], m: number, k: number, n: number, batchB = batch): Case[] {
  const out: Case[] = [];
  for (const tA of [false, true]) {
    for (const tB of [false, true]) {
      out.push({
        name: `[${batch}]·[${batchB}] ${m}x${k}x${n} tA=${tA} tB=${tB}`,
        aShape: [...batch, ...(tA ? [k, m] : [m, k])],
        bShape: [...batchB, ...(tB ? [n, k] : [k, n])],
        tA,
        tB,
      });
    }
  }
  return out;
}

const CASES: Case[] = [
  ...cases([], 3, 5, 4), // small 2-D
  ...cases([], 37, 64, 29), // odd sizes, big enough for the blocked kernels
  ...cases([2], 3, 5, 4), // batched 3-D
  ...cases([3], 17, 33, 9),
  ...cases([1], 4, 6, 5, [3]), // batch broadcasting, as tf.matMul allows (forward only: see below)
];

/** Runs `f` on the given backend with fresh tensors and returns its outputs as arrays. */
async function on(backend: 'cpu' | 'wasm', f: () => tf.Tensor[]): Promise<{ shapes: number[][]; data: Float32Array[] }> {
  await tf.setBackend(backend);
  const outs = f();
  const data = await Promise.all(outs.map((t) => t.data() as Promise<Float32Array>));
  const shapes = outs.map((t) => t.shape);
  tf.dispose(outs);
  await tf.setBackend('wasm');
  return { shapes, data };
}

describe('patch installation', () => {
  it('replaces the wasm BatchMatMul kernel (once)', () => {
    expect(originalKernel).toBeDefined();
    const now = tf.getKernel('BatchMatMul', 'wasm')!.kernelFunc;
    expect(now).not.toBe(originalKernel);
  });
});

const size = (s: number[]): number => s.reduce((x, y) => x * y, 1);
const inputs = ({ aShape, bShape }: Case): [Float32Array, Float32Array] => [
  seededValues(size(aShape), 1 + aShape.length * 7 + aShape[aShape.length - 1]!),
  seededValues(size(bShape), 2 + bShape.length * 13 + bShape[bShape.length - 1]!),
];

describe.each(CASES)('matMul $name', (c) => {
  it('forward equals the cpu backend', async () => {
    const [aVals, bVals] = inputs(c);
    const run = (): tf.Tensor[] => [tf.matMul(tf.tensor(aVals, c.aShape), tf.tensor(bVals, c.bShape), c.tA, c.tB)];
    const cpu = await on('cpu', run);
    const wasm = await on('wasm', run);
    expect(wasm.shapes).toEqual(cpu.shapes);
    expect(maxAbsDiff(wasm.data[0]!, cpu.data[0]!)).toBeLessThan(TOL);
  });
});

// tfjs-core 4.22's own BatchMatMul gradient rejects broadcast batch dimensions on every backend
// ("gradient of input 'a' has shape '3,4,6' ... input '1,4,6'"), so those cases are forward-only.
const GRAD_CASES = CASES.filter((c) => c.aShape.length === 2 || c.aShape[0] === c.bShape[0]);

describe.each(GRAD_CASES)('matMul gradient $name', (c) => {
  it('dA and dB equal the cpu backend', async () => {
    const [aVals, bVals] = inputs(c);
    const run = (): tf.Tensor[] => {
      const a = tf.tensor(aVals, c.aShape);
      const b = tf.tensor(bVals, c.bShape);
      // a non-uniform upstream gradient, so a transposed dy would show
      const outShape = tf.matMul(a, b, c.tA, c.tB).shape;
      const w = tf.tensor(seededValues(size(outShape), 99), outShape);
      return tf.grads((x: tf.Tensor, y: tf.Tensor) => tf.sum(tf.mul(tf.matMul(x, y, c.tA, c.tB), w)))([a, b]);
    };
    const cpu = await on('cpu', run);
    const wasm = await on('wasm', run);
    expect(wasm.shapes).toEqual([c.aShape, c.bShape]);
    expect(maxAbsDiff(wasm.data[0]!, cpu.data[0]!)).toBeLessThan(TOL);
    expect(maxAbsDiff(wasm.data[1]!, cpu.data[1]!)).toBeLessThan(TOL);
  });
});

describe('memory', () => {
  it('the temporary transposed operands are freed on the wasm backend', async () => {
    const backend = tf.backend() as unknown as { numDataIds(): number };
    const a = tf.tensor(seededValues(6 * 5, 3), [2, 3, 5]);
    const b = tf.tensor(seededValues(6 * 5, 4), [2, 3, 5]);
    tf.dispose(tf.matMul(a, b, true, false)); // warm-up
    const ids = backend.numDataIds();
    const tensors = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) {
      tf.dispose(tf.matMul(a, b, true, false));
      tf.dispose(tf.matMul(a, b, false, true));
      tf.dispose(tf.matMul(b, a, true, false));
    }
    expect(backend.numDataIds()).toBe(ids);
    expect(tf.memory().numTensors).toBe(tensors);
    tf.dispose([a, b]);
  });

  it('a hand-checked value: [[1,2],[3,4]]ᵀ · [[5,6],[7,8]]ᵀ = [[23,31],[34,46]]', async () => {
    const c = tf.matMul(
      tf.tensor2d([
        [1, 2],
        [3, 4],
      ]),
      tf.tensor2d([
        [5, 6],
        [7, 8],
      ]),
      true,
      true,
    );
    expect(Array.from(await c.data())).toEqual([23, 31, 34, 46]);
  });
});
