/** The score equations: the compare headers keep their TeX; the formula panel's symbols go in where each kind reads them. */
import { describe, expect, it } from 'vitest';
import { SCORE_TEX, scoreTex } from './scoreTex';

describe('scoreTex', () => {
  it('writes the compare headers as before', () => {
    expect(SCORE_TEX.general).toBe('e_{tj} = h_t^{\\top} W_a \\bar h_j');
    expect(SCORE_TEX.bahdanau).toBe('e_{tj} = v_a^{\\top} \\tanh\\!\\left(W_a s_{t-1} + U_a \\bar h_j\\right)');
  });
  it('puts given symbols where each kind reads them: Luong the state, Bahdanau the previous state', () => {
    const sym = { e: 'E', state: 'Q', prev: 'P', hbar: 'K' };
    expect(scoreTex('dot', sym)).toBe('E = Q^{\\top} K');
    expect(scoreTex('bahdanau', sym)).toContain('W_a P + U_a K');
    expect(scoreTex('bahdanau', sym)).not.toContain('Q');
    expect(scoreTex('concat', sym, { expanded: true })).toContain('W_q Q + W_k K');
    expect(scoreTex('concat', sym)).not.toContain('W_q');
  });
});
