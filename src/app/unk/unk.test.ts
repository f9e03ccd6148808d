import { describe, expect, it } from 'vitest';
import { parseUnkDictionary } from './unkDictionary';
import { markReplaced, rememberUnkReplace, UNK_STORAGE_KEY, unkReplaceOn } from './unkSetting';

describe('unknown-word replacement in the page', () => {
  it('marks each replaced word in the text, in order, case-insensitively; a word not found is skipped', () => {
    expect(markReplaced('Tom est allé à Zanzibar avec Mary en 1987.', ['Zanzibar', '1987'])).toEqual([
      { text: 'Tom est allé à ' },
      { text: 'Zanzibar', mark: 0 },
      { text: ' avec Mary en ' },
      { text: '1987', mark: 1 },
      { text: '.' },
    ]);
    expect(markReplaced('European European fut signé.', ['european', 'european'])).toEqual([
      { text: 'European', mark: 0 },
      { text: ' ' },
      { text: 'European', mark: 1 },
      { text: ' fut signé.' },
    ]);
    expect(markReplaced('abc', ['zzz'])).toEqual([{ text: 'abc' }]);
  });

  it('is on by default and remembers being turned off', () => {
    const m = new Map<string, string>();
    const st = { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
    expect(unkReplaceOn(st)).toBe(true);
    rememberUnkReplace(st, false);
    expect(m.get(UNK_STORAGE_KEY)).toBe('off');
    expect(unkReplaceOn(st)).toBe(false);
    expect(unkReplaceOn(null)).toBe(true);
  });

  it('reads the dictionary file format (entries) and plain maps; anything else is no dictionary', () => {
    expect(parseUnkDictionary({ format: 'unk-dict/1', entries: { tarantula: 'tarentule', n: 3 } })).toEqual({
      tarantula: 'tarentule',
    });
    expect(parseUnkDictionary({ a: 'b' })).toEqual({ a: 'b' });
    expect(parseUnkDictionary([1])).toBeUndefined();
    expect(parseUnkDictionary(null)).toBeUndefined();
  });
});
