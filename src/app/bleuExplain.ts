/**
 * "BLEU explained": the sentence BLEU of one hypothesis against its references, broken into the
 * pieces a student can check by hand, computed by the same code the evaluator uses
 * (src/model/bleu.ts: sacreBLEU's 13a tokenization, clipped n-gram counts, brevity penalty,
 * 'exp' smoothing with effective order, as `sacrebleu.sentence_bleu`). Pure: no React, no model.
 */
import { MAX_ORDER, ngramMatches, sentenceBleu, sentenceStats, tokenize13a, type NgramMatch } from '../model/bleu';

/** The smoothing sentence BLEU uses here (sacreBLEU's default for sentence BLEU). */
export const SMOOTHING = 'exp';

/** One n-gram order of the BLEU breakdown: its n-grams, clipped matches and precision. */
export interface BleuOrder {
  /** n-gram order 1..4 */
  n: number;
  /** every hypothesis n-gram, left to right, with whether it counted as a (clipped) match */
  ngrams: NgramMatch[];
  /** clipped matches */
  matches: number;
  /** hypothesis n-grams of this order */
  total: number;
  /** clipped precision matches / total, 0..1 (null when the hypothesis has no n-gram of this order) */
  precision: number | null;
  /** the precision the geometric mean uses, 0..1: smoothed when there is no match (null: order left out) */
  used: number | null;
  /** true if `used` comes from 'exp' smoothing (no match of this order) */
  smoothed: boolean;
}

/** The full sentence-BLEU breakdown of one hypothesis: tokens, per-order precisions, brevity penalty and score. */
export interface BleuExplained {
  /** 13a tokens of the hypothesis */
  hypTokens: string[];
  /** 13a tokens of each non-empty reference */
  refTokens: string[][];
  orders: BleuOrder[];
  hypLen: number;
  /** length of the reference closest in length to the hypothesis (ties: the shorter) */
  refLen: number;
  /** index (into refTokens) of that reference */
  closestRef: number;
  /** brevity penalty: 1 if hypLen ≥ refLen, else exp(1 − refLen / hypLen) (0 for an empty hypothesis) */
  bp: number;
  /** number of orders in the geometric mean (orders whose hypothesis has no n-gram are left out) */
  effectiveOrder: number;
  /** geometric mean of the used precisions, 0..1 (0 when nothing matched at all) */
  geoMean: number;
  /** sentence BLEU, 0..100 */
  bleu: number;
}

/**
 * Breaks down `sentenceBleu(hyp, refs)`. Returns null when no reference is non-empty (BLEU is
 * undefined then). Every number comes from src/model/bleu.ts; this only arranges them.
 */
export function explainBleu(hyp: string, refs: readonly string[]): BleuExplained | null {
  const kept = refs.filter((r) => r.trim() !== '');
  if (kept.length === 0) return null;
  const stats = sentenceStats(hyp, kept);
  const res = sentenceBleu(hyp, kept);
  const refTokens = kept.map((r) => tokenize13a(r));
  const anyMatch = stats.matches.some((m) => m > 0);
  const orders: BleuOrder[] = [];
  let hypTokens: string[] = [];
  let effectiveOrder = 0;
  for (let n = 1; n <= MAX_ORDER; n++) {
    const b = ngramMatches(hyp, kept, n);
    const total = stats.totals[n - 1] ?? 0;
    const matches = stats.matches[n - 1] ?? 0;
    if (b.matches !== matches || b.total !== total) throw new Error(`BLEU breakdown disagrees with sentenceStats at n = ${n}`);
    const inMean = total > 0 && effectiveOrder === n - 1;
    if (inMean) effectiveOrder = n;
    if (n === 1) hypTokens = b.tokens;
    orders.push({
      n,
      ngrams: b.ngrams,
      matches,
      total,
      precision: total > 0 ? matches / total : null,
      used: inMean ? (res.precisions[n - 1] ?? 0) / 100 : null,
      smoothed: inMean && anyMatch && matches === 0,
    });
  }
  const used = orders.filter((o) => o.used !== null).map((o) => o.used!);
  const geoMean = anyMatch && used.length > 0 ? Math.exp(used.reduce((s, p) => s + Math.log(p), 0) / used.length) : 0;
  const lens = refTokens.map((t) => t.length);
  let closestRef = 0;
  lens.forEach((len, i) => {
    const d = Math.abs(len - stats.hypLen);
    const best = Math.abs(lens[closestRef]! - stats.hypLen);
    if (d < best || (d === best && len < lens[closestRef]!)) closestRef = i;
  });
  return {
    hypTokens,
    refTokens,
    orders,
    hypLen: stats.hypLen,
    refLen: stats.refLen,
    closestRef,
    bp: res.bp,
    effectiveOrder,
    geoMean,
    bleu: res.bleu,
  };
}

/**
 * Which tokens of each reference lie inside an n-gram of order `n` that the hypothesis matched
 * (for highlighting the reference side of the matches).
 */
export function referenceCoverage(e: BleuExplained, n: number): boolean[][] {
  const order = e.orders[n - 1];
  const matched = new Set((order?.ngrams ?? []).filter((g) => g.matched).map((g) => g.gram.join(' ')));
  return e.refTokens.map((toks) => {
    const cover = toks.map(() => false);
    for (let i = 0; i + n <= toks.length; i++) {
      if (matched.has(toks.slice(i, i + n).join(' '))) for (let k = i; k < i + n; k++) cover[k] = true;
    }
    return cover;
  });
}

/** Which hypothesis tokens lie inside a matched n-gram of order `n`. */
export function hypothesisCoverage(e: BleuExplained, n: number): boolean[] {
  const cover = e.hypTokens.map(() => false);
  for (const g of e.orders[n - 1]?.ngrams ?? [])
    if (g.matched) for (let k = g.start; k < g.start + g.gram.length; k++) cover[k] = true;
  return cover;
}
