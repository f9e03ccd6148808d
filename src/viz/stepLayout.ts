/**
 * Geometry and colour scales of the step picture (one decoder step, drawn as a left-to-right
 * pipeline of vector strips). Pure: plain numbers in, positions out; unit-tested in Node.
 *
 * Every vector strip is vertical and dimension-aligned: row d of every strip (h_{t-1}, h_t, each
 * h̄_j, c_t, the halves of [c_t ; h_t], h̃_t) is the same height, so c_t[d] = Σ_j α_tj h̄_j[d] can be
 * read along one horizontal line.
 */
import { scaleDivergingSqrt, scaleLinear, type ScaleDiverging, type ScaleLinear } from 'd3-scale';
import { interpolateRdBu } from 'd3-scale-chromatic';
import { CHAR_WIDTH as CHAR_PX, labelWidth, weightColor } from './heatmapLayout';

export { weightColor };

/** The attention variants (same names as the model's `AttentionKind`; viz code imports no model code). */
export type AttentionKind = 'dot' | 'general' | 'concat' | 'bahdanau' | 'none';

/** The phases of one decoder step that the picture knows how to draw. */
export type StagePhase = 'rnn' | 'scores' | 'softmax' | 'context' | 'fixed' | 'concat' | 'attentional' | 'output';

/** The pieces of the pipeline, left to right in the order the architecture computes them. */
export type SlotId = 'prev' | 'gates' | 'state' | 'encoder' | 'context' | 'concat' | 'attentional' | 'topk';

/** One piece of the step pipeline and its horizontal extent. */
export interface Slot {
  id: SlotId;
  /** left edge, px */
  x: number;
  width: number;
}

/** The step picture's geometry for a variant: slot positions, encoder columns, strip and area sizes (px). */
export interface StageLayout {
  kind: AttentionKind;
  slots: Record<SlotId, Slot>;
  /** slot ids left to right */
  order: SlotId[];
  /** encoder columns: left edge (absolute x) and width of each source token's column */
  colX: number[];
  colW: number[];
  /** width of one vector strip, px */
  stripW: number;
  /** width of one gate strip, px */
  gateW: number;
  /** top of every strip, px */
  stripTop: number;
  /** height of every strip, px (one row per dimension when H ≤ 288) */
  stripH: number;
  /** baseline of token labels and strip names */
  labelY: number;
  /** the score / weight bars area */
  barsTop: number;
  barsH: number;
  /** bottom of the flow (weighted sum) ribbons */
  flowBottom: number;
  /** top of the colour legend */
  legendY: number;
  /** pieces joined in the concat strip: 2 for Luong / none, 3 for Bahdanau ([s_t ; c_t ; E_y(y_{t-1})]) */
  concatParts: number;
  /** height of one top-k row, px */
  topkRow: number;
  width: number;
  height: number;
  /** hidden size H */
  H: number;
}

/** Width of one vector strip, px. */
export const STRIP_W = 18;
/** Width of one gate strip (z or r), px. */
export const GATE_W = 9;
/** Horizontal gap between pipeline slots, px. */
export const GAP = 30;
/** Width of the top-k output bars slot, px. */
export const TOPK_W = 210;
const MARGIN = 12;

/** Strip height for H dimensions: one pixel row per dimension when it fits, else squeezed. */
export function stripHeight(H: number): number {
  if (H <= 128) return 128;
  return Math.min(H, 288);
}

/** Narrowest encoder column of a source token, px. */
export const COL_MIN = 34;
/** Widest encoder column of a source token, px. */
export const COL_MAX = 72;

/** Width of the encoder column of one token: room for its label, within bounds (longer labels are cut). */
export function encoderColumn(token: string): number {
  return Math.round(Math.min(COL_MAX, Math.max(COL_MIN, labelWidth(token) + 10)));
}

/** Slot order of a variant: the pipeline reads left to right in the order the code computes it. */
export function slotOrder(kind: AttentionKind): SlotId[] {
  if (kind === 'bahdanau') return ['prev', 'encoder', 'context', 'gates', 'state', 'concat', 'attentional', 'topk'];
  return ['prev', 'gates', 'state', 'encoder', 'context', 'concat', 'attentional', 'topk'];
}

/** Lays out the step picture of a variant for `tokens` (source tokens) and hidden size `H`. */
export function stageLayout(kind: AttentionKind, tokens: readonly string[], H: number, topK = 10): StageLayout {
  const colW = tokens.map(encoderColumn);
  const concatParts = kind === 'bahdanau' ? 3 : 2;
  const widths: Record<SlotId, number> = {
    prev: STRIP_W,
    gates: 2 * GATE_W + 3,
    state: STRIP_W,
    encoder: colW.reduce((a, b) => a + b, 0),
    context: STRIP_W,
    concat: concatParts * STRIP_W,
    attentional: STRIP_W,
    topk: TOPK_W,
  };
  // Gates sit right after h_{t-1} (Luong) or c_t (Bahdanau) with a narrower gap: they belong to the RNN.
  const order = slotOrder(kind);
  const slots = {} as Record<SlotId, Slot>;
  let x = MARGIN + 8;
  order.forEach((id, i) => {
    if (i > 0) x += id === 'state' ? 22 : id === 'gates' ? 16 : id === 'encoder' || order[i - 1] === 'encoder' ? GAP - 6 : GAP;
    slots[id] = { id, x, width: widths[id] };
    x += widths[id];
  });
  const colX: number[] = [];
  colW.reduce((x0, w) => {
    colX.push(x0);
    return x0 + w;
  }, slots.encoder.x);
  const barsTop = 54; // below the input chip and the bars' caption
  const barsH = 84;
  const labelY = barsTop + barsH + 20;
  const stripTop = labelY + 12;
  const stripH = stripHeight(H);
  const flowBottom = stripTop + stripH + 58;
  const legendY = flowBottom + 6;
  // rows are tap targets (what-if): at least 24 px (WCAG 2.5.8), even where the strips are short
  const topkRow = Math.max(24, Math.min(26, Math.floor(stripH / Math.max(1, topK))));
  return {
    kind,
    slots,
    order,
    colX,
    colW,
    stripW: STRIP_W,
    gateW: GATE_W,
    stripTop,
    stripH,
    labelY,
    barsTop,
    barsH,
    flowBottom,
    legendY,
    concatParts,
    topkRow,
    width: x + MARGIN,
    // the top-k list (plus a forced word's extra row) may reach below the legend when the strips are short
    height: Math.max(legendY + 40, stripTop + 4 + (topK + 1) * topkRow + 12),
    H,
  };
}

