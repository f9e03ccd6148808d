/**
 * The four scoring functions against an independent plain-JS implementation of the equations in
 * DESIGN.md (column-vector math, loops over numbers, no tf).
 *
 * Storage convention (src/model/params.ts): matrices are stored for row vectors, a layer computes
 * `x · W_stored`. The equations act on column vectors, so the matrix in the equations is the
 * stored one transposed:
 *   general:  e_j = h_tᵀ W_a h̄_j                 with W_a = att/Waᵀ
 *   concat:   e_j = v_aᵀ tanh(W_a [h_t ; h̄_j])   with W_a = [att/Wqᵀ | att/Wkᵀ]  (H × 2H)
 *   bahdanau: e_j = v_aᵀ tanh(W_a s + U_a h̄_j)   with W_a = att/Wqᵀ, U_a = att/Wkᵀ, v_a = att/v
 * The matrices below are deliberately not symmetric, so a transposition mistake changes scores.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { attend, prepareKeys, score } from './attention';
import type { AttentionKind } from './config';
import type { Params } from './params';
import { maxAbsDiff, useCpu } from './testUtils';

type Vec = number[];
type Mat = number[][]; // row-major

const H = 4;
const S = 3;

// Stored (row-vector convention) parameters, [in, out].
const WA_STORED: Mat = [
  [0.1, 0.2, -0.3, 0.4],
  [-0.5, 0.6, 0.7, -0.8],
  [0.9, -0.1, 0.2, 0.3],
  [0.0, 0.4, -0.6, 0.5],
];
const WQ_STORED: Mat = [
  [0.3, -0.2, 0.5, 0.1],
  [0.7, 0.4, -0.1, -0.6],
  [-0.2, 0.8, 0.3, 0.2],
  [0.5, 0.0, -0.4, 0.9],
];
const WK_STORED: Mat = [
  [-0.4, 0.1, 0.6, 0.2],
  [0.2, -0.7, 0.3, 0.5],
  [0.8, 0.3, -0.2, -0.1],
  [0.1, 0.6, 0.4, -0.3],
];
const V_STORED: Mat = [[0.3], [-0.7], [0.5], [0.2]]; // [H, 1]

// Annotations h̄ [B][S][H] and queries q [B][H].
const HBAR0: Mat = [
  [0.5, -0.2, 0.1, 0.3],
  [-0.4, 0.6, 0.2, -0.1],
  [0.3, 0.3, -0.5, 0.2],
];
// Second sentence: only 2 real tokens; position 2 is padding with large junk values that must not leak.
const HBAR1: Mat = [
  [0.9, 0.1, -0.3, -0.6],
  [0.2, -0.8, 0.4, 0.7],
  [5.0, -5.0, 5.0, 5.0],
];
const Q0: Vec = [0.2, -0.3, 0.5, 0.1];
const Q1: Vec = [-0.6, 0.4, 0.3, -0.2];

// ---- reference implementation: plain numbers, column-vector math ----
const transpose = (m: Mat): Mat => m[0]!.map((_, j) => m.map((row) => row[j]!));
const matVec = (m: Mat, x: Vec): Vec => m.map((row) => row.reduce((s, w, k) => s + w * x[k]!, 0));
const dotv = (a: Vec, b: Vec): number => a.reduce((s, x, i) => s + x * b[i]!, 0);
const hcat = (a: Mat, b: Mat): Mat => a.map((row, i) => [...row, ...b[i]!]); // [A | B]

const W_A_GENERAL = transpose(WA_STORED); // H × H
const W_Q = transpose(WQ_STORED); // H × H
const U_K = transpose(WK_STORED); // H × H
const W_A_CONCAT = hcat(W_Q, U_K); // H × 2H, acts on [h_t ; h̄_j]
const V_A: Vec = V_STORED.map((r) => r[0]!);

function refScores(kind: AttentionKind, q: Vec, hbar: Mat): Vec {
  return hbar.map((h) => {
    if (kind === 'dot') return dotv(q, h); // h_tᵀ h̄_j
    if (kind === 'general') return dotv(q, matVec(W_A_GENERAL, h)); // h_tᵀ W_a h̄_j
    if (kind === 'concat') return dotv(V_A, matVec(W_A_CONCAT, [...q, ...h]).map(Math.tanh)); // v_aᵀ tanh(W_a [h_t ; h̄_j])
    // bahdanau: v_aᵀ tanh(W_a s_{t-1} + U_a h̄_j)
    const ws = matVec(W_Q, q);
    const uh = matVec(U_K, h);
    return dotv(
      V_A,
      ws.map((x, i) => Math.tanh(x + uh[i]!)),
    );
  });
}

/** softmax over the real positions only (mask 1); padded positions get exactly 0. */
function refSoftmax(e: Vec, mask: Vec): Vec {
  const real = e.filter((_, j) => mask[j] === 1);
  const m = Math.max(...real);
  const ex = e.map((x, j) => (mask[j] === 1 ? Math.exp(x - m) : 0));
  const z = ex.reduce((a, b) => a + b, 0);
  return ex.map((x) => x / z);
}

