/** When a step's heatmap row appears: as the step completes, or at once when the cursor jumped to that step. */
import { describe, expect, it } from 'vitest';
import { initPlayback, playbackReducer, revealedRows, type PlaybackAction, type PlaybackState } from './playback';
import { jumpedStep } from './useHeatmapReveal';

const run = (s: PlaybackState, ...as: PlaybackAction[]): PlaybackState => as.reduce(playbackReducer, s);

describe('heatmap reveal', () => {
  it('a step played or stepped through gets its row at its output phase', () => {
    let s = initPlayback('general', 3);
    for (let i = 0; i < 6; i++) {
      const next = run(s, { type: 'nextPhase' });
      expect(jumpedStep(s, next)).toBe(false);
      s = next;
      expect(revealedRows(s)).toBe(i < 5 ? 0 : 1);
    }
    const into2 = run(s, { type: 'nextPhase' }); // output of step 1 → RNN of step 2: the flow, not a jump
    expect(jumpedStep(s, into2)).toBe(false);
    expect(revealedRows(into2)).toBe(1);
    expect(jumpedStep(into2, run(into2, { type: 'prevPhase' }))).toBe(false);
  });

  it('a jump to another step (heatmap cell, step chip) counts as a jump', () => {
    const s = initPlayback('general', 5);
    expect(jumpedStep(s, run(s, { type: 'jump', step: 3, phase: 2 }))).toBe(true);
    expect(jumpedStep(s, run(s, { type: 'nextStep' }))).toBe(true);
    expect(jumpedStep(s, run(s, { type: 'jump', step: 0, phase: 4 }))).toBe(false);
  });
});
