/**
 * React glue for the playback cursor: the reducer, the play timer and the page-wide keyboard
 * shortcuts (←/→ phase, Shift+←/→ step, Space play/pause, Home/End). Keys typed into a form field
 * are left alone.
 */
import { useEffect, useReducer, type Dispatch } from 'react';
import type { AttentionKind } from '../model/config';
import { dwellMs, initPlayback, initStepPlayback, playbackReducer, type PlaybackAction, type PlaybackState } from './playback';

/** True when a key event belongs to something that uses the key itself (typing, a select, a slider). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  return (
    el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="slider"]') !==
    null
  );
}

/** True when Space already activates the focused element (a button or link): do not also toggle play. */
function spaceActivates(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return (
    (target as Element).closest('button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], [role="tab"]') !==
    null
  );
}

/** Maps a key press to a playback action, or null when the key is not ours. */
export function keyAction(
  e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target' | 'defaultPrevented' | 'isComposing'>,
): PlaybackAction | null {
  if (e.defaultPrevented || e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return null;
  if (isTypingTarget(e.target)) return null;
  switch (e.key) {
    case 'ArrowRight':
      return { type: e.shiftKey ? 'nextStep' : 'nextPhase' };
    case 'ArrowLeft':
      return { type: e.shiftKey ? 'prevStep' : 'prevPhase' };
    case ' ':
    case 'Spacebar':
      return spaceActivates(e.target) ? null : { type: 'toggle' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    default:
      return null;
  }
}

/**
 * Playback over a trace of `nSteps` steps of variant `kind`, with timer and (optionally) keyboard.
 * `initial` places the cursor at first (e.g. on the step a what-if changed); default: step 1, phase 1.
 * `steps` makes it a steps-only cursor (one phase per step: the beam tree growing) at that speed.
 */
export function usePlayback(
  kind: AttentionKind,
  nSteps: number,
  keyboard = true,
  initial?: { step: number; phase?: number },
  steps?: { stepsOnly: true; speed?: number },
): [PlaybackState, Dispatch<PlaybackAction>] {
  const [state, dispatch] = useReducer(playbackReducer, undefined, () => {
    const s = steps ? initStepPlayback(nSteps, steps.speed) : initPlayback(kind, nSteps);
    return initial ? playbackReducer(s, { type: 'jump', step: initial.step, phase: initial.phase ?? 0 }) : s;
  });

  useEffect(() => {
    if (state.kind !== kind || state.nSteps !== nSteps) dispatch({ type: 'reset', kind, nSteps });
  }, [kind, nSteps, state.kind, state.nSteps]);

  // While playing, rest on each phase for a moment, then move on.
  useEffect(() => {
    if (!state.playing) return;
    const id = window.setTimeout(() => dispatch({ type: 'tick' }), dwellMs(state.speed));
    return () => window.clearTimeout(id);
  }, [state.playing, state.step, state.phase, state.speed]);

  useEffect(() => {
    if (!keyboard) return;
    const onKey = (e: KeyboardEvent): void => {
      const a = keyAction(e);
      if (!a) return;
      e.preventDefault();
      dispatch(a);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keyboard]);

  return [state, dispatch];
}
