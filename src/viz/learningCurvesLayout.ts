/** Geometry of the learning-curve chart: scales, ticks and one SVG path per series. Pure. */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

/** One curve: (step, value) points. */
export interface CurvePoint {
  x: number;
  y: number;
}

/** Chart geometry. */
export interface CurvesLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  xTicks: number[];
  yTicks: number[];
  /** pixel x of a step */
  x: (v: number) => number;
  /** pixel y of a value */
  y: (v: number) => number;
  /** SVG path of each series, in input order ('' for an empty series) */
  paths: string[];
}

/** At most this many points per drawn path (longer series are thinned evenly, the last point kept). */
export const MAX_PATH_POINTS = 400;

/** Every k-th point so that at most {@link MAX_PATH_POINTS} remain, always keeping the last. */
export function thin(points: readonly CurvePoint[]): CurvePoint[] {
  if (points.length <= MAX_PATH_POINTS) return [...points];
  const k = Math.ceil(points.length / MAX_PATH_POINTS);
  const out = points.filter((_, i) => i % k === 0);
  if (out.at(-1) !== points.at(-1)) out.push(points.at(-1)!);
  return out;
}

/** Lays out `series` in a `width`×`height` box; y runs from 0 to `yMax` (default: the largest value). */
export function curvesLayout(
  series: readonly (readonly CurvePoint[])[],
  width: number,
  height: number,
  yMax?: number,
): CurvesLayout {
  const margin = { top: 8, right: 12, bottom: 30, left: 40 };
  const all = series.flat();
  const xMax = Math.max(1, ...all.map((p) => p.x));
  const top = yMax ?? Math.max(0.1, ...all.map((p) => (Number.isFinite(p.y) ? p.y : 0)));
  const x = scaleLinear()
    .domain([0, xMax])
    .range([margin.left, width - margin.right])
    .nice();
  const y = scaleLinear()
    .domain([0, top])
    .range([height - margin.bottom, margin.top])
    .nice();
  const path = line<CurvePoint>()
    .x((p) => x(p.x))
    .y((p) => y(Math.min(p.y, y.domain()[1]!)))
    .defined((p) => Number.isFinite(p.y));
  return {
    width,
    height,
    margin,
    xTicks: x.ticks(5).filter((v) => Number.isInteger(v)),
    yTicks: y.ticks(4),
    x,
    y,
    paths: series.map((s) => (s.length > 0 ? (path(thin(s)) ?? '') : '')),
  };
}
