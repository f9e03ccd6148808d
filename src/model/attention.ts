/**
 * Attention scoring functions. The part that depends only on the annotations is computed once
 * per sentence ({@link prepareKeys}); each decoder step then scores its query against it:
 *   dot:      e_j = qᵀ h̄_j
 *   general:  e_j = qᵀ W_a h̄_j
 *   concat:   e_j = v_aᵀ tanh(W_a [q ; h̄_j]) = v_aᵀ tanh(W_q q + W_k h̄_j)   (Luong concat)
 *   bahdanau: e_j = v_aᵀ tanh(W_a s_{t-1} + U_a h̄_j)                      (same form, q = s_{t-1})
 * α = softmax(e) over real source positions; c = Σ_j α_j h̄_j.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { AttentionKind } from './config';
import { param, type Params } from './params';

/** Per-sentence precomputed keys. */
export interface Keys {
  kind: AttentionKind;
  /** dot/general: keysᵀ [B, H, S] (h̄ or W_a h̄, transposed for a plain batched product). */
  keysT?: tf.Tensor3D;
  /** concat/bahdanau: W_k h̄ [B, S, H]. */
  keys?: tf.Tensor3D;
  /** additive mask: 0 for real tokens, −1e9 for padding [B, S] */
  maskBias: tf.Tensor2D;
}

/** Precomputes what every step reuses from the annotations `hbar` [B, S, H] and `mask` [B, S]. */
export function prepareKeys(params: Params, kind: AttentionKind, hbar: tf.Tensor3D, mask: tf.Tensor2D): Keys {
  const [B, S, H] = hbar.shape;
  const maskBias = tf.mul(tf.sub(1, mask), -1e9) as tf.Tensor2D; // [B, S]
  if (kind === 'dot') return { kind, keysT: tf.transpose(hbar, [0, 2, 1]), maskBias }; // [B, H, S]
  if (kind === 'general') {
    const k = tf.matMul(tf.reshape(hbar, [B * S, H]), param(params, 'att/Wa') as tf.Tensor2D); // [B*S, H]
    return { kind, keysT: tf.transpose(tf.reshape(k, [B, S, H]), [0, 2, 1]), maskBias }; // [B, H, S]
  }
  if (kind === 'concat' || kind === 'bahdanau') {
    const k = tf.matMul(tf.reshape(hbar, [B * S, H]), param(params, 'att/Wk') as tf.Tensor2D); // [B*S, H]
    return { kind, keys: tf.reshape(k, [B, S, H]) as tf.Tensor3D, maskBias }; // [B, S, H]
  }
  return { kind, maskBias };
}

/** Raw scores e [B, S] of query `q` [B, H] (h_t for Luong, s_{t-1} for Bahdanau); padding not yet masked. */
export function score(params: Params, keys: Keys, q: tf.Tensor2D): tf.Tensor2D {
  const [B, H] = q.shape;
  if (keys.keysT) {
    const S = keys.keysT.shape[2];
    return tf.reshape(tf.matMul(tf.reshape(q, [B, 1, H]), keys.keysT), [B, S]); // [B, 1, H]·[B, H, S] → [B, S]
  }
  if (keys.keys) {
    const S = keys.keys.shape[1];
    const qp = tf.matMul(q, param(params, 'att/Wq') as tf.Tensor2D); // [B, H]
    const hid = tf.tanh(tf.add(keys.keys, tf.reshape(qp, [B, 1, H]))); // [B, S, H]
    return tf.reshape(tf.matMul(tf.reshape(hid, [B * S, H]), param(params, 'att/v') as tf.Tensor2D), [B, S]); // [B, S]
  }
  throw new Error(`attention "${keys.kind}" has no scores`);
}

/** Scores, weights and context of one attention read. */
export interface AttentionRead {
  /** e_t [B, S] */
  scores: tf.Tensor2D;
  /** α_t [B, S] */
  weights: tf.Tensor2D;
  /** c_t [B, H] */
  context: tf.Tensor2D;
}

/** Scores `q` against the keys, normalises with a masked softmax and takes the weighted sum of `hbar`. */
export function attend(params: Params, keys: Keys, q: tf.Tensor2D, hbar: tf.Tensor3D, override?: tf.Tensor2D): AttentionRead {
  const scores = score(params, keys, q); // [B, S]
  const weights = override ?? (tf.softmax(tf.add(scores, keys.maskBias)) as tf.Tensor2D); // [B, S]
  const [B, S] = weights.shape;
  const context = tf.reshape(tf.matMul(tf.reshape(weights, [B, 1, S]), hbar), [B, hbar.shape[2]]) as tf.Tensor2D; // [B, H]
  return { scores, weights, context };
}
