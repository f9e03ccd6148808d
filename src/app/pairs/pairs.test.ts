import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAIR,
  pairOfShipped,
  PAIR_STORAGE_KEY,
  rememberPair,
  resolvePair,
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
  });
});