/** c = Σ_j α_j h̄_j */
function refContext(alpha: Vec, hbar: Mat): Vec {
  return Array.from({ length: H }, (_, i) => hbar.reduce((s, h, j) => s + alpha[j]! * h[i]!, 0));
}

function params(): Params {
  return {
    'att/Wa': tf.tensor2d(WA_STORED),
    'att/Wq': tf.tensor2d(WQ_STORED),
    'att/Wk': tf.tensor2d(WK_STORED),
    'att/v': tf.tensor2d(V_STORED),
  };
}

const KINDS: AttentionKind[] = ['dot', 'general', 'concat', 'bahdanau'];
const TOL = 1e-5;

beforeAll(async () => {
  await useCpu();
});

describe('reference implementation sanity', () => {
  it('matches a hand computation', () => {
    // dot: q·h̄_0 = 0.2·0.5 + (−0.3)(−0.2) + 0.5·0.1 + 0.1·0.3 = 0.24
    expect(refScores('dot', Q0, HBAR0)[0]).toBeCloseTo(0.24, 12);
    // general with W_a = stored transpose: (W_a h̄_0)_0 = Σ_m WA_STORED[m][0]·h̄_0[m] = 0.05+0.1+0.09+0 = 0.24
    expect(matVec(W_A_GENERAL, HBAR0[0]!)[0]).toBeCloseTo(0.24, 12);
    expect(refSoftmax([1, 2, 99], [1, 1, 0])).toEqual([1 / (1 + Math.E), Math.E / (1 + Math.E), 0]);
  });
});

