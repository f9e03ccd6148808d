import { describe, expect, it } from 'vitest';
import type { AttentionKind } from '../model/config';
import {
  currentPhase,
  dwellMs,
  initPlayback,
  isAtEnd,
  isAtStart,
  phasesFor,
  playbackReducer,
  reached,
  revealedRows,
  hasMoved,
  heatmapRevealedRows,
  SPEEDS,
  type PlaybackAction,
  type PlaybackState,
} from './playback';
import { isTypingTarget, keyAction } from './usePlayback';

const run = (s: PlaybackState, ...actions: PlaybackAction[]): PlaybackState => actions.reduce(playbackReducer, s);
const cursor = (s: PlaybackState): [number, string] => [s.step, currentPhase(s)];

describe('phases', () => {
  it('follow each architecture', () => {
    const luong = ['rnn', 'scores', 'softmax', 'context', 'concat', 'attentional', 'output'];
    expect(phasesFor('dot')).toEqual(luong);
    expect(phasesFor('general')).toEqual(luong);
    expect(phasesFor('concat')).toEqual(luong);
    // Bahdanau attends with s_{t-1} first, then updates the RNN with the context.
    expect(phasesFor('bahdanau')).toEqual(['scores', 'softmax', 'context', 'rnn', 'concat', 'attentional', 'output']);
    // No attention: no scores, no softmax, no weighted sum; the context is fixed.
    expect(phasesFor('none')).toEqual(['rnn', 'fixed', 'concat', 'attentional', 'output']);
  });
});

describe('playback reducer', () => {
  const kinds: AttentionKind[] = ['dot', 'general', 'concat', 'bahdanau', 'none'];

  for (const kind of kinds) {
    it(`walks every phase of every step in order (${kind})`, () => {
      const nSteps = 3;
      let s = initPlayback(kind, nSteps);
      const seen: [number, string][] = [cursor(s)];
      while (!isAtEnd(s)) {
        s = playbackReducer(s, { type: 'nextPhase' });
        seen.push(cursor(s));
      }
      const phases = phasesFor(kind);
      const expected: [number, string][] = [];
      for (let t = 0; t < nSteps; t++) for (const p of phases) expected.push([t, p]);
      expect(seen).toEqual(expected);
      // …and back again, exactly.
      const back: [number, string][] = [cursor(s)];
      while (!isAtStart(s)) {
        s = playbackReducer(s, { type: 'prevPhase' });
        back.push(cursor(s));
      }
      expect(back).toEqual([...expected].reverse());
    });
  }

  it('stays in bounds at both ends', () => {
    const s0 = initPlayback('general', 2);
    expect(playbackReducer(s0, { type: 'prevPhase' })).toBe(s0);
    expect(playbackReducer(s0, { type: 'prevStep' })).toBe(s0);
    expect(playbackReducer(s0, { type: 'first' })).toBe(s0);
    const end = playbackReducer(s0, { type: 'last' });
    expect(cursor(end)).toEqual([1, 'output']);
    expect(isAtEnd(end)).toBe(true);
    expect(playbackReducer(end, { type: 'nextPhase' })).toBe(end);
    expect(playbackReducer(end, { type: 'nextStep' })).toBe(end);
  });

  it('moves by whole steps keeping the phase', () => {
    const s = run(initPlayback('general', 4), { type: 'nextPhase' }, { type: 'nextPhase' }); // step 0, softmax
    expect(cursor(s)).toEqual([0, 'softmax']);
    expect(cursor(run(s, { type: 'nextStep' }))).toEqual([1, 'softmax']);
    expect(cursor(run(s, { type: 'nextStep' }, { type: 'nextStep' }, { type: 'prevStep' }))).toEqual([1, 'softmax']);
    // From the last step, "next step" goes to the very end; from the first, "previous step" to the start.
    expect(cursor(run(s, { type: 'jump', step: 3 }, { type: 'nextStep' }))).toEqual([3, 'output']);
    expect(cursor(run(s, { type: 'prevStep' }))).toEqual([0, 'rnn']);
  });

  it('jumps to a step (and phase), clamped', () => {
    const s = run(initPlayback('bahdanau', 5), { type: 'nextPhase' }); // step 0, softmax
    expect(cursor(run(s, { type: 'jump', step: 3 }))).toEqual([3, 'softmax']);
    expect(cursor(run(s, { type: 'jump', step: 2, phase: 3 }))).toEqual([2, 'rnn']);
    expect(cursor(run(s, { type: 'jump', step: 99, phase: 99 }))).toEqual([4, 'output']);
    expect(cursor(run(s, { type: 'jump', step: -3, phase: -1 }))).toEqual([0, 'scores']);
    expect(run(s, { type: 'jump', step: 0 })).toBe(s);
  });

  it('plays, ticks, pauses at the end and restarts from the end', () => {
    let s = initPlayback('none', 2);
    expect(run(s, { type: 'tick' })).toBe(s); // paused: the timer does nothing
    s = run(s, { type: 'play' });
    expect(s.playing).toBe(true);
    s = run(s, { type: 'tick' });
    expect(cursor(s)).toEqual([0, 'fixed']);
    for (let i = 0; i < 20; i++) s = run(s, { type: 'tick' });
    expect(isAtEnd(s)).toBe(true);
    expect(s.playing).toBe(false);
    s = run(s, { type: 'toggle' });
    expect(s.playing).toBe(true);
    expect(cursor(s)).toEqual([0, 'rnn']);
    s = run(s, { type: 'toggle' });
    expect(s.playing).toBe(false);
    // Stepping by hand keeps playing if it was.
    expect(run(initPlayback('dot', 2), { type: 'play' }, { type: 'nextStep' }).playing).toBe(true);
  });

  it('accepts only the offered speeds', () => {
    const s = initPlayback('dot', 2);
    expect(run(s, { type: 'speed', speed: 2 }).speed).toBe(2);
    expect(run(s, { type: 'speed', speed: 3 })).toBe(s);
    expect(SPEEDS).toContain(1);
    expect(dwellMs(2)).toBe(dwellMs(1) / 2);
    expect(dwellMs(0)).toBe(dwellMs(1));
  });

  it('resets for a new trace, keeping the speed', () => {
    const s = run(initPlayback('dot', 3), { type: 'speed', speed: 4 }, { type: 'last' });
    const r = run(s, { type: 'reset', kind: 'bahdanau', nSteps: 7 });
    expect(r).toMatchObject({ kind: 'bahdanau', nSteps: 7, step: 0, phase: 0, speed: 4, playing: false });
    expect(r.phases).toEqual(phasesFor('bahdanau'));
  });

  it('does nothing on an empty trace', () => {
    const s = initPlayback('general', 0);
    for (const a of ['nextPhase', 'prevPhase', 'nextStep', 'prevStep', 'first', 'last', 'tick'] as const)
      expect(run(s, { type: a })).toBe(s);
    expect(run(s, { type: 'play' }).playing).toBe(false);
    expect(revealedRows(s)).toBe(0);
  });

  it('shows the whole heatmap until the user steps, then the rows decoded up to the cursor', () => {
    const s = initPlayback('general', 4);
    expect(hasMoved(s)).toBe(false);
    expect(heatmapRevealedRows(s, false)).toBe(4);
    expect(heatmapRevealedRows(s, true)).toBe(0);
    const moved = run(s, { type: 'nextPhase' }, { type: 'nextPhase' }); // softmax of step 0
    expect(hasMoved(moved)).toBe(true);
    expect(heatmapRevealedRows(moved, true)).toBe(0); // the row comes when the step completes
    expect(heatmapRevealedRows(run(moved, { type: 'jump', step: 0, phase: 6 }), true)).toBe(1);
    expect(hasMoved(run(s, { type: 'play' }))).toBe(true);
    expect(hasMoved(run(s, { type: 'jump', step: 2, phase: 0 }))).toBe(true);
  });

  it('knows which phases ran and how many heatmap rows are known', () => {
    let s = initPlayback('general', 3);
    expect(reached(s, 'rnn')).toBe(true);
    expect(reached(s, 'scores')).toBe(false);
    expect(revealedRows(s)).toBe(0);
    s = run(s, { type: 'nextPhase' }, { type: 'nextPhase' }); // softmax of step 0: its row is not done yet
    expect(revealedRows(s)).toBe(0);
    expect(revealedRows(run(s, { type: 'jump', step: 0, phase: 5 }))).toBe(0); // h̃_t
    expect(revealedRows(run(s, { type: 'jump', step: 0, phase: 6 }))).toBe(1); // output: step 1 completes
    s = run(s, { type: 'jump', step: 2, phase: 0 });
    expect(revealedRows(s)).toBe(2);
    expect(revealedRows(run(s, { type: 'last' }))).toBe(3);
    // Bahdanau too: its row comes with the output, not with its (early) softmax
    expect(revealedRows(run(initPlayback('bahdanau', 2), { type: 'nextPhase' }))).toBe(0);
    expect(revealedRows(run(initPlayback('bahdanau', 2), { type: 'jump', step: 0, phase: 6 }))).toBe(1);
    // no attention: there is no softmax
    expect(reached(run(initPlayback('none', 1), { type: 'last' }), 'softmax')).toBe(false);
  });
});

