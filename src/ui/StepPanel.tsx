/**
 * The step-by-step view: playback controls, the picture of the current step and phase, and beside
 * it the equation with live values and a short explanation. State (cursor, hover) lives in the
 * parent so the heatmap and the source tokens share it.
 */
import { useEffect, useState, type Dispatch } from 'react';
import { currentPhase, reached, type PhaseId, type PlaybackAction, type PlaybackState } from '../app/playback';
import { stepAnnouncement } from '../app/stepAnnouncement';
import { oneHot } from '../app/whatIf';
import type { DecodeTrace } from '../model/trace';
import { fmt } from '../viz/stepLayout';
import { StepStage, type DimHover, type StageLabels } from '../viz/StepStage';
import { FormulaPanel } from './FormulaPanel';
import { PlaybackControls } from './PlaybackControls';
import { useStrings } from './i18n';
import { t as liveT } from './strings';
import { WhatIfBox } from './WhatIfBox';

/** Props of {@link StepPanel}. */
export interface StepPanelProps {
  trace: DecodeTrace;
  state: PlaybackState;
  dispatch: Dispatch<PlaybackAction>;
  hoverSrc: number | null;
  onHoverSrc: (j: number | null) => void;
  /** what-if interactions (the main view only): force a candidate word, set attention by hand */
  whatIf?: WhatIfHandlers;
  /** heading and intro (defaults: the main view's) */
  heading?: string;
  intro?: string;
  /** a note for forced steps in the output phase (e.g. a beam hypothesis re-run): word, the model's top word, its p */
  forcedNote?: (word: string, top: string, p: string) => string;
}

/** Callbacks for the step view's what-if manipulations (forcing a word, setting attention). */
export interface WhatIfHandlers {
  /** force target id `id` at step `t` (1-based) and re-decode */
  onForce: (t: number, id: number) => void;
  /** use `weights` as α at step `t` and re-decode */
  onAttention: (t: number, weights: number[]) => void;
  /** a re-decode is running */
  busy: boolean;
}

/** The title of a phase for a variant. */
export function phaseTitle(kind: DecodeTrace['attention'], p: PhaseId): string {
  const ph = liveT.step.phases;
  if (p === 'attentional' && kind === 'bahdanau') return ph.attentional.titleBahdanau;
  return ph[p].title;
}

