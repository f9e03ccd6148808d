import { describe, expect, it } from 'vitest';
import { attentionDiff, meanAbsDiff, pairwiseMeanDiff } from './attentionDiff';

describe('attentionDiff', () => {
  it('is |α_A − α_B| per cell over the common rows', () => {
    const a = [
      [0.7, 0.2, 0.1],
      [0.1, 0.8, 0.1],
      [0.0, 0.0, 1.0],
    ];
    const b = [
      [0.5, 0.5, 0.0],
      [0.1, 0.8, 0.1],
    ];
    const d = attentionDiff(a, b, ['je', 'suis', '</s>'], ['je', '</s>']);
    expect(d.rows).toBe(2);
    expect(d.cols).toBe(3);
    expect(d.diff).toHaveLength(2);
    expect(d.diff[0]![0]).toBeCloseTo(0.2, 12);
    expect(d.diff[0]![1]).toBeCloseTo(0.3, 12);
    expect(d.diff[0]![2]).toBeCloseTo(0.1, 12);
    expect(d.diff[1]).toEqual([0, 0, 0]);
    expect(d.max).toBeCloseTo(0.3, 12);
    expect(d.wordDiffers).toEqual([false, true]);
    // position 2 exists only in A: it differs too
    expect(d.differingPositions).toEqual([1, 2]);
  });

  it('is symmetric and zero for identical alignments', () => {
    const a = [
      [0.25, 0.75],
      [0.6, 0.4],
    ];
    const b = [
      [0.5, 0.5],
      [0.1, 0.9],
    ];
    expect(attentionDiff(a, b, ['x', 'y'], ['x', 'y']).diff).toEqual(attentionDiff(b, a, ['x', 'y'], ['x', 'y']).diff);
    const same = attentionDiff(a, a, ['x', 'y'], ['x', 'y']);
    expect(same.max).toBe(0);
    expect(same.differingPositions).toEqual([]);
  });

  it('has no rows when one variant has no attention', () => {
    const d = attentionDiff([[1]], [], ['a'], ['b']);
    expect(d.rows).toBe(0);
    expect(d.cols).toBe(0);
    expect(d.diff).toEqual([]);
    expect(d.wordDiffers).toEqual([]);
    expect(d.differingPositions).toEqual([0]);
  });
});

describe('pairwiseMeanDiff', () => {
  const a = [
    [1, 0],
    [0.5, 0.5],
  ];
  const b = [
    [0, 1],
    [0.5, 0.5],
  ];
  const c = [
    [0.5, 0.5],
    [0.5, 0.5],
  ];
  it('is the mean |Δα| of every pair: symmetric, 0 on the diagonal', () => {
    const m = pairwiseMeanDiff([a, b, c]);
    // a vs b: cells 1, 1, 0, 0 → 0.5; a vs c and b vs c: 0.5, 0.5, 0, 0 → 0.25
    expect(m[0]).toEqual([0, 0.5, 0.25]);
    expect(m[1]).toEqual([0.5, 0, 0.25]);
    expect(m[2]).toEqual([0.25, 0.25, 0]);
  });
  it('agrees with the mean of the attentionDiff cells', () => {
    const d = attentionDiff(a, c, ['x', 'y'], ['x', 'y']);
    const mean = d.diff.flat().reduce((s, v) => s + v, 0) / d.diff.flat().length;
    expect(meanAbsDiff(a, c)).toBeCloseTo(mean, 12);
  });
  it('leaves a model without an alignment out (null), and averages over common cells only', () => {
    const m = pairwiseMeanDiff([a, null, [[0, 1]]]);
    expect(m[1]).toEqual([null, null, null]);
    expect(m[0]![1]).toBeNull();
    expect(m[0]![2]).toBe(1); // only row 0 is common: |1−0| and |0−1|
    expect(meanAbsDiff([], a)).toBe(0);
  });
});
