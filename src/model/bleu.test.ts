import { describe, it, expect } from 'vitest';
import {
  addStats,
  bleuFromStats,
  corpusBleu,
  emptyStats,
  ngramMatches,
  sentenceBleu,
  sentenceStats,
  tokenize13a,
  type BleuOptions,
} from './bleu';

describe('tokenize13a', () => {
  it('splits punctuation off words', () => {
    // rule 1 isolates "!", rule 2 splits "o," into "o , "
    expect(tokenize13a('Hello, world!')).toEqual(['Hello', ',', 'world', '!']);
  });

  it('keeps apostrophes, letter hyphens and decimals inside tokens', () => {
    expect(tokenize13a("l'eau")).toEqual(["l'eau"]);
    expect(tokenize13a('est-ce')).toEqual(['est-ce']);
    expect(tokenize13a("It wasn't")).toEqual(['It', "wasn't"]);
    expect(tokenize13a('3.5')).toEqual(['3.5']);
    // "." after a digit but before a space is still split (rule 3)
    expect(tokenize13a('It costs $3.50.')).toEqual(['It', 'costs', '$', '3.50', '.']);
    expect(tokenize13a('e.g., 2,000.')).toEqual(['e', '.', 'g', '.', ',', '2,000', '.']);
  });

  it('splits every period of an abbreviation', () => {
    expect(tokenize13a('U.S.A.')).toEqual(['U', '.', 'S', '.', 'A', '.']);
  });

  it('splits a dash only after a digit', () => {
    expect(tokenize13a('1990-2000')).toEqual(['1990', '-', '2000']);
    expect(tokenize13a('well-known')).toEqual(['well-known']);
  });

  it('handles symbols, entities, <skipped> and newlines', () => {
    expect(tokenize13a('a/b (c) [d] {e} #f @g')).toEqual([
      'a',
      '/',
      'b',
      '(',
      'c',
      ')',
      '[',
      'd',
      ']',
      '{',
      'e',
      '}',
      '#',
      'f',
      '@',
      'g',
    ]);
    expect(tokenize13a('&quot;Hi&quot;')).toEqual(['"', 'Hi', '"']);
    // replacements are sequential: &amp;lt; -> &lt; -> <
    expect(tokenize13a('&amp;lt;')).toEqual(['<']);
    expect(tokenize13a('foo-\nbar\nbaz<skipped>')).toEqual(['foobar', 'baz']);
    expect(tokenize13a('   ')).toEqual([]);
  });

  it('is case-sensitive', () => {
    expect(tokenize13a('The Cat')).toEqual(['The', 'Cat']);
    // "The" does not match "the": only "cat" matches, 1/2 unigrams
    expect(sentenceStats('The cat', ['the cat']).matches).toEqual([1, 0, 0, 0]);
  });
});

describe('sentenceStats', () => {
  it('clips matches to the reference count', () => {
    // hyp "the the the the" (4 tokens), ref "the cat" (2 tokens)
    // 1-grams: "the" x4, ref has it once -> 1/4
    // 2-grams: "the the" x3 not in ref -> 0/3; 3-grams 0/2; 4-grams 0/1
    expect(sentenceStats('the the the the', ['the cat'])).toEqual({
      matches: [1, 0, 0, 0],
      totals: [4, 3, 2, 1],
      hypLen: 4,
      refLen: 2,
    });
  });

  it('clips against the max count over references', () => {
    // "the" x2 in hyp; ref1 has it once, ref2 twice -> max 2 -> both match; "cat" matches
    expect(sentenceStats('the the cat', ['the cat', 'the the dog']).matches[0]).toBe(3);
  });

  it('picks the closest reference length', () => {
    // hyp has 4 tokens; refs have 7 and 5 -> |4-7|=3, |4-5|=1 -> 5
    expect(sentenceStats('a b c d', ['a b c d e f g', 'a b c d e']).refLen).toBe(5);
  });

  it('breaks length ties towards the shorter reference', () => {
    // hyp 4 tokens; refs of 2 and 6 tokens are both 2 away -> 2 (sacreBLEU rule)
    const stats = sentenceStats('a b c d', ['a b c d e f', 'a b']);
    expect(stats.refLen).toBe(2);
    // all n-grams of "a b c d" occur in ref 1 -> 4/4, 3/3, 2/2, 1/1; bp = 1 since 4 > 2
    expect(sentenceBleu('a b c d', ['a b c d e f', 'a b']).bleu).toBeCloseTo(100, 10);
  });

  it('ignores empty references and rejects a segment with none', () => {
    expect(sentenceStats('a b', ['', 'a b']).refLen).toBe(2);
    expect(() => sentenceStats('a b', [''])).toThrow();
  });
});

