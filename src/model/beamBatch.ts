/** Beam search over many sentences (one after another), returning the best of each: for evaluation. */
import type { DecodedSentence } from './batchGreedy';
import { beamSearch, hypothesisWeights, type BeamOptions } from './beam';
import type { Seq2SeqModel } from './model';
import { EOS } from './vocab';

/** Best hypothesis per text: its ids (without `</s>`), the α [T][S] of the step that wrote each, and the source tokens. */
export async function beamBatch(
  model: Seq2SeqModel,
  texts: string[],
  k: number,
  opts: BeamOptions = {},
): Promise<DecodedSentence[]> {
  const out: DecodedSentence[] = [];
  for (const text of texts) {
    const r = await beamSearch(model, text, { ...opts, k });
    const best = r.hypotheses[0];
    if (!best) out.push({ source: r.sourceTokens, ids: [], weights: [] });
    else {
      const kept = best.ids.filter((id) => id !== EOS); // a final </s> only: the kept ids' weights come first
      out.push({ source: r.sourceTokens, ids: kept, weights: hypothesisWeights(r, best.nodeId).slice(0, kept.length) });
    }
  }
  return out;
}
