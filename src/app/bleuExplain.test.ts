import { describe, expect, it } from 'vitest';
import { corpusBleu, sentenceBleu, sentenceStats } from '../model/bleu';
import { explainBleu, hypothesisCoverage, referenceCoverage } from './bleuExplain';

describe('explainBleu', () => {
  it('matches the corpus BLEU code on one sentence (every order matched)', () => {
    const hyp = 'Je suis un gros buveur de café.';
    const refs = ['Je suis un gros buveur de café .', 'Je suis une grosse buveuse de café.'];
    const e = explainBleu(hyp, refs)!;
    const c = corpusBleu([hyp], [refs]);
    // No order lacks a match, so the corpus code (no smoothing) and sentence BLEU ('exp') agree.
    expect(e.orders.map((o) => o.matches)).toEqual(c.matches);
    expect(e.orders.map((o) => o.total)).toEqual(c.totals);
    expect(e.hypLen).toBe(c.hypLen);
    expect(e.refLen).toBe(c.refLen);
    expect(e.bp).toBeCloseTo(c.bp, 12);
    e.orders.forEach((o, i) => expect(o.used! * 100).toBeCloseTo(c.precisions[i]!, 10));
    expect(e.bleu).toBeCloseTo(c.bleu, 10);
    // …and the parts multiply back to the score.
    expect(e.bp * e.geoMean * 100).toBeCloseTo(e.bleu, 10);
    expect(e.orders.every((o) => !o.smoothed)).toBe(true);
  });

  it('matches the corpus BLEU code with sentence settings when an order has no match (exp smoothing)', () => {
    const hyp = "J'ai très faim ce matin.";
    const refs = ["J'ai très faim.", "J'ai la dalle."];
    const e = explainBleu(hyp, refs)!;
    const c = corpusBleu([hyp], [refs], { smooth: 'exp', effectiveOrder: true });
    expect(e.orders.map((o) => o.matches)).toEqual(c.matches);
    expect(e.orders.map((o) => o.total)).toEqual(c.totals);
    expect(e.bleu).toBeCloseTo(c.bleu, 10);
    expect(e.bleu).toBeCloseTo(sentenceBleu(hyp, refs).bleu, 12);
    expect(e.bp).toBeCloseTo(c.bp, 12);
    // "J'ai très faim ." matches up to 4-grams? hyp 13a tokens: J'ai très faim ce matin .
    expect(e.hypTokens).toEqual(["J'ai", 'très', 'faim', 'ce', 'matin', '.']);
    expect(e.orders.map((o) => o.matches)).toEqual([4, 2, 1, 0]);
    // The 4-gram order has no match: 'exp' smoothing gives it 1 / (2 · total).
    const o4 = e.orders[3]!;
    expect(o4.smoothed).toBe(true);
    expect(o4.precision).toBe(0);
    expect(o4.used).toBeCloseTo(1 / (2 * o4.total), 12);
    expect(e.bp * e.geoMean * 100).toBeCloseTo(e.bleu, 10);
    expect(e.effectiveOrder).toBe(4);
  });

  it('uses the effective order for short hypotheses and the brevity penalty for short ones', () => {
    const e = explainBleu('Je vais', ['Je vais bien.'])!;
    const s = sentenceStats('Je vais', ['Je vais bien.']);
    expect(e.effectiveOrder).toBe(2); // no 3- or 4-grams in a 2-token hypothesis
    expect(e.orders[2]!.used).toBeNull();
    expect(e.orders[3]!.precision).toBeNull();
    expect(e.refLen).toBe(s.refLen);
    expect(e.bp).toBeCloseTo(Math.exp(1 - 4 / 2), 12);
    expect(e.bleu).toBeCloseTo(sentenceBleu('Je vais', ['Je vais bien.']).bleu, 12);
  });

  it('is 0 with nothing matched, and null without a reference', () => {
    const e = explainBleu('Bonjour', ['Je vais bien.'])!;
    expect(e.bleu).toBe(0);
    expect(e.geoMean).toBe(0);
    expect(e.orders.every((o) => !o.smoothed)).toBe(true);
    expect(explainBleu('Bonjour', ['', '  '])).toBeNull();
    expect(explainBleu('', ['Je vais bien.'])!.bleu).toBe(0);
  });

  it('clips repeated n-grams and picks the closest reference', () => {
    const e = explainBleu('le le le chat', ['le chat', 'le le chat est ici aussi'])!;
    // "le" occurs 3 times; at most twice in one reference: the third is not a match.
    expect(e.orders[0]!.ngrams.map((g) => g.matched)).toEqual([true, true, false, true]);
    expect(e.orders[1]!.ngrams.map((g) => g.matched)).toEqual([true, false, true]);
    expect(e.closestRef).toBe(0); // |4-2| = 2 = |4-6|: ties go to the shorter one
    expect(e.refLen).toBe(2);
    expect(hypothesisCoverage(e, 1)).toEqual([true, true, false, true]);
    expect(hypothesisCoverage(e, 2)).toEqual([true, true, true, true]);
    expect(referenceCoverage(e, 2)).toEqual([
      [true, true],
      [true, true, true, false, false, false],
    ]);
  });
});
