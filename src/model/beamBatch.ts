/** Beam search over many sentences (one after another), returning the best of each: for evaluation. */
import { beamSearch, type BeamOptions } from './beam';
import type { GreedyWithAttention } from './batchGreedy';
import type { Seq2SeqModel } from './model';
import { hypothesisWeights } from './unkReplace';
import { EOS } from './vocab';

/** Best hypothesis per text: its ids (without `</s>`) and the α [T][S] of the step that wrote each. */
export async function beamBatch(
  model: Seq2SeqModel,
  texts: string[],
  k: number,
  opts: BeamOptions = {},
): Promise<GreedyWithAttention[]> {
  const out: GreedyWithAttention[] = [];
  for (const text of texts) {
    const r = await beamSearch(model, text, { ...opts, k });
    const best = r.hypotheses[0];
    if (!best) out.push({ ids: [], weights: [] });
    else {
      const kept = best.ids.filter((id) => id !== EOS); // a final </s> only: the kept ids' weights come first
      out.push({ ids: kept, weights: hypothesisWeights(r, best.nodeId).slice(0, kept.length) });
    }
  }
  return out;
}
