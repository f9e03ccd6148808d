/**
 * One decoder step, for every variant. The trainer (teacher forcing, batched) and the browser
 * (greedy, beam, forced decoding, with traces) call this same function.
 *
 * Luong (global attention, input feeding), and the no-attention baseline:
 *   h_t = GRU(h_{t-1}, [E_y(y_{t-1}) ; h̃_{t-1}])        none: [E_y(y_{t-1}) ; c]
 *   e_t = score(h_t, h̄),  α_t = softmax(e_t),  c_t = Σ_j α_tj h̄_j   none: c fixed = [→h_T ; ←h_1]
 *   h̃_t = tanh(W_c [c_t ; h_t])
 * Bahdanau (additive; attention reads the previous state, the context enters the RNN):
 *   e_t = v_aᵀ tanh(W_a s_{t-1} + U_a h̄_j),  α_t, c_t as above
 *   s_t = GRU(s_{t-1}, [E_y(y_{t-1}) ; c_t])
 *   t_t = tanh(W_o [s_t ; c_t ; E_y(y_{t-1})])
 * Output (both): p_t = softmax(W_s r_t + b_s) with r_t = h̃_t or t_t, and W_s = E_y P tied to the
 * target embeddings (see {@link outputLogits}).
 */
import * as tf from '@tensorflow/tfjs-core';
import { attend, prepareKeys, type Keys } from './attention';
import type { ModelConfig } from './config';
import type { Encoded } from './encoder';
import { gruCell } from './gru';
import { param, type Params } from './params';

/** Per-sentence tensors every step reads. */
export interface DecoderContext {
  params: Params;
  cfg: ModelConfig;
  /** annotations h̄ [B, S, H] */
  hbar: tf.Tensor3D;
  keys: Keys;
  /** the no-attention baseline's fixed context [→h_T ; ←h_1] [B, H] */
  fixed: tf.Tensor2D;
}

/** Recurrent state carried from step to step. */
export interface DecoderState {
  /** h_{t-1} (Luong) or s_{t-1} (Bahdanau) [B, H] */
  h: tf.Tensor2D;
  /** h̃_{t-1}, the input-feeding vector (Luong; zeros at t = 1, unused otherwise) [B, H] */
  feed: tf.Tensor2D;
}

/** Everything one step computed (all [B, ·] tensors). */
export interface StepOut {
  state: DecoderState;
  /** update and reset gates of the decoder GRU [B, H] */
  z: tf.Tensor2D;
  r: tf.Tensor2D;
  /** raw scores e_t and weights α_t [B, S]; absent for the baseline */
  scores?: tf.Tensor2D;
  weights?: tf.Tensor2D;
  /** c_t [B, H] */
  context: tf.Tensor2D;
  /** r_t: h̃_t (Luong, baseline) or t_t (Bahdanau), the vector the output layer reads [B, H] */
  readout: tf.Tensor2D;
}

/** Builds the decoder context and its initial state s_0 from the encoder output. */
export function startDecoder(params: Params, cfg: ModelConfig, enc: Encoded): { ctx: DecoderContext; state: DecoderState } {
  const keys = prepareKeys(params, cfg.attention, enc.annotations, enc.mask);
  const fixed = tf.concat([enc.fwdLast, enc.bwdFirst], 1) as tf.Tensor2D; // [B, H]
  const ctx: DecoderContext = { params, cfg, hbar: enc.annotations, keys, fixed };
  return { ctx, state: { h: enc.bridge, feed: tf.zerosLike(enc.bridge) } };
}

/** The GRU input projection of the previous word, E_y(y_{t-1}) W_x,y + b_x, for any number of rows [N, 3H]. */
export function projectWord(params: Params, yEmb: tf.Tensor2D): tf.Tensor2D {
  return tf.add(tf.matMul(yEmb, param(params, 'dec/Wx_y') as tf.Tensor2D), param(params, 'dec/bx')) as tf.Tensor2D; // [N, 3H]
}

/**
 * One decoder step. `yProj` is {@link projectWord} of the previous word and `yEmb` its embedding
 * [B, E]. `override` replaces α_t (what-if manipulation) when given.
 */
export function decoderStep(
  ctx: DecoderContext,
  state: DecoderState,
  yProj: tf.Tensor2D,
  yEmb: tf.Tensor2D,
  override?: tf.Tensor2D,
): StepOut {
  const { params, cfg } = ctx;
  const Wh = param(params, 'dec/Wh');
  const bh = param(params, 'dec/bh');
  const Wxc = param(params, 'dec/Wx_c') as tf.Tensor2D;
  if (cfg.attention === 'bahdanau') {
    const read = attend(params, ctx.keys, state.h, ctx.hbar, override); // from s_{t-1}
    const xp = tf.add(yProj, tf.matMul(read.context, Wxc)) as tf.Tensor2D; // [B, 3H]
    const g = gruCell(xp, state.h, Wh, bh); // s_t [B, H]
    const cat = tf.concat([g.h, read.context, yEmb], 1); // [B, 2H + E]
    const readout = tf.tanh(tf.matMul(cat, param(params, 'out/Wo') as tf.Tensor2D)) as tf.Tensor2D; // [B, H]
    return { state: { h: g.h, feed: state.feed }, z: g.z, r: g.r, ...read, readout };
  }
  const feedIn = cfg.attention === 'none' ? ctx.fixed : state.feed; // [B, H]
  const xp = tf.add(yProj, tf.matMul(feedIn, Wxc)) as tf.Tensor2D; // [B, 3H]
  const g = gruCell(xp, state.h, Wh, bh); // h_t [B, H]
  let context = ctx.fixed;
  let scores: tf.Tensor2D | undefined;
  let weights: tf.Tensor2D | undefined;
  if (cfg.attention !== 'none') {
    const read = attend(params, ctx.keys, g.h, ctx.hbar, override);
    ({ scores, weights, context } = read);
  }
  const cat = tf.concat([context, g.h], 1); // [c_t ; h_t]  [B, 2H]
  const readout = tf.tanh(tf.matMul(cat, param(params, 'out/Wc') as tf.Tensor2D)) as tf.Tensor2D; // h̃_t [B, H]
  return { state: { h: g.h, feed: readout }, z: g.z, r: g.r, scores, weights, context, readout };
}

/** Name of the optional cached E_yᵀ [E, V] that loaded models keep, so no step transposes it. */
export const EMB_T = 'tgt/emb:T';

/**
 * Output logits W_s r + b_s with W_s = E_y P: (r P) E_yᵀ + b_s, for `readout` [N, H] → [N, V].
 * E_yᵀ is transposed explicitly (or taken from the {@link EMB_T} cache) so that neither the
 * product nor its gradient needs a transposed operand, which is slow on wasm.
 */
export function outputLogits(params: Params, readout: tf.Tensor2D): tf.Tensor2D {
  const proj = tf.matMul(readout, param(params, 'out/P') as tf.Tensor2D); // [N, E]
  const embT = (params[EMB_T] ?? tf.transpose(param(params, 'tgt/emb'))) as tf.Tensor2D; // [E, V]
  return tf.add(tf.matMul(proj, embT), param(params, 'out/b')) as tf.Tensor2D; // [N, V]
}
