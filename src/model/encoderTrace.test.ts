/**
 * The encoder part of the greedy trace (the step view's step 0): the source embeddings E_x(x_j),
 * the forward and backward GRU states (the halves of h̄_j) and the bridge s_0 equal a direct
 * computation in plain JavaScript from the model's parameters, and recording them leaks nothing
 * and step 1 starts from the traced s_0.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { greedyDecode } from './greedy';
import type { Seq2SeqModel } from './model';
import { param } from './params';
import { tinyModel, useCpu } from './testUtils';

const rows = (t: tf.Tensor): number[][] => t.arraySync() as number[][];
const vecOf = (t: tf.Tensor): number[] => Array.from(t.dataSync());
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** x W + b for a row vector x, in plain JS. */
function affine(x: readonly number[], W: number[][], b: number[]): number[] {
  return b.map((bk, k) => x.reduce((s, xi, i) => s + xi * W[i]![k]!, bk));
}

/** One GRU step (gates stacked [r | z | n]), written out in plain JS. */
function gru(x: readonly number[], h: readonly number[], m: Seq2SeqModel, dir: 'fwd' | 'bwd'): number[] {
  const p = (n: string) => param(m.params, `enc/${dir}/${n}`);
  const xp = affine(x, rows(p('Wx')), vecOf(p('bx')));
  const hp = affine(h, rows(p('Wh')), vecOf(p('bh')));
  const D = h.length;
  return h.map((hd, d) => {
    const r = sigmoid(xp[d]! + hp[d]!);
    const z = sigmoid(xp[D + d]! + hp[D + d]!);
    const n = Math.tanh(xp[2 * D + d]! + r * hp[2 * D + d]!);
    return (1 - z) * n + z * hd;
  });
}

describe('encoder trace (step 0)', () => {
  beforeAll(useCpu);

  it('records E_x(x_j), →h_j, ←h_j and s_0 equal to a direct computation, without leaking', async () => {
    const model = tinyModel('general', 11);
    const before = tf.memory().numTensors;
    const trace = await greedyDecode(model, 'a c zzz b');
    expect(tf.memory().numTensors).toBe(before);
    const enc = trace.encoder;
    const S = enc.ids.length;
    const H = model.cfg.hidden;
    const D = H / 2;
    const table = rows(param(model.params, 'src/emb'));
    expect(enc.embeddings).toHaveLength(S);
    enc.ids.forEach((id, j) => {
      expect(enc.embeddings![j]).toHaveLength(model.cfg.embDim);
      enc.embeddings![j]!.forEach((v, e) => expect(v).toBeCloseTo(table[id]![e]!, 6));
    });
    // forward left to right, backward right to left, each from a zero state
    let h = Array<number>(D).fill(0);
    const fwd: number[][] = [];
    for (let j = 0; j < S; j++) fwd[j] = h = gru(table[enc.ids[j]!]!, h, model, 'fwd');
    h = Array<number>(D).fill(0);
    const bwd: number[][] = [];
    for (let j = S - 1; j >= 0; j--) bwd[j] = h = gru(table[enc.ids[j]!]!, h, model, 'bwd');
    for (let j = 0; j < S; j++) {
      enc.annotations[j]!.slice(0, D).forEach((v, d) => expect(v).toBeCloseTo(fwd[j]![d]!, 5));
      enc.annotations[j]!.slice(D).forEach((v, d) => expect(v).toBeCloseTo(bwd[j]![d]!, 5));
    }
    const s0 = affine([...fwd[S - 1]!, ...bwd[0]!], rows(param(model.params, 'bridge/W')), Array<number>(H).fill(0)).map(
      Math.tanh,
    );
    enc.bridge.forEach((v, d) => expect(v).toBeCloseTo(s0[d]!, 5));
  });

  it('hands step 1 the traced bridge s_0 as its previous state', async () => {
    const trace = await greedyDecode(tinyModel('bahdanau', 3), 'b b d');
    expect(trace.steps[0]!.prevState).toEqual(trace.encoder.bridge);
  });
});
