/**
 * The line a screen reader hears while stepping through a decode: what the current step and phase
 * show, in one sentence, from the trace's own numbers. While paused it describes the phase (one line
 * per cursor move); while playing it describes the step as a whole, so the line changes once per
 * decoder step rather than at every phase (no flood of announcements). Pure: no React, no DOM.
 */
import { hasAttention } from '../model/config';
import type { DecodeTrace, EncoderTrace } from '../model/trace';
import type { Strings } from '../ui/strings';
import { argmax } from '../model/argmax';
import { fmt as fmt, type EncoderPhase } from '../viz/stepLayout';
import { currentPhase, lastStep, type PlaybackState } from './playback';

/** The texts of the announcements (strings.ts `a11y.announce`). */
export type AnnounceLabels = Strings['a11y']['announce'];

/** The texts that add the runner-up weights to a line (strings.ts `step.summary`). */
export type SummaryLabels = Strings['step']['summary'];

/** The texts of step 0's lines (strings.ts `step.encoderStep.announce`). */
export type EncoderAnnounceLabels = Strings['step']['encoderStep']['announce'];

/** The 2nd and 3rd largest weights, as " Next: “a” 0.20, “b” 0.08." ('' when there are none). */
function runnersUp(weights: readonly number[], tokens: readonly string[], S: SummaryLabels | undefined): string {
  if (!S) return '';
  const order = weights.map((_, j) => j).sort((a, b) => weights[b]! - weights[a]! || a - b);
  const next = order.slice(1, 3).filter((j) => weights[j]! >= 0.005);
  return next.length ? S.others(next.map((j) => S.item(tokens[j] ?? '', fmt(weights[j]!, 2))).join(', ')) : '';
}

/** The largest |v| of a vector, signed, for a line (0 for an empty one). */
function largest(v: readonly number[]): number {
  return v.reduce((m, x) => (Math.abs(x) > Math.abs(m) ? x : m), 0);
}

/** What step 0 (the encoder) shows at `phase`, as one sentence with its numbers. */
export function encoderAnnouncement(enc: EncoderTrace, phase: EncoderPhase, L: EncoderAnnounceLabels): string {
  const S = enc.tokens.length;
  const H = enc.annotations[0]?.length ?? 0;
  const D = Math.floor(H / 2);
  switch (phase) {
    case 'embed':
      return L.embed(S, enc.embeddings?.[0]?.length ?? 0);
    case 'fwd':
      return L.fwd(enc.tokens[S - 1] ?? '', fmt(largest(enc.annotations[S - 1]?.slice(0, D) ?? []), 2));
    case 'bwd':
      return L.bwd(enc.tokens[0] ?? '', fmt(largest(enc.annotations[0]?.slice(D) ?? []), 2));
    case 'bridge':
      return L.bridge(S, H, fmt(largest(enc.bridge), 2));
  }
}

/**
 * What the step view at `state` shows, as one sentence with its numbers; `title` names the current
 * phase (its heading); `S`, when given, adds the runner-up weights to the weight phases. Empty when
 * there is no step.
 */
export function stepAnnouncement(
  trace: DecodeTrace,
  state: PlaybackState,
  title: string,
  L: AnnounceLabels,
  S?: SummaryLabels,
): string {
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
      detail = focus ? L.softmax(focusTok, focusW) + runnersUp(step.weights, tokens, S) : L.fixed;
      break;
    case 'context':
      detail = focus ? L.context(focusTok, focusW) + runnersUp(step.weights, tokens, S) : L.fixed;
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
