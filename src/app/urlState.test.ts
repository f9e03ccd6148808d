import { PHASE_IDS } from './playback';
import { COMPARE_MAX } from './limits';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS } from '../model/tokenize';
import { BACKENDS } from '../tfjs/browserBackends';
import { phasesFor } from './playback';
import { EMPTY_URL_STATE, parseUrlState, serializeUrlState, shareLink, URL_BACKENDS, type UrlState } from './urlState';

const FULL: UrlState = {
  backend: 'wasm',
  pair: 'en-de',
  model: 'en-de/luong-general',
  lang: 'ko',
  text: 'He said "hi", & <b>left</b> = 100% sure?',
  tab: 'beam',
  step: 3,
  phase: 'softmax',
  whatIf: { force: [undefined, 12], attention: [[0.5, 0.5]] },
  ref: 'Il a dit « salut » & <b>est parti</b>.\nIl est parti.',
  beam: { k: 7, alpha: 0.6, pruned: false },
  compare: ['en-de/luong-general', 'opened:my-model'],
  compareStep: 4,
  tour: 'off',
};

describe('pair and model ids in the URL', () => {
  it('keeps a shipped pair and pair/user model ids, drops anything else', () => {
    expect(parseUrlState('?pair=en-de&model=en-de/none').pair).toBe('en-de');
    expect(parseUrlState('?pair=en-de&model=en-de/none').model).toBe('en-de/none');
    expect(parseUrlState('?model=opened:my-model').model).toBe('opened:my-model');
    expect(parseUrlState('?pair=xx-yy').pair).toBeNull();
    expect(parseUrlState('?model=en-de/../x').model).toBeNull();
    expect(parseUrlState('?model=a/b/c').model).toBeNull();
    expect(parseUrlState('?model=/etc').model).toBeNull();
  });
});

describe('URL state round trip', () => {
  it('parse(serialize(s)) gives s back, for a full state', () => {
    expect(parseUrlState(serializeUrlState(FULL))).toEqual(FULL);
  });

  it('…and for the empty state (an empty query)', () => {
    expect(serializeUrlState(EMPTY_URL_STATE)).toBe('');
    expect(parseUrlState('')).toEqual(EMPTY_URL_STATE);
  });

  it('…and for every phase and tab, and sentences with spaces, plus signs, unicode and newlines-free punctuation', () => {
    for (const phase of PHASE_IDS) {
      const s: UrlState = { ...EMPTY_URL_STATE, phase, step: 1, text: 'a+b c%20d é ü 한국어 #x ?y' };
      expect(parseUrlState(serializeUrlState(s))).toEqual(s);
    }
    for (const tab of ['main', 'beam', 'forcing', 'compare', 'models'] as const) {
      expect(parseUrlState(serializeUrlState({ ...EMPTY_URL_STATE, tab })).tab).toBe(tab);
    }
  });

  it('writes a readable query in a fixed order', () => {
    const q = serializeUrlState({
      ...EMPTY_URL_STATE,
      model: 'luong-general',
      lang: 'en',
      text: 'I am a student.',
      step: 2,
      phase: 'context',
    });
    expect(q).toBe('?model=luong-general&lang=en&text=I+am+a+student.&step=2&phase=context');
  });

  it('builds a share link on the page origin and path, without the hash', () => {
    const link = shareLink({ ...EMPTY_URL_STATE, model: 'none' }, { origin: 'https://example.org', pathname: '/app/' });
    expect(link).toBe('https://example.org/app/?model=none');
  });

  it('knows every phase of every architecture and every backend', () => {
    for (const kind of ['dot', 'general', 'concat', 'bahdanau', 'none'] as const)
      for (const p of phasesFor(kind)) expect(PHASE_IDS).toContain(p);
    expect([...URL_BACKENDS].sort()).toEqual([...BACKENDS].sort());
  });
});

describe('URL state validation', () => {
  it('drops unknown or malformed values instead of failing', () => {
    const s = parseUrlState(
      '?backend=gpu&model=../../etc/passwd&lang=fr&tab=settings&step=0&phase=dance&k=0&alpha=-1&pruned=yes&cmp=,,&cstep=0&force=0.1&att=1_x&tour=maybe',
    );
    expect(s).toEqual(EMPTY_URL_STATE);
  });

  it('rejects out-of-range and non-integer steps and beam widths', () => {
    for (const step of ['-1', '1.5', '1e3', '99999999', 'NaN', ' 2', '0x10', ''])
      expect(parseUrlState(`?step=${encodeURIComponent(step)}`).step).toBeNull();
    expect(parseUrlState('?step=999').step).toBe(999);
    for (const c of ['0', '-2', '2.5', '1000', 'x']) expect(parseUrlState(`?cstep=${c}`).compareStep).toBeNull();
    expect(parseUrlState('?cstep=3').compareStep).toBe(3);
    expect(parseUrlState('?ref=a%0D%0Ab%09c%00').ref).toBe('a\nb c ');
    expect(parseUrlState('?ref=%20%0A').ref).toBeNull();
    for (const k of ['0', '11', '1000', '3.5', 'abc', 'Infinity']) expect(parseUrlState(`?k=${k}`).beam.k).toBeNull();
    expect(parseUrlState('?k=10').beam.k).toBe(10);
    expect(parseUrlState('?k=1').beam.k).toBe(1);
  });

  it('accepts α in [0, 2] rounded to 0.1, nothing else', () => {
    expect(parseUrlState('?alpha=0.64').beam.alpha).toBe(0.6);
    expect(parseUrlState('?alpha=0').beam.alpha).toBe(0);
    expect(parseUrlState('?alpha=2').beam.alpha).toBe(2);
    for (const a of ['2.5', '-0.1', '1e1', 'NaN', '.5', '']) expect(parseUrlState(`?alpha=${a}`).beam.alpha).toBeNull();
  });

  it('keeps a sentence as plain text: markup stays literal, control characters go, length is capped, blank is dropped', () => {
    const html = '<img src=x onerror=alert(1)>';
    expect(parseUrlState(`?text=${encodeURIComponent(html)}`).text).toBe(html);
    expect(parseUrlState(`?text=${encodeURIComponent('a\nb\tc\u0000d')}`).text).toBe('a b c d');
    expect(parseUrlState(`?text=${'x'.repeat(MAX_INPUT_CHARS + 500)}`).text).toHaveLength(MAX_INPUT_CHARS);
    expect(parseUrlState('?text=%20%20%20').text).toBeNull();
    // a broken percent escape does not throw
    expect(() => parseUrlState('?text=%E0%A4%A&step=%')).not.toThrow();
  });

  it('cleans the compare list: valid ids, no repeats, at most five', () => {
    expect(parseUrlState('?cmp=a,b,a,<x>,c').compare).toEqual(['a', 'b', 'c']);
    const many = Array.from({ length: 9 }, (_, i) => `m${i}`).join(',');
    expect(parseUrlState(`?cmp=${many}`).compare).toHaveLength(COMPARE_MAX);
  });

  it('takes only the first value of a repeated parameter', () => {
    expect(parseUrlState('?tab=beam&tab=models').tab).toBe('beam');
  });
});
