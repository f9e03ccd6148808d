/**
 * The one decode core that greedy decoding (with traces), beam search, batch evaluation and the
 * benchmark's floor all run on: encode a batch of sources once, keep the decoder context for the
 * whole decode (in one {@link TensorScope}), then step. Each step embeds the previous words, runs
 * the shared {@link decoderStep} and the output layer, and reads back ONE packed tensor that the
 * caller builds from the step's tensors; the new recurrent state replaces the old one, which is
 * released at once. Callers never list decoder tensors to keep or free.
 */
import * as tf from '@tensorflow/tfjs-core';
import { maxDecodeLen } from './config';
import {
  decoderStep,
  outputLogits,
  projectWord,
  startDecoder,
  type DecoderContext,
  type DecoderState,
  type StepOut,
} from './decoder';
import { encode, type Encoded } from './encoder';
import type { Seq2SeqModel } from './model';
import { param } from './params';
import { tidyObject } from './tidy';

export { maxDecodeLen };

/** Tensors that live for one whole decode, released together at the end. */
export class TensorScope {
  private readonly held: tf.Tensor[] = [];
  /** Keeps `t` alive past the enclosing tidy until {@link TensorScope.dispose}. */
  keep<T extends tf.Tensor>(t: T): T {
    this.held.push(tf.keep(t));
    return t;
  }
  /** Disposes every kept tensor. */
  dispose(): void {
    tf.dispose(this.held);
    this.held.length = 0;
  }
}

/** What a step hands to the caller's `pack` function (all tensors live only inside the step). */
export interface StepTensors {
  /** the decoder state the step started from (after any row gather) [B, H] each */
  prev: DecoderState;
  /** E_y(y_{t-1}) of each row [B, E] */
  yEmb: tf.Tensor2D;
  /** everything {@link decoderStep} computed */
  out: StepOut;
  /** the output layer's logits W_s r_t + b_s [B, V] */
  logits: tf.Tensor2D;
}

/** Options of one {@link Decoding.step}. */
export interface StepOptions {
  /** rows of the current state each new row continues (beam: the parent of each hypothesis) */
  rows?: readonly number[];
  /** replacement attention weights α_t, one row per batch row [B][S] (what-if) */
  attention?: readonly (readonly number[])[];
}

/** Packed values read back from the device (one typed array per step). */
export type Packed = Float32Array | Int32Array | Uint8Array;

/**
 * One decode over a batch of source sentences. Create it with {@link Decoding.start}, call
 * {@link Decoding.step} until done, and always {@link Decoding.dispose} it (in a `finally`).
 */
export class Decoding {
  /** the batch's padded source length S */
  readonly S: number;
  /** output length limit for this batch: {@link maxDecodeLen} of the model and S */
  readonly maxLen: number;
  private ctx: DecoderContext;
  private state: DecoderState;

  private constructor(
    /** the model being decoded */
    readonly model: Seq2SeqModel,
    private readonly scope: TensorScope,
    ctx: DecoderContext,
    state: DecoderState,
    S: number,
  ) {
    this.ctx = ctx;
    this.state = state;
    this.S = S;
    this.maxLen = maxDecodeLen(model.cfg, S);
  }

  /**
   * Encodes `srcIds` (one row per sentence, padded with 0 to the longest) and prepares the decoder.
   * `read`, when given, builds one tensor from the encoder output that is read back and returned
   * (the greedy trace reads the annotations and the bridge this way).
   */
  static async start(
    model: Seq2SeqModel,
    srcIds: readonly (readonly number[])[],
    read?: (enc: Encoded) => tf.Tensor,
  ): Promise<{ decoding: Decoding; encoder?: Packed }> {
    const B = srcIds.length;
    const S = Math.max(1, ...srcIds.map((s) => s.length));
    const flat = new Int32Array(B * S);
    srcIds.forEach((s, b) => flat.set(s, b * S));
    const scope = new TensorScope();
    try {
      const { ctx, state, packed } = tidyObject(() => {
        const ids = tf.tensor2d(flat, [B, S], 'int32'); // [B, S]
        const mask = tf.cast(tf.notEqual(ids, 0), 'float32') as tf.Tensor2D; // [B, S]: 1 for real tokens
        const enc = encode(model.params, ids, mask);
        const started = startDecoder(model.params, model.cfg, enc);
        return { ...keepContext(started.ctx, scope), state: started.state, packed: read?.(enc) };
      });
      const decoding = new Decoding(model, scope, ctx, state, S);
      if (!packed) return { decoding };
      try {
        return { decoding, encoder: await packed.data() };
      } catch (e) {
        decoding.dispose();
        throw e;
      } finally {
        packed.dispose();
      }
    } catch (e) {
      scope.dispose();
      throw e;
    }
  }

