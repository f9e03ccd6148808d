import { describe, expect, it } from 'vitest';
import { normaliseWeights } from '../model/greedy';
import {
  decodeOptions,
  isManipulated,
  manipulations,
  NO_WHAT_IF,
  normalised,
  oneHot,
  withAttention,
  withForcedWord,
} from './whatIf';

describe('what-if manipulations', () => {
  it('starts unmanipulated', () => {
    expect(isManipulated(NO_WHAT_IF)).toBe(false);
    expect(isManipulated(undefined)).toBe(false);
    expect(decodeOptions(NO_WHAT_IF)).toEqual({});
    expect(manipulations(NO_WHAT_IF)).toEqual([]);
  });

  it('forces a word at step t (1-based) and nothing else', () => {
    const w = withForcedWord(NO_WHAT_IF, 3, 42);
    expect(w.force).toEqual([undefined, undefined, 42]);
    expect(w.attention).toEqual([]);
    expect(isManipulated(w)).toBe(true);
    expect(decodeOptions(w)).toEqual({ force: [undefined, undefined, 42] });
    expect(manipulations(w)).toEqual([{ t: 3, kind: 'force' }]);
  });

  it('a new manipulation drops everything after its step', () => {
    let w = withForcedWord(NO_WHAT_IF, 2, 7);
    w = withForcedWord(w, 5, 9);
    w = withAttention(w, 4, [0, 1]);
    // force at 5 is gone (after 4), force at 2 stays
    expect(w.force).toEqual([undefined, 7]);
    expect(w.attention).toEqual([undefined, undefined, undefined, [0, 1]]);
    w = withForcedWord(w, 3, 11);
    // the attention override at 4 is after 3: dropped
    expect(w).toEqual({ force: [undefined, 7, 11], attention: [] });
    expect(manipulations(w)).toEqual([
      { t: 2, kind: 'force' },
      { t: 3, kind: 'force' },
    ]);
  });

  it('forcing a word keeps the attention override of the same step; overriding attention drops the word forced there', () => {
    let w = withAttention(NO_WHAT_IF, 2, [1, 0, 0]);
    w = withForcedWord(w, 2, 5);
    expect(w).toEqual({ force: [undefined, 5], attention: [undefined, [1, 0, 0]] });
    expect(manipulations(w)).toEqual([
      { t: 2, kind: 'attention' },
      { t: 2, kind: 'force' },
    ]);
    w = withAttention(w, 2, [0, 1, 0]);
    expect(w).toEqual({ force: [], attention: [undefined, [0, 1, 0]] });
    expect(decodeOptions(w)).toEqual({ attention: [undefined, [0, 1, 0]] });
  });

  it('does not alias the caller’s arrays', () => {
    const weights = [0.5, 0.5];
    const w = withAttention(NO_WHAT_IF, 1, weights);
    weights[0] = 9;
    expect(w.attention[0]).toEqual([0.5, 0.5]);
    const opts = decodeOptions(w);
    opts.attention![0]![0] = 7;
    expect(w.attention[0]).toEqual([0.5, 0.5]);
  });

  it('rejects step 0', () => {
    expect(() => withForcedWord(NO_WHAT_IF, 0, 1)).toThrow();
    expect(() => withAttention(NO_WHAT_IF, 0, [1])).toThrow();
  });

  it('one-hot and normalisation agree with what the model applies', () => {
    expect(oneHot(4, 2)).toEqual([0, 0, 1, 0]);
    for (const w of [
      [0.2, 0.6, 0.2],
      [3, 1, 0, -2],
      [0, 0, 0],
      [1, Number.NaN, 1],
    ]) {
      const a = normalised(w);
      const b = normaliseWeights(w, w.length);
      a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 12));
      expect(a.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    }
  });
});
