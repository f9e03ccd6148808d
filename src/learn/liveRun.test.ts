/**
 * Live training learns what the view promises: a few hundred steps on reverse (length 6, the toy
 * defaults, wasm as in the page here) make each probe's alignment anti-diagonal with an attention
 * scorer (≥ 0.8 of the mass on j = S−1−i) and not with the `none` baseline; start / pause / reset
 * leave no tensor behind.
 */
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../train/wasmNode';
import { LiveController, type FrameScheduler, type LiveSetup } from './liveController';
import { LIVE_DEFAULTS, LiveRun } from './liveRun';
import { reverseTask } from './tasks';
import { antidiagonalMass } from './toyDecode';
import { makeToyData } from './toyData';

const STEPS = 200;

beforeAll(async () => {
  await initBackend('wasm');
});

/** Trains `attention` for STEPS on reverse (length 6) and returns the last evaluation's probe masses and accuracy. */
async function trainReverse(attention: 'general' | 'none'): Promise<{ masses: number[]; accuracy: number; loss: number }> {
  const run = new LiveRun(makeToyData(reverseTask, 6, 1), { ...LIVE_DEFAULTS, attention });
  try {
    for (let s = 0; s < STEPS; s++) {
      run.trainBatch();
      if (s % 25 === 24) await run.readLosses();
    }
    const e = await run.evaluate();
    return {
      masses: e.probeWeights.map((w, i) => antidiagonalMass(w, run.data.probes[i]!.src.length)),
      accuracy: e.accuracy,
      loss: e.heldOutLoss,
    };
  } finally {
    run.dispose();
  }
}

describe('live training on reverse', () => {
  it(`${STEPS} steps: anti-diagonal probe alignments with general attention, not with none`, async () => {
    const before = tf.memory().numTensors;
    const att = await trainReverse('general');
    const none = await trainReverse('none');
    console.log(
      `reverse, ${STEPS} steps: general masses ${att.masses.map((m) => m.toFixed(2))} acc ${att.accuracy}; none acc ${none.accuracy}`,
    );
    for (const m of att.masses) expect(m).toBeGreaterThanOrEqual(0.8);
    for (const m of none.masses) expect(m).toBeLessThan(0.8);
    expect(att.loss).toBeLessThan(none.loss);
    expect(tf.memory().numTensors).toBe(before);
  }, 240_000);
});

describe('LiveController', () => {
  let pending: (() => void)[] = [];
  const frame: FrameScheduler = (cb) => void pending.push(cb);
  /** Runs queued frames (and whatever they queue) until `n` frames have run. */
  const runFrames = async (n: number): Promise<void> => {
    for (let i = 0; i < n && pending.length > 0; i++) {
      const cb = pending.shift()!;
      cb();
      await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  const setup: LiveSetup = {
    task: reverseTask,
    length: 5,
    settings: { ...LIVE_DEFAULTS, hidden: 16 },
    baseline: true,
    probes: 2,
  };
  let c: LiveController | undefined;
  afterAll(() => c?.dispose());

  it('alternates the two runs, pauses, steps once, and reset returns the tensor count to its value before training', async () => {
    const before = tf.memory().numTensors;
    c = new LiveController(setup, frame);
    c.play();
    await runFrames(60);
    const [att, base] = c.runs;
    expect(att!.step).toBeGreaterThanOrEqual(15);
    expect(Math.abs(att!.step - base!.step)).toBeLessThanOrEqual(1);
    expect(base!.cfg.attention).toBe('none');
    c.pause();
    const stopped = c.totalSteps;
    await runFrames(10);
    expect(c.totalSteps).toBe(stopped);
    await c.stepOnce();
    expect(c.totalSteps).toBe(stopped + 2);
    expect(att!.evaluations.at(-1)!.probeWeights).toHaveLength(2);
    expect(tf.memory().numTensors).toBeGreaterThan(before);
    c.play();
    await runFrames(5);
    c.reset();
    await runFrames(5);
    expect(tf.memory().numTensors).toBe(before);
    expect(c.runs).toHaveLength(0);
    pending = [];
  }, 120_000);
});
