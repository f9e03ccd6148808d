/**
 * Greedy decoding of many sentences at once without traces: for evaluation and model selection,
 * where only the words matter. Same encoder and decoder step as everything else.
 */
import * as tf from '@tensorflow/tfjs-core';
import { maxDecodeLen } from './config';
import { Decoding } from './decodeCore';
import { prepareSource, type Seq2SeqModel } from './model';
import { BOS, EOS } from './vocab';

/** Output ids (without `</s>`) for each source text, decoded in batches of `batchSize`. */
export async function greedyBatch(model: Seq2SeqModel, texts: string[], batchSize = 64): Promise<number[][]> {
  const results: number[][] = new Array<number[]>(texts.length);
  const order = [...texts.keys()].map((i) => ({ i, src: prepareSource(model, texts[i]!) }));
  order.sort((a, b) => a.src.ids.length - b.src.ids.length);
  for (let c = 0; c < order.length; c += batchSize) {
    const chunk = order.slice(c, c + batchSize);
    const outs = await decodeChunk(
      model,
      chunk.map((x) => x.src.ids),
    );
    chunk.forEach((x, k) => (results[x.i] = outs[k]!));
  }
  return results;
}

async function decodeChunk(model: Seq2SeqModel, srcIds: number[][]): Promise<number[][]> {
  const { decoding } = await Decoding.start(model, srcIds);
  try {
    // each row stops at its own limit, the one the browser's decode of that sentence has
    const limit = srcIds.map((s) => maxDecodeLen(model.cfg, s.length));
    let prev: ArrayLike<number> = new Int32Array(srcIds.length).fill(BOS);
    const out: number[][] = srcIds.map(() => []);
    const done = new Array<boolean>(srcIds.length).fill(false);
    for (let t = 1; done.includes(false); t++) {
      prev = await decoding.step(prev, ({ logits }) => tf.argMax(logits, 1)); // [B]
      for (let b = 0; b < srcIds.length; b++) {
        if (done[b]) continue;
        if (prev[b] === EOS) done[b] = true;
        else out[b]!.push(prev[b]!);
        if (t >= limit[b]!) done[b] = true;
      }
    }
    return out;
  } finally {
    decoding.dispose();
  }
}
