/** Corpus evaluation of a model on a TSV (Node): BLEU overall and by source length, unknown rates. */
import { corpusBleu } from '../model/bleu';
import { greedyBatch, type DecodedSentence } from '../model/batchGreedy';
import { finishText } from '../model/greedy';
import type { Seq2SeqModel } from '../model/model';
import { languagesOf, type Language } from '../model/languages';
import { bleuText, tokenize } from '../model/tokenize';
import { UNK } from '../model/vocab';
import { groupReferences, type Pair } from './data';

/** Source-length buckets (words = tokens containing a letter or digit). */
export const LENGTH_BUCKETS: { key: string; min: number; max: number }[] = [
  { key: '1-4', min: 1, max: 4 },
  { key: '5-9', min: 5, max: 9 },
  { key: '10-14', min: 10, max: 14 },
  { key: '15+', min: 15, max: Infinity },
  { key: '10+', min: 10, max: Infinity },
];

/** Number of words (not punctuation) in a source sentence (English unless `lang` says otherwise). */
export function sourceWords(src: string, lang: Language = 'en'): number {
  return tokenize(src, lang).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

/** What {@link evaluate} reports. */
export interface EvalResult {
  bleu: number;
  sentences: number;
  by_length: Record<string, { bleu: number; sentences: number }>;
  unk: { src: number; tgt: number };
  hypotheses: string[];
  sources: string[];
}

/**
 * Decodes every distinct source of `pairs` (greedy unless `decode` says otherwise) and scores it
 * against all its references; the attention weights decoded with the ids case German pronouns.
 */
export async function evaluate(
  model: Seq2SeqModel,
  pairs: Pair[],
  decode: (texts: string[]) => Promise<DecodedSentence[]> = (t) => greedyBatch(model, t),
): Promise<EvalResult> {
  return evaluateTexts(model, pairs, async (texts) =>
    (await decode(texts)).map((o) => finishText(model, o.ids, o.source, o.weights).text),
  );
}

/**
 * Scores the translations `translate` gives for every distinct source of `pairs` (in order of
 * first appearance) against all their references; `model` gives the languages and vocabularies
 * for the length buckets and unknown-token rates.
 */
export async function evaluateTexts(
  model: Seq2SeqModel,
  pairs: Pair[],
  translate: (texts: string[]) => Promise<string[]>,
): Promise<EvalResult> {
  const groups = groupReferences(pairs);
  const langs = languagesOf(model.cfg);
  const translations = await translate(groups.map((g) => g.src));
  // scored as BLEU sees the target language (Chinese and Japanese characters spaced out)
  const hyps = translations.map((h) => bleuText(h, langs.tgt));
  const refs = groups.map((g) => g.refs.map((r) => bleuText(r, langs.tgt)));
  const by_length: EvalResult['by_length'] = {};
  const lens = groups.map((g) => sourceWords(g.src, langs.src));
  for (const b of LENGTH_BUCKETS) {
    const idx = lens.flatMap((n, i) => (n >= b.min && n <= b.max ? [i] : []));
    by_length[b.key] = {
      bleu: idx.length
        ? round2(
            corpusBleu(
              idx.map((i) => hyps[i]!),
              idx.map((i) => refs[i]!),
            ).bleu,
          )
        : 0,
      sentences: idx.length,
    };
  }
  let srcTok = 0;
  let srcUnk = 0;
  for (const g of groups) {
    const ids = model.src.encode(tokenize(g.src, langs.src));
    srcTok += ids.length;
    srcUnk += ids.filter((i) => i === UNK).length;
  }
  let tgtTok = 0;
  let tgtUnk = 0;
  for (const p of pairs) {
    const ids = model.tgt.encode(tokenize(p.tgt, langs.tgt));
    tgtTok += ids.length;
    tgtUnk += ids.filter((i) => i === UNK).length;
  }
  return {
    bleu: round2(corpusBleu(hyps, refs).bleu),
    sentences: groups.length,
    by_length,
    unk: { src: round4(srcUnk / Math.max(1, srcTok)), tgt: round4(tgtUnk / Math.max(1, tgtTok)) },
    hypotheses: translations,
    sources: groups.map((g) => g.src),
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
