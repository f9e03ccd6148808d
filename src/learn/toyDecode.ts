/**
 * Greedy decoding of a whole batch of toy sources on the decode core ({@link Decoding}), keeping
 * every step's attention weights: what the live view measures held-out accuracy and draws probe
 * alignments from. Each step reads back one packed row per example (the chosen word, then α).
 */
import * as tf from '@tensorflow/tfjs-core';
import { Decoding } from '../model/decodeCore';
import type { Seq2SeqModel } from '../model/model';
import { BOS, EOS } from '../model/vocab';

/** Greedy outputs of a batch. */
export interface ToyDecoded {
  /** output ids per example, up to (not including) the first `</s>` */
  ids: number[][];
  /** α per example: one row [S] per output step up to and including `</s>` (empty rows for `none`) */
  weights: number[][][];
}

/**
 * Decodes `src` ([B·S] ids, `</s>`-terminated, 0-padded) for at most `steps` steps (fewer once
 * every example has written `</s>`). The tensors are freed before the promise resolves.
 */
export async function decodeToyBatch(
  model: Seq2SeqModel,
  src: Int32Array,
  B: number,
  S: number,
  steps: number,
): Promise<ToyDecoded> {
  const rows = Array.from({ length: B }, (_, b) => Array.from(src.subarray(b * S, (b + 1) * S)));
  const hasAttention = model.cfg.attention !== 'none';
  const width = hasAttention ? 1 + S : 1; // packed row: the chosen id, then α over the S source positions
  const ids: number[][] = Array.from({ length: B }, () => []);
  const weights: number[][][] = Array.from({ length: B }, () => []);
  const done = new Array<boolean>(B).fill(false);
  let prev = new Int32Array(B).fill(BOS);
  const { decoding } = await Decoding.start(model, rows);
  try {
    for (let t = 0; t < steps && done.includes(false); t++) {
      const packed = await decoding.step(prev, ({ out, logits }) => {
        const chosen = tf.cast(tf.expandDims(tf.argMax(logits, 1), 1), 'float32'); // [B, 1]
        return out.weights ? tf.concat([chosen, out.weights], 1) : chosen; // [B, 1 + S] or [B, 1]
      });
      const next = new Int32Array(B);
      for (let b = 0; b < B; b++) {
        const id = Math.round(packed[b * width]!);
        next[b] = id;
        if (done[b]) continue;
        weights[b]!.push(hasAttention ? Array.from(packed.subarray(b * width + 1, (b + 1) * width)) : []);
        if (id === EOS) done[b] = true;
        else ids[b]!.push(id);
      }
      prev = next;
    }
  } finally {
    decoding.dispose();
  }
  return { ids, weights };
}

/**
 * Share of attention on the anti-diagonal j = S−1−i over the first `S` output steps (source
 * length `S` without `</s>`): 1 for a perfect reversal alignment; missing rows count as 0.
 */
export function antidiagonalMass(weights: readonly (readonly number[])[], S: number): number {
  let sum = 0;
  for (let i = 0; i < S; i++) sum += weights[i]?.[S - 1 - i] ?? 0;
  return S > 0 ? sum / S : 0;
}