describe('keyboard', () => {
  const key = (k: string, extra: Partial<KeyboardEvent> = {}) =>
    keyAction({
      key: k,
      shiftKey: false,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      target: null,
      defaultPrevented: false,
      isComposing: false,
      ...extra,
    });

  it('maps the documented keys', () => {
    expect(key('ArrowRight')).toEqual({ type: 'nextPhase' });
    expect(key('ArrowLeft')).toEqual({ type: 'prevPhase' });
    expect(key('ArrowRight', { shiftKey: true })).toEqual({ type: 'nextStep' });
    expect(key('ArrowLeft', { shiftKey: true })).toEqual({ type: 'prevStep' });
    expect(key(' ')).toEqual({ type: 'toggle' });
    expect(key('Home')).toEqual({ type: 'first' });
    expect(key('End')).toEqual({ type: 'last' });
    expect(key('a')).toBeNull();
    expect(key('ArrowRight', { ctrlKey: true })).toBeNull();
    expect(key('ArrowRight', { defaultPrevented: true })).toBeNull();
  });

  it('leaves typing alone', () => {
    const field = {
      closest: (sel: string) => (sel.includes('input') ? {} : null),
      isContentEditable: false,
    } as unknown as EventTarget;
    expect(isTypingTarget(field)).toBe(true);
    expect(key('ArrowRight', { target: field })).toBeNull();
    expect(key(' ', { target: field })).toBeNull();
    const button = {
      closest: (sel: string) => (sel.startsWith('button') ? {} : null),
      isContentEditable: false,
    } as unknown as EventTarget;
    expect(isTypingTarget(button)).toBe(false);
    expect(key(' ', { target: button })).toBeNull(); // Space already presses the button
    expect(key('ArrowRight', { target: button })).toEqual({ type: 'nextPhase' });
  });
});
