import { describe, expect, it } from 'vitest';
import { markTourSeen, TOUR_KEY, tourOpensByItself, tourSeen, tourStops } from './tour';

describe('tour', () => {
  it('stops at scores, softmax, context, concat and output, in the order each architecture computes them', () => {
    expect(tourStops('general')).toEqual(['scores', 'softmax', 'context', 'concat', 'output']);
    expect(tourStops('bahdanau')).toEqual(['scores', 'softmax', 'context', 'concat', 'output']);
    // the baseline has no attention phases
    expect(tourStops('none')).toEqual(['concat', 'output']);
  });

  it('opens by itself on a first visit only, never over a shared view, and as the URL flag says', () => {
    expect(tourOpensByItself({ flag: null, seen: false, sharedView: false })).toBe(true);
    expect(tourOpensByItself({ flag: null, seen: true, sharedView: false })).toBe(false);
    expect(tourOpensByItself({ flag: null, seen: false, sharedView: true })).toBe(false);
    expect(tourOpensByItself({ flag: 'off', seen: false, sharedView: false })).toBe(false);
    expect(tourOpensByItself({ flag: 'on', seen: true, sharedView: true })).toBe(true);
  });

  it('remembers the seen mark, and survives storage that throws', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(tourSeen(storage)).toBe(false);
    markTourSeen(storage);
    expect(store.get(TOUR_KEY)).toBe('seen');
    expect(tourSeen(storage)).toBe(true);
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(tourSeen(broken)).toBe(false);
    expect(() => markTourSeen(broken)).not.toThrow();
    expect(tourSeen(undefined)).toBe(false);
  });
});
