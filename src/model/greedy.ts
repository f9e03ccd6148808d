/**
 * Greedy decoding with a full trace: at each step the argmax word is emitted and fed back. Each
 * step packs every traced vector and the output logits into one tensor and reads it back once
 * (one GPU→CPU read per step on WebGL); the softmax's normaliser (`rowLogSumExp`) and the top-k
 * words (`topOfRows`) are computed from it here, not by Softmax/TopK kernels. No tensor escapes.
 */
import * as tf from '@tensorflow/tfjs-core';
import { hasAttention } from './config';
import { Decoding } from './decodeCore';
import { prepareSource, type Seq2SeqModel } from './model';
import { languagesOf } from './languages';
import { param } from './params';
import { casePronouns } from './pronounCase';
import { detokenize, truecase } from './tokenize';
import type { Candidate, DecodeTrace, EncoderTrace, StepTrace } from './trace';
import { rowLogSumExp, topOfRows } from './topk';
import { BOS, EOS } from './vocab';

/** Options of {@link greedyDecode}. */
export interface DecodeOptions {
  /** how many candidates each step records (default 10) */
  topK?: number;
  /** output length limit (default: {@link maxDecodeLen} of the model and the source) */
  maxLen?: number;
  /**
   * Forced words: at step t (0-based index t-1) the decoder emits `force[t-1]` instead of its argmax
   * when given (teacher forcing on a user reference, or a what-if choice).
   */
  force?: (number | undefined)[];
  /**
   * What-if: replacement attention weights per step (index t-1). Given weights are clipped at 0
   * and renormalised to sum to 1; the step is recomputed with them and decoding continues.
   * Ignored by the no-attention baseline.
   */
  attention?: (number[] | undefined)[];
}

/** Clips at 0 and renormalises user-given attention weights (uniform if they sum to 0). */
export function normaliseWeights(w: readonly number[], S: number): number[] {
  const v = Array.from({ length: S }, (_, j) => Math.max(0, Number.isFinite(w[j]) ? w[j]! : 0));
  const sum = v.reduce((a, b) => a + b, 0);
  return sum > 0 ? v.map((x) => x / sum) : v.map(() => 1 / S);
}

/** Encoder output kept for a decode, plus the trace of the encoder. */
export interface Started {
  /** the decode, positioned before its first step (dispose it when done) */
  decoding: Decoding;
  encoder: EncoderTrace;
}

/** Encodes a source sentence (a batch of one) and reads its trace. */
export async function startDecode(model: Seq2SeqModel, text: string): Promise<Started> {
  const src = prepareSource(model, text);
  const S = src.ids.length;
  const H = model.cfg.hidden;
  const E = model.cfg.embDim;
  const { decoding, encoder: vals } = await Decoding.start(
    model,
    [src.ids],
    (enc) =>
      tf.concat([
        tf.reshape(tf.slice(enc.annotations, [0, 0, 0], [1, S, H]), [S * H]),
        tf.reshape(tf.slice(enc.bridge, [0, 0], [1, H]), [H]),
        // E_x(x_j): the same rows the encoder gathered (read for the picture only) [S*E]
        tf.reshape(tf.gather(param(model.params, 'src/emb'), tf.tensor1d(src.ids, 'int32')), [S * E]),
      ]), // [S*H + H + S*E]
  );
  const annotations = Array.from({ length: S }, (_, j) => Array.from(vals!.subarray(j * H, (j + 1) * H)));
  const at = S * H + H;
  const embeddings = Array.from({ length: S }, (_, j) => Array.from(vals!.subarray(at + j * E, at + (j + 1) * E)));
  const encoder: EncoderTrace = {
    tokens: src.tokens,
    ids: src.ids,
    unknown: src.unknown,
    embeddings,
    annotations,
    bridge: Array.from(vals!.subarray(S * H, S * H + H)),
    truncated: src.truncated,
  };
  return { decoding, encoder };
}

/** Splits a packed step vector back into named arrays. */
function unpack(
  vals: ArrayLike<number> & { subarray(a: number, b: number): ArrayLike<number> },
  sizes: Record<string, number>,
): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  let o = 0;
  for (const [k, n] of Object.entries(sizes)) {
    out[k] = Array.from(vals.subarray(o, o + n));
    o += n;
  }
  return out;
}

/**
 * Turns ids into the final text: drop `</s>`, truecase (German pronouns by the person the source
 * tokens `source` speak of, and where it speaks of both by each word's attention `weights` [T][S]:
 * src/model/pronounCase.ts), detokenize (in the target language's style).
 */
export function finishText(
  model: Seq2SeqModel,
  ids: readonly number[],
  source: readonly string[],
  weights?: readonly (readonly number[])[],
): { tokens: string[]; text: string } {
  const tokens = ids.filter((id) => id !== EOS).map((id) => model.tgt.token(id));
  return { tokens, text: surfaceText(model, tokens, source, weights) };
}

