/** The JS top-k the decoders select with, against tfjs's own TopK. */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../train/rng';
import { useCpu } from './testUtils';
import { expNonPositive, rowLogSumExp, topOfRows } from './topk';

describe('topOfRows', () => {
  beforeAll(useCpu);

  it('equals tf.topk on random rows, ties included (lower index first)', async () => {
    const rand = mulberry32(3);
    for (let trial = 0; trial < 40; trial++) {
      const rows = 1 + Math.floor(rand() * 5);
      const cols = 1 + Math.floor(rand() * 300);
      // a coarse grid of values makes many ties
      const values = Float32Array.from({ length: rows * cols }, () => Math.round(rand() * 40) / 8 - 2);
      const offsets = Array.from({ length: rows }, () => Math.round(rand() * 16) / 8);
      const n = Math.min(rows * cols, 1 + Math.floor(rand() * 12));
      const shifted = tf.tidy(() =>
        tf.reshape(tf.add(tf.tensor2d(values, [rows, cols]), tf.tensor2d(offsets, [rows, 1])), [rows * cols]),
      ); // [rows·cols]
      const ref = tf.topk(shifted, n);
      const [refVal, refIdx] = [await ref.values.data(), await ref.indices.data()];
      tf.dispose([shifted, ref.values, ref.indices]);
      const got = topOfRows(values, rows, cols, offsets, n);
      expect(got.index, `trial ${trial}`).toEqual(Array.from(refIdx));
      got.value.forEach((v, i) => expect(v).toBeCloseTo(refVal[i]!, 5));
    }
  });

  it('reads a block at an offset and skips −∞ rows, −∞ and NaN entries', () => {
    const values = [9, 9, /* block: */ 1, -Infinity, 3, NaN, 5, 0.5, /* after: */ 99];
    const got = topOfRows(values, 3, 2, [0, 10, -Infinity], 10, 2);
    // row 0: [1, −∞] → 1; row 1: [3, NaN] + 10 → 13; row 2 (offset −∞): skipped
    expect(got).toEqual({ index: [2, 0], value: [13, 1] });
    expect(topOfRows(values, 3, 2, [0, 0, 0], 0, 2)).toEqual({ index: [], value: [] });
  });

  it('keeps the best n of many in order', () => {
    const values = Float64Array.from({ length: 10_000 }, (_, i) => (Math.sin(i * 12.9898) * 43758.5453) % 1);
    const got = topOfRows(values, 1, values.length, [0], 7);
    const sorted = [...values]
      .map((v, i) => ({ v, i }))
      .sort((a, b) => b.v - a.v || a.i - b.i)
      .slice(0, 7);
    expect(got.index).toEqual(sorted.map((s) => s.i));
  });
});

describe('rowLogSumExp', () => {
  it('is log Σ exp of each row, stable for large logits', () => {
    const v = [0, Math.log(3), 1000, 1000, -Infinity, -Infinity];
    const lse = rowLogSumExp(v, 3, 2);
    expect(lse[0]).toBeCloseTo(Math.log(4), 12);
    expect(lse[1]).toBeCloseTo(1000 + Math.log(2), 9);
    expect(lse[2]).toBe(-Infinity);
  });

  it('matches log(softmax) of tfjs row by row, from an offset', () => {
    const rows = 3;
    const cols = 50;
    const v = Array.from({ length: 7 + rows * cols }, (_, i) => Math.sin(i * 1.3) * 8);
    const lse = rowLogSumExp(v, rows, cols, 7);
    for (let r = 0; r < rows; r++) {
      const row = v.slice(7 + r * cols, 7 + (r + 1) * cols);
      const p = row.map((x) => Math.exp(x - lse[r]!));
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('gives NaN for a row holding NaN', () => {
    expect(rowLogSumExp([1, NaN, 2], 1, 3)[0]).toBeNaN();
    expect(rowLogSumExp([NaN, 1, 2], 1, 3)[0]).toBeNaN();
  });

  it('equals log Σ Math.exp to 1e-13 on wide random float32 rows (the decoders’ logits)', () => {
    const rand = mulberry32(11);
    const cols = 12004;
    const rows = 5;
    const v = Float32Array.from({ length: rows * cols }, (_, i) => (rand() - 0.7) * (i % 7 === 0 ? 200 : 30));
    const lse = rowLogSumExp(v, rows, cols);
    for (let r = 0; r < rows; r++) {
      let m = -Infinity;
      for (let j = 0; j < cols; j++) m = Math.max(m, v[r * cols + j]!);
      let s = 0;
      for (let j = 0; j < cols; j++) s += Math.exp(v[r * cols + j]! - m);
      expect(Math.abs(lse[r]! - (m + Math.log(s)))).toBeLessThan(1e-13);
    }
  });
});

describe('expNonPositive', () => {
  it('equals Math.exp to 1e-15 relative over [−80, 0], at the table’s edges, and at −∞', () => {
    const rand = mulberry32(5);
    const xs = [
      0,
      -0,
      -1 / 64,
      -1 / 128,
      -63.99,
      -64,
      -64.0001,
      -700,
      -745,
      -746,
      ...Array.from({ length: 20000 }, () => -rand() * 80),
    ];
    for (const x of xs) {
      const want = Math.exp(x);
      const got = expNonPositive(x);
      expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-15 * want);
    }
    expect(expNonPositive(-Infinity)).toBe(0);
    expect(expNonPositive(NaN)).toBeNaN();
  });
});
