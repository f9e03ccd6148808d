/**
 * The one training step, shared by the Node trainer, the benchmark and the in-browser training:
 * teacher-forced NLL, gradients of every parameter, global-norm clipping, and two Adam optimizers
 * (the attention parameters `att/*` learn at lr·attLrScale). Pure tfjs-core.
 */
import * as tf from '@tensorflow/tfjs-core';
// the step differentiates: every kernel's gradient must be registered (the page's decode-only code does not)
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { ModelConfig } from './config';
import { scatterGradEmbed } from './embedGrad';
import type { EmbedFn } from './encoder';
import { teacherForcedLoss, type BatchArrays } from './loss';
import type { Params } from './params';

/** One Adam optimizer and the parameters it updates. */
export interface OptimizerGroup {
  /** checkpoint prefix: `opt` (everything else) or `optA` (attention) */
  key: 'opt' | 'optA';
  opt: tf.AdamOptimizer;
  /** factor on the learning rate for this group */
  scale: number;
  /** short parameter names (`dec/Wh`, `att/Wa`, …) */
  names: string[];
}

/** Trainable parameters by short name, and their optimizers. */
export interface TrainState {
  params: Record<string, tf.Variable>;
  groups: OptimizerGroup[];
}

/** Whether a parameter belongs to the attention scorer (its own learning-rate scale). */
export const isAttentionParam = (name: string): boolean => name.startsWith('att/');

/**
 * Makes the trainable variables from `init` (named `<prefix>/<name>`, disposing `init`) and the two
 * optimizers: attention parameters at lr·`attLrScale`, everything else at lr.
 */
export function createTrainState(init: Params, prefix: string, lr: number, attLrScale: number): TrainState {
  const params: Record<string, tf.Variable> = {};
  for (const [name, t] of Object.entries(init)) params[name] = tf.variable(t, true, `${prefix}/${name}`);
  tf.dispose(Object.values(init));
  const names = Object.keys(params);
  const groups: OptimizerGroup[] = [
    { key: 'opt', opt: tf.train.adam(lr), scale: 1, names: names.filter((n) => !isAttentionParam(n)) },
    { key: 'optA', opt: tf.train.adam(lr), scale: attLrScale, names: names.filter(isAttentionParam) },
  ];
  return { params, groups };
}

/** Frees the variables and the optimizers' moments. */
export function disposeTrainState(s: TrainState): void {
  tf.dispose(Object.values(s.params));
  s.groups.forEach((g) => g.opt.dispose());
}

/** Learning rate at fractional epoch `epoch`: `lr`, halved at each of `lrDecayAt` passed. */
export function learningRate(o: { lr: number; lrDecayAt: readonly number[] }, epoch: number): number {
  return o.lr * Math.pow(0.5, o.lrDecayAt.filter((d) => epoch >= d).length);
}

/**
 * One update on batch `b` at learning rate `lr`; returns the batch loss (mean NLL per target
 * token) as a scalar tensor the caller reads and disposes. Everything else is freed.
 * `embed` defaults to the lookup whose gradient the wasm backend can run.
 */
export function trainStep(
  s: TrainState,
  cfg: ModelConfig,
  b: BatchArrays,
  lr: number,
  clipNorm: number,
  embed: EmbedFn = scatterGradEmbed,
): tf.Scalar {
  for (const g of s.groups) (g.opt as unknown as { learningRate: number }).learningRate = lr * g.scale;
  const { params } = s;
  return tf.tidy(() => {
    const { value, grads } = tf.variableGrads(
      () => teacherForcedLoss(params as unknown as Params, cfg, b, embed),
      Object.values(params),
    );
    const names = Object.keys(grads);
    const norm = tf.sqrt(tf.addN(names.map((n) => tf.sum(tf.square(grads[n]!))))); // global gradient norm []
    const scale = tf.div(clipNorm, tf.maximum(norm, clipNorm)); // []
    for (const g of s.groups) {
      g.opt.applyGradients(g.names.map((n) => ({ name: params[n]!.name, tensor: tf.mul(grads[params[n]!.name]!, scale) })));
    }
    return value;
  });
}
