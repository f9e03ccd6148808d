import { describe, expect, it } from 'vitest';
import { EMPTY_URL_STATE } from './urlState';
import { onlyCursorMoved } from './useUrlSync';

describe('URL sync', () => {
  it('tells a cursor move (written after a pause) from any other change (written at once)', () => {
    const a = { ...EMPTY_URL_STATE, model: 'm', text: 'I am a student.', step: 1, phase: 'scores' as const };
    expect(onlyCursorMoved(a, { ...a, step: 2 })).toBe(true);
    expect(onlyCursorMoved(a, { ...a, phase: 'output' })).toBe(true);
    expect(onlyCursorMoved(a, { ...a })).toBe(true);
    expect(onlyCursorMoved(a, { ...a, backend: 'wasm' })).toBe(false);
    expect(onlyCursorMoved(a, { ...a, text: 'Hello.' })).toBe(false);
    expect(onlyCursorMoved(a, { ...a, beam: { ...a.beam, k: 5 } })).toBe(false);
    expect(onlyCursorMoved(a, { ...a, compare: ['m', 'n'] })).toBe(false);
  });
});
