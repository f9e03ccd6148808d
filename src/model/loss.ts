/** Teacher-forced training objective: the decoder reads the reference prefix, not its own output. */
import * as tf from '@tensorflow/tfjs-core';
import type { ModelConfig } from './config';
import { decoderStep, outputLogits, projectWord, startDecoder } from './decoder';
import { encode, gatherEmbed, type EmbedFn } from './encoder';
import { param, type Params } from './params';

/** A padded batch as flat typed arrays (row-major [B, S] and [B, T]). */
export interface BatchArrays {
  B: number;
  S: number;
  T: number;
  /** source ids [B*S], 0-padded */
  src: Int32Array;
  /** decoder inputs y_0..y_{T-1} = <s> + reference [B*T] */
  tgtIn: Int32Array;
  /** decoder targets = reference + </s> [B*T], 0 = padding (ignored) */
  tgtOut: Int32Array;
}

/**
 * Log-probabilities log p(y_t | y_<t, x) of every non-padding target token, in row-major order
 * (sentence by sentence) [N]. `embed` lets the trainer use a wasm-friendly gradient.
 */
export function targetLogProbs(params: Params, cfg: ModelConfig, b: BatchArrays, embed: EmbedFn = gatherEmbed): tf.Tensor1D {
  const src = tf.tensor2d(b.src, [b.B, b.S], 'int32'); // [B, S]
  const mask = tf.cast(tf.notEqual(src, 0), 'float32') as tf.Tensor2D; // [B, S]
  const enc = encode(params, src, mask, embed);
  const started = startDecoder(params, cfg, enc);
  const { ctx } = started;
  let { state } = started;
  const E = cfg.embDim;
  const H = cfg.hidden;
  const yEmbAll = embed(param(params, 'tgt/emb'), tf.tensor1d(b.tgtIn, 'int32')); // [B*T, E]
  const yProjAll = projectWord(params, yEmbAll); // [B*T, 3H]
  const yEmbs = tf.unstack(tf.reshape(yEmbAll, [b.B, b.T, E]), 1) as tf.Tensor2D[]; // T × [B, E]
  const yProjs = tf.unstack(tf.reshape(yProjAll, [b.B, b.T, 3 * H]), 1) as tf.Tensor2D[]; // T × [B, 3H]
  const readouts: tf.Tensor2D[] = [];
  for (let t = 0; t < b.T; t++) {
    const out = decoderStep(ctx, state, yProjs[t]!, yEmbs[t]!);
    state = out.state;
    readouts.push(out.readout);
  }
  const rows: number[] = [];
  const targets: number[] = [];
  for (let i = 0; i < b.B * b.T; i++) {
    const y = b.tgtOut[i]!;
    if (y !== 0) {
      rows.push(i);
      targets.push(y);
    }
  }
  const all = tf.reshape(tf.stack(readouts, 1), [b.B * b.T, H]) as tf.Tensor2D; // [B*T, H]
  const picked = embed(all, tf.tensor1d(rows, 'int32')); // non-padding positions [N, H]
  return tf.neg(crossEntropy(outputLogits(params, picked), targets)) as tf.Tensor1D; // [N]
}

/**
 * −log softmax(logits)[target] per row [N], with a hand-written gradient
 * (softmax − onehot) · dy that reuses the forward exponentials: one exp pass over [N, V] instead
 * of three, which is most of the output layer's cost on the wasm backend.
 */
export function crossEntropy(logits: tf.Tensor2D, targets: number[]): tf.Tensor1D {
  const [N, V] = logits.shape;
  const flatIdx = tf.tensor1d(
    targets.map((y, n) => n * V + y),
    'int32',
  ); // [N]
  const onehotIdx = tf.tensor1d(targets, 'int32'); // [N]
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const x = args[0] as tf.Tensor2D;
    const save = args[1] as tf.GradSaveFunc;
    const m = tf.max(x, 1, true); // [N, 1]
    const e = tf.exp(tf.sub(x, m)); // [N, V]
    const s = tf.sum(e, 1, true); // [N, 1]
    const lse = tf.reshape(tf.add(tf.log(s), m), [N]); // [N]
    const picked = tf.gather(tf.reshape(x, [N * V]), flatIdx); // target logits [N]
    save([e, s, onehotIdx]);
    return {
      value: tf.sub(lse, picked) as tf.Tensor1D, // [N]
      gradFunc: (dy: tf.Tensor1D, saved: tf.Tensor[]) => {
        const p = tf.div(saved[0]!, saved[1]!); // softmax [N, V]
        return tf.mul(tf.sub(p, tf.oneHot(saved[2]! as tf.Tensor1D, V)), tf.reshape(dy, [N, 1])); // [N, V]
      },
    };
  });
  return f(logits) as tf.Tensor1D;
}

/** Mean negative log-likelihood per target token (the training loss). */
export function teacherForcedLoss(params: Params, cfg: ModelConfig, b: BatchArrays, embed?: EmbedFn): tf.Scalar {
  return tf.neg(tf.mean(targetLogProbs(params, cfg, b, embed))) as tf.Scalar;
}
