import { describe, expect, it } from 'vitest';
import {
  barRect,
  COL_MAX,
  COL_MIN,
  fitLabel,
  STATE_TICKS,
  barScale,
  dataValues,
  dimAt,
  dimY,
  encoderCenter,
  encoderColumn,
  encoderStripX,
  flowPath,
  fmt,
  parseValues,
  slotOrder,
  stageLayout,
  stateColor,
  stripHeight,
  type AttentionKind,
} from './stepLayout';

const tokens = ['i', 'am', 'a', 'student', '.', '</s>'];

describe('stageLayout', () => {
  for (const kind of ['dot', 'general', 'concat', 'bahdanau', 'none'] as AttentionKind[]) {
    it(`places every slot left to right without overlap (${kind})`, () => {
      const l = stageLayout(kind, tokens, 256);
      const xs = l.order.map((id) => l.slots[id]);
      for (let i = 1; i < xs.length; i++) expect(xs[i]!.x).toBeGreaterThan(xs[i - 1]!.x + xs[i - 1]!.width);
      expect(l.width).toBeGreaterThan(xs[xs.length - 1]!.x + xs[xs.length - 1]!.width);
      expect(l.slots.encoder.width).toBe(tokens.reduce((w, t) => w + encoderColumn(t), 0));
      for (let j = 1; j < tokens.length; j++) expect(l.colX[j]).toBe(l.colX[j - 1]! + l.colW[j - 1]!);
      expect(l.stripTop).toBeGreaterThan(l.labelY);
      expect(l.labelY).toBeGreaterThan(l.barsTop + l.barsH);
      expect(l.flowBottom).toBeGreaterThan(l.stripTop + l.stripH);
      expect(l.height).toBeGreaterThan(l.legendY);
      expect(l.concatParts).toBe(kind === 'bahdanau' ? 3 : 2);
      expect(l.slots.concat.width).toBe(l.concatParts * l.stripW);
    });
  }

  it('orders the pipeline as each architecture computes it', () => {
    expect(slotOrder('general')).toEqual(['prev', 'gates', 'state', 'encoder', 'context', 'concat', 'attentional', 'topk']);
    expect(slotOrder('bahdanau')).toEqual(['prev', 'encoder', 'context', 'gates', 'state', 'concat', 'attentional', 'topk']);
  });

  it('centres a strip under each token and keeps strips dimension-aligned', () => {
    const l = stageLayout('general', tokens, 256);
    for (let j = 0; j < tokens.length; j++) {
      expect(encoderStripX(l, j) + l.stripW / 2).toBeCloseTo(encoderCenter(l, j));
      expect(encoderStripX(l, j)).toBeGreaterThanOrEqual(l.slots.encoder.x);
    }
    expect(l.stripH).toBe(256); // one pixel row per dimension
    expect(dimY(l, 0)).toBeCloseTo(l.stripTop + 0.5);
    expect(dimY(l, 255)).toBeCloseTo(l.stripTop + 255.5);
    expect(stripHeight(64)).toBe(128);
    expect(stripHeight(1024)).toBe(288);
  });

  it('sizes each encoder column for its token, within bounds, and cuts long labels', () => {
    expect(encoderColumn('a')).toBe(COL_MIN);
    expect(encoderColumn('student')).toBeGreaterThan(COL_MIN);
    expect(encoderColumn('anticonstitutionnellement')).toBe(COL_MAX);
    expect(fitLabel('student', encoderColumn('student'))).toBe('student');
    expect(fitLabel('anticonstitutionnellement', COL_MAX)).toMatch(/^anticons…$/);
  });
});

describe('scales', () => {
  it('maps the pointer to a dimension', () => {
    expect(dimAt(0, 256, 256)).toBe(0);
    expect(dimAt(255.9, 256, 256)).toBe(255);
    expect(dimAt(300, 256, 256)).toBe(255);
    expect(dimAt(-5, 256, 256)).toBe(0);
    expect(dimAt(64, 128, 64)).toBe(32);
  });

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
    const s = barScale([-2, 1, 3], 'scores', 10, 100);
    expect(s.domain()[0]).toBeLessThan(-2);
    expect(s.domain()[1]).toBeGreaterThan(3);
    const neg = barRect(s, -2);
    const pos = barRect(s, 3);
    expect(neg.y).toBeCloseTo(s(0));
    expect(pos.y + pos.h).toBeCloseTo(s(0));
    const w = barScale([0.2, 0.8], 'weights', 10, 100);
    expect(w.domain()).toEqual([0, 1]);
    expect(barRect(w, 1)).toEqual({ y: 10, h: 100 });
    expect(barRect(w, 0).h).toBe(0.5); // a hairline, still visible
    expect(barScale([0, 0], 'scores', 0, 50).domain()[1]).toBeGreaterThan(0);
  });

  it('draws ribbons from a strip into the context', () => {
    expect(flowPath(10, 110, 50, 100)).toBe('M10.0,50.0 C10.0,110.0 110.0,110.0 110.0,50.0');
    expect(flowPath(100, 110, 50, 100)).toMatch(/^M100\.0,50\.0 C100\.0,6\d\.\d/);
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
