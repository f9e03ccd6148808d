/** Beam search over many sentences (one after another), returning the best ids of each: for evaluation. */
import { beamSearch, type BeamOptions } from './beam';
import type { Seq2SeqModel } from './model';
import { EOS } from './vocab';

/** Best hypothesis ids (without `</s>`) per text. */
export async function beamBatch(model: Seq2SeqModel, texts: string[], k: number, opts: BeamOptions = {}): Promise<number[][]> {
  const out: number[][] = [];
  for (const text of texts) {
    const r = await beamSearch(model, text, { ...opts, k });
    out.push((r.hypotheses[0]?.ids ?? []).filter((id) => id !== EOS));
  }
  return out;
}