describe('bleuFromStats / corpusBleu', () => {
  it('gives 100 for a perfect match', () => {
    // 6/6, 5/5, 4/4, 3/3 and equal lengths
    const r = corpusBleu(['the cat sat on the mat'], [['the cat sat on the mat']]);
    expect(r.bleu).toBeCloseTo(100, 10);
    expect(r.bp).toBe(1);
    expect(r.precisions).toEqual([100, 100, 100, 100]);
  });

  it('applies the brevity penalty', () => {
    // hyp "the cat sat on the" (5) vs ref of 6: precisions 5/5, 4/4, 3/3, 2/2 = 100
    // bp = exp(1 - 6/5) = exp(-0.2) = 0.8187307531 -> BLEU = 81.87307531
    const r = corpusBleu(['the cat sat on the'], [['the cat sat on the mat']]);
    expect(r.bp).toBeCloseTo(Math.exp(-0.2), 12);
    expect(r.bleu).toBeCloseTo(81.87307531, 6);
    expect(r.ratio).toBeCloseTo(5 / 6, 12);
  });

  it('zero 4-gram matches: 0 without smoothing (the default), exp/floor/add-k when asked', () => {
    // hyp "the cat is on the mat" vs ref "the cat sat on the mat" (both 6 tokens, bp = 1)
    // 1-grams: the,cat,is,on,the,mat -> 5/6 ("is" misses)
    // 2-grams: the cat, cat is, is on, on the, the mat -> 3/5
    // 3-grams: the cat is, cat is on, is on the, on the mat -> 1/4
    // 4-grams: all contain "is" -> 0/3
    const hyps = ['the cat is on the mat'];
    const refs = [['the cat sat on the mat']];
    const none = corpusBleu(hyps, refs, { smooth: 'none' });
    expect(none.matches).toEqual([5, 3, 1, 0]);
    expect(none.totals).toEqual([6, 5, 4, 3]);
    expect(none.bleu).toBe(0); // log(0) -> -9999999999 -> exp underflows to 0

    // The project's corpus default is no smoothing (as the evaluator reports).
    expect(corpusBleu(hyps, refs).bleu).toBe(0);
    // exp (sacreBLEU CLI's default): first zero order gets 100 / (2 * 3) = 16.6667
    // BLEU = (83.3333 * 60 * 25 * 16.6667)^(1/4) = 2083333.33^(1/4) = 37.99178428
    const exp = corpusBleu(hyps, refs, { smooth: 'exp' });
    expect(exp.precisions[3]).toBeCloseTo(100 / 6, 10);
    expect(exp.bleu).toBeCloseTo(37.99178428, 6);

    // floor 0.1: p4 = 100 * 0.1 / 3 = 3.3333 -> (83.3333*60*25*3.3333)^(1/4) = 416666.67^(1/4) = 25.40663741
    expect(corpusBleu(hyps, refs, { smooth: 'floor' }).bleu).toBeCloseTo(25.40663741, 6);
    // add-k 1 (n > 1): p = 5/6, 4/6, 2/5, 1/4 -> (83.3333*66.6667*40*25)^(1/4) = 5555555.6^(1/4) = 48.54917717
    expect(corpusBleu(hyps, refs, { smooth: 'add-k' }).bleu).toBeCloseTo(48.54917717, 6);
  });

  it('exp smoothing halves again for each further zero order (clipping case)', () => {
    // stats from the clipping case: 1/4, 0/3, 0/2, 0/1
    // p1 = 25; p2 = 100/(2*3) = 16.6667; p3 = 100/(4*2) = 12.5; p4 = 100/(8*1) = 12.5
    // BLEU = (25 * 16.6667 * 12.5 * 12.5)^(1/4) = 65104.1667^(1/4) = 15.97357761
    const r = corpusBleu(['the the the the'], [['the cat']], { smooth: 'exp' });
    expect(r.precisions[1]).toBeCloseTo(100 / 6, 10);
    expect(r.precisions[2]).toBeCloseTo(12.5, 10);
    expect(r.precisions[3]).toBeCloseTo(12.5, 10);
    expect(r.bleu).toBeCloseTo(15.97357761, 6);
    expect(corpusBleu(['the the the the'], [['the cat']], { smooth: 'none' }).bleu).toBe(0);
  });

  it('scores 0 when nothing matches, whatever the smoothing (sacreBLEU #141)', () => {
    for (const smooth of ['none', 'exp', 'floor', 'add-k'] as const) {
      expect(sentenceBleu('this is a cat', ['okay thanks'], { smooth }).bleu).toBe(0);
    }
    expect(corpusBleu(['', '', ''], [['a'], ['b'], ['c']]).bleu).toBe(0);
  });

  it('aggregates statistics at corpus level, unlike the mean of sentence BLEUs', () => {
    // seg 1: perfect, 6 tokens -> matches = totals = [6,5,4,3], lengths 6/6
    // seg 2: "the cat sat" -> [3,2,1,0] of [3,2,1,0], lengths 3/6
    // corpus: [9,7,5,3] / [9,7,5,3] -> all precisions 100; hyp 9, ref 12
    // BLEU = 100 * exp(1 - 12/9) = 100 * exp(-1/3) = 71.65313106
    const hyps = ['the cat sat on the mat', 'the cat sat'];
    const refs = [['the cat sat on the mat'], ['the cat sat on the mat']];
    const corpus = corpusBleu(hyps, refs);
    expect(corpus.matches).toEqual([9, 7, 5, 3]);
    expect(corpus.bleu).toBeCloseTo(71.65313106, 6);
    // sentence BLEU of seg 2 (effective order 3): 100 * exp(1 - 6/3) = 36.78794412
    const s2 = sentenceBleu(hyps[1]!, refs[1]!);
    expect(s2.bleu).toBeCloseTo(36.78794412, 6);
    // mean of sentence BLEUs = (100 + 36.78794412) / 2 = 68.39397206 != 71.65
    const mean = (sentenceBleu(hyps[0]!, refs[0]!).bleu + s2.bleu) / 2;
    expect(mean).toBeCloseTo(68.39397206, 6);
    // as a one-segment corpus, seg 2 has no 4-grams -> p4 = 0 -> BLEU 0
    expect(corpusBleu([hyps[1]!], [refs[1]!]).bleu).toBe(0);
    // addStats + bleuFromStats reproduces corpusBleu
    const summed = hyps.reduce((acc, h, i) => addStats(acc, sentenceStats(h, refs[i]!)), emptyStats());
    expect(bleuFromStats(summed).bleu).toBe(corpus.bleu);
  });

  it('matches sacreBLEU test_bleu.py: README example (48.530827) and compute_bleu scoring', () => {
    const hyps = ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'];
    const refs = [
      ['The dog bit the man.', 'The dog had bit the man.'],
      ['It was not unexpected.', 'No one was surprised.'],
      ['The man bit him first.', 'The man had bitten the dog.'],
    ];
    const r = corpusBleu(hyps, refs);
    expect(r.bleu).toBeCloseTo(48.530827, 6);
    expect(corpusBleu(hyps, refs, { smooth: 'none' }).bleu).toBeCloseTo(48.530827, 6);
    expect(r.matches).toEqual([14, 7, 5, 3]);
    expect(r.totals).toEqual([17, 14, 11, 8]);
    expect([r.hypLen, r.refLen]).toEqual([17, 18]);
    // compute_bleu([9,7,5,3], [10,8,6,4], 11, 11) = 0.8375922397 (x100)
    const s = { matches: [9, 7, 5, 3], totals: [10, 8, 6, 4], hypLen: 11, refLen: 11 };
    expect(bleuFromStats(s, { smooth: 'none' }).bleu).toBeCloseTo(83.75922397, 6);
  });

  it('rejects mismatched corpus lengths', () => {
    expect(() => corpusBleu(['a'], [])).toThrow();
  });
});