  /**
   * From now on the context has `k` identical rows (beam search after its first step). By
   * concatenating k copies, not `tf.tile`: tfjs-wasm 4.22's Tile took 1.6 ms for a [1, 12, 256]
   * tensor, Concat 0.04.
   */
  widen(k: number): void {
    const scope = this.scope;
    const ctx = this.ctx;
    this.ctx = tidyObject(() => {
      const rows = (x: tf.Tensor): tf.Tensor => scope.keep(tf.concat(Array<tf.Tensor>(k).fill(x), 0));
      const keys = { ...ctx.keys, maskBias: rows(ctx.keys.maskBias) as tf.Tensor2D }; // [k, S]
      if (ctx.keys.keys) keys.keys = rows(ctx.keys.keys) as tf.Tensor3D; // [k, S, H]
      if (ctx.keys.keysT) keys.keysT = rows(ctx.keys.keysT) as tf.Tensor3D; // [k, H, S]
      return { ...ctx, keys, hbar: rows(ctx.hbar) as tf.Tensor3D, fixed: rows(ctx.fixed) as tf.Tensor2D }; // [k, S, H], [k, H]
    });
  }

  /**
   * One decoder step for every row: `prevIds` are the words fed back (one per row), `pack` builds
   * the one tensor to read back from the step's tensors. The new state replaces the old one.
   */
  async step(prevIds: ArrayLike<number>, pack: (s: StepTensors) => tf.Tensor, opts: StepOptions = {}): Promise<Packed> {
    const { model, ctx, S } = this;
    const prevState = this.state;
    const ids = Int32Array.from(prevIds);
    const { packed, next } = tidyObject(() => {
      const prev = opts.rows
        ? {
            h: tf.gather(prevState.h, [...opts.rows]) as tf.Tensor2D,
            feed: tf.gather(prevState.feed, [...opts.rows]) as tf.Tensor2D,
          } // [B, H] each
        : prevState;
      const yEmb = tf.gather(param(model.params, 'tgt/emb'), tf.tensor1d(ids, 'int32')) as tf.Tensor2D; // [B, E]
      const override = opts.attention
        ? (tf.tensor2d(
            opts.attention.map((w) => [...w]),
            [ids.length, S],
          ) as tf.Tensor2D)
        : undefined; // [B, S]
      const out = decoderStep(ctx, prev, projectWord(model.params, yEmb), yEmb, override);
      const logits = outputLogits(model.params, out.readout); // [B, V]
      return { packed: pack({ prev, yEmb, out, logits }), next: { h: out.state.h, feed: out.state.feed } };
    });
    // (Bahdanau passes the unused feed vector through: release only what the new state dropped)
    tf.dispose([prevState.h, prevState.feed].filter((x) => x !== next.h && x !== next.feed));
    this.state = next;
    try {
      return await packed.data();
    } finally {
      packed.dispose();
    }
  }

  /** Releases every tensor of the decode. */
  dispose(): void {
    tf.dispose([this.state.h, this.state.feed]);
    this.scope.dispose();
  }
}

/** Moves the per-sentence context tensors into `scope` (they outlive the tidy that made them). */
function keepContext(ctx: DecoderContext, scope: TensorScope): { ctx: DecoderContext } {
  const keys = { ...ctx.keys, maskBias: scope.keep(ctx.keys.maskBias) };
  if (ctx.keys.keys) keys.keys = scope.keep(ctx.keys.keys);
  if (ctx.keys.keysT) keys.keysT = scope.keep(ctx.keys.keysT);
  return { ctx: { ...ctx, keys, hbar: scope.keep(ctx.hbar), fixed: scope.keep(ctx.fixed) } };
}
