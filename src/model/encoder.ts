/**
 * Bidirectional GRU encoder and the bridge to the decoder's first state:
 *   →h_j = GRU_fwd(→h_{j-1}, E_x(x_j)),  ←h_j = GRU_bwd(←h_{j+1}, E_x(x_j)),  h̄_j = [→h_j ; ←h_j]
 *   s_0 = tanh(W_b [→h_T ; ←h_1])
 * Padding (mask 0) leaves the state unchanged, so each direction's final state is the one at the
 * sentence's real end.
 */
import * as tf from '@tensorflow/tfjs-core';
import { gruCell } from './gru';
import { param, type Params } from './params';

/** Embedding lookup; the trainer swaps in one with a gradient that the wasm backend supports. */
export type EmbedFn = (table: tf.Tensor, ids: tf.Tensor1D) => tf.Tensor2D;

/** Plain `tf.gather` lookup, used for inference. */
export const gatherEmbed: EmbedFn = (table, ids) => tf.gather(table, ids) as tf.Tensor2D;

/** What the encoder hands to the decoder. */
export interface Encoded {
  /** annotations h̄ [B, S, H] */
  annotations: tf.Tensor3D;
  /** forward state at the last real token →h_T [B, H/2] */
  fwdLast: tf.Tensor2D;
  /** backward state at the first token ←h_1 [B, H/2] */
  bwdFirst: tf.Tensor2D;
  /** s_0 = tanh(W_b [→h_T ; ←h_1]) [B, H] */
  bridge: tf.Tensor2D;
  /** 1 for real source tokens, 0 for padding [B, S] */
  mask: tf.Tensor2D;
}

function runDirection(
  params: Params,
  dir: 'fwd' | 'bwd',
  xs: tf.Tensor3D,
  mask: tf.Tensor2D,
): { states: tf.Tensor2D[]; last: tf.Tensor2D } {
  const [B, S, E] = xs.shape;
  const Wx = param(params, `enc/${dir}/Wx`);
  const D = Wx.shape[1]! / 3;
  const xp = tf.add(tf.matMul(tf.reshape(xs, [B * S, E]), Wx as tf.Tensor2D), param(params, `enc/${dir}/bx`)); // [B*S, 3D]
  const xp3 = tf.reshape(xp, [B, S, 3 * D]); // [B, S, 3D]
  const steps = tf.unstack(xp3, 1) as tf.Tensor2D[]; // S × [B, 3D]
  const masks = tf.unstack(tf.expandDims(mask, 2), 1) as tf.Tensor2D[]; // S × [B, 1]
  const states: tf.Tensor2D[] = new Array<tf.Tensor2D>(S);
  let h = tf.zeros([B, D]) as tf.Tensor2D; // [B, D]
  const order = dir === 'fwd' ? [...Array(S).keys()] : [...Array(S).keys()].reverse();
  for (const j of order) {
    const cand = gruCell(steps[j]!, h, param(params, `enc/${dir}/Wh`), param(params, `enc/${dir}/bh`)).h; // [B, D]
    const m = masks[j]!; // [B, 1]
    h = tf.add(tf.mul(m, cand), tf.mul(tf.sub(1, m), h)) as tf.Tensor2D; // [B, D]
    states[j] = h;
  }
  return { states, last: h };
}

/** Encodes a batch of source id sequences `ids` [B, S] (int32) with `mask` [B, S]. */
export function encode(params: Params, ids: tf.Tensor2D, mask: tf.Tensor2D, embed: EmbedFn = gatherEmbed): Encoded {
  const [B, S] = ids.shape;
  const table = param(params, 'src/emb');
  const E = table.shape[1]!;
  const xs = tf.reshape(embed(table, tf.reshape(ids, [B * S]) as tf.Tensor1D), [B, S, E]) as tf.Tensor3D; // [B, S, E]
  const fwd = runDirection(params, 'fwd', xs, mask);
  const bwd = runDirection(params, 'bwd', xs, mask);
  const annotations = tf.concat([tf.stack(fwd.states, 1), tf.stack(bwd.states, 1)], 2) as tf.Tensor3D; // [B, S, H]
  const bwdFirst = bwd.last; // ←h_1: the backward pass ends at position 0  [B, H/2]
  const bridge = tf.tanh(tf.matMul(tf.concat([fwd.last, bwdFirst], 1), param(params, 'bridge/W') as tf.Tensor2D)) as tf.Tensor2D; // [B, H]
  return { annotations, fwdLast: fwd.last, bwdFirst, bridge, mask };
}
