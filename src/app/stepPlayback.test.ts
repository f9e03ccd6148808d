import { describe, expect, it } from 'vitest';
import { initStepPlayback, playbackReducer } from './playback';

describe('steps-only playback (the beam tree growing)', () => {
  it('moves by whole steps, plays from the end from the start, and stays steps-only through a reset', () => {
    let s = initStepPlayback(4, 2);
    expect(s.phases).toHaveLength(1);
    s = playbackReducer(s, { type: 'nextPhase' });
    expect(s.step).toBe(1);
    s = playbackReducer(s, { type: 'last' });
    expect(s.step).toBe(3);
    s = playbackReducer(s, { type: 'play' });
    expect([s.step, s.playing]).toEqual([0, true]);
    for (let i = 0; i < 5; i++) s = playbackReducer(s, { type: 'tick' });
    expect([s.step, s.playing]).toEqual([3, false]);
    s = playbackReducer(s, { type: 'reset', kind: 'general', nSteps: 6 });
    expect([s.stepsOnly, s.phases.length, s.nSteps, s.step, s.speed]).toEqual([true, 1, 6, 0, 2]);
  });
});
