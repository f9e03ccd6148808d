/**
 * Greedy decoding of many sentences at once without traces: for evaluation and model selection,
 * where only the words matter. Same encoder and decoder step as everything else.
 */
import * as tf from '@tensorflow/tfjs-core';
import { tidyObject } from './tidy';
import { decoderStep, outputLogits, projectWord, startDecoder, type DecoderState } from './decoder';
import { encode } from './encoder';
import { prepareSource, type Seq2SeqModel } from './model';
import { param } from './params';
import { BOS, EOS } from './vocab';

/** Output ids (without `</s>`) for each source text, decoded in batches of `batchSize`. */
export async function greedyBatch(model: Seq2SeqModel, texts: string[], batchSize = 64): Promise<number[][]> {
  return (await greedyBatchRun(model, texts, batchSize, false)).map((r) => r.ids);
}

/** One sentence's greedy output: ids (without `</s>`) and the attention weights of each output step [T][S]. */
export interface GreedyWithAttention {
  ids: number[];
  /** α of the step that wrote each id, over the sentence's own source positions (empty rows for the baseline) */
  weights: number[][];
}

/** Like {@link greedyBatch}, also reading back each step's attention weights (for unknown-word replacement). */
export async function greedyBatchWithAttention(
  model: Seq2SeqModel,
  texts: string[],
  batchSize = 64,
): Promise<GreedyWithAttention[]> {
  return greedyBatchRun(model, texts, batchSize, true);
}

async function greedyBatchRun(
  model: Seq2SeqModel,
  texts: string[],
  batchSize: number,
  withWeights: boolean,
): Promise<GreedyWithAttention[]> {
  const results = new Array<GreedyWithAttention>(texts.length);
  const order = [...texts.keys()].map((i) => ({ i, src: prepareSource(model, texts[i]!) }));
  order.sort((a, b) => a.src.ids.length - b.src.ids.length);
  for (let c = 0; c < order.length; c += batchSize) {
    const chunk = order.slice(c, c + batchSize);
    const outs = await decodeChunk(
      model,
      chunk.map((x) => x.src.ids),
      withWeights,
    );
    chunk.forEach((x, k) => (results[x.i] = outs[k]!));
  }
  return results;
}

async function decodeChunk(model: Seq2SeqModel, srcIds: number[][], withWeights: boolean): Promise<GreedyWithAttention[]> {
  const B = srcIds.length;
  const S = Math.max(...srcIds.map((s) => s.length));
  const flat = new Int32Array(B * S);
  srcIds.forEach((s, b) => flat.set(s, b * S));
  const maxLen = Math.min(model.cfg.maxTgtLen, 2 * S + 10);
  const held: tf.Tensor[] = [];
  try {
    const start = tidyObject(() => {
      const ids = tf.tensor2d(flat, [B, S], 'int32'); // [B, S]
      const mask = tf.cast(tf.notEqual(ids, 0), 'float32') as tf.Tensor2D; // [B, S]
      const s = startDecoder(model.params, model.cfg, encode(model.params, ids, mask));
      return s;
    });
    // Everything tidy returned is kept; remember it for disposal.
    const { ctx } = start;
    held.push(ctx.hbar, ctx.fixed, ctx.keys.maskBias, start.state.h, start.state.feed);
    if (ctx.keys.keys) held.push(ctx.keys.keys);
    if (ctx.keys.keysT) held.push(ctx.keys.keysT);
    let state: DecoderState = start.state;
    let prev: Int32Array = new Int32Array(B).fill(BOS);
    const out: GreedyWithAttention[] = srcIds.map(() => ({ ids: [], weights: [] }));
    const done = new Array<boolean>(B).fill(false);
    for (let t = 0; t < maxLen && done.includes(false); t++) {
      const prevState = state;
      const prevIds = prev;
      const r = tidyObject(() => {
        const yEmb = tf.gather(param(model.params, 'tgt/emb'), tf.tensor1d(prevIds, 'int32')) as tf.Tensor2D; // [B, E]
        const o = decoderStep(ctx, prevState, projectWord(model.params, yEmb), yEmb);
        const next = tf.argMax(outputLogits(model.params, o.readout), 1); // [B]
        return { next, h: o.state.h, feed: o.state.feed, weights: withWeights ? o.weights : undefined }; // weights [B, S]
      });
      held.push(r.h, r.feed);
      state = { h: r.h, feed: r.feed };
      prev = Int32Array.from(await r.next.data());
      r.next.dispose();
      const w = r.weights ? await r.weights.data() : undefined;
      r.weights?.dispose();
      for (let b = 0; b < B; b++) {
        if (done[b]) continue;
        if (prev[b] === EOS) done[b] = true;
        else {
          out[b]!.ids.push(prev[b]!);
          if (withWeights) out[b]!.weights.push(w ? Array.from(w.subarray(b * S, b * S + srcIds[b]!.length)) : []);
        }
      }
    }
    return out;
  } finally {
    tf.dispose(held);
  }
}
