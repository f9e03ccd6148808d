/**
 * The score function of each attention kind, in TeX: the one home of these equations (the compare
 * view's column headers use {@link SCORE_TEX}; the step view's formula panel calls
 * {@link scoreTex} with its own coloured symbols and the expanded concat form).
 */
import type { AttentionKind } from '../model/config';

/** The symbols a score equation is written with (TeX). */
export interface ScoreSymbols {
  /** the score, e.g. `e_{tj}` */
  e: string;
  /** the decoder state the Luong scores read, e.g. `h_t` */
  state: string;
  /** the previous state Bahdanau's score reads, e.g. `s_{t-1}` */
  prev: string;
  /** one annotation, e.g. `\bar h_j` */
  hbar: string;
}

/** The plain symbols of the equations. */
export const PLAIN_SYMBOLS: ScoreSymbols = { e: 'e_{tj}', state: 'h_t', prev: 's_{t-1}', hbar: '\\bar h_j' };

/**
 * The score equation of `kind` written with `sym`. `expanded`: concat also shows the split the
 * code computes, W_a [q ; h̄_j] = W_q q + W_k h̄_j (an aligned two-line form).
 */
export function scoreTex(kind: AttentionKind, sym: ScoreSymbols = PLAIN_SYMBOLS, o: { expanded?: boolean } = {}): string {
  const { e, state, prev, hbar } = sym;
  switch (kind) {
    case 'dot':
      return `${e} = ${state}^{\\top} ${hbar}`;
    case 'general':
      return `${e} = ${state}^{\\top} W_a ${hbar}`;
    case 'concat':
      return o.expanded
        ? `\\begin{aligned} ${e} &= v_a^{\\top} \\tanh\\!\\left(W_a [${state} ; ${hbar}]\\right) \\\\ &= v_a^{\\top} \\tanh(W_q ${state} + W_k ${hbar}) \\end{aligned}`
        : `${e} = v_a^{\\top} \\tanh\\!\\left(W_a [${state} ; ${hbar}]\\right)`;
    case 'bahdanau':
      return `${e} = v_a^{\\top} \\tanh\\!\\left(W_a ${prev} + U_a ${hbar}\\right)`;
    case 'none':
      return '\\text{no attention: } c_t = c';
  }
}

/** The plain score equation of each kind (the compare view's column headers). */
export const SCORE_TEX: Record<AttentionKind, string> = {
  dot: scoreTex('dot'),
  general: scoreTex('general'),
  concat: scoreTex('concat'),
  bahdanau: scoreTex('bahdanau'),
  none: scoreTex('none'),
};
