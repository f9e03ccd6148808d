/**
 * Keyboard navigation of a grid of cells (the heatmaps' roving tabindex), following the WAI-ARIA
 * grid pattern: arrows move one cell, Home / End go to the first / last cell of the row,
 * Ctrl + Home / End to the first / last cell of the grid, Page Up / Page Down to the first / last
 * row. Pure: a key and a position in, the next position out.
 */

/** A cell of a grid: row and column, 0-based. */
export interface GridPos {
  /** the row, 0-based */
  row: number;
  /** the column, 0-based */
  col: number;
}

/** The key press a grid reacts to (a subset of KeyboardEvent). */
export interface GridKey {
  /** the key's name (`ArrowUp`, `Home`, …) */
  key: string;
  /** Ctrl was held (Ctrl + Home / End go to the grid's corners) */
  ctrlKey?: boolean;
  /** Cmd was held (counts as Ctrl on a Mac) */
  metaKey?: boolean;
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/**
 * Where `key` moves the focus from `cur` in a `rows` × `cols` grid (clamped at the edges, no
 * wrapping), or null when the key is not a navigation key (or the grid is empty).
 */
export function gridMove(cur: GridPos, key: GridKey, rows: number, cols: number): GridPos | null {
  if (rows <= 0 || cols <= 0) return null;
  const at = (row: number, col: number): GridPos => ({ row: clamp(row, 0, rows - 1), col: clamp(col, 0, cols - 1) });
  const ctrl = key.ctrlKey === true || key.metaKey === true;
  switch (key.key) {
    case 'ArrowUp':
      return at(cur.row - 1, cur.col);
    case 'ArrowDown':
      return at(cur.row + 1, cur.col);
    case 'ArrowLeft':
      return at(cur.row, cur.col - 1);
    case 'ArrowRight':
      return at(cur.row, cur.col + 1);
    case 'Home':
      return ctrl ? at(0, 0) : at(cur.row, 0);
    case 'End':
      return ctrl ? at(rows - 1, cols - 1) : at(cur.row, cols - 1);
    case 'PageUp':
      return at(0, cur.col);
    case 'PageDown':
      return at(rows - 1, cur.col);
    default:
      return null;
  }
}

/** `cur` kept inside a grid that may have shrunk (e.g. a new translation with fewer words). */
export function clampPos(cur: GridPos, rows: number, cols: number): GridPos {
  return { row: clamp(cur.row, 0, Math.max(0, rows - 1)), col: clamp(cur.col, 0, Math.max(0, cols - 1)) };
}
