/** The shared training step: schedule, the attention learning-rate scale, no leaks (clipping and Adam: resumeCompat.test.ts pins the trainer's numbers bit for bit). */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelConfig } from './config';
import type { BatchArrays } from './loss';
import { initParams } from './params';
import { createTrainState, disposeTrainState, learningRate, trainStep } from './trainStep';

const cfg: ModelConfig = {
  attention: 'general',
  embDim: 4,
  hidden: 6,
  srcVocabSize: 9,
  tgtVocabSize: 9,
  maxSrcLen: 8,
  maxTgtLen: 8,
};
const batch: BatchArrays = {
  B: 2,
  S: 3,
  T: 3,
  src: Int32Array.from([4, 5, 3, 6, 3, 0]),
  tgtIn: Int32Array.from([2, 5, 4, 2, 6, 0]),
  tgtOut: Int32Array.from([5, 4, 3, 6, 3, 0]),
};

const snapshot = (vs: Record<string, tf.Variable>): Record<string, number[]> =>
  Object.fromEntries(Object.entries(vs).map(([n, v]) => [n, Array.from(v.dataSync())]));

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('learningRate', () => {
  it('halves at each decay epoch passed', () => {
    const o = { lr: 0.01, lrDecayAt: [1.5, 3] };
    expect([0, 1.49, 1.5, 2.9, 3, 10].map((e) => learningRate(o, e))).toEqual([0.01, 0.01, 0.005, 0.005, 0.0025, 0.0025]);
  });
});

describe('trainStep', () => {
  it('moves every parameter but the attention ones when their scale is 0; lowers the loss; leaks nothing', async () => {
    const s = createTrainState(initParams(cfg, 7), 'ts', 0.05, 0);
    const before = snapshot(s.params);
    const tensors = tf.memory().numTensors;
    const losses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const loss = trainStep(s, cfg, batch, 0.05, 5);
      losses.push((await loss.data())[0]!);
      loss.dispose();
    }
    const after = snapshot(s.params);
    expect(after['att/Wa']).toEqual(before['att/Wa']);
    expect(after['dec/Wh']).not.toEqual(before['dec/Wh']);
    expect(losses.at(-1)!).toBeLessThan(losses[0]! * 0.5);
    // Adam's two moments per variable (att/Wa's optimizer gets its moments too) and its β powers
    const nVars = Object.keys(s.params).length;
    expect(tf.memory().numTensors).toBeLessThanOrEqual(tensors + 2 * nVars + 4);
    const steady = tf.memory().numTensors;
    trainStep(s, cfg, batch, 0.05, 5).dispose();
    expect(tf.memory().numTensors).toBe(steady);
    disposeTrainState(s);
  });
});
