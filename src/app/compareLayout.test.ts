import { describe, expect, it } from 'vitest';
import { fitCellSize, heatmapLayout } from '../viz/heatmapLayout';
import { COLUMN_CHROME, COMPARE_GAP, columnsPerRow, heatmapMinWidth } from './compareLayout';

describe('columnsPerRow', () => {
  it('keeps every model in one row when each column fits', () => {
    // 5 columns of 220 px + 4 gaps of 12 = 1148 ≤ 1232
    expect(columnsPerRow(5, 1232, 220)).toBe(5);
    expect(columnsPerRow(3, 1232, 300)).toBe(3);
  });
  it('wraps into balanced rows when they do not fit: 3 + 2, not 4 + 1', () => {
    // 4 columns of 290 px fit in 1232 px, 5 do not
    expect(columnsPerRow(5, 1232, 290)).toBe(3);
    expect(columnsPerRow(4, 1232, 400)).toBe(2);
    expect(columnsPerRow(5, 1232, 700)).toBe(1);
  });
  it('never goes below one column, and shows one row until the width is known', () => {
    expect(columnsPerRow(5, 300, 900)).toBe(1);
    expect(columnsPerRow(5, undefined, 300)).toBe(5);
    expect(columnsPerRow(1, 1232, 300)).toBe(1);
    expect(columnsPerRow(0, 1232, 300)).toBe(1);
  });
});

describe('heatmapMinWidth with columnsPerRow', () => {
  it('gives every column room for its whole alignment at a 1280 px screen, five models', () => {
    const src = ['the', 'little', 'girl', 'was', 'afraid', 'of', 'the', 'big', 'black', 'dog', '.', '</s>'];
    const out = ['la', 'petite', 'fille', 'a', 'été', 'peur', 'du', 'mauvais', 'chien', 'noir', '.', '</s>'];
    const need = COLUMN_CHROME + heatmapMinWidth(src, [], out);
    const box = 1232; // the page's content width at 1280 px
    const perRow = columnsPerRow(5, box, need);
    const content = (box - (perRow - 1) * COMPARE_GAP) / perRow - COLUMN_CHROME;
    expect(perRow).toBeLessThan(5);
    expect(heatmapLayout(src, out, fitCellSize(src, out, content)).width).toBeLessThanOrEqual(content);
    // an unknown word's mark makes the picture wider
    expect(heatmapMinWidth(['zanzibarian', '</s>'], [true, false], ['x'])).toBeGreaterThan(
      heatmapMinWidth(['zanzibarian', '</s>'], [], ['x']),
    );
  });
});
