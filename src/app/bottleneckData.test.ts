import { describe, expect, it } from 'vitest';
import { parseBottleneckData } from './bottleneckData';

const good = () => ({
  set: 'dev',
  source: 'greedy corpus BLEU on dev.tsv',
  buckets: [
    { key: '1-4', min: 1, max: 4 },
    { key: '5-9', min: 5, max: 9 },
    { key: '15+', min: 15, max: null },
  ],
  variants: [
    {
      id: 'luong-general',
      trainingSteps: 1250,
      points: [
        { key: '1-4', bleu: 5.3, sentences: 191 },
        { key: '5-9', bleu: 7.7, sentences: 677 },
        { key: '15+', bleu: 0, sentences: 12 },
      ],
    },
    {
      id: 'none',
      trainingSteps: null,
      points: [
        { key: '15+', bleu: 0, sentences: 12 },
        { key: '1-4', bleu: 4, sentences: 191 },
        { key: '5-9', bleu: 3, sentences: 677 },
      ],
    },
  ],
});

describe('parseBottleneckData', () => {
  it('accepts a well-formed file and orders points by bucket', () => {
    const d = parseBottleneckData(good());
    expect(d.set).toBe('dev');
    expect(d.buckets.map((b) => b.key)).toEqual(['1-4', '5-9', '15+']);
    expect(d.variants).toHaveLength(2);
    expect(d.variants[1]!.points.map((p) => p.key)).toEqual(['1-4', '5-9', '15+']);
    expect(d.variants[1]!.trainingSteps).toBeNull();
    expect(d.buckets[2]!.max).toBeNull();
  });

  it('rejects malformed files with a clear message', () => {
    const cases: [unknown, RegExp][] = [
      [null, /expected a JSON object/],
      [[], /expected a JSON object/],
      [{ ...good(), set: 'train' }, /"set" must be "dev" or "test"/],
      [{ ...good(), buckets: [] }, /"buckets" must be a non-empty array/],
      [{ ...good(), buckets: [{ key: '1-4', min: 'one', max: 4 }] }, /bucket "1-4" has no numeric "min"/],
      [{ ...good(), variants: 'x' }, /"variants" must be an array/],
      [{ ...good(), variants: [{ points: [] }] }, /variant 0 has no "id"/],
    ];
    for (const [raw, msg] of cases) {
      expect(() => parseBottleneckData(raw)).toThrow(/^bottleneck\.json is malformed: /);
      expect(() => parseBottleneckData(raw)).toThrow(msg);
    }
  });

  it('rejects bad points: missing bucket, unknown bucket, BLEU out of range, duplicate variant', () => {
    const missing = good();
    missing.variants[0]!.points.pop();
    expect(() => parseBottleneckData(missing)).toThrow(/variant "luong-general" has no point for bucket "15\+"/);
    const unknown = good();
    unknown.variants[0]!.points[0]!.key = '99-100';
    expect(() => parseBottleneckData(unknown)).toThrow(/point "99-100" is not one of the buckets/);
    const range = good();
    range.variants[0]!.points[1]!.bleu = 140;
    expect(() => parseBottleneckData(range)).toThrow(/"bleu" must be a number in \[0, 100\]/);
    const dup = good();
    dup.variants[1]!.id = 'luong-general';
    expect(() => parseBottleneckData(dup)).toThrow(/listed twice/);
  });
});