/**
 * Output tokens as text: truecased ({@link finishText}; `weights` [T][S], the α of each token's step,
 * case German pronouns in a sentence that speaks of "you" and "she"/"they") and detokenized in the
 * target language's style.
 */
export function surfaceText(
  model: Seq2SeqModel,
  tokens: readonly string[],
  source: readonly string[],
  weights?: readonly (readonly number[])[],
): string {
  const { tgt } = languagesOf(model.cfg);
  return detokenize(casePronouns(truecase(tokens, model.caseTable), source, tgt, weights), tgt);
}

/** Greedy (or forced) decoding of one sentence, with the trace of every step. */
export async function greedyDecode(model: Seq2SeqModel, text: string, opts: DecodeOptions = {}): Promise<DecodeTrace> {
  const started = await startDecode(model, text);
  const { decoding } = started;
  try {
    const K = Math.min(opts.topK ?? 10, model.cfg.tgtVocabSize);
    const maxLen = opts.maxLen ?? decoding.maxLen;
    const H = model.cfg.hidden;
    const S = started.encoder.ids.length;
    const V = model.cfg.tgtVocabSize;
    const attention = hasAttention(model.cfg);
    // Bahdanau's readout t_t = tanh(W_o [s_t; c_t; E_y(y_{t-1})]) reads the embedding: trace it too
    const withEmbedding = model.cfg.attention === 'bahdanau';
    const steps: StepTrace[] = [];
    const outIds: number[] = [];
    let prev = BOS;
    for (let t = 1; t <= maxLen; t++) {
      const forced = opts.force?.[t - 1];
      if (forced !== undefined && !(Number.isInteger(forced) && forced >= 0 && forced < model.cfg.tgtVocabSize)) {
        throw new Error(`forced word id ${forced} is not in the target vocabulary (0..${model.cfg.tgtVocabSize - 1})`);
      }
      const manual = attention && opts.attention?.[t - 1] ? normaliseWeights(opts.attention[t - 1]!, S) : undefined;
      const vals = await decoding.step(
        [prev],
        ({ prev: prevState, yEmb, out, logits }) => {
          // logits [1, V] are normalised below, in TypeScript
          const parts: tf.Tensor[] = [prevState.h, out.state.h, out.z, out.r];
          if (attention) parts.push(out.scores!, out.weights!);
          parts.push(out.context, out.readout);
          if (withEmbedding) parts.push(yEmb);
          parts.push(logits);
          return tf.concat(parts.map((p) => tf.reshape(p, [-1]))); // [4H + 2S + 2H (+ E) + V]
        },
        manual ? { attention: [manual] } : {},
      );
      const sizes: Record<string, number> = { prev: H, state: H, z: H, r: H };
      if (attention) Object.assign(sizes, { scores: S, weights: S });
      Object.assign(sizes, { context: H, attentional: H });
      if (withEmbedding) sizes['embedding'] = model.cfg.embDim;
      const u = unpack(vals, sizes);
      const pAt = vals.length - V; // the logits are last
      // p = softmax(logits) = exp(logit − logsumexp): the top K by log p, then their p
      const lse = rowLogSumExp(vals, 1, V, pAt)[0]!;
      const top = topOfRows(vals, 1, V, [-lse], K, pAt);
      const topK: Candidate[] = top.index.map((id, i) => ({ id, token: model.tgt.token(id), p: Math.exp(top.value[i]!) }));
      // (logits of NaNs, from broken weights, have no candidate: the sentence ends there)
      const own: Candidate = topK[0] ?? { id: EOS, token: model.tgt.token(EOS), p: 0 };
      const chosen: Candidate =
        forced !== undefined ? { id: forced, token: model.tgt.token(forced), p: Math.exp(vals[pAt + forced]! - lse) } : own;
      steps.push({
        t,
        inputId: prev,
        input: model.tgt.token(prev),
        prevState: u.prev!,
        state: u.state!,
        gates: { z: u.z!, r: u.r! },
        scores: u.scores ?? [],
        weights: u.weights ?? [],
        context: u.context!,
        attentional: u.attentional!,
        ...(u.embedding ? { embedding: u.embedding } : {}),
        topK,
        chosen,
        ...(forced !== undefined ? { forced: true } : {}),
        ...(manual ? { attentionOverridden: true } : {}),
      });
      outIds.push(chosen.id);
      prev = chosen.id;
      if (chosen.id === EOS) break;
    }
    const fin = finishText(
      model,
      outIds,
      started.encoder.tokens,
      steps.map((s) => s.weights),
    );
    return {
      attention: model.cfg.attention,
      encoder: started.encoder,
      steps,
      outputTokens: fin.tokens,
      translation: fin.text,
      hitMaxLength: outIds[outIds.length - 1] !== EOS,
    };
  } finally {
    decoding.dispose();
  }
}
