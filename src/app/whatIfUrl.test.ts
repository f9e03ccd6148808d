import { describe, expect, it } from 'vitest';
import { fitWhatIf, parseWhatIf, serializeWhatIf, withinDecode } from './whatIfUrl';
import { isForcible, withAttention, withForcedWord, NO_WHAT_IF } from './whatIf';
import { BOS, EOS, PAD, UNK } from '../model/vocab';

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

  it('never forces <pad> or <s>: force=1.0 and force=1.2 are no manipulation', () => {
    expect([PAD, UNK, BOS, EOS, 4, 1.5, -1].map(isForcible)).toEqual([false, true, false, true, true, false, false]);
    expect(fitWhatIf(parseWhatIf('1.0', null), 12004, 5)).toBeNull();
    expect(fitWhatIf(parseWhatIf('1.2', null), 12004, 5)).toBeNull();
    expect(fitWhatIf(parseWhatIf('1.2,2.3,3.1', null), 12004, 5)).toEqual({ force: [undefined, EOS, UNK], attention: [] });
  });

  it('keeps only the manipulations of steps the decode reached: force=150.5 and att=200_… are none', () => {
    const far = parseWhatIf('150.5', '200_1_0')!;
    expect(fitWhatIf(far, 12004, 2)).not.toBeNull(); // fits the model and the sentence…
    expect(withinDecode(fitWhatIf(far, 12004, 2)!, 9)).toBeNull(); // …but a 9-step decode never got there
    const mixed = parseWhatIf('2.7,150.5', '3_1_0,200_1_0')!;
    expect(withinDecode(mixed, 9)).toEqual({ force: [undefined, 7], attention: [undefined, undefined, [1, 0]] });
    expect(withinDecode(mixed, 2)).toEqual({ force: [undefined, 7], attention: [] });
  });
});
