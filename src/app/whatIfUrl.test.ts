import { describe, expect, it } from 'vitest';
import { fitWhatIf, parseWhatIf, serializeWhatIf } from './whatIfUrl';
import { withAttention, withForcedWord, NO_WHAT_IF } from './whatIf';

describe('what-if in the URL', () => {
  it('round-trips forced words and attention overrides', () => {
    const w = withForcedWord(withAttention(NO_WHAT_IF, 2, [0.25, 0.75, 0]), 4, 145);
    const { force, att } = serializeWhatIf(w);
    expect(force).toBe('4.145');
    expect(att).toBe('2_0.25_0.75_0');
    expect(parseWhatIf(force, att)).toEqual(w);
  });

  it('writes nothing for no manipulation, and reads nothing from empty values', () => {
    expect(serializeWhatIf(NO_WHAT_IF)).toEqual({ force: null, att: null });
    expect(serializeWhatIf(null)).toEqual({ force: null, att: null });
    expect(parseWhatIf(null, null)).toBeNull();
    expect(parseWhatIf('', '')).toBeNull();
  });

  it('drops malformed pieces and keeps the good ones', () => {
    expect(parseWhatIf('0.5,x.3,3.-1,2.1e3,3.7,3.8', null)).toEqual({ force: [undefined, undefined, 7], attention: [] });
    expect(parseWhatIf('201.5', null)).toBeNull();
    expect(parseWhatIf(null, '1_a_b,2_0_0,3,4_-1_2,5_1_<b>')).toBeNull();
    // weights are renormalised to sum 1
    expect(parseWhatIf(null, '1_1_3')).toEqual({ force: [], attention: [[0.25, 0.75]] });
  });

  it('keeps only what fits the model and the sentence', () => {
    const w = parseWhatIf('1.5,2.99999', '3_0.5_0.5,4_1_0_0')!;
    expect(fitWhatIf(w, 12004, 3)).toEqual({ force: [5], attention: [undefined, undefined, undefined, [1, 0, 0]] });
    expect(fitWhatIf(w, 4, 7)).toBeNull();
    expect(fitWhatIf(null, 10, 3)).toBeNull();
  });
});
