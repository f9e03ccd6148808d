/**
 * The line a screen reader hears while stepping through a decode: what the current step and phase
 * show, in one sentence, from the trace's own numbers. While paused it describes the phase (one line
 * per cursor move); while playing it describes the step as a whole, so the line changes once per
 * decoder step rather than at every phase (no flood of announcements). Pure: no React, no DOM.
 */
import { hasAttention } from '../model/config';
import type { DecodeTrace } from '../model/trace';
import type { Strings } from '../ui/strings';
import { argmax } from '../model/argmax';
import { fmt } from '../viz/stepLayout';
import { currentPhase, lastStep, type PlaybackState } from './playback';

/** The texts of the announcements (strings.ts `a11y.announce`). */
export type AnnounceLabels = Strings['a11y']['announce'];

/** What the step view at `state` shows, as one sentence; `title` names the current phase (its heading). Empty when there is no step. */
export function stepAnnouncement(trace: DecodeTrace, state: PlaybackState, title: string, L: AnnounceLabels): string {
  const step = trace.steps[state.step];
  if (!step) return '';
  const t = state.step + 1;
  const n = lastStep(state) + 1;
  const tokens = trace.encoder.tokens;
  const attends = hasAttention(trace.attention) && step.weights.length === tokens.length;
  const focus = attends ? argmax(step.weights) : null;
  const focusTok = focus ? (tokens[focus.index] ?? '') : '';
  const focusW = focus ? fmt(focus.value, 2) : '';
  if (state.playing) {
    return focus ? L.playingAttention(t, n, step.chosen.token, focusTok, focusW) : L.playing(t, n, step.chosen.token);
  }
  const phase = currentPhase(state);
  let detail: string;
  switch (phase) {
    case 'rnn':
      detail = L.rnn(step.input);
      break;
    case 'scores': {
      const top = argmax(step.scores);
      detail = top ? L.scores(tokens[top.index] ?? '', fmt(top.value, 2)) : L.fixed;
      break;
    }
    case 'softmax':
      detail = focus ? L.softmax(focusTok, focusW) : L.fixed;
      break;
    case 'context':
      detail = focus ? L.context(focusTok, focusW) : L.fixed;
      break;
    case 'fixed':
      detail = L.fixed;
      break;
    case 'concat':
      detail = L.concat;
      break;
    case 'attentional':
      detail = L.attentional;
      break;
    case 'output':
      detail = step.forced
        ? L.outputForced(step.chosen.token, fmt(step.chosen.p, 3), step.topK[0]?.token ?? '')
        : L.output(step.chosen.token, fmt(step.chosen.p, 3));
      break;
  }
  return L.phase(t, n, title, detail);
}
