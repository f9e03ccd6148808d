/** A typed `tf.tidy` for functions that return plain objects holding tensors. */
import * as tf from '@tensorflow/tfjs-core';

/**
 * Runs `fn` in a `tf.tidy` scope: every tensor it creates is disposed except those reachable from
 * its result (tidy walks nested objects and arrays at run time; its typing only admits
 * `TensorContainer`, hence this wrapper).
 */
export function tidyObject<T>(fn: () => T): T {
  return tf.tidy(fn as unknown as () => tf.TensorContainer) as unknown as T;
}
