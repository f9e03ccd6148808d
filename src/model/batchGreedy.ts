/**
 * Greedy decoding of many sentences at once without traces: for evaluation and model selection,
 * where only the words and each word's attention weights matter. Same encoder and decoder step as
 * everything else.
 */
import * as tf from '@tensorflow/tfjs-core';
import { maxDecodeLen } from './config';
import { Decoding } from './decodeCore';
import { prepareSource, type Seq2SeqModel } from './model';
import { BOS, EOS } from './vocab';

/**
 * One sentence as a batch decode (greedy here, beam search in beamBatch.ts) gives it back: the source
 * tokens as the model read them, the output ids and the attention weights of each output step [T][S].
 */
export interface DecodedSentence {
  /** the source tokens as the model read them (with `</s>`): German pronoun casing reads them */
  source: string[];
  /** the output ids, without `</s>` */
  ids: number[];
  /** α of the step that wrote each id, over the sentence's own source positions (empty rows for the baseline) */
  weights: number[][];
}

/**
 * Greedy output of each source text, decoded in batches of `batchSize`: its ids and each step's
 * attention weights (unknown-word replacement and German pronoun casing read them).
 */
export async function greedyBatch(model: Seq2SeqModel, texts: string[], batchSize = 64): Promise<DecodedSentence[]> {
  const results = new Array<DecodedSentence>(texts.length);
  const order = [...texts.keys()].map((i) => ({ i, src: prepareSource(model, texts[i]!) }));
  order.sort((a, b) => a.src.ids.length - b.src.ids.length);
  for (let c = 0; c < order.length; c += batchSize) {
    const chunk = order.slice(c, c + batchSize);
    const outs = await decodeChunk(
      model,
      chunk.map((x) => x.src.ids),
    );
    chunk.forEach((x, k) => (results[x.i] = { source: x.src.tokens, ...outs[k]! }));
  }
  return results;
}

async function decodeChunk(model: Seq2SeqModel, srcIds: number[][]): Promise<Omit<DecodedSentence, 'source'>[]> {
  const { decoding } = await Decoding.start(model, srcIds);
  try {
    const B = srcIds.length;
    const S = decoding.S;
    // each row stops at its own limit, the one the browser's decode of that sentence has
    const limit = srcIds.map((s) => maxDecodeLen(model.cfg, s.length));
    let prev: ArrayLike<number> = new Int32Array(B).fill(BOS);
    const out: Omit<DecodedSentence, 'source'>[] = srcIds.map(() => ({ ids: [], weights: [] }));
    const done = new Array<boolean>(B).fill(false);
    for (let t = 1; done.includes(false); t++) {
      // one read-back per step: [argmax ; α_t] per row, as floats [B, 1 + S]
      const w = await decoding.step(prev, ({ logits, out: o }) =>
        tf.concat([tf.cast(tf.expandDims(tf.argMax(logits, 1), 1), 'float32'), o.weights ?? tf.zeros([B, S])], 1),
      );
      prev = Int32Array.from({ length: B }, (_, b) => w[b * (1 + S)]!);
      for (let b = 0; b < B; b++) {
        if (done[b]) continue;
        if (prev[b] === EOS) done[b] = true;
        else {
          out[b]!.ids.push(prev[b]!);
          const at = b * (1 + S) + 1;
          out[b]!.weights.push(model.cfg.attention !== 'none' ? Array.from(w.slice(at, at + srcIds[b]!.length)) : []);
        }
        if (t >= limit[b]!) done[b] = true;
      }
    }
    return out;
  } finally {
    decoding.dispose();
  }
}
