import { describe, expect, it } from 'vitest';
import { clampPos, gridMove } from './gridNav';

const R = 4;
const C = 6;

describe('gridMove (roving tabindex of the heatmaps)', () => {
  it('arrows move one cell and stop at the edges', () => {
    expect(gridMove({ row: 1, col: 1 }, { key: 'ArrowRight' }, R, C)).toEqual({ row: 1, col: 2 });
    expect(gridMove({ row: 1, col: 1 }, { key: 'ArrowLeft' }, R, C)).toEqual({ row: 1, col: 0 });
    expect(gridMove({ row: 1, col: 1 }, { key: 'ArrowDown' }, R, C)).toEqual({ row: 2, col: 1 });
    expect(gridMove({ row: 1, col: 1 }, { key: 'ArrowUp' }, R, C)).toEqual({ row: 0, col: 1 });
    expect(gridMove({ row: 0, col: 0 }, { key: 'ArrowUp' }, R, C)).toEqual({ row: 0, col: 0 });
    expect(gridMove({ row: 0, col: 0 }, { key: 'ArrowLeft' }, R, C)).toEqual({ row: 0, col: 0 });
    expect(gridMove({ row: 3, col: 5 }, { key: 'ArrowDown' }, R, C)).toEqual({ row: 3, col: 5 });
    expect(gridMove({ row: 3, col: 5 }, { key: 'ArrowRight' }, R, C)).toEqual({ row: 3, col: 5 });
  });

  it('Home / End go along the row; with Ctrl (or ⌘) to the corners; Page Up / Down along the column', () => {
    expect(gridMove({ row: 2, col: 3 }, { key: 'Home' }, R, C)).toEqual({ row: 2, col: 0 });
    expect(gridMove({ row: 2, col: 3 }, { key: 'End' }, R, C)).toEqual({ row: 2, col: 5 });
    expect(gridMove({ row: 2, col: 3 }, { key: 'Home', ctrlKey: true }, R, C)).toEqual({ row: 0, col: 0 });
    expect(gridMove({ row: 2, col: 3 }, { key: 'End', metaKey: true }, R, C)).toEqual({ row: 3, col: 5 });
    expect(gridMove({ row: 2, col: 3 }, { key: 'PageUp' }, R, C)).toEqual({ row: 0, col: 3 });
    expect(gridMove({ row: 2, col: 3 }, { key: 'PageDown' }, R, C)).toEqual({ row: 3, col: 3 });
  });

  it('ignores other keys and empty grids', () => {
    expect(gridMove({ row: 0, col: 0 }, { key: 'Enter' }, R, C)).toBeNull();
    expect(gridMove({ row: 0, col: 0 }, { key: 'a' }, R, C)).toBeNull();
    expect(gridMove({ row: 0, col: 0 }, { key: 'ArrowRight' }, 0, C)).toBeNull();
  });

  it('clampPos keeps a remembered cell inside a smaller grid', () => {
    expect(clampPos({ row: 9, col: 9 }, R, C)).toEqual({ row: 3, col: 5 });
    expect(clampPos({ row: 1, col: 2 }, R, C)).toEqual({ row: 1, col: 2 });
    expect(clampPos({ row: 3, col: 3 }, 0, 0)).toEqual({ row: 0, col: 0 });
  });
});
