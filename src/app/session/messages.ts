/**
 * What the session says (status, notices, errors) as plain data, worded only when shown: a message
 * keeps its meaning, not its text, so it follows a language switch made while it is on screen.
 */
import type { Strings } from '../../ui/strings';
import type { SessionState } from './state';
import { errorDetail, errorText } from '../../ui/errorText';

/** One thing the page tells the user. */
export type Message =
  | { kind: 'startingBackend' }
  | { kind: 'loadingModel'; name: string }
  | { kind: 'switchingBackend'; name: string }
  | { kind: 'backendFallback'; requested: string; active: string; why: string }
  | { kind: 'softwareWebgl'; renderer: string }
  /** a first visit started on wasm; WebGL is probed after the first translation */
  | { kind: 'checkingWebgl' }
  /** a first visit started on wasm; the probe found a GPU, so the next visit starts on WebGL */
  | { kind: 'gpuNextVisit' }
  /** webgl chosen (by the user or the URL) though it is software-rendered; `factor`: its measured slowdown against wasm */
  | { kind: 'softwareWebglChosen'; renderer: string; factor: number | null }
  | { kind: 'contextRestored' }
  | { kind: 'contextFallback'; active: string; why: string }
  /** a model could not be loaded: `error` is worded by {@link errorDetail} when shown */
  | { kind: 'modelError'; name: string; error: unknown }
  | { kind: 'indexError'; error: unknown }
  | { kind: 'translateError'; error: unknown }
  /** a link to a model trained in the page ("Watch it learn") that this browser no longer keeps */
  | { kind: 'learnedGone'; pair: string }
  /** an error that has no wording of its own (its message is shown) */
  | { kind: 'error'; error: unknown };

/** Words `m` in the language of `t`. */
export function messageText(t: Strings, m: Message): string {
  switch (m.kind) {
    case 'startingBackend':
      return t.startingBackend;
    case 'loadingModel':
      return t.loadingModel(m.name);
    case 'switchingBackend':
      return t.switchingBackend(m.name);
    case 'backendFallback':
      return t.backendFallback(m.requested, m.active, m.why);
    case 'softwareWebgl':
      return t.softwareWebgl(m.renderer);
    case 'checkingWebgl':
      return t.checkingWebgl;
    case 'gpuNextVisit':
      return t.gpuNextVisit;
    case 'softwareWebglChosen':
      return t.robust.softwareWebglChosen(m.renderer, m.factor);
    case 'contextRestored':
      return t.contextRestored;
    case 'contextFallback':
      return t.contextFallback(m.active, m.why);
    case 'modelError':
      return t.modelError(m.name, errorDetail(m.error, m.name, t));
    case 'indexError':
      return t.indexError(errorText(m.error));
    case 'translateError':
      return t.translateError(errorText(m.error));
    case 'learnedGone':
      return t.learn.modelGone(t.pairs.names[m.pair as keyof typeof t.pairs.names] ?? m.pair);
    case 'error':
      return errorText(m.error);
  }
}

/** The status line under the sentence input: what the session is doing, else ready (with the model card's figures). */
export function statusText(
  t: Strings,
  s: Pick<SessionState, 'busy' | 'translating' | 'redecoding' | 'queued' | 'modelError' | 'variant' | 'card'>,
): string {
  if (s.busy) return messageText(t, s.busy);
  if (s.translating && s.queued !== null) return t.robust.queued(s.queued);
  if (s.translating) return s.redecoding ? t.whatIf.decoding : t.translating;
  // (a failed model load offers a retry beside this line: src/app/robust/ModelRetry.tsx)
  if (s.modelError?.kind === 'modelError') return t.unavailableRetry;
  if (s.modelError || !s.variant) return t.unavailable;
  const num = (x: unknown): number | undefined => (typeof x === 'number' ? x : undefined);
  const cardLine = s.card ? t.card(num(s.card.devBleu), num(s.card.training?.epochs)) : '';
  return [t.ready, cardLine].filter(Boolean).join(' · ');
}