/** Left edge of the strip drawn under encoder column j. */
export function encoderStripX(l: StageLayout, j: number): number {
  return encoderCenter(l, j) - l.stripW / 2;
}

/** Centre x of encoder column j. */
export function encoderCenter(l: StageLayout, j: number): number {
  return (l.colX[j] ?? l.slots.encoder.x) + (l.colW[j] ?? COL_MIN) / 2;
}

/** A token label cut to fit its column. */
export function fitLabel(token: string, width: number): string {
  const chars = [...token];
  const max = Math.max(2, Math.floor((width - 4) / CHAR_PX));
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : token;
}

/** y of the centre of dimension row d of a strip. */
export function dimY(l: StageLayout, d: number): number {
  return l.stripTop + ((d + 0.5) * l.stripH) / l.H;
}

/** Dimension under a pointer at `offset` px from the top of a strip `height` px tall holding `n` numbers. */
export function dimAt(offset: number, height: number, n: number): number {
  if (n <= 0 || height <= 0) return 0;
  return Math.min(n - 1, Math.max(0, Math.floor((offset / height) * n)));
}

/**
 * Diverging colour scale for hidden states, annotations and contexts, centred at 0: blue for
 * negative, white at 0, red for positive (ColorBrewer RdBu, colour-blind safe). GRU states and
 * tanh outputs lie in (−1, 1), so the domain is fixed and colours compare across strips and steps.
 * A square-root scale keeps small values (typical of encoder annotations) visible: ±0.25 sits
 * half-way to full colour.
 */
export function stateColor(): ScaleDiverging<string> {
  return scaleDivergingSqrt((t: number) => interpolateRdBu(1 - t))
    .domain([-1, 0, 1])
    .clamp(true);
}

/** Legend ticks of {@link stateColor}: value and position along the legend (0..1). */
export const STATE_TICKS: readonly { v: number; at: number }[] = [
  { v: -1, at: 0 },
  { v: -0.25, at: 0.25 },
  { v: 0, at: 0.5 },
  { v: 0.25, at: 0.75 },
  { v: 1, at: 1 },
];

/** Score / weight bar scale: raw scores on a range that includes 0; weights on [0, 1]. */
export function barScale(
  values: readonly number[],
  mode: 'scores' | 'weights',
  top: number,
  height: number,
): ScaleLinear<number, number> {
  if (mode === 'weights')
    return scaleLinear()
      .domain([0, 1])
      .range([top + height, top]);
  let lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (hi - lo < 1e-9) hi = lo + 1;
  // A little headroom for the value labels.
  const pad = (hi - lo) * 0.12;
  if (hi > 0) hi += pad;
  if (lo < 0) lo -= pad;
  return scaleLinear()
    .domain([lo, hi])
    .range([top + height, top]);
}

/** Rectangle of one bar (from the zero line to the value). */
export function barRect(scale: ScaleLinear<number, number>, v: number): { y: number; h: number } {
  const y0 = scale(0);
  const y1 = scale(v);
  return { y: Math.min(y0, y1), h: Math.max(0.5, Math.abs(y1 - y0)) };
}

/**
 * Ribbon of the weighted sum: from the bottom of the strip at `fromX` down and across into the
 * bottom of the context strip at `toX` (a cubic curve that dips lower the farther it travels).
 */
export function flowPath(fromX: number, toX: number, y: number, span: number, depth = 46): string {
  const d = 14 + depth * Math.min(1, Math.abs(toX - fromX) / Math.max(1, span));
  return `M${fromX.toFixed(1)},${y.toFixed(1)} C${fromX.toFixed(1)},${(y + d).toFixed(1)} ${toX.toFixed(1)},${(y + d).toFixed(1)} ${toX.toFixed(1)},${y.toFixed(1)}`;
}

/** Numbers for display: fixed decimals, a real minus sign, no "-0.00". */
export function fmt(v: number, digits = 2): string {
  if (!Number.isFinite(v)) return String(v);
  const s = v.toFixed(digits);
  const zero = Number(s) === 0;
  return zero ? (0).toFixed(digits) : s.replace('-', '−');
}

/** Exact numbers for data attributes: shortest round-trip form, comma separated. */
export function dataValues(values: readonly number[]): string {
  return values.map((v) => String(v)).join(',');
}

/** Parses {@link dataValues}. */
export function parseValues(s: string | null | undefined): number[] {
  if (!s) return [];
  return s.split(',').map(Number);
}
