/**
 * Shared vocabulary of the step picture: variant and phase names, colour scales, label cutting and
 * number formats. The stage's geometry lives in stage/frame.ts and stage/scene.ts.
 */
import { scaleDivergingSqrt, type ScaleDiverging } from 'd3-scale';
import { interpolateRdBu } from 'd3-scale-chromatic';
import { CHAR_WIDTH as CHAR_PX, weightColor } from './heatmapLayout';

export { weightColor };

/** The attention variants: the model's own type (a type-only import; viz code runs no model code). */
export type { AttentionKind } from '../model/config';

/** The phases of one decoder step that the picture knows how to draw. */
export type StagePhase = 'rnn' | 'scores' | 'softmax' | 'context' | 'fixed' | 'concat' | 'attentional' | 'output';

/**
 * The phases of step 0, the encoder: the source embeddings appear, the forward GRU runs left to
 * right, the backward GRU right to left, and the bridge turns their final states into s_0.
 */
export type EncoderPhase = 'embed' | 'fwd' | 'bwd' | 'bridge';

/** Step 0's phases in the order the encoder computes them. */
export const ENCODER_PHASES: readonly EncoderPhase[] = ['embed', 'fwd', 'bwd', 'bridge'];

/** A token label cut to fit its column. */
export function fitLabel(token: string, width: number): string {
  const chars = [...token];
  const max = Math.max(2, Math.floor((width - 4) / CHAR_PX));
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : token;
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
