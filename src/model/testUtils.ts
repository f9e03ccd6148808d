/**
 * Shared helpers for the model and trainer tests (not shipped: only *.test.ts files import it).
 */
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import * as tf from '@tensorflow/tfjs-core';
import type { AttentionKind, ModelConfig } from './config';
import type { Seq2SeqModel } from './model';
import { patchCpuKernels } from '../tfjs/cpuKernelPatches';
import { initParams } from './params';
import { SPECIALS, Vocab } from './vocab';

/** Activates the pure-JS cpu backend with the app's kernel patches (call in beforeAll). */
export async function useCpu(): Promise<void> {
  patchCpuKernels();
  const ok = await tf.setBackend('cpu');
  if (!ok || tf.getBackend() !== 'cpu') throw new Error('cpu backend unavailable');
  await tf.ready();
}

/** The words of the tiny test vocabularies (after the 4 specials). */
export const TINY_WORDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;

/** A small configuration for a given attention kind. */
export function tinyConfig(attention: AttentionKind, over: Partial<ModelConfig> = {}): ModelConfig {
  return {
    attention,
    embDim: 8,
    hidden: 8,
    srcVocabSize: SPECIALS.length + TINY_WORDS.length,
    tgtVocabSize: SPECIALS.length + TINY_WORDS.length,
    maxSrcLen: 20,
    maxTgtLen: 6,
    ...over,
  };
}

/** A randomly initialised model over the tiny vocabularies. */
export function tinyModel(attention: AttentionKind, seed = 7, over: Partial<ModelConfig> = {}): Seq2SeqModel {
  const cfg = tinyConfig(attention, over);
  const vocab = new Vocab([...SPECIALS, ...TINY_WORDS]);
  return { cfg, params: initParams(cfg, seed), src: vocab, tgt: vocab, caseTable: {} };
}

/** Largest absolute element-wise difference of two equal-length arrays (Infinity on length mismatch). */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}
