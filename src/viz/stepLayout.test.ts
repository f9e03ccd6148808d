/** The colour scales, bar geometry and number formats of the step stage. */
import { describe, expect, it } from 'vitest';
import { barBox, barDomain } from './stage/bars';
import { dataValues, fitLabel, fmt, parseValues, STATE_TICKS, stateColor } from './stepLayout';

describe('labels', () => {
  it('cuts long labels to their column', () => {
    expect(fitLabel('extraordinarily', 40)).toBe('extr…');
    expect(fitLabel('je', 40)).toBe('je');
  });
});

describe('scales', () => {
  it('colours states on a diverging scale centred at 0', () => {
    const c = stateColor();
    // 0 is (near) white
    for (const ch of c(0).match(/\d+/g)!.map(Number)) expect(ch).toBeGreaterThan(235);
    expect(c(-1)).not.toBe(c(1));
    expect(c(5)).toBe(c(1)); // clamped
    // positive → red-ish, negative → blue-ish
    const rgb = (s: string) => s.match(/\d+/g)!.map(Number);
    const [r1, , b1] = rgb(c(0.8));
    const [r2, , b2] = rgb(c(-0.8));
    expect(r1!).toBeGreaterThan(b1!);
    expect(b2!).toBeGreaterThan(r2!);
    // square-root scale: ±0.25 is half-way to full colour, as the legend ticks say
    for (const tk of STATE_TICKS) expect(c(tk.v)).toBe(c.interpolator()(tk.at));
  });

  it('draws scores from a zero line and weights on [0, 1]', () => {
    const area = { x: 0, y: 10, w: 20, h: 100 };
    const [lo, hi] = barDomain([-2, 1, 3], 'scores');
    expect(lo).toBeLessThan(-2);
    expect(hi).toBeGreaterThan(3);
    const neg = barBox(area, [-2, 1, 3], -2, 'scores', true);
    const pos = barBox(area, [-2, 1, 3], 3, 'scores', true);
    // both start at the zero line: the negative bar hangs from it, the positive one stands on it
    expect(neg.box.y).toBeCloseTo(pos.box.y + pos.box.h);
    expect([neg.grow, pos.grow]).toEqual(['down', 'up']);
    expect(barDomain([0.2, 0.8], 'weights')).toEqual([0, 1]);
    expect(barBox(area, [1], 1, 'weights', true).box).toEqual({ x: 0, y: 10, w: 20, h: 100 });
    expect(barBox(area, [0], 0, 'weights', true).box.h).toBe(0.5); // a hairline, still visible
    expect(barDomain([0, 0], 'scores')[1]).toBeGreaterThan(0);
    // horizontal bars (phones) grow to the right from the zero line
    const h = barBox(area, [0.5], 0.5, 'weights', false);
    expect(h.box).toEqual({ x: 0, y: 10, w: 10, h: 100 });
    expect(h.grow).toBe('right');
  });

  it('formats and round-trips numbers', () => {
    expect(fmt(-0.1234)).toBe('−0.12');
    expect(fmt(-0.0001)).toBe('0.00');
    expect(fmt(1 / 3, 3)).toBe('0.333');
    const v = [0.1, -1e-7, 0.30000000000000004, 2];
    expect(parseValues(dataValues(v))).toEqual(v);
    expect(parseValues('')).toEqual([]);
  });
});
