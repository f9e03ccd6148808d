/**
 * The engine downloads a model's files once per attempt: a prefetch (started while the backend
 * starts) is used by the load that follows it, whether it worked or failed, and a retry after a
 * failure downloads again. Served from the shipped luong-general files (optionally with one weights
 * byte flipped) by a stand-in for the network that counts the requests.
 */
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Engine } from './engine';
import { useCpu } from '../model/testUtils';
import { servePublic, type Asked } from './publicNetworkTestUtils';

const WEIGHTS = '/models/en-fr/luong-general/weights.bin';

/** Serves public/ (with one byte of the weights flipped when `broken`); returns the requests. */
const network = (broken: boolean): Asked[] =>
  servePublic({
    change: (p, body) => {
      if (broken && p === WEIGHTS) body.writeUInt8(body.readUInt8(body.length >> 1) ^ 0xff, body.length >> 1);
      return body;
    },
  });

/** How many times the weights were asked for. */
const weightsAsked = (asked: Asked[]): number => asked.filter((a) => a.path === WEIGHTS).length;

/** Waits until `p` settles (either way). */
const settled = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => undefined,
    () => undefined,
  );

beforeAll(useCpu);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('engine downloads', () => {
  it('a prefetch that failed before the load is reported by that load, not downloaded again; a retry downloads again', async () => {
    const asked = network(true);
    const engine = new Engine();
    engine.prefetch('luong-general', 'Luong · general');
    // the prefetch fails (checksum, then the one fresh retry of the loader) before the load is queued
    await vi.waitFor(() => expect(weightsAsked(asked)).toBe(2));
    await new Promise((r) => setTimeout(r, 20));
    const load = engine.load('luong-general', 'Luong · general');
    await expect(load).rejects.toThrow(/does not match its checksum/);
    expect(weightsAsked(asked)).toBe(2);
    // the user's retry: a fresh download
    await settled(engine.load('luong-general', 'Luong · general'));
    expect(weightsAsked(asked)).toBe(4);
  });

  it('a load that comes while the prefetch runs waits for it: one download', async () => {
    const asked = network(true);
    const engine = new Engine();
    engine.prefetch('luong-general');
    await expect(engine.load('luong-general')).rejects.toThrow(/does not match its checksum/);
    expect(weightsAsked(asked)).toBe(2);
    await settled(engine.load('luong-general'));
    expect(weightsAsked(asked)).toBe(4);
  });

  it('a prefetch that worked is built by the load without another request', async () => {
    const asked = network(false);
    const engine = new Engine();
    const before = tf.memory().numTensors;
    engine.prefetch('luong-general');
    await vi.waitFor(() => expect(weightsAsked(asked)).toBe(1));
    const model = await engine.load('luong-general');
    expect(model).toBeDefined();
    expect(weightsAsked(asked)).toBe(1);
    expect(asked.filter((a) => a.path.endsWith('model.json'))).toHaveLength(1);
    expect(tf.memory().numTensors).toBeGreaterThan(before);
  });
});
