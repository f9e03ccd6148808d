/** Reading the parallel corpus, building vocabularies and length-bucketed batches (Node only). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BatchArrays } from '../model/loss';
import type { Language } from '../model/languages';
import { tokenize } from '../model/tokenize';
import { BOS, EOS, Vocab } from '../model/vocab';
import { mulberry32, shuffleInPlace } from './rng';
import { parseTsv, TsvError, type Pair } from './tsv';

export type { Pair } from './tsv';

/** Reads a sentence-pair file (`source<TAB>target` per line, UTF-8); a {@link TsvError} names the file and line of any problem. */
export function readPairs(file: string): Pair[] {
  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory()) throw new TsvError(file, undefined, { kind: 'folder' });
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof TsvError) throw e;
    throw new TsvError(file, undefined, { kind: 'notFound' });
  }
  return parseTsv(bytes, file);
}

/** A training data folder, read and checked: train.tsv and dev.tsv, and test.tsv when present. */
export interface DataFolder {
  train: Pair[];
  dev: Pair[];
  test?: Pair[];
}

/**
 * Reads and checks a data folder before anything is written: every file is parsed completely, so a
 * bad line stops the run with a message naming the file and line and leaves nothing half-written.
 * test.tsv is read only when asked (`test: true`, for final scores): training never reads it.
 */
export function readDataFolder(dir: string, opts: { test?: boolean } = {}): DataFolder {
  const file = (name: string): string => path.join(dir, name);
  const test = opts.test && existsSync(file('test.tsv')) ? readPairs(file('test.tsv')) : undefined;
  return { train: readPairs(file('train.tsv')), dev: readPairs(file('dev.tsv')), ...(test ? { test } : {}) };
}

/** Groups references by source, in order of first appearance (BLEU's multi-reference sets). */
export function groupReferences(pairs: Pair[]): { src: string; refs: string[] }[] {
  const map = new Map<string, string[]>();
  for (const p of pairs) {
    const r = map.get(p.src);
    if (r) r.push(p.tgt);
    else map.set(p.src, [p.tgt]);
  }
  return [...map.entries()].map(([src, refs]) => ({ src, refs }));
}

/** Counts token frequencies. */
export function countTokens(sentences: string[][]): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of sentences) for (const w of s) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** A tokenized, id-mapped training example (the source ends with `</s>` when the model uses it). */
export interface Example {
  src: number[];
  tgt: number[];
}

/** Tokenizes pairs (by the pair's languages: en→fr unless given), drops those longer than `maxLen` tokens on either side, maps to ids. */
export function toExamples(
  pairs: Pair[],
  srcVocab: Vocab,
  tgtVocab: Vocab,
  maxLen: number,
  srcEos = true,
  langs: { src: Language; tgt: Language } = { src: 'en', tgt: 'fr' },
): Example[] {
  const out: Example[] = [];
  for (const p of pairs) {
    const s = tokenize(p.src, langs.src);
    const t = tokenize(p.tgt, langs.tgt);
    if (s.length === 0 || t.length === 0 || s.length > maxLen || t.length > maxLen) continue;
    out.push({ src: srcEos ? [...srcVocab.encode(s), EOS] : srcVocab.encode(s), tgt: tgtVocab.encode(t) });
  }
  return out;
}

/**
 * Length-bucketed batches for one epoch: shuffle (seeded by `seed` and `epoch`), sort chunks of
 * 50 batches by source then target length, cut into batches, shuffle the batch order.
 * Returns index lists into `examples`; the same (seed, epoch) always gives the same batches.
 */
export function epochBatches(examples: Example[], batchSize: number, seed: number, epoch: number): number[][] {
  const rand = mulberry32(seed * 7919 + epoch * 104729);
  const idx = shuffleInPlace([...examples.keys()], rand);
  const chunk = batchSize * 50;
  const batches: number[][] = [];
  for (let c = 0; c < idx.length; c += chunk) {
    const part = idx.slice(c, c + chunk);
    part.sort((a, b) => examples[a]!.src.length - examples[b]!.src.length || examples[a]!.tgt.length - examples[b]!.tgt.length);
    for (let i = 0; i < part.length; i += batchSize) batches.push(part.slice(i, i + batchSize));
  }
  return shuffleInPlace(batches, rand);
}

/** Pads a batch of examples into flat arrays (decoder input = `<s>` + y, target = y + `</s>`). */
export function makeBatch(examples: Example[], indices: number[]): BatchArrays {
  const rows = indices.map((i) => examples[i]!);
  const B = rows.length;
  const S = Math.max(...rows.map((r) => r.src.length));
  const T = Math.max(...rows.map((r) => r.tgt.length)) + 1;
  const src = new Int32Array(B * S);
  const tgtIn = new Int32Array(B * T);
  const tgtOut = new Int32Array(B * T);
  rows.forEach((r, b) => {
    src.set(r.src, b * S);
    tgtIn.set([BOS, ...r.tgt], b * T);
    tgtOut.set([...r.tgt, EOS], b * T);
  });
  return { B, S, T, src, tgtIn, tgtOut };
}
