import { describe, expect, it } from 'vitest';
import { cellSize, fitCellSize, gradientStops, heatmapLayout, legendScale, MIN_FIT_CELL, weightColor } from './heatmapLayout';

describe('heatmapLayout', () => {
  const src = ['i', 'am', 'a', 'student', '.', '</s>'];
  const out = ['je', 'suis', 'étudiant', '.', '</s>'];

  it('has one band per source column and output row', () => {
    const l = heatmapLayout(src, out);
    expect(l.x.domain()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(l.y.domain()).toEqual([0, 1, 2, 3, 4]);
    expect(l.innerWidth).toBe(src.length * l.cell);
    expect(l.innerHeight).toBe(out.length * l.cell);
    expect(l.width).toBe(l.margin.left + l.innerWidth + l.margin.right);
    expect(l.height).toBe(l.margin.top + l.innerHeight + l.margin.bottom);
    // cells do not overlap and stay inside the plot
    for (let j = 0; j < src.length - 1; j++) expect(l.x(j)! + l.x.bandwidth()).toBeLessThanOrEqual(l.x(j + 1)!);
    expect(l.x(src.length - 1)! + l.x.bandwidth()).toBeLessThanOrEqual(l.innerWidth + 1e-9);
  });

  it('rotates long source labels and leaves room for them', () => {
    const short = heatmapLayout(['a', 'b', '</s>'], ['x', '</s>']);
    const long = heatmapLayout(['extraordinarily', 'b', '</s>'], ['x', '</s>']);
    expect(short.rotateLabels).toBe(false);
    expect(long.rotateLabels).toBe(true);
    expect(long.margin.top).toBeGreaterThan(short.margin.top);
  });

  it('leaves room for the longest output label', () => {
    const a = heatmapLayout(src, ['x']);
    const b = heatmapLayout(src, ['anticonstitutionnellement']);
    expect(b.margin.left).toBeGreaterThan(a.margin.left);
  });

  it('maps weights 0..1 onto viridis', () => {
    const c = weightColor();
    expect(c.domain()).toEqual([0, 1]);
    expect(c(0)).toBe('#440154');
    expect(c(1)).toBe('#fde725');
    const stops = gradientStops(5);
    expect(stops.map((s) => s.offset)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    const { scale, ticks } = legendScale(200);
    expect(scale(1)).toBe(200);
    expect(ticks[0]).toBe(0);
    expect(ticks[ticks.length - 1]).toBe(1);
  });
});

describe('fitCellSize', () => {
  const src = ['i', 'would', 'like', 'to', 'know', 'where', 'the', 'train', 'station', 'is', '.', '</s>'];
  const out = ["j'", 'aimerais', 'savoir', 'où', 'est', 'la', 'gare', '.', '</s>'];

  it('keeps the usual cell size where it fits', () => {
    expect(fitCellSize(src, out, 2000)).toBe(cellSize(src.length, out.length));
  });

  it('shrinks the cells until the whole picture fits the width, as large as possible', () => {
    for (const w of [400, 330, 300]) {
      const cell = fitCellSize(src, out, w);
      expect(cell).toBeLessThan(cellSize(src.length, out.length));
      expect(heatmapLayout(src, out, cell).width).toBeLessThanOrEqual(w);
      expect(heatmapLayout(src, out, cell + 1).width).toBeGreaterThan(w);
    }
  });

  it('stops at the smallest cell when nothing fits (the picture scrolls then)', () => {
    expect(fitCellSize(src, out, 100)).toBe(MIN_FIT_CELL);
  });
});
