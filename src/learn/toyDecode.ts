/**
 * Greedy decoding of a whole batch of toy sources in one go, keeping every step's attention
 * weights, with one read-back at the end: what the live view measures held-out accuracy and draws
 * probe alignments from.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ModelConfig } from '../model/config';
import { decoderStep, outputLogits, projectWord, startDecoder } from '../model/decoder';
import { encode } from '../model/encoder';
import { param, type Params } from '../model/params';
import { BOS, EOS } from '../model/vocab';

/** Greedy outputs of a batch. */
export interface ToyDecoded {
  /** output ids per example, up to (not including) the first `</s>` */
  ids: number[][];
  /** α per example: one row [S] per output step up to and including `</s>` (empty rows for `none`) */
  weights: number[][][];
}

/**
 * Decodes `src` ([B·S] ids, `</s>`-terminated, 0-padded) for `steps` steps. The tensors are freed
 * before the promise resolves.
 */
export async function decodeToyBatch(
  params: Params,
  cfg: ModelConfig,
  src: Int32Array,
  B: number,
  S: number,
  steps: number,
): Promise<ToyDecoded> {
  const [idsT, wT] = tf.tidy(() => {
    const ids = tf.tensor2d(src, [B, S], 'int32'); // [B, S]
    const mask = tf.cast(tf.notEqual(ids, 0), 'float32') as tf.Tensor2D; // [B, S]
    let { ctx, state } = startDecoder(params, cfg, encode(params, ids, mask));
    let y = tf.fill([B], BOS, 'int32') as tf.Tensor1D; // [B]
    const outs: tf.Tensor1D[] = [];
    const ws: tf.Tensor2D[] = [];
    for (let t = 0; t < steps; t++) {
      const yEmb = tf.gather(param(params, 'tgt/emb'), y) as tf.Tensor2D; // [B, E]
      const out = decoderStep(ctx, state, projectWord(params, yEmb), yEmb);
      state = out.state;
      y = tf.argMax(outputLogits(params, out.readout), 1) as tf.Tensor1D; // [B]
      outs.push(y);
      ws.push(out.weights ?? (tf.zeros([B, S]) as tf.Tensor2D));
    }
    return [tf.stack(outs, 1), tf.stack(ws, 1)]; // [B, T], [B, T, S]
  });
  const [idv, wv] = await Promise.all([idsT.data(), wT.data()]);
  tf.dispose([idsT, wT]);
  const ids: number[][] = [];
  const weights: number[][][] = [];
  for (let b = 0; b < B; b++) {
    const row = Array.from(idv.subarray(b * steps, (b + 1) * steps));
    const end = row.indexOf(EOS);
    const n = end < 0 ? steps : end;
    ids.push(row.slice(0, n));
    const rows: number[][] = [];
    for (let t = 0; t < Math.min(steps, n + 1); t++) {
      rows.push(cfg.attention === 'none' ? [] : Array.from(wv.subarray((b * steps + t) * S, (b * steps + t + 1) * S)));
    }
    weights.push(rows);
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
