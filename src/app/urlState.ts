/**
 * The view kept in the page URL, so that a link reopens exactly what its sender saw:
 * `?backend=&pair=&model=&lang=&text=&tab=&step=&phase=&force=&att=&ref=&k=&alpha=&pruned=&cmp=&cstep=&tour=`.
 *
 * Pure: parsing and serialising are string functions (unit-tested); only {@link writeUrlState}
 * touches `window.history`. Everything read from a URL is validated here: a value that is
 * malformed or out of range is dropped (null), so the page falls back to its default for it and
 * never fails on a hand-edited link. What depends on data the URL cannot know (is the model in the
 * model list, does the trace have that step, does the variant have that phase) is checked where the
 * data is: the model list in App, the step and phase by the playback reducer (clamped).
 */
import { MAX_INPUT_CHARS } from '../model/tokenize';
import type { BackendName } from '../tfjs/browserBackends';
import { isLang, type Lang } from '../ui/languages';
import { BEAM_ALPHA_MAX, BEAM_K_MAX, BEAM_K_MIN, COMPARE_MAX } from './limits';
import { PHASE_IDS, type PhaseId } from './playback';
import { LEARNED_PAIRS, PAIRS, type LearnedPair, type PairId } from './pairs/pairs';
import { EMBED_PARAM, parseEmbed, type EmbedKind } from './embed';
import type { WhatIf } from './whatIf';
import { parseWhatIf, serializeWhatIf } from './whatIfUrl';

/** The backends a URL may name (the same list as `BACKENDS` in browserBackends; a unit test checks). */
export const URL_BACKENDS: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];

/** The page's tabs, in display order. */
export const TAB_IDS = ['main', 'beam', 'forcing', 'compare', 'models', 'learn'] as const;
/** One tab of the page. */
export type TabId = (typeof TAB_IDS)[number];

/** Largest step number a URL may ask for (longer outputs do not exist: the decoder stops far earlier). */
export const MAX_URL_STEP = 999;

/** What the tour flag of a URL says: force it open, or never open it by itself. */
export type TourFlag = 'on' | 'off';

/** The beam-search settings a URL carries (null: not in the URL, use the default). */
export interface UrlBeam {
  k: number | null;
  alpha: number | null;
  /** show pruned hypotheses */
  pruned: boolean | null;
}

/** The page state read from (or written to) the URL; null means "not in the URL". */
export interface UrlState {
  /** `?backend=`: when present it always wins over the automatic choice */
  backend: BackendName | null;
  /** `?pair=`: the language pair, or a model trained in the page's pseudo-pair (wins over the remembered one) */
  pair: PairId | LearnedPair | null;
  /** model variant id (checked against the model list by the page) */
  model: string | null;
  /** UI language (wins over the saved and the browser's language) */
  lang: Lang | null;
  /** the English sentence shown (plain text, at most MAX_INPUT_CHARS characters) */
  text: string | null;
  tab: TabId | null;
  /** step of the step-by-step view, 1-based */
  step: number | null;
  phase: PhaseId | null;
  /** what-if manipulations of the step view's decode (`force=`, `att=`; see whatIfUrl.ts) */
  whatIf: WhatIf | null;
  /** the teacher-forcing reference(s), one per line (plain text) */
  ref: string | null;
  beam: UrlBeam;
  /** models of the compare view, in order, no repeats */
  compare: string[] | null;
  /** the compare view's shared step, 1-based (its own cursor: `step` is the step view's) */
  compareStep: number | null;
  tour: TourFlag | null;
  /** `?embed=`: one view without the page around it (embed.ts); optional, absent = none */
  embed?: EmbedKind | null;
}

/** A URL state with nothing in it. */
export const EMPTY_URL_STATE: UrlState = {
  backend: null,
  pair: null,
  model: null,
  lang: null,
  text: null,
  tab: null,
  step: null,
  phase: null,
  whatIf: null,
  ref: null,
  beam: { k: null, alpha: null, pruned: null },
  compare: null,
  compareStep: null,
  tour: null,
};

/**
 * Model ids: letters, digits, `.`, `_`, `-`, and at most one `/` (a pair's folder: `en-de/none`) or
 * `:` (the user's own: `opened:my-model`); no `..`, no markup.
 */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,40}(?:[/:][A-Za-z0-9][A-Za-z0-9._-]{0,63})?$/;

/** A model id from a URL, or null when it is not shaped like one. */
export function parseModelId(s: string | null): string | null {
  return s !== null && MODEL_ID.test(s) && !s.includes('..') ? s : null;
}

/**
 * A sentence from a URL as plain text: control characters become spaces, the length is capped at
 * the input field's limit, and a blank one is null. (It is shown as text, never parsed as HTML.)
 */
export function parseText(s: string | null): string | null {
  if (s === null) return null;
  const clean = s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').slice(0, MAX_INPUT_CHARS);
  return clean.trim() === '' ? null : clean;
}

