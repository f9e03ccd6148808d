/**
 * Row lookup with a gradient the wasm backend can run. tf.gather's gradient needs
 * UnsortedSegmentSum, which wasm lacks; scatterND sums rows with duplicate indices, which is
 * exactly the gradient of a lookup.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { EmbedFn } from './encoder';

/** `table[ids]` [N, E] with d/dtable = scatterND(ids, dy, table.shape). */
export const scatterGradEmbed: EmbedFn = (table, ids) => {
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const t = args[0] as tf.Tensor;
    const save = args[1] as tf.GradSaveFunc;
    save([ids]);
    return {
      value: tf.gather(t, ids) as tf.Tensor2D, // [N, E]
      gradFunc: (dy: tf.Tensor2D, saved: tf.Tensor[]) => tf.scatterND(tf.expandDims(saved[0]!, 1), dy, t.shape), // [V, E]
    };
  });
  return f(table) as tf.Tensor2D;
};
