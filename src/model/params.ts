/**
 * Parameter count and initialisation; the names and shapes are in paramShapes.ts. Matrices are
 * stored for row vectors: a layer computes `x · W` with `x` [B, in] and `W` [in, out] (so `W` here
 * is the transpose of the `W` written in the equations, which act on column vectors).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ModelConfig } from './config';
import { paramShapes } from './paramShapes';

/** The model's tensors by name (tf.Variables while training, plain tensors when loaded). */
export type Params = Record<string, tf.Tensor>;

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