describe.each(KINDS)('attention %s', (kind) => {
  it('B=1: scores, softmax weights and context equal the plain-JS equations', async () => {
    const p = params();
    const hbar = tf.tensor3d([HBAR0]);
    const mask = tf.ones([1, S]) as tf.Tensor2D;
    const keys = prepareKeys(p, kind, hbar, mask);
    const read = attend(p, keys, tf.tensor2d([Q0]), hbar);
    const e = refScores(kind, Q0, HBAR0);
    const a = refSoftmax(e, [1, 1, 1]);
    const c = refContext(a, HBAR0);
    expect(read.scores.shape).toEqual([1, S]);
    expect(read.weights.shape).toEqual([1, S]);
    expect(read.context.shape).toEqual([1, H]);
    expect(maxAbsDiff(await read.scores.data(), e)).toBeLessThan(TOL);
    expect(maxAbsDiff(await read.weights.data(), a)).toBeLessThan(TOL);
    expect(maxAbsDiff(await read.context.data(), c)).toBeLessThan(TOL);
    // score() alone gives the same raw scores
    expect(maxAbsDiff(await score(p, keys, tf.tensor2d([Q0])).data(), e)).toBeLessThan(TOL);
    // the scores are not degenerate (the test would notice a wrong formula)
    expect(Math.max(...e) - Math.min(...e)).toBeGreaterThan(0.05);
  });

  it('B=2 with padding: each row matches its own reference, padding gets no weight', async () => {
    const p = params();
    const hbar = tf.tensor3d([HBAR0, HBAR1]);
    const mask = tf.tensor2d([
      [1, 1, 1],
      [1, 1, 0],
    ]);
    const keys = prepareKeys(p, kind, hbar, mask);
    const read = attend(p, keys, tf.tensor2d([Q0, Q1]), hbar);
    const scores = (await read.scores.array()) as number[][];
    const weights = (await read.weights.array()) as number[][];
    const context = (await read.context.array()) as number[][];
    const rows: [Vec, Mat, Vec][] = [
      [Q0, HBAR0, [1, 1, 1]],
      [Q1, HBAR1, [1, 1, 0]],
    ];
    rows.forEach(([q, hb, m], b) => {
      const e = refScores(kind, q, hb);
      const a = refSoftmax(e, m);
      // raw scores are returned unmasked (padding is masked only inside the softmax)
      expect(maxAbsDiff(scores[b]!, e)).toBeLessThan(TOL);
      expect(maxAbsDiff(weights[b]!, a)).toBeLessThan(TOL);
      expect(maxAbsDiff(context[b]!, refContext(a, hb))).toBeLessThan(TOL);
      // weights are a distribution over the row
      expect(Math.abs(weights[b]!.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-6);
    });
    // the padded position: weight < 1e-6, and its junk annotation (±5) does not reach the context
    expect(weights[1]![2]!).toBeLessThan(1e-6);
    expect(Math.max(...context[1]!.map(Math.abs))).toBeLessThan(1);
  });

  it('override replaces the weights and the context follows them', async () => {
    const p = params();
    const hbar = tf.tensor3d([HBAR0]);
    const keys = prepareKeys(p, kind, hbar, tf.ones([1, S]) as tf.Tensor2D);
    const forced = [0, 0.25, 0.75];
    const read = attend(p, keys, tf.tensor2d([Q0]), hbar, tf.tensor2d([forced]));
    expect(maxAbsDiff(await read.weights.data(), forced)).toBeLessThan(1e-7);
    expect(maxAbsDiff(await read.context.data(), refContext(forced, HBAR0))).toBeLessThan(TOL);
    // scores are still the model's own
    expect(maxAbsDiff(await read.scores.data(), refScores(kind, Q0, HBAR0))).toBeLessThan(TOL);
  });
});

describe('prepareKeys layout', () => {
  it('dot/general give keysᵀ [B, H, S]; concat/bahdanau give W_k h̄ [B, S, H]', () => {
    const p = params();
    const hbar = tf.tensor3d([HBAR0, HBAR1]);
    const mask = tf.ones([2, S]) as tf.Tensor2D;
    expect(prepareKeys(p, 'dot', hbar, mask).keysT!.shape).toEqual([2, H, S]);
    expect(prepareKeys(p, 'general', hbar, mask).keysT!.shape).toEqual([2, H, S]);
    expect(prepareKeys(p, 'concat', hbar, mask).keys!.shape).toEqual([2, S, H]);
    expect(prepareKeys(p, 'bahdanau', hbar, mask).keys!.shape).toEqual([2, S, H]);
  });

  it("the 'none' baseline has no scores", () => {
    const p = params();
    const hbar = tf.tensor3d([HBAR0]);
    const keys = prepareKeys(p, 'none', hbar, tf.ones([1, S]) as tf.Tensor2D);
    expect(() => score(p, keys, tf.tensor2d([Q0]))).toThrow(/none/);
  });

  it('a missing parameter fails loudly with its name', () => {
    const hbar = tf.tensor3d([HBAR0]);
    expect(() => prepareKeys({}, 'general', hbar, tf.ones([1, S]) as tf.Tensor2D)).toThrow(/att\/Wa/);
  });
});
