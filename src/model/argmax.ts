/** Index of the largest entry: the one home of argmax for the page's summaries, announcements and formulas. */

/** Index and value of the largest finite entry of `v` (the first one on ties), or null when it has none. */
export function argmax(v: ArrayLike<number>): { index: number; value: number } | null {
  let best: { index: number; value: number } | null = null;
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    if (Number.isFinite(x) && (best === null || x > best.value)) best = { index: i, value: x };
  }
  return best;
}

/** Row, column and value of the largest cell of a matrix (the first one in reading order on ties), or null when it has none. */
export function argmax2d(m: readonly (readonly number[])[]): { row: number; col: number; value: number } | null {
  let best: { row: number; col: number; value: number } | null = null;
  m.forEach((r, i) => {
    const a = argmax(r);
    if (a && (best === null || a.value > best.value)) best = { row: i, col: a.index, value: a.value };
  });
  return best;
}