describe('sentenceBleu', () => {
  it('matches sacreBLEU test_sentence_bleu.py (issue #98 example)', () => {
    const ref = 'producţia de zahăr brut se exprimă în zahăr alb;';
    const sys = 'Producția de zahăr primă va fi exprimată în ceea ce privește zahărul alb;';
    expect(sentenceStats(sys, [ref])).toEqual({
      matches: [5, 2, 0, 0],
      totals: [14, 13, 12, 11],
      hypLen: 14,
      refLen: 10,
    });
    // sacreBLEU's expected values, checked with its own tolerance (EPSILON = 1e-3)
    const near = (opts: BleuOptions, expected: number) =>
      expect(Math.abs(sentenceBleu(sys, [ref], opts).bleu - expected)).toBeLessThan(1e-3);
    near({}, 8.493); // default: exp
    near({ smooth: 'none' }, 0.0);
    near({ smooth: 'floor' }, 4.51688);
    near({ smooth: 'floor', smoothValue: 0.5 }, 10.1);
    near({ smooth: 'add-k' }, 14.882);
    near({ smooth: 'add-k', smoothValue: 2 }, 21.389);
  });

  it('uses the effective order for short hypotheses', () => {
    // "the cat sat" has no 4-grams: mean over orders 1..3 (all 100), bp = exp(1 - 6/3) = e^-1
    const r = sentenceBleu('the cat sat', ['the cat sat on the mat']);
    expect(r.bleu).toBeCloseTo(100 * Math.exp(-1), 10);
    expect(r.totals).toEqual([3, 2, 1, 0]);
  });

  it('gives 0 for an empty hypothesis', () => {
    const r = sentenceBleu('', ['a b']);
    expect(r.bleu).toBe(0);
    expect(r.bp).toBe(0);
  });
});