/** Whether the user asked the system for reduced motion. */
function useReducedMotion(): boolean {
  const query = '(prefers-reduced-motion: reduce)';
  const [reduced, setReduced] = useState(() => typeof window !== 'undefined' && window.matchMedia?.(query).matches === true);
  useEffect(() => {
    const mq = window.matchMedia?.(query);
    if (!mq) return;
    const on = (): void => setReduced(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return reduced;
}

/** Renders the step-by-step view of a decode `trace` at the playback cursor: controls, the step picture, the formula panel and the what-if box. */
export function StepPanel({
  trace,
  state,
  dispatch,
  hoverSrc,
  onHoverSrc,
  whatIf,
  heading = liveT.step.heading,
  intro = liveT.step.intro,
  forcedNote,
}: StepPanelProps) {
  const t = useStrings();
  const stageLabels: StageLabels = t.step.stage;
  const [hoverDim, setHoverDim] = useState<DimHover | null>(null);
  const [hoverCand, setHoverCand] = useState<number | null>(null);
  const reducedMotion = useReducedMotion();
  const step = trace.steps[state.step];
  const kind = trace.attention;
  const phase = currentPhase(state);
  // A candidate index means nothing in another step.
  useEffect(() => setHoverCand(null), [state.step]);
  if (!step) return null;
  const enc = trace.encoder;
  const done = state.phases.filter((p) => reached(state, p));
  const title = phaseTitle(kind, phase);
  const hasAttention = kind !== 'none' && step.weights.length === enc.tokens.length;
  const canAct = !!whatIf && !whatIf.busy;
  const onPickCandidate =
    canAct && phase === 'output' ? (k: number) => step.topK[k] && whatIf!.onForce(step.t, step.topK[k]!.id) : undefined;
  const onPickSource =
    canAct && hasAttention && phase === 'softmax'
      ? (j: number) => whatIf!.onAttention(step.t, oneHot(enc.tokens.length, j))
      : undefined;
  const marked = whatIf ? trace.steps.map((s) => s.forced === true || s.attentionOverridden === true) : [];
  const announcement = stepAnnouncement(trace, state, title, t.a11y.announce);
  return (
    <section
      className="card step-panel"
      data-testid="step-panel"
      data-reduced-motion={reducedMotion ? 'true' : 'false'}
      aria-labelledby="step-panel-heading"
    >
      <div className="step-panel__head">
        <h2 className="card__title" id="step-panel-heading">
          {heading}
        </h2>
        <p className="muted small step-panel__intro">{intro}</p>
        <p className="muted small step-panel__keys" data-testid="keys-help">
          {t.step.keysHelp}
        </p>
        {reducedMotion ? <p className="muted small">{t.step.reducedMotion}</p> : null}
      </div>
      <PlaybackControls
        state={state}
        dispatch={dispatch}
        words={trace.steps.map((s) => s.chosen.token)}
        phaseTitle={(p) => phaseTitle(kind, p)}
        marked={marked}
        markLabel={t.whatIf.stepMark}
      />
      {/* What the picture shows now, for screen readers (polite: one line per cursor move, one per step while playing) and as a caption. */}
      <p className="step-panel__now small" aria-live="polite" data-testid="step-announcement">
        {announcement}
      </p>
      {whatIf ? (
        <WhatIfBox
          phase={phase}
          step={step.t}
          hasAttention={hasAttention}
          tokens={enc.tokens}
          weights={step.weights}
          busy={whatIf.busy}
          onApply={(w) => whatIf.onAttention(step.t, w)}
        />
      ) : null}
      <div className="step-panel__body">
        <div
          className="step-panel__picture"
          tabIndex={0}
          aria-label={`${t.step.stepOf(state.step + 1, trace.steps.length)}: ${title}`}
          data-testid="step-picture"
        >
          <StepStage
            kind={kind}
            tokens={enc.tokens}
            unknown={enc.unknown}
            annotations={enc.annotations}
            step={step}
            phase={phase}
            reached={done}
            hoverSrc={hoverSrc}
            onHoverSrc={onHoverSrc}
            hoverDim={hoverDim}
            onHoverDim={setHoverDim}
            hoverCand={hoverCand}
            onHoverCand={setHoverCand}
            onPickCandidate={onPickCandidate}
            onPickSource={onPickSource}
            labels={stageLabels}
            summary={announcement}
          />
        </div>
        <aside className="step-panel__side">
          {whatIf && step.attentionOverridden && (phase === 'softmax' || phase === 'context' || phase === 'scores') ? (
            <p className="whatif-note" data-testid="whatif-step-note">
              {t.whatIf.overriddenNote}
            </p>
          ) : null}
          {!whatIf && forcedNote && step.forced && phase === 'output' ? (
            <p className="step-note" data-testid="forced-step-note">
              {forcedNote(step.chosen.token, step.topK[0]?.token ?? '', fmt(step.topK[0]?.p ?? 0, 3))}
            </p>
          ) : null}
          {whatIf && step.forced && phase === 'output' ? (
            <p className="whatif-note" data-testid="whatif-step-note">
              {t.whatIf.forcedNote}
            </p>
          ) : null}
          <FormulaPanel
            kind={kind}
            phase={phase}
            step={step}
            tokens={enc.tokens}
            annotations={enc.annotations}
            hover={{ src: hoverSrc, dim: hoverDim, cand: hoverCand }}
            title={title}
          />
        </aside>
      </div>
    </section>
  );
}
