/**
 * Geometry of the bottleneck chart (BLEU against source length, one line per variant), computed
 * with d3-scale and d3-shape from plain numbers. Pure: no DOM; React draws what it returns.
 */
import { scaleLinear, scalePoint, type ScaleLinear, type ScalePoint } from 'd3-scale';
import { line } from 'd3-shape';

/** Okabe–Ito colours (colour-blind safe), one per variant in order. */
export const SERIES_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
/** Dash patterns, so lines differ by more than colour. */
export const SERIES_DASHES = ['', '6 4', '2 3', '10 3 2 3', '4 2', '1 4'];

/** One variant's line: its id and BLEU per bucket. */
export interface SeriesIn {
  id: string;
  /** BLEU per bucket, in bucket order */
  values: readonly number[];
}

/** A laid-out line: colour, dash pattern, SVG path and point positions (px). */
export interface SeriesOut {
  id: string;
  color: string;
  dash: string;
  path: string;
  points: { key: string; x: number; y: number; value: number }[];
}

/** The chart's geometry: size and margins (px), x/y scales, y ticks and the laid-out series. */
export interface BottleneckLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  x: ScalePoint<string>;
  y: ScaleLinear<number, number>;
  yTicks: number[];
  series: SeriesOut[];
}

/** Lays out the BLEU-by-length chart: buckets `keys` on x, BLEU on y (from 0), one line per series; sizes in px. */
export function bottleneckLayout(
  keys: readonly string[],
  series: readonly SeriesIn[],
  width = 560,
  height = 300,
): BottleneckLayout {
  const margin = { top: 16, right: 16, bottom: 44, left: 48 };
  const x = scalePoint<string>()
    .domain(keys)
    .range([margin.left, width - margin.right])
    .padding(0.4);
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const toPath = line<{ x: number; y: number }>()
    .x((d) => d.x)
    .y((d) => d.y);
  return {
    width,
    height,
    margin,
    x,
    y,
    yTicks: y.ticks(5),
    series: series.map((s, i) => {
      const points = keys.map((key, k) => ({ key, x: x(key) ?? 0, y: y(s.values[k] ?? 0), value: s.values[k] ?? 0 }));
      return {
        id: s.id,
        color: SERIES_COLORS[i % SERIES_COLORS.length]!,
        dash: SERIES_DASHES[i % SERIES_DASHES.length]!,
        path: toPath(points) ?? '',
        points,
      };
    }),
  };
}
