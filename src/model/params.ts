/**
 * Parameter names, shapes and initialisation. Matrices are stored for row vectors: a layer
 * computes `x · W` with `x` [B, in] and `W` [in, out] (so `W` here is the transpose of the `W`
 * written in the equations, which act on column vectors).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ModelConfig } from './config';

/** The model's tensors by name (tf.Variables while training, plain tensors when loaded). */
export type Params = Record<string, tf.Tensor>;

/** Name → shape of every parameter of a configuration. */
export function paramShapes(cfg: ModelConfig): Record<string, number[]> {
  const { embDim: E, hidden: H, srcVocabSize: Vs, tgtVocabSize: Vt, attention } = cfg;
  const D = H / 2;
  const shapes: Record<string, number[]> = {
    'src/emb': [Vs, E],
    'tgt/emb': [Vt, E],
    // Bidirectional GRU encoder, each direction D = H/2; gates stacked [r | z | n].
    'enc/fwd/Wx': [E, 3 * D],
    'enc/fwd/bx': [3 * D],
    'enc/fwd/Wh': [D, 3 * D],
    'enc/fwd/bh': [3 * D],
    'enc/bwd/Wx': [E, 3 * D],
    'enc/bwd/bx': [3 * D],
    'enc/bwd/Wh': [D, 3 * D],
    'enc/bwd/bh': [3 * D],
    // Bridge s_0 = tanh(W_b [→h_T ; ←h_1]).
    'bridge/W': [H, H],
    // Decoder GRU: input [E_y(y_{t-1}) ; c] split into two row blocks of W_x.
    'dec/Wx_y': [E, 3 * H],
    'dec/Wx_c': [H, 3 * H],
    'dec/bx': [3 * H],
    'dec/Wh': [H, 3 * H],
    'dec/bh': [3 * H],
    // Output layer W_s = E_y · P (tied to the target embeddings), bias b_s.
    'out/P': [H, E],
    'out/b': [Vt],
  };
  if (attention === 'bahdanau') {
    shapes['out/Wo'] = [2 * H + E, H];
  } else {
    shapes['out/Wc'] = [2 * H, H];
  }
  if (attention === 'general') shapes['att/Wa'] = [H, H];
  if (attention === 'concat' || attention === 'bahdanau') {
    shapes['att/Wq'] = [H, H];
    shapes['att/Wk'] = [H, H];
    shapes['att/v'] = [H, 1];
  }
  return shapes;
}

/** Total number of scalar parameters. */
export function countParams(cfg: ModelConfig): number {
  return Object.values(paramShapes(cfg)).reduce((s, sh) => s + sh.reduce((a, b) => a * b, 1), 0);
}

/**
 * Fresh parameters, reproducible from `seed`: uniform ±1/√fan-in for matrices (as PyTorch's GRU),
 * ±0.1 for embeddings, zeros for biases.
 */
export function initParams(cfg: ModelConfig, seed: number): Params {
  const params: Params = {};
  let k = 0;
  for (const [name, shape] of Object.entries(paramShapes(cfg))) {
    k += 1;
    if (shape.length === 1) {
      params[name] = tf.zeros(shape);
    } else if (name.endsWith('/emb')) {
      params[name] = tf.randomUniform(shape, -0.1, 0.1, 'float32', seed * 1000 + k);
    } else {
      const bound = 1 / Math.sqrt(shape[0]!);
      params[name] = tf.randomUniform(shape, -bound, bound, 'float32', seed * 1000 + k);
    }
  }
  return params;
}

/** Looks a parameter up, failing loudly with its name if the model lacks it. */
export function param(params: Params, name: string): tf.Tensor {
  const p = params[name];
  if (!p) throw new Error(`model parameter "${name}" is missing`);
  return p;
}
