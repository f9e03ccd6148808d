/** The toy task generators: seeded, correct targets, lengths as the slider says. */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../train/rng';
import { dateExample, dateTask, daysInMonth, MONTHS, parsePairs, reverseTask, sortTask, translationTask } from './tasks';
import { makeToyData, toBatch } from './toyData';

const many = (f: (r: () => number) => unknown, seed: number, n = 200): unknown[] => {
  const r = mulberry32(seed);
  return Array.from({ length: n }, () => f(r));
};

describe('reverse and sort', () => {
  it('give the reversed / sorted source, with lengths in [⌈L/2⌉, L] (exactly L for probes)', () => {
    for (const L of [5, 12, 30]) {
      for (const e of many((r) => reverseTask.sample(r, L), L) as { src: string[]; tgt: string[] }[]) {
        expect(e.tgt).toEqual([...e.src].reverse());
        expect(e.src.length).toBeGreaterThanOrEqual(Math.ceil(L / 2));
        expect(e.src.length).toBeLessThanOrEqual(L);
      }
      const e = sortTask.sample(mulberry32(3), L, true);
      expect(e.src).toHaveLength(L);
      expect(e.tgt).toEqual([...e.src].sort((a, b) => Number(a) - Number(b)));
    }
    expect(reverseTask.sample(mulberry32(9), 7, true)).toEqual(reverseTask.sample(mulberry32(9), 7, true));
    expect(reverseTask.sample(mulberry32(9), 7, true)).not.toEqual(reverseTask.sample(mulberry32(10), 7, true));
  });
});

describe('date', () => {
  it('writes "5 March 2021" as 2021-03-05 and only draws real dates', () => {
    expect(dateExample(2021, 3, 5)).toEqual({
      src: ['5', 'March', '2', '0', '2', '1'],
      tgt: ['2', '0', '2', '1', '-', '0', '3', '-', '0', '5'],
    });
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    for (const e of many((r) => dateTask.sample(r, 10), 4, 500) as { src: string[]; tgt: string[] }[]) {
      const month = MONTHS.indexOf(e.src.find((t) => MONTHS.includes(t))!) + 1;
      const iso = e.tgt.join('');
      expect(iso).toMatch(/^(19|20)\d\d-\d\d-\d\d$/);
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      expect(m).toBe(month);
      expect(d).toBeLessThanOrEqual(daysInMonth(y, m));
      expect(new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10)).toBe(iso);
      expect(e.src.join(' ')).toBe(`${String(d).split('').join(' ')} ${MONTHS[m - 1]} ${String(y).split('').join(' ')}`);
    }
  });
});

describe('translation', () => {
  const pairs = parsePairs('# comment\ni am tall .\tje suis grand .\ngo .\tva !\nhe is here now .\til est ici maintenant .\n');
  it('parses tokenized pairs and samples within the length', () => {
    expect(pairs[1]).toEqual({ src: ['go', '.'], tgt: ['va', '!'] });
    const task = translationTask(pairs);
    expect(task.srcSymbols).toContain('tall');
    for (const e of many((r) => task.sample(r, 4), 1) as { src: string[] }[]) expect(e.src.length).toBeLessThanOrEqual(4);
    expect(task.sample(mulberry32(1), 4, true).src).toHaveLength(4);
    expect(() => parsePairs('no tab here')).toThrow(/no tab-separated French side/);
  });
});

describe('toy data', () => {
  it('keeps held-out sources out of training batches and lays batches out as the loss reads them', () => {
    const d = makeToyData(reverseTask, 5, 2, 2);
    expect(d.probes).toHaveLength(2);
    expect(d.probes.every((p) => p.src.length === 5)).toBe(true);
    expect(d.heldOut).toHaveLength(100);
    const held = new Set(d.heldOut.map((e) => e.src.map((t) => d.srcVocab.id(t)).join(' ')));
    for (let i = 0; i < 20; i++) {
      const b = d.nextBatch(16);
      for (let r = 0; r < b.B; r++) {
        const row = Array.from(b.src.subarray(r * b.S, (r + 1) * b.S));
        const ids = row.slice(0, row.indexOf(3));
        expect(held.has(ids.join(' '))).toBe(false);
      }
    }
    const b = toBatch([{ src: ['1', '2'], tgt: ['2', '1'] }], d.srcVocab, d.tgtVocab);
    const id = (t: string): number => d.srcVocab.id(t);
    expect(Array.from(b.src)).toEqual([id('1'), id('2'), 3]);
    expect(Array.from(b.tgtIn)).toEqual([2, id('2'), id('1')]);
    expect(Array.from(b.tgtOut)).toEqual([id('2'), id('1'), 3]);
  });
});
