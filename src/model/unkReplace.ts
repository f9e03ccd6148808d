/**
 * Unknown-word replacement through attention (Luong et al. 2015, "Addressing the rare word problem
 * in NMT"; Jean et al. 2015): each `<unk>` the decoder writes takes the source word with the highest
 * attention weight α at that step, translated by a dictionary learned from the training alignments
 * when it has the word, else copied as is (numbers and names pass through: "1992", "Zanzibar").
 * Pure functions over a decode's output tokens, its attention weights and the source tokens; the
 * same for greedy and beam output.
 */
import { surfaceText } from './greedy';
import { languagesOf } from './languages';
import type { Seq2SeqModel } from './model';
import { tokenizeKeepCase } from './tokenize';
import type { DecodeTrace } from './trace';
import { SPECIALS, UNK } from './vocab';

/** The unknown-word token the decoder writes. */
export const UNK_TOKEN = SPECIALS[UNK];

/**
 * A word dictionary for unknown words: lower-case source token → target token, learned from a
 * pair's training data (`scripts/build-unk-dict.ts`, stored as `public/models/<pair>/unk-dict.json`).
 */
export type UnkDictionary = Readonly<Record<string, string>>;

/**
 * Reads a pair's `unk-dict.json` (`{"format": "unk-dict/1", …, "entries": {source: target}}`), or
 * throws an Error saying what is wrong with it. Entries whose values are not non-empty strings are
 * rejected, not skipped: the file is made by a script, so a bad entry means a damaged file.
 */
export function parseUnkDictionary(json: unknown, file = 'unk-dict.json'): UnkDictionary {
  const o = json as { format?: unknown; entries?: unknown } | null;
  if (typeof o !== 'object' || o === null || o.format !== 'unk-dict/1')
    throw new Error(`${file} is not an unknown-word dictionary (format unk-dict/1)`);
  const e = o.entries;
  if (typeof e !== 'object' || e === null || Array.isArray(e)) throw new Error(`${file} has no "entries" object`);
  const bad = Object.entries(e).find(([, v]) => typeof v !== 'string' || v === '');
  if (bad) throw new Error(`${file}: the entry "${bad[0]}" is not a word`);
  return e as UnkDictionary;
}

/** One `<unk>` that was replaced: where it is, where its word came from and why. */
export interface UnkReplacement {
  /** position in the output tokens */
  outputIndex: number;
  /** position of the source word with the highest attention weight at that step */
  sourcePosition: number;
  /** that source word, as the model read it (lower case) */
  sourceWord: string;
  /** its attention weight α at that step */
  alpha: number;
  /** the word written instead of `<unk>` */
  word: string;
  /** `dictionary`: the dictionary's translation of the source word; `copy`: the source word itself */
  via: 'dictionary' | 'copy';
}

/** What {@link replaceUnknowns} returns. */
export interface UnkReplaced {
  /** the output tokens with each replaceable `<unk>` replaced */
  tokens: string[];
  /** one entry per replaced `<unk>`, in output order */
  replacements: UnkReplacement[];
}

/** Options of {@link replaceUnknowns}. */
export interface UnkReplaceOptions {
  /** translations of source words; without one (or for words it lacks) the source word is copied */
  dictionary?: UnkDictionary;
  /**
   * the source tokens in their original letter case (same positions as `sourceTokens`): a copied
   * word keeps its case ("Zanzibar"), except the sentence's first word, whose capital is positional
   */
  sourceSurface?: readonly string[];
}

/** True for tokens that are never a replacement's source: `</s>`, `<unk>` and the other specials. */
const isSpecial = (t: string): boolean => /^<[^<>]+>$/.test(t);

/**
 * Replaces each `<unk>` in `outputTokens`. `weights[i]` are the attention weights α of the step that
 * wrote output token i (over the source positions); the source word with the largest α among the
 * real words (not `</s>`) is translated by the dictionary or copied. A `<unk>` without weights
 * (the no-attention baseline) or whose source has no real word stays `<unk>`. Known words are never
 * touched.
 */
export function replaceUnknowns(
  outputTokens: readonly string[],
  weights: readonly (readonly number[] | undefined)[],
  sourceTokens: readonly string[],
  opts: UnkReplaceOptions = {},
): UnkReplaced {
  const tokens = [...outputTokens];
  const replacements: UnkReplacement[] = [];
  outputTokens.forEach((tok, i) => {
    if (tok !== UNK_TOKEN) return;
    const w = weights[i];
    if (!w || w.length === 0) return;
    let best = -1;
    for (let j = 0; j < Math.min(w.length, sourceTokens.length); j++) {
      if (isSpecial(sourceTokens[j]!) || !Number.isFinite(w[j])) continue;
      if (best < 0 || w[j]! > w[best]!) best = j;
    }
    if (best < 0) return;
    const sourceWord = sourceTokens[best]!;
    const dict = opts.dictionary;
    const translated = dict && Object.hasOwn(dict, sourceWord) ? dict[sourceWord] : undefined;
    const surface = opts.sourceSurface?.[best];
    const word = translated ?? (best > 0 && surface && surface.toLowerCase() === sourceWord ? surface : sourceWord);
    tokens[i] = word;
    replacements.push({
      outputIndex: i,
      sourcePosition: best,
      sourceWord,
      alpha: w[best]!,
      word,
      via: translated !== undefined ? 'dictionary' : 'copy',
    });
  });
  return { tokens, replacements };
}

/** The source sentence's tokens in their original case, aligned with the model's source tokens. */
export function sourceSurface(model: Seq2SeqModel, text: string): string[] {
  return tokenizeKeepCase(text, languagesOf(model.cfg).src);
}

/** Unknown-word replacement on a greedy decode's trace (the text it came from gives the case). */
export function replaceInTrace(
  model: Seq2SeqModel,
  trace: DecodeTrace,
  text: string,
  dictionary?: UnkDictionary,
): UnkReplaced & { text: string } {
  const weights = trace.steps.map((s) => s.weights);
  const r = replaceUnknowns(trace.outputTokens, weights, trace.encoder.tokens, {
    dictionary,
    sourceSurface: sourceSurface(model, text),
  });
  return { ...r, text: surfaceText(model, r.tokens, trace.encoder.tokens, weights) };
}
