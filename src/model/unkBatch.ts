/**
 * Many sentences translated with and without unknown-word replacement from one decode (greedy,
 * batched; or beam search, one sentence after another): for evaluation (`npm run eval -- --unk-replace`).
 */
import { greedyBatch } from './batchGreedy';
import { beamBatch } from './beamBatch';
import { finishText, surfaceText } from './greedy';
import type { Seq2SeqModel } from './model';
import { replaceUnknowns, sourceSurface, type UnkDictionary } from './unkReplace';

/** Each sentence's translation as decoded and with its `<unk>`s replaced, and how many were replaced. */
export interface UnkBatchResult {
  plain: string[];
  replaced: string[];
  /** replaced `<unk>`s in all, and how many of them came from the dictionary */
  counts: { replaced: number; dictionary: number; unknownOutputs: number };
}

/** Translates `texts` (beam search when `beam` > 1) and applies unknown-word replacement to each output. */
export async function translateWithUnkReplacement(
  model: Seq2SeqModel,
  texts: string[],
  opts: { dictionary?: UnkDictionary; beam?: number } = {},
): Promise<UnkBatchResult> {
  const outs = (opts.beam ?? 1) > 1 ? await beamBatch(model, texts, opts.beam!) : await greedyBatch(model, texts);
  const result: UnkBatchResult = { plain: [], replaced: [], counts: { replaced: 0, dictionary: 0, unknownOutputs: 0 } };
  outs.forEach((o, i) => {
    const text = texts[i]!;
    const { source } = o;
    const fin = finishText(model, o.ids, source, o.weights);
    const r = replaceUnknowns(fin.tokens, o.weights, source, {
      dictionary: opts.dictionary,
      sourceSurface: sourceSurface(model, text),
    });
    result.plain.push(fin.text);
    result.replaced.push(surfaceText(model, r.tokens, source, o.weights));
    result.counts.unknownOutputs += fin.tokens.filter((t) => t === '<unk>').length;
    result.counts.replaced += r.replacements.length;
    result.counts.dictionary += r.replacements.filter((x) => x.via === 'dictionary').length;
  });
  return result;
}
