/** Learning-curve geometry: long series are thinned for drawing, the axes fit the data. */
import { describe, expect, it } from 'vitest';
import { curvesLayout, MAX_PATH_POINTS, thin } from './learningCurvesLayout';

describe('curvesLayout', () => {
  it('thins long series to at most MAX_PATH_POINTS (+ the last) and keeps the latest point', () => {
    const pts = Array.from({ length: 5003 }, (_, i) => ({ x: i + 1, y: 1 / (i + 1) }));
    const t = thin(pts);
    expect(t.length).toBeLessThanOrEqual(MAX_PATH_POINTS + 1);
    expect(t.at(-1)).toEqual(pts.at(-1));
    expect(thin(pts.slice(0, 10))).toEqual(pts.slice(0, 10));
  });

  it('maps step 0 to the left margin, the last step inside the width, and y from 0 up to yMax', () => {
    const L = curvesLayout(
      [
        [
          { x: 0, y: 0.5 },
          { x: 300, y: 1 },
        ],
        [],
      ],
      400,
      180,
      1,
    );
    expect(L.x(0)).toBe(L.margin.left);
    expect(L.x(300)).toBeLessThanOrEqual(400 - L.margin.right);
    expect(L.y(0)).toBe(180 - L.margin.bottom);
    expect(L.y(1)).toBe(L.margin.top);
    expect(L.paths[1]).toBe('');
    expect(L.paths[0]).toMatch(/^M/);
    expect(L.xTicks.every(Number.isInteger)).toBe(true);
  });
});
