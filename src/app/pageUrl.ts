/**
 * The view in the URL (what a copied link reopens), from the session and the page's view state:
 * the pure mapping beside urlState.ts, and {@link usePageUrl}, which keeps the address bar on it.
 */
import { useMemo } from 'react';
import type { Lang } from '../ui/languages';
import { DEFAULT_BEAM_SETTINGS, type BeamSettings } from '../ui/beamSettings';
import type { StepCursor } from '../ui/TranslationView';
import { DEFAULT_PAIR, isLearnedPair, isPairId } from './pairs/pairs';
import { phasesFor } from './playback';
import type { SessionState } from './session/state';
import type { EmbedKind } from './embed';
import type { TabId, UrlState } from './urlState';
import { useUrlSync } from './useUrlSync';
import { isManipulated } from './whatIf';

/** The page's view state that the URL carries besides the session's. */
export interface PageView {
  lang: Lang;
  tab: TabId;
  /** tabs opened at least once */
  visited: ReadonlySet<TabId>;
  /** the main view's step cursor */
  cursor: StepCursor | null;
  /** the teacher-forcing references as typed */
  referencesText: string;
  beamSettings: BeamSettings;
  /** the compare view's models and the sentence it last compared */
  compared: { models: string[]; text: string | null };
  /** the compare view's shared step (1-based) */
  compareStep: number;
  /** the embedded view (`?embed=`, kept in the address bar), if any */
  embed?: EmbedKind | null;
}

/** The URL state of a view (defaults left out, so a plain page has a plain URL). */
export function pageUrlState(s: Pick<SessionState, 'backendChosen' | 'variant' | 'result' | 'pair'>, v: PageView): UrlState {
  const { result } = s;
  const sentence = v.tab === 'compare' && v.compared.text !== null ? v.compared.text : (result?.base.text ?? null);
  // the step view's cursor, unless it is at its start (step 1, first phase)
  const moved =
    result && v.cursor && !(v.cursor.step === 1 && v.cursor.phase === phasesFor(result.r.trace.attention)[0]) ? v.cursor : null;
  const beam = v.beamSettings;
  const compare = v.visited.has('compare');
  return {
    backend: s.backendChosen,
    pair: (isPairId(s.pair) && s.pair !== DEFAULT_PAIR) || isLearnedPair(s.pair) ? s.pair : null,
    model: s.variant || null,
    lang: v.lang,
    text: sentence,
    tab: v.tab === 'main' ? null : v.tab,
    step: moved?.step ?? null,
    phase: moved?.phase ?? null,
    whatIf: result && isManipulated(result.whatIf) ? result.whatIf : null,
    ref: v.referencesText.trim() !== '' ? v.referencesText : null,
    beam: {
      k: beam.k !== DEFAULT_BEAM_SETTINGS.k ? beam.k : null,
      alpha: beam.alpha !== DEFAULT_BEAM_SETTINGS.alpha ? beam.alpha : null,
      pruned: beam.showPruned !== DEFAULT_BEAM_SETTINGS.showPruned ? beam.showPruned : null,
    },
    compare: compare && v.compared.models.length > 0 ? v.compared.models : null,
    compareStep: compare && v.compareStep > 1 ? v.compareStep : null,
    tour: null,
    ...(v.embed ? { embed: v.embed } : {}),
  };
}

/** Keeps the address bar on the view (once `s.urlLive`); returns the "Copy link" function. */
export function usePageUrl(s: SessionState, v: PageView): () => string {
  const { backendChosen, variant, result, pair } = s;
  const { lang, tab, visited, cursor, referencesText, beamSettings, compared, compareStep, embed } = v;
  const state = useMemo(
    () =>
      pageUrlState(
        { backendChosen, variant, result, pair },
        { lang, tab, visited, cursor, referencesText, beamSettings, compared, compareStep, embed },
      ),
    [
      backendChosen,
      variant,
      result,
      pair,
      lang,
      tab,
      visited,
      cursor,
      referencesText,
      beamSettings,
      compared,
      compareStep,
      embed,
    ],
  );
  return useUrlSync(state, s.urlLive);
}
