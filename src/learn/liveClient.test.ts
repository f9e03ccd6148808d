/**
 * The view's handle on live training, over the page channel (the same LiveHost and messages the
 * worker uses; Node has no module workers): a worker that cannot start falls back to the page and
 * says why; play trains, pause is confirmed and stops the steps, one batch steps each run once, the
 * trained model exports as a loadable folder, and reset returns the trainer's tensor count to its
 * value before training; updates from before a reset never reach the view.
 */
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { modelFromFiles } from '../model/weights';
import { disposeModel } from '../model/model';
import { initBackend } from '../train/wasmNode';
import { pageChannel, type LiveChannel } from './liveChannels';
import { LiveClient } from './liveClient';
import type { LiveSetupSpec } from './liveProtocol';
import { LIVE_DEFAULTS } from './liveRun';

beforeAll(async () => {
  await initBackend('wasm');
});

const spec: LiveSetupSpec = {
  task: 'reverse',
  length: 5,
  settings: { ...LIVE_DEFAULTS, hidden: 16, batchSize: 8 },
  baseline: true,
  probes: 2,
};

/** Waits (polling every 5 ms) until `ok` holds, or fails after `ms`. */
async function until(ok: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

let client: LiveClient | null = null;
afterEach(() => {
  client?.dispose();
  client = null;
});

describe('LiveClient over the page channel', () => {
  it('falls back from a worker that cannot start, trains, pauses (confirmed), steps once, exports, resets to the tensor count before', async () => {
    const before = tf.memory().numTensors;
    client = new LiveClient({
      backend: 'wasm',
      open: (): LiveChannel => {
        throw new Error('no Web Workers here');
      },
      fallback: () => pageChannel((cb) => setTimeout(cb, 0)),
    });
    const c = client;
    c.setup(spec);
    expect(c.pending).toBe(true);
    await until(() => c.where === 'page');
    expect(c.fallbackReason).toBe('no Web Workers here');
    expect(c.backend).toBe('wasm');

    c.play();
    expect(c.playing).toBe(true); // at once, before the trainer has answered
    await until(() => (c.runs[0]?.losses.length ?? 0) > 0 && (c.runs[1]?.step ?? 0) >= 6);
    expect(c.runs.map((r) => r.cfg.attention)).toEqual(['general', 'none']);
    expect(c.runs[0]!.probes).toHaveLength(2);
    expect(c.runs[0]!.losses.length).toBeGreaterThan(0);

    c.pause();
    expect(c.playing).toBe(false);
    await until(() => !c.pending);
    const stopped = c.runs[0]!.step;
    await new Promise((r) => setTimeout(r, 200));
    expect(c.runs[0]!.step).toBe(stopped);

    c.stepOnce();
    await until(() => c.runs[0]!.step === stopped + 1 && !c.pending);
    expect(c.runs[1]!.evaluations.length).toBeGreaterThan(0);
    expect(c.runs[0]!.evaluations.at(-1)!.probeWeights).toHaveLength(2);

    const folder = await c.exportModel();
    expect(folder.files.variant).toBe('learned-reverse-general');
    expect(folder.card).toMatchObject({ training: { steps: stopped + 1 }, data: { task: 'reverse' } });
    const loaded = modelFromFiles('learned', folder.files.json, folder.files.vocab, folder.files.weights);
    disposeModel(loaded);

    expect(c.tensors).toBeGreaterThan(before);
    c.reset();
    expect(c.runs).toEqual([]);
    await until(() => !c.pending);
    expect(c.tensors).toBe(before);
    expect(tf.memory().numTensors).toBe(before);
  }, 240_000);

  it('a new setup drops the old runs at once, and their late updates never come back', async () => {
    const before = tf.memory().numTensors;
    client = new LiveClient({
      backend: 'wasm',
      open: () => pageChannel((cb) => setTimeout(cb, 0)),
      fallback: () => pageChannel((cb) => setTimeout(cb, 0)),
    });
    const c = client;
    c.setup(spec);
    c.play();
    await until(() => (c.runs[0]?.step ?? 0) >= 3);
    c.setup({ ...spec, task: 'sort', baseline: false });
    expect(c.runs).toEqual([]);
    await until(() => !c.pending);
    expect(c.runs.every((r) => r.task === 'sort')).toBe(true);
    expect(c.playing).toBe(false);
    c.stepOnce();
    await until(() => c.runs[0]?.step === 1 && !c.pending);
    expect(c.runs).toHaveLength(1);
    c.dispose();
    client = null;
    await until(() => tf.memory().numTensors === before, 10_000);
  }, 240_000);
});
