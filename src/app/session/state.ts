/**
 * The session's state and its reducer: plain data, no React, no engine. Everything the page shows
 * about start-up, the backend, the model, the running request and the current result lives here;
 * {@link Session} (session.ts) runs the async commands and dispatches these actions.
 */
import type { BackendName } from '../../tfjs/browserBackends';
import type { TranslationResult } from '../engine';
import type { ModelCard, VariantInfo } from '../loadModel';
import { DEFAULT_PAIR } from '../pairs/pairs';
import type { PhaseId } from '../playback';
import type { WhatIf } from '../whatIf';
import type { Message } from './messages';

/** Where the step view starts: a step, and a phase (absent: the step's first). */
export interface StepTarget {
  step: number;
  phase?: PhaseId;
}

/** What the page shows: the current decode, the model's own decode of the same sentence, and the what-if that turned one into the other. */
export interface Shown {
  /** id of the request that produced it (keys the views) */
  seq: number;
  r: TranslationResult;
  /** the model's own decoding of `r.text`, and the id of the request that produced it */
  base: TranslationResult;
  baseSeq: number;
  whatIf: WhatIf;
  /** where the step view starts (the step a what-if changed, a shared link's step) */
  cursor?: StepTarget;
}

/** Everything the session knows. */
export interface SessionState {
  /** the active tfjs backend (null until started) */
  backend: string | null;
  /** the backend the URL or the user named (kept in the URL); null while the page chooses by itself */
  backendChosen: BackendName | null;
  backendNotice: Message | null;
  /** why the default backend is not webgl; cleared once the user picks a backend */
  softwareNotice: Message | null;
  /** the language pair shown (its shipped models and the user's own of that pair are listed) */
  pair: string;
  /** the models to choose from (those of `pair`) */
  variants: VariantInfo[];
  /** the selected model's id ('' before the list is known) */
  variant: string;
  /** the selected model's card (undefined until fetched) */
  card: ModelCard | undefined;
  /** the sentence in the input box */
  input: string;
  /** a start-up, load or switch in progress (the status line says what) */
  busy: Message | null;
  /** a decode is running */
  translating: boolean;
  /** the running decode is a what-if re-decode */
  redecoding: boolean;
  /** the sentence waiting for the running decode (Enter pressed meanwhile; only the newest waits) */
  queued: string | null;
  modelError: Message | null;
  error: Message | null;
  result: Shown | null;
  /** a live translation was asked for at least once (the precomputed example then goes) */
  asked: boolean;
  /** a request to move the main view's step cursor (the tour), numbered so a repeat is seen */
  goTo: (Required<StepTarget> & { n: number }) | null;
  /** the view the URL asked for is restored: the URL follows the view from now on */
  urlLive: boolean;
}

/** The state before start-up. */
export function initialSession(backendChosen: BackendName | null): SessionState {
  return {
    backend: null,
    backendChosen,
    backendNotice: null,
    softwareNotice: null,
    pair: DEFAULT_PAIR,
    variants: [],
    variant: '',
    card: undefined,
    input: '',
    busy: { kind: 'startingBackend' },
    translating: false,
    redecoding: false,
    queued: null,
    modelError: null,
    error: null,
    result: null,
    asked: false,
    goTo: null,
    urlLive: false,
  };
}

/** What can happen to the session. */
export type SessionAction =
  | { type: 'patch'; patch: Partial<Omit<SessionState, 'result' | 'goTo'>> }
  | { type: 'requestStarted'; redecoding: boolean }
  | { type: 'shown'; shown: Shown }
  | { type: 'requestFailed'; error: Message; clearResult: boolean }
  | { type: 'requestEnded' }
  | { type: 'modelFailed'; error: Message }
  | { type: 'showStep'; target: Required<StepTarget> };

/** The session's reducer (pure). */
export function sessionReducer(s: SessionState, a: SessionAction): SessionState {
  switch (a.type) {
    case 'patch':
      return { ...s, ...a.patch };
    case 'requestStarted':
      return { ...s, error: null, goTo: null, translating: true, redecoding: a.redecoding, asked: true };
    case 'shown':
      return { ...s, result: a.shown, goTo: null };
    case 'requestFailed':
      return { ...s, error: a.error, result: a.clearResult ? null : s.result };
    case 'requestEnded':
      return { ...s, translating: false, redecoding: false };
    case 'modelFailed':
      return { ...s, modelError: a.error, result: null };
    case 'showStep':
      return { ...s, goTo: { ...a.target, n: (s.goTo?.n ?? 0) + 1 } };
  }
}

/** A sentence as compared for staleness: ends trimmed, runs of white space as one. */
const normalized = (text: string): string => text.trim().replace(/\s+/g, ' ');

/**
 * Whether the translation shown is not that of the sentence in the box (the box was edited since,
 * or a newer sentence waits): the page marks the result as stale until the box's sentence is
 * translated. An empty box marks nothing.
 */
export function resultIsStale(s: Pick<SessionState, 'input' | 'result'>): boolean {
  return s.result !== null && normalized(s.input) !== '' && normalized(s.input) !== normalized(s.result.base.text);
}
