import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../model/tokenize';
import {
  DEFAULT_PAIR,
  PAIR_EXAMPLES,
  pairOfShipped,
  PAIR_STORAGE_KEY,
  rememberPair,
  resolvePair,
  shippedFolder,
  shippedId,
  shippedPath,
  storedPair,
} from './pairs';

/** A Map-backed Storage stand-in. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

describe('pair resolution', () => {
  it('the URL wins, then the remembered pair, then en→fr; unknown values are ignored', () => {
    expect(resolvePair('en-de', 'en-fr')).toBe('en-de');
    expect(resolvePair(null, 'en-de')).toBe('en-de');
    expect(resolvePair('xx-yy', 'en-de')).toBe('en-de');
    expect(resolvePair(null, 'garbage')).toBe(DEFAULT_PAIR);
    expect(resolvePair(null, null)).toBe('en-fr');
    // a link to a model trained in the page opens its pseudo-pair; such a pair is never remembered
    expect(resolvePair('learned-reverse', 'en-de')).toBe('learned-reverse');
    expect(resolvePair(null, 'learned-reverse')).toBe(DEFAULT_PAIR);
  });

  it('remembers the pair in storage and reads it back; blocked storage is harmless', () => {
    const s = memoryStorage();
    expect(storedPair(s)).toBeNull();
    rememberPair(s, 'en-de');
    expect(s.getItem(PAIR_STORAGE_KEY)).toBe('en-de');
    expect(resolvePair(null, storedPair(s))).toBe('en-de');
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(storedPair(blocked)).toBeNull();
    expect(() => rememberPair(blocked, 'en-de')).not.toThrow();
    expect(storedPair(null)).toBeNull();
  });
});

describe('shipped model ids', () => {
  it('en→fr ids stay folder names (old links work); other pairs are prefixed, and map back to their folder', () => {
    expect(shippedId('en-fr', 'luong-general')).toBe('luong-general');
    expect(shippedId('en-de', 'luong-general')).toBe('en-de/luong-general');
    expect(shippedPath('luong-general')).toBe('en-fr/luong-general');
    expect(shippedPath('en-de/none')).toBe('en-de/none');
    expect(pairOfShipped('en-de/none')).toBe('en-de');
    expect(pairOfShipped('none')).toBe('en-fr');
    expect(shippedFolder('en-de/luong-general')).toBe('luong-general');
    expect(shippedFolder('bahdanau')).toBe('bahdanau');
    expect(shippedFolder('opened:my-model')).toBeNull();
  });
});

describe('the en→de example chips', () => {
  const examples = PAIR_EXAMPLES['en-de'] ?? [];
  const vocab = JSON.parse(readFileSync('public/models/en-de/luong-general/vocab.json', 'utf8')) as { src: string[] };
  const known = new Set(vocab.src);

  it('show the German reorderings the issue names: the participle example comes first', () => {
    expect(examples[0]).toBe('I have seen the film.');
    expect(examples.some((e) => /\bbecause\b/.test(e))).toBe(true);
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it('are read without unknown words by the shipped en→de models', () => {
    for (const e of examples)
      expect(
        tokenize(e, 'en').filter((tok) => !known.has(tok)),
        e,
      ).toEqual([]);
  });

  const DATA = path.resolve('../shared/data/en-de');
  it.skipIf(!existsSync(DATA))('come from neither the dev nor the test split', () => {
    for (const split of ['dev.tsv', 'test.tsv']) {
      const sources = new Set(
        readFileSync(path.join(DATA, split), 'utf8')
          .split('\n')
          .map((l) => l.split('\t')[0]),
      );
      for (const e of examples) expect(sources.has(e), `${e} in ${split}`).toBe(false);
    }
  });
});
