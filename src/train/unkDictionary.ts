/**
 * A word dictionary for unknown-word replacement, learned from a pair's training sentences only:
 * IBM Model 1 (Brown et al. 1993) word-translation probabilities t(f | e), a few EM iterations from
 * uniform, with a NULL source word; then, for each source word the model cannot handle (outside its
 * source vocabulary, or whose best translation is outside its target vocabulary), its most probable
 * translation when that is likely enough and differs from the word itself (otherwise copying it, the
 * default, is right). Pure (no Node APIs).
 */
import type { UnkDictionary } from '../model/unkReplace';

/** Options of {@link buildUnkDictionary}. */
export interface UnkDictionaryOptions {
  /** EM iterations (default 5) */
  iterations?: number;
  /** keep an entry only if t(f | e) is at least this (default 0.3) */
  minProb?: number;
  /** source words the model's vocabulary has */
  srcVocab: ReadonlySet<string>;
  /** target words the model's vocabulary has */
  tgtVocab: ReadonlySet<string>;
  /**
   * source words seen at most this often in training also get entries when the model has them and
   * their translation (default 0): the model often writes `<unk>` for a rare word's inflected translation
   */
  rareCount?: number;
  /** leave out source words seen fewer times than this (default 1) */
  minCount?: number;
}

/** True for tokens with a letter or digit (punctuation never enters the dictionary). */
const isWord = (t: string): boolean => /[\p{L}\p{N}]/u.test(t);

/** Interns strings as consecutive ids. */
class Ids {
  readonly words: string[] = [];
  private readonly map = new Map<string, number>();
  id(w: string): number {
    let i = this.map.get(w);
    if (i === undefined) {
      i = this.words.length;
      this.map.set(w, i);
      this.words.push(w);
    }
    return i;
  }
}

/**
 * IBM Model 1 over tokenized sentence pairs; returns t(f|e) as, for each source word, its
 * candidate translations with probabilities (best first).
 */
export function ibmModel1(
  pairs: readonly { src: readonly string[]; tgt: readonly string[] }[],
  iterations = 5,
): Map<string, { word: string; p: number }[]> {
  const E = new Ids();
  const F = new Ids();
  const NULL = E.id('<null>');
  // every (e, f) co-occurrence, as an index into the table of distinct pairs
  const pairIndex = new Map<number, number>();
  const pairE: number[] = [];
  const pairF: number[] = [];
  const sentences: { links: Int32Array; nSrc: number; nTgt: number }[] = [];
  const fCount = 1 << 21; // f ids stay below 2M: key = e · 2^21 + f is exact in a double
  for (const p of pairs) {
    const es = [NULL, ...p.src.map((w) => E.id(w))];
    const fs = p.tgt.map((w) => F.id(w));
    const links = new Int32Array(es.length * fs.length);
    fs.forEach((f, i) => {
      es.forEach((e, j) => {
        const key = e * fCount + f;
        let k = pairIndex.get(key);
        if (k === undefined) {
          k = pairE.length;
          pairIndex.set(key, k);
          pairE.push(e);
          pairF.push(f);
        }
        links[i * es.length + j] = k;
      });
    });
    sentences.push({ links, nSrc: es.length, nTgt: fs.length });
  }
  pairIndex.clear();
  const t = new Float64Array(pairE.length).fill(1); // uniform start
  const count = new Float64Array(pairE.length);
  const total = new Float64Array(E.words.length);
  for (let it = 0; it < iterations; it++) {
    count.fill(0);
    total.fill(0);
    for (const s of sentences) {
      for (let i = 0; i < s.nTgt; i++) {
        let denom = 0;
        for (let j = 0; j < s.nSrc; j++) denom += t[s.links[i * s.nSrc + j]!]!;
        for (let j = 0; j < s.nSrc; j++) {
          const k = s.links[i * s.nSrc + j]!;
          const c = t[k]! / denom;
          count[k] = count[k]! + c;
          total[pairE[k]!] = total[pairE[k]!]! + c;
        }
      }
    }
    for (let k = 0; k < t.length; k++) t[k] = count[k]! / total[pairE[k]!]!;
  }
  const table = new Map<string, { word: string; p: number }[]>();
  for (let k = 0; k < t.length; k++) {
    const e = E.words[pairE[k]!]!;
    let list = table.get(e);
    if (!list) table.set(e, (list = []));
    list.push({ word: F.words[pairF[k]!]!, p: t[k]! });
  }
  for (const list of table.values()) list.sort((a, b) => b.p - a.p);
  table.delete('<null>');
  return table;
}

/**
 * The dictionary: for each source word outside the model's source vocabulary, or whose best
 * translation is outside its target vocabulary, that translation when t(f|e) ≥ `minProb` and it
 * is not the word itself. Sorted by source word, so builds are reproducible.
 */
export function buildUnkDictionary(
  pairs: readonly { src: readonly string[]; tgt: readonly string[] }[],
  o: UnkDictionaryOptions,
): UnkDictionary {
  const counts = new Map<string, number>();
  for (const p of pairs) for (const w of p.src) counts.set(w, (counts.get(w) ?? 0) + 1);
  const table = ibmModel1(pairs, o.iterations ?? 5);
  const minProb = o.minProb ?? 0.3;
  const entries: [string, string][] = [];
  for (const [e, cands] of table) {
    if (!isWord(e) || (counts.get(e) ?? 0) < (o.minCount ?? 1)) continue;
    const best = cands[0];
    if (!best || best.p < minProb || best.word === e || !isWord(best.word)) continue;
    if (o.srcVocab.has(e) && o.tgtVocab.has(best.word) && (counts.get(e) ?? 0) > (o.rareCount ?? 0)) continue; // the model translates it itself
    entries.push([e, best.word]);
  }
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(entries);
}
