import { interpolateMagma } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, parseColor, readableOn } from './contrast';
import { textOn, weightColor } from './heatmapLayout';

describe('WCAG contrast', () => {
  it('parses hex and rgb() colours', () => {
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('#21918c')).toEqual([0x21, 0x91, 0x8c]);
    expect(parseColor('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseColor('teal')).toBeNull();
  });

  it('matches the WCAG definition at the extremes and a known pair', () => {
    expect(luminance('#000')).toBe(0);
    expect(luminance('#fff')).toBeCloseTo(1, 10);
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    // #767676 on white is the classic 4.54:1
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('readableOn picks the text colour with more contrast', () => {
    expect(readableOn('#111111')).toBe('#fff');
    expect(readableOn('#fde725')).toBe('#000');
  });

  it('every weight printed on the heatmap (viridis) has at least 4.5:1 contrast (WCAG AA, small text)', () => {
    const color = weightColor();
    for (let i = 0; i <= 1000; i++) {
      const w = i / 1000;
      expect(contrastRatio(textOn(w), color(w)), `w = ${w}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('every difference printed on the diff heatmap (reversed magma) has at least 4.5:1 contrast', () => {
    for (let i = 0; i <= 1000; i++) {
      const bg = interpolateMagma(1 - (i / 1000) * 0.85);
      expect(contrastRatio(readableOn(bg), bg), `d = ${i / 1000}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
