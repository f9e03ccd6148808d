/**
 * Geometry of the alignment heatmap, computed with D3 scales from plain token lists. Pure: no DOM,
 * so it is unit-tested in Node and React only renders what it returns.
 */
import { scaleBand, scaleLinear, scaleSequential, type ScaleBand, type ScaleLinear, type ScaleSequential } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';
import { readableOn } from './contrast';

/** Approximate advance of one label character at the heatmap's 12px font. */
export const CHAR_WIDTH = 7.2;
/** Font size of the axis labels, px. */
export const LABEL_FONT = 12;
/** Angle of the source labels when they do not fit horizontally, degrees. */
export const LABEL_ANGLE = -45;

/** The heatmap's geometry: band scales for rows and columns, colour scale, margins and sizes (px). */
export interface HeatmapLayout {
  /** columns: source positions 0..S-1 */
  x: ScaleBand<number>;
  /** rows: output positions 0..T-1 */
  y: ScaleBand<number>;
  /** weight → colour, domain [0, 1] */
  color: ScaleSequential<string>;
  /** room around the cells for the labels, px */
  margin: { top: number; right: number; bottom: number; left: number };
  /** width of the cell area, px */
  innerWidth: number;
  /** height of the cell area, px */
  innerHeight: number;
  /** width of the whole SVG, px */
  width: number;
  /** height of the whole SVG, px */
  height: number;
  /** whether the source labels are drawn rotated */
  rotateLabels: boolean;
  /** side of one cell, px */
  cell: number;
}

/** Shared colour scale: viridis over [0, 1] (colour-blind safe, perceptually uniform). */
export function weightColor(): ScaleSequential<string> {
  return scaleSequential(interpolateViridis).domain([0, 1]);
}

/** Estimated rendered width of a label, px. */
export function labelWidth(s: string): number {
  return [...s].length * CHAR_WIDTH;
}

/** Picks a cell size: roomy for short sentences, tighter for long ones. */
export function cellSize(cols: number, rows: number): number {
  const n = Math.max(cols, rows);
  if (n <= 8) return 44;
  if (n <= 12) return 38;
  if (n <= 20) return 30;
  return 24;
}

/** The smallest cell {@link fitCellSize} goes down to (below it, the picture scrolls instead). */
export const MIN_FIT_CELL = 16;

/**
 * The largest cell size, at most the usual {@link cellSize}, whose whole heatmap (labels
 * included) is at most `maxWidth` px wide, so that narrow places (the Compare columns) show the
 * whole alignment at once; {@link MIN_FIT_CELL} when even that is too wide.
 */
export function fitCellSize(sourceTokens: readonly string[], outputTokens: readonly string[], maxWidth: number): number {
  const preferred = cellSize(sourceTokens.length, outputTokens.length);
  for (let cell = preferred; cell > MIN_FIT_CELL; cell--) {
    if (heatmapLayout(sourceTokens, outputTokens, cell).width <= maxWidth) return cell;
  }
  return MIN_FIT_CELL;
}

/** Lays out a heatmap of `outputTokens.length` rows × `sourceTokens.length` columns. */
export function heatmapLayout(
  sourceTokens: readonly string[],
  outputTokens: readonly string[],
  cell = cellSize(sourceTokens.length, outputTokens.length),
): HeatmapLayout {
  const S = sourceTokens.length;
  const T = outputTokens.length;
  const maxSrc = Math.max(0, ...sourceTokens.map(labelWidth));
  const maxOut = Math.max(0, ...outputTokens.map(labelWidth));
  const rotateLabels = maxSrc > cell - 6;
  const rad = (Math.abs(LABEL_ANGLE) * Math.PI) / 180;
  const top = rotateLabels ? Math.ceil(maxSrc * Math.sin(rad) + LABEL_FONT + 8) : LABEL_FONT + 14;
  // A rotated label runs up and to the right of its column: leave room after the last one.
  const right = rotateLabels ? Math.max(8, Math.ceil(maxSrc * Math.cos(rad) - cell / 2 + 4)) : 8;
  const margin = { top, right, bottom: 8, left: Math.ceil(maxOut + 16) };
  const innerWidth = S * cell;
  const innerHeight = T * cell;
  const x = scaleBand<number>()
    .domain(Array.from({ length: S }, (_, j) => j))
    .range([0, innerWidth])
    .paddingInner(0.06);
  const y = scaleBand<number>()
    .domain(Array.from({ length: T }, (_, i) => i))
    .range([0, innerHeight])
    .paddingInner(0.06);
  return {
    x,
    y,
    color: weightColor(),
    margin,
    innerWidth,
    innerHeight,
    width: margin.left + innerWidth + margin.right,
    height: margin.top + innerHeight + margin.bottom,
    rotateLabels,
    cell,
  };
}

/** The legend's axis: weight → x position along a bar of `width` px, with ticks. */
export function legendScale(width: number): { scale: ScaleLinear<number, number>; ticks: number[] } {
  const scale = scaleLinear().domain([0, 1]).range([0, width]);
  return { scale, ticks: scale.ticks(4) };
}

/** Colour stops (offset in [0,1], colour) for an SVG gradient that follows the colour scale. */
export function gradientStops(n = 11): { offset: number; color: string }[] {
  const color = weightColor();
  return Array.from({ length: n }, (_, i) => {
    const offset = i / (n - 1);
    return { offset, color: color(offset) };
  });
}

const cellColor = weightColor();

/** Text colour that stays readable on a cell of weight `w`: black or white, whichever contrasts more (≥ 4.5:1 all along viridis). */
export function textOn(w: number): string {
  return readableOn(cellColor(w));
}
