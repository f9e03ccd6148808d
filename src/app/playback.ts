/**
 * Playback: a cursor (step, phase) over a finished decode trace. Pure: no React, no model calls.
 * Every picture of the step view is a function of the trace and this cursor, so stepping back is
 * instant and exact.
 *
 * The phases follow the architecture the code runs (src/model/decoder.ts):
 *   Luong (dot, general, concat): RNN → scores → softmax → context → concat → h̃_t → output
 *   Bahdanau (additive):          scores (from s_{t-1}) → softmax → context → RNN → concat → t_t → output
 *   no attention:                 RNN → fixed context → concat → h̃_t → output
 */
import type { AttentionKind } from '../model/config';
import type { StagePhase } from '../viz/stepLayout';

/** One phase of a decoder step (the same names the step picture draws). */
export type PhaseId = StagePhase;

const LUONG: readonly PhaseId[] = ['rnn', 'scores', 'softmax', 'context', 'concat', 'attentional', 'output'];
const BAHDANAU: readonly PhaseId[] = ['scores', 'softmax', 'context', 'rnn', 'concat', 'attentional', 'output'];
const NONE: readonly PhaseId[] = ['rnn', 'fixed', 'concat', 'attentional', 'output'];

/** Every phase name of every architecture, in the order a step computes them (the one list of phases). */
export const PHASE_IDS: readonly PhaseId[] = ['rnn', 'scores', 'softmax', 'context', 'fixed', 'concat', 'attentional', 'output'];

/** The phases of one decoder step of a variant, in the order the code computes them. */
export function phasesFor(kind: AttentionKind): readonly PhaseId[] {
  if (kind === 'bahdanau') return BAHDANAU;
  if (kind === 'none') return NONE;
  return LUONG;
}

/** Playback speeds offered (multiples of the normal pace). */
export const SPEEDS: readonly number[] = [0.5, 1, 2, 4];

/** Time spent on one phase while playing at speed 1, ms (a fast transition, then a short pause). */
export const PHASE_MS = 1400;

/** The playback cursor over a decode trace: current step and phase, plus play/pause and speed. */
export interface PlaybackState {
  kind: AttentionKind;
  phases: readonly PhaseId[];
  /** number of decoder steps in the trace */
  nSteps: number;
  /** 0-based step index (step t = step + 1) */
  step: number;
  /** index into `phases` */
  phase: number;
  playing: boolean;
  /** playback speed multiplier (one of SPEEDS) */
  speed: number;
  /** a cursor over steps only (one phase per step, e.g. the beam tree growing): kept through a reset */
  stepsOnly?: boolean;
}

/** Actions the playback reducer accepts (stepping, jumping, play/pause, speed, reset to a new trace). */
export type PlaybackAction =
  | { type: 'nextPhase' }
  | { type: 'prevPhase' }
  | { type: 'nextStep' }
  | { type: 'prevStep' }
  /** go to a step (and phase; default: keep the current phase) */
  | { type: 'jump'; step: number; phase?: number }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'toggle' }
  /** the play timer fired: advance one phase, stop at the end */
  | { type: 'tick' }
  | { type: 'speed'; speed: number }
  | { type: 'reset'; kind: AttentionKind; nSteps: number };

/** The one phase of a steps-only cursor. */
const STEP_ONLY: readonly PhaseId[] = ['output'];

/** A steps-only cursor (one phase per step) at the first step, paused: next/prev phase and play move by whole steps. */
export function initStepPlayback(nSteps: number, speed = 1): PlaybackState {
  return { ...initPlayback('none', nSteps, speed), phases: STEP_ONLY, stepsOnly: true };
}