describe('ngramMatches', () => {
  it('marks the first clipped occurrences as matched', () => {
    // "the" x3 in hyp, max ref count 2 -> first two matched, third not
    const u = ngramMatches('the the cat the', ['the cat', 'the the dog'], 1);
    expect(u.tokens).toEqual(['the', 'the', 'cat', 'the']);
    expect(u.ngrams.map((g) => g.matched)).toEqual([true, true, true, false]);
    expect([u.matches, u.total]).toEqual([3, 4]);
    // bigrams: "the the" (ref2), "the cat" (ref1), "cat the" (none)
    const b = ngramMatches('the the cat the', ['the cat', 'the the dog'], 2);
    expect(b.ngrams.map((g) => [g.start, g.gram.join(' '), g.matched])).toEqual([
      [0, 'the the', true],
      [1, 'the cat', true],
      [2, 'cat the', false],
    ]);
  });

  it('agrees with sentenceStats for every order', () => {
    const hyp = "It wasn't surprising, the man had just bitten him.";
    const refs = ['The man had bitten the dog.', 'No one was surprised, the man bit him.'];
    const stats = sentenceStats(hyp, refs);
    for (let n = 1; n <= 4; n++) {
      const b = ngramMatches(hyp, refs, n);
      expect(b.matches).toBe(stats.matches[n - 1]);
      expect(b.total).toBe(stats.totals[n - 1]);
    }
  });
});
