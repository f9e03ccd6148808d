/**
 * The GRU cell, written out (gates stacked [r | z | n] along the last axis):
 *   r = σ(x W_xr + b_xr + h W_hr + b_hr)
 *   z = σ(x W_xz + b_xz + h W_hz + b_hz)
 *   n = tanh(x W_xn + b_xn + r ⊙ (h W_hn + b_hn))
 *   h' = (1 − z) ⊙ n + z ⊙ h
 * The input projection `x W_x + b_x` is passed in precomputed, so the encoder can compute it for
 * every time step in one matrix product.
 */
import * as tf from '@tensorflow/tfjs-core';

/** New state and the gates that produced it. */
export interface GruOut {
  /** h' [B, D] */
  h: tf.Tensor2D;
  /** update gate z [B, D] */
  z: tf.Tensor2D;
  /** reset gate r [B, D] */
  r: tf.Tensor2D;
}

/** One GRU update from the projected input `xp` = x W_x + b_x [B, 3D] and the state `h` [B, D]. */
export function gruCell(xp: tf.Tensor2D, h: tf.Tensor2D, Wh: tf.Tensor, bh: tf.Tensor): GruOut {
  const hp = tf.add(tf.matMul(h, Wh as tf.Tensor2D), bh) as tf.Tensor2D; // [B, 3D]
  const [xr, xz, xn] = tf.split(xp, 3, 1) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D]; // each [B, D]
  const [hr, hz, hn] = tf.split(hp, 3, 1) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D]; // each [B, D]
  const r = tf.sigmoid(tf.add(xr, hr)) as tf.Tensor2D; // [B, D]
  const z = tf.sigmoid(tf.add(xz, hz)) as tf.Tensor2D; // [B, D]
  const n = tf.tanh(tf.add(xn, tf.mul(r, hn))); // [B, D]
  const hNew = tf.add(tf.mul(tf.sub(1, z), n), tf.mul(z, h)) as tf.Tensor2D; // [B, D]
  return { h: hNew, z, r };
}