/** A cursor at the first phase of the first step, paused. */
export function initPlayback(kind: AttentionKind, nSteps: number, speed = 1): PlaybackState {
  return { kind, phases: phasesFor(kind), nSteps: Math.max(0, Math.floor(nSteps)), step: 0, phase: 0, playing: false, speed };
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** Index of the last decoder step (0 when the trace is empty). */
export function lastStep(s: PlaybackState): number {
  return Math.max(0, s.nSteps - 1);
}

/** Index of the last phase of a step. */
export function lastPhase(s: PlaybackState): number {
  return s.phases.length - 1;
}

/** Whether the cursor is at the first phase of the first step. */
export function isAtStart(s: PlaybackState): boolean {
  return s.step === 0 && s.phase === 0;
}

/** Whether the cursor is at the last phase of the last step. */
export function isAtEnd(s: PlaybackState): boolean {
  return s.step >= lastStep(s) && s.phase >= lastPhase(s);
}

function at(s: PlaybackState, step: number, phase: number): PlaybackState {
  const st = clamp(Math.round(step), 0, lastStep(s));
  const ph = clamp(Math.round(phase), 0, lastPhase(s));
  return st === s.step && ph === s.phase ? s : { ...s, step: st, phase: ph };
}

function forward(s: PlaybackState): PlaybackState {
  if (isAtEnd(s)) return s;
  return s.phase < lastPhase(s) ? at(s, s.step, s.phase + 1) : at(s, s.step + 1, 0);
}

/** Applies a playback action to the cursor (clamped to the trace; returns `s` itself when nothing changes). */
export function playbackReducer(s: PlaybackState, a: PlaybackAction): PlaybackState {
  if (a.type === 'reset') return s.stepsOnly ? initStepPlayback(a.nSteps, s.speed) : initPlayback(a.kind, a.nSteps, s.speed);
  if (s.nSteps === 0) return s.playing ? { ...s, playing: false } : s; // nothing to step through
  switch (a.type) {
    case 'nextPhase':
      return forward(s);
    case 'prevPhase':
      if (isAtStart(s)) return s;
      return s.phase > 0 ? at(s, s.step, s.phase - 1) : at(s, s.step - 1, lastPhase(s));
    case 'nextStep':
      // Same phase of the next step (to compare steps); from the last step, to the very end.
      return s.step < lastStep(s) ? at(s, s.step + 1, s.phase) : at(s, s.step, lastPhase(s));
    case 'prevStep':
      return s.step > 0 ? at(s, s.step - 1, s.phase) : at(s, 0, 0);
    case 'jump':
      return at(s, a.step, a.phase ?? s.phase);
    case 'first':
      return at(s, 0, 0);
    case 'last':
      return at(s, lastStep(s), lastPhase(s));
    case 'play':
      if (s.playing) return s;
      // Playing from the end starts over.
      return isAtEnd(s) ? { ...s, step: 0, phase: 0, playing: true } : { ...s, playing: true };
    case 'pause':
      return s.playing ? { ...s, playing: false } : s;
    case 'toggle':
      return playbackReducer(s, { type: s.playing ? 'pause' : 'play' });
    case 'tick': {
      if (!s.playing) return s;
      const next = forward(s);
      return isAtEnd(next) ? { ...next, playing: false } : next;
    }
    case 'speed':
      return SPEEDS.includes(a.speed) && a.speed !== s.speed ? { ...s, speed: a.speed } : s;
  }
}

/** The current phase's id. */
export function currentPhase(s: PlaybackState): PhaseId {
  return s.phases[s.phase] ?? s.phases[0]!;
}

/** Whether phase `id` has been computed at the cursor (it is the current phase or an earlier one of this step). */
export function reached(s: PlaybackState, id: PhaseId): boolean {
  const i = s.phases.indexOf(id);
  return i >= 0 && i <= s.phase;
}

/** How many heatmap rows are shown at the cursor: earlier steps, plus this one once it completes (its output phase). */
export function revealedRows(s: PlaybackState): number {
  if (s.nSteps === 0) return 0;
  return s.step + (reached(s, 'output') ? 1 : 0);
}

/** Whether the cursor has left its start (step 1, first phase) or is playing: the user is stepping through the decode. */
export function hasMoved(s: PlaybackState): boolean {
  return s.playing || s.step > 0 || s.phase > 0;
}

/**
 * Heatmap rows to show at full strength: every row until the user starts stepping (a fresh
 * translation shows its whole alignment), then only the rows decoded up to the cursor.
 */
export function heatmapRevealedRows(s: PlaybackState, stepping: boolean): number {
  return stepping ? revealedRows(s) : s.nSteps;
}

/** How long the cursor rests on one phase while playing, ms. */
export function dwellMs(speed: number): number {
  return Math.round(PHASE_MS / (speed > 0 ? speed : 1));
}
