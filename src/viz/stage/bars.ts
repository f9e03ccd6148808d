/** Geometry of one score / weight bar inside its area (pure). Scores share a range that includes 0; weights use [0, 1]. */
import type { Box } from './frame';
import type { Grow } from './types';

/** A bar's rectangle, where its value label goes, and the side it grows from. */
export interface BarGeometry {
  box: Box;
  label: Box;
  grow: Grow;
}

/** The [lo, hi] range of the bars: [0, 1] for weights, the scores' range with 0 and a little headroom otherwise. */
export function barDomain(values: readonly number[], mode: 'scores' | 'weights'): [number, number] {
  if (mode === 'weights') return [0, 1];
  const lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (hi - lo < 1e-9) hi = lo + 1;
  const pad = (hi - lo) * 0.15;
  return [lo < 0 ? lo - pad : lo, hi > 0 ? hi + pad : hi];
}

/** Lays out the bar of value `v` (one of `values`) in `area`: vertical bars grow up from the zero line, horizontal ones right. */
export function barBox(
  area: Box,
  values: readonly number[],
  v: number,
  mode: 'scores' | 'weights',
  vertical: boolean,
): BarGeometry {
  const [lo, hi] = barDomain(values, mode);
  const frac = (x: number): number => (Math.min(hi, Math.max(lo, x)) - lo) / (hi - lo);
  if (vertical) {
    const at = (x: number): number => area.y + area.h * (1 - frac(x));
    const y0 = at(0);
    const y1 = at(v);
    const box = { x: area.x, y: Math.min(y0, y1), w: area.w, h: Math.max(0.5, Math.abs(y1 - y0)) };
    const neg = v < 0;
    return {
      box,
      label: { x: area.x + area.w / 2, y: neg ? box.y + box.h + 10 : box.y - 3, w: 28, h: 10 },
      grow: neg ? 'down' : 'up',
    };
  }
  const at = (x: number): number => area.x + area.w * frac(x);
  const x0 = at(0);
  const x1 = at(v);
  const box = { x: Math.min(x0, x1), y: area.y, w: Math.max(0.5, Math.abs(x1 - x0)), h: area.h };
  return {
    box,
    label: { x: area.x + area.w + 3, y: area.y + area.h - 3, w: 28, h: 10 },
    grow: v < 0 ? 'left' : 'right',
  };
}
