import { describe, expect, it } from 'vitest';
import { bucketKeys, resultRow, sameBudget } from './resultsTable';

describe('resultRow', () => {
  it('prefers test-set BLEU and labels the set', () => {
    const r = resultRow('a', 'A', {
      devBleu: 10,
      eval: {
        dev: { greedy: { bleu: 10 } },
        test: { greedy: { bleu: 12, by_length: { '1-4': { bleu: 20, sentences: 3 } } }, beam5: { bleu: 13 } },
      },
    });
    expect(r.set).toBe('test');
    expect(r.greedy).toBe(12);
    expect(r.beam5).toBe(13);
    expect(r.byLength).toEqual({ '1-4': 20 });
  });
  it('falls back to dev BLEU, and to nothing without a card', () => {
    expect(resultRow('a', 'A', { devBleu: 6.6 })).toMatchObject({ set: 'dev', greedy: 6.6, beam5: null });
    expect(resultRow('a', 'A', undefined)).toMatchObject({ hasCard: false, set: null, greedy: null });
  });
  it('orders buckets by length: lower bound, then upper bound (10+ before 15+)', () => {
    const r = resultRow('a', 'A', {
      eval: {
        dev: {
          greedy: {
            bleu: 1,
            by_length: {
              '15+': { bleu: 0, sentences: 1 },
              '10+': { bleu: 1, sentences: 1 },
              '5-9': { bleu: 1, sentences: 1 },
              '10-14': { bleu: 1, sentences: 1 },
              '1-4': { bleu: 1, sentences: 1 },
            },
          },
        },
      },
    });
    expect(bucketKeys([r])).toEqual(['1-4', '5-9', '10-14', '10+', '15+']);
  });
  it('orders the buckets of several rows and puts keys it cannot read last', () => {
    const row = (keys: string[]) =>
      resultRow('a', 'A', {
        eval: { dev: { greedy: { bleu: 1, by_length: Object.fromEntries(keys.map((k) => [k, { bleu: 1, sentences: 1 }])) } } },
      });
    expect(bucketKeys([row(['20+', 'long', '5-9']), row(['1-4', '10-19', '5-9'])])).toEqual([
      '1-4',
      '5-9',
      '10-19',
      '20+',
      'long',
    ]);
  });
});

describe('sameBudget', () => {
  const row = (steps: number | undefined) =>
    resultRow('v', 'V', steps === undefined ? undefined : { variant: 'v', training: { steps } });
  it('is true only when every model has a known step count, all within 1 %', () => {
    expect(sameBudget([row(15000), row(15000)])).toBe(true);
    expect(sameBudget([row(15000), row(14964)])).toBe(true);
    expect(sameBudget([row(15000), row(14000)])).toBe(false);
    expect(sameBudget([row(15000), row(3750)])).toBe(false);
    expect(sameBudget([row(15000), row(undefined)])).toBe(false);
    expect(sameBudget([])).toBe(false);
  });
});