/** Most characters of the references a URL may carry. */
export const MAX_URL_REF_CHARS = 4 * MAX_INPUT_CHARS;

/** References from a URL: plain text lines (control characters other than newlines become spaces), capped; blank is null. */
export function parseRef(s: string | null): string | null {
  if (s === null) return null;
  const clean = s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, ' ')
    .slice(0, MAX_URL_REF_CHARS);
  return clean.trim() === '' ? null : clean;
}

/** A whole number in [lo, hi] written in plain decimal digits, else null. */
function parseIntIn(s: string | null, lo: number, hi: number): number | null {
  if (s === null || !/^\d{1,6}$/.test(s)) return null;
  const v = Number(s);
  return v >= lo && v <= hi ? v : null;
}

/** α from a URL: a decimal number in [0, BEAM_ALPHA_MAX], rounded to the slider's 0.1 steps. */
function parseAlpha(s: string | null): number | null {
  if (s === null || !/^\d{1,2}(\.\d{1,6})?$/.test(s)) return null;
  const v = Math.round(Number(s) * 10) / 10;
  return v >= 0 && v <= BEAM_ALPHA_MAX ? v : null;
}

/** A comma-separated model list: valid ids only, first occurrence kept, at most COMPARE_MAX. */
function parseCompare(s: string | null): string[] | null {
  if (s === null) return null;
  const ids: string[] = [];
  for (const part of s.split(',')) {
    const id = parseModelId(part.trim());
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids.length > 0 ? ids.slice(0, COMPARE_MAX) : null;
}

const oneOf = <T extends string>(list: readonly T[], s: string | null): T | null =>
  s !== null && (list as readonly string[]).includes(s) ? (s as T) : null;

/** Parses a URL query string (`?a=b&…`, the `?` optional); never throws, drops every bad value. */
export function parseUrlState(search: string): UrlState {
  const q = new URLSearchParams(search);
  const pruned = q.get('pruned');
  return {
    backend: oneOf(URL_BACKENDS, q.get('backend')),
    pair: oneOf([...PAIRS, ...LEARNED_PAIRS], q.get('pair')),
    model: parseModelId(q.get('model')),
    lang: ((l) => (isLang(l) ? l : null))(q.get('lang')),
    text: parseText(q.get('text')),
    tab: oneOf(TAB_IDS, q.get('tab')),
    step: parseIntIn(q.get('step'), 1, MAX_URL_STEP),
    phase: oneOf(PHASE_IDS, q.get('phase')),
    whatIf: parseWhatIf(q.get('force'), q.get('att')),
    ref: parseRef(q.get('ref')),
    beam: {
      k: parseIntIn(q.get('k'), BEAM_K_MIN, BEAM_K_MAX),
      alpha: parseAlpha(q.get('alpha')),
      pruned: pruned === '1' ? true : pruned === '0' ? false : null,
    },
    compare: parseCompare(q.get('cmp')),
    compareStep: parseIntIn(q.get('cstep'), 1, MAX_URL_STEP),
    tour: oneOf(['on', 'off'] as const, q.get('tour')),
    ...((e) => (e ? { embed: e } : {}))(parseEmbed(q.get(EMBED_PARAM))),
  };
}

/** The URL state of the page now (`window.location.search` by default). */
export function readUrlState(search: string = window.location.search): UrlState {
  return parseUrlState(search);
}

/** Serialises a state into a query string (`?…`, or '' when empty); null values are left out. */
export function serializeUrlState(s: UrlState): string {
  const q = new URLSearchParams();
  const put = (key: string, v: string | number | null): void => {
    if (v !== null) q.set(key, String(v));
  };
  put('backend', s.backend);
  put('pair', s.pair);
  put('model', s.model);
  put('lang', s.lang);
  put('text', s.text);
  put('tab', s.tab);
  put('step', s.step);
  put('phase', s.phase);
  const w = serializeWhatIf(s.whatIf);
  put('force', w.force);
  put('att', w.att);
  put('ref', s.ref);
  put('k', s.beam.k);
  put('alpha', s.beam.alpha);
  put('pruned', s.beam.pruned === null ? null : s.beam.pruned ? 1 : 0);
  put('cmp', s.compare && s.compare.length > 0 ? s.compare.join(',') : null);
  put('cstep', s.compareStep);
  put('tour', s.tour);
  put(EMBED_PARAM, s.embed ?? null);
  const out = q.toString();
  return out ? `?${out}` : '';
}

/** The full link of a state on the page at `location` (origin and path kept, the query replaced, no hash). */
export function shareLink(s: UrlState, location: { origin: string; pathname: string }): string {
  return `${location.origin}${location.pathname}${serializeUrlState(s)}`;
}

/** Puts a state into the address bar in place: no reload, no new history entry. */
export function writeUrlState(s: UrlState): void {
  const url = `${window.location.pathname}${serializeUrlState(s)}${window.location.hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
    window.history.replaceState(window.history.state, '', url);
}
