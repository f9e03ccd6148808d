/**
 * Leaks: 1,000 mixed decodes (greedy, beam, forced, what-if, batched greedy, and decodes that fail
 * half-way) on every attention kind must leave tfjs exactly as they found it: the engine's tensor
 * count and bytes, and the backend's own count of data buffers (which also catches buffers a
 * kernel allocates behind the engine's back, e.g. the wasm transpose patch). The cpu backend runs
 * the full 1,000; the wasm backend in Node (SIMD, one thread, with the matMul patch, as the trainer
 * and the page use it) a shorter mix.
 */
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patchWasmBatchMatMul } from '../tfjs/wasmTransposePatch';
import { greedyBatch } from './batchGreedy';
import { beamSearch } from './beam';
import { ATTENTION_KINDS } from './config';
import { greedyDecode } from './greedy';
import { disposeModel, type Seq2SeqModel } from './model';
import { tinyModel, TINY_WORDS, useCpu } from './testUtils';

/** A snapshot of everything that would grow if a decode leaked. */
function usage(): { tensors: number; bytes: number; buffers: number; backendIds: number } {
  const m = tf.memory() as tf.MemoryInfo & { numDataBuffers: number };
  return { tensors: m.numTensors, bytes: m.numBytes, buffers: m.numDataBuffers, backendIds: tf.engine().backend.numDataIds() };
}

/** Deterministic source sentences over the tiny vocabulary (with unknown words and empty input). */
function sentence(i: number): string {
  const n = (i * 7) % 13;
  const words = Array.from({ length: n }, (_, j) => (j % 5 === 4 ? 'zzz' : TINY_WORDS[(i + j * 3) % TINY_WORDS.length]!));
  return words.join(' ');
}

/**
 * Runs `n` decodes cycling through the models and the kinds of decode; resolves to how many of
 * each ran. Every 50th decode is made to fail half-way (a forced word outside the vocabulary).
 */
async function mixedDecodes(models: Seq2SeqModel[], n: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = { greedy: 0, beam: 0, forced: 0, whatIf: 0, batch: 0, failed: 0 };
  for (let i = 0; i < n; i++) {
    const model = models[i % models.length]!;
    const text = sentence(i);
    const V = model.cfg.tgtVocabSize;
    if (i % 50 === 49) {
      // A step that throws inside the decode (slice past the vocabulary) must release everything too.
      await expect(greedyDecode(model, text, { force: [4, V + 5] })).rejects.toThrow();
      counts.failed!++;
      continue;
    }
    switch (i % 5) {
      case 0:
        expect(typeof (await greedyDecode(model, text)).translation).toBe('string');
        counts.greedy!++;
        break;
      case 1:
        expect((await beamSearch(model, text, { k: 1 + (i % 6) })).hypotheses.length).toBeGreaterThan(0);
        counts.beam!++;
        break;
      case 2:
        await greedyDecode(model, text, { force: [4 + (i % 8), 5, undefined, 3] });
        counts.forced!++;
        break;
      case 3:
        await greedyDecode(model, text, { attention: [[1, 0, 0], undefined, [NaN, -1, 2]], force: [undefined, 6] });
        counts.whatIf!++;
        break;
      default:
        expect((await greedyBatch(model, [text, sentence(i + 1), '', sentence(i + 2)], 2)).length).toBe(4);
        counts.batch!++;
    }
  }
  return counts;
}

/** Builds the five tiny models, runs a warm-up round (kernel setup may allocate once), then `n`. */
async function leakCheck(n: number): Promise<void> {
  const models = ATTENTION_KINDS.map((k, j) => tinyModel(k, 21 + j));
  try {
    await mixedDecodes(models, 55);
    const before = usage();
    const counts = await mixedDecodes(models, n);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(n);
    expect(usage()).toEqual(before);
  } finally {
    models.forEach(disposeModel);
  }
}

describe('leaks: cpu backend', () => {
  beforeAll(async () => {
    await useCpu();
  });

  it('1,000 mixed decodes leave numTensors, bytes and backend buffers unchanged', async () => {
    const before = usage();
    await leakCheck(1000);
    expect(usage()).toEqual(before); // models disposed too
  }, 120_000);
});

describe('leaks: wasm backend (Node, SIMD, one thread, matMul patch)', () => {
  beforeAll(async () => {
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    setWasmPaths(path.resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist') + path.sep);
    patchWasmBatchMatMul();
    expect(await tf.setBackend('wasm')).toBe(true);
    await tf.ready();
    expect(tf.getBackend()).toBe('wasm');
  });

  afterAll(async () => {
    await useCpu();
  });

  it('500 mixed decodes leave numTensors, bytes and backend buffers unchanged', async () => {
    const before = usage();
    await leakCheck(500);
    expect(usage()).toEqual(before);
  }, 120_000);
});
