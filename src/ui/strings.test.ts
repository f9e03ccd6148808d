/** The Korean text set matches the English one: same keys, same placeholders, same math, same arity. */
import { describe, expect, it } from 'vitest';
import { langFromNavigator, pickLang } from './i18n';
import { en, type Strings } from './strings';
import { ko } from './strings.ko';

type Leaf = { path: string; value: unknown };

function leaves(o: Record<string, unknown>, prefix = ''): Leaf[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v !== null && typeof v === 'object'
      ? leaves(v as Record<string, unknown>, `${prefix}${k}.`)
      : [{ path: `${prefix}${k}`, value: v }],
  );
}

/** `{name}` placeholders of a text, sorted. */
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
/** `$…$` inline-math segments of a text, sorted. */
const maths = (s: string): string[] => [...s.matchAll(/\$[^$]+\$/g)].map((m) => m[0]).sort();
/** Token names that must survive translation. */
const tokens = (s: string): string[] => [...s.matchAll(/<\/?(?:s|unk)>/g)].map((m) => m[0]).sort();

const enLeaves = leaves(en);
const koLeaves = new Map(leaves(ko as Strings).map((l) => [l.path, l.value]));

describe('Korean strings', () => {
  it('have exactly the English key set', () => {
    expect([...koLeaves.keys()].sort()).toEqual(enLeaves.map((l) => l.path).sort());
  });

  it.each(enLeaves.map((l) => [l.path, l.value] as const))('%s keeps its placeholders, math and kind', (path, enValue) => {
    const koValue = koLeaves.get(path);
    expect(typeof koValue).toBe(typeof enValue);
    if (typeof enValue === 'string') {
      const k = koValue as string;
      expect(k.trim().length).toBeGreaterThan(0);
      expect(placeholders(k)).toEqual(placeholders(enValue));
      expect(maths(k)).toEqual(maths(enValue));
      expect(tokens(k)).toEqual(tokens(enValue));
    } else if (typeof enValue === 'function') {
      // functions: same number of parameters (the placeholders of a computed text)
      expect((koValue as (...a: unknown[]) => unknown).length).toBe(enValue.length);
    }
  });

  it('texts of a switchable page are really translated (no English sentence left)', () => {
    const same = enLeaves.filter(
      (l) => typeof l.value === 'string' && /[a-z]{4,} [a-z]{3,} [a-z]{3,}/.test(l.value) && koLeaves.get(l.path) === l.value,
    );
    expect(same.map((l) => l.path)).toEqual([]);
  });
});

describe('language detection', () => {
  it('maps ko* to Korean and everything else to English', () => {
    expect(langFromNavigator(['ko-KR', 'en-US'])).toBe('ko');
    expect(langFromNavigator(['ko'])).toBe('ko');
    expect(langFromNavigator(['en-US', 'ko-KR'])).toBe('en');
    expect(langFromNavigator(['fr-FR', 'ko'])).toBe('ko');
    expect(langFromNavigator(['fr-FR'])).toBe('en');
    expect(langFromNavigator([])).toBe('en');
  });
});

describe('starting language', () => {
  it('is the URL’s when it names one, else the saved choice, else the browser’s', () => {
    expect(pickLang({ url: 'ko', saved: 'en', browser: ['en-US'] })).toBe('ko');
    expect(pickLang({ url: 'en', saved: 'ko', browser: ['ko-KR'] })).toBe('en');
    expect(pickLang({ url: null, saved: 'ko', browser: ['en-US'] })).toBe('ko');
    expect(pickLang({ url: null, saved: null, browser: ['ko-KR'] })).toBe('ko');
    expect(pickLang({ url: null, saved: null, browser: [] })).toBe('en');
  });
});

describe('the output heading', () => {
  it('names the model’s target language in both languages (en→de is not “French”)', () => {
    expect(en.translationHeading('de')).toBe('German translation');
    expect(en.translationHeading('fr')).toBe('French translation');
    expect(ko.translationHeading('de')).toBe('독일어 번역');
    expect(ko.translationHeading('fr')).toBe('프랑스어 번역');
    expect(en.translationHeading('xx')).toBe('xx translation');
  });
});
