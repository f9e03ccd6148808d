/** The score function of each attention kind, in TeX (the compare view's column headers). */
import type { AttentionKind } from '../model/config';

export const SCORE_TEX: Record<AttentionKind, string> = {
  dot: 'e_{tj} = h_t^{\\top} \\bar h_j',
  general: 'e_{tj} = h_t^{\\top} W_a \\bar h_j',
  concat: 'e_{tj} = v_a^{\\top} \\tanh\\!\\left(W_a [h_t ; \\bar h_j]\\right)',
  bahdanau: 'e_{tj} = v_a^{\\top} \\tanh\\!\\left(W_a s_{t-1} + U_a \\bar h_j\\right)',
  none: '\\text{no attention: } c_t = c',
};
