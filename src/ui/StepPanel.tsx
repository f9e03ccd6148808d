/**
 * The step-by-step view: playback controls, the picture of the current step and phase, and beside
 * it the equation with live values and a short explanation. State (cursor, hover) lives in the
 * parent so the heatmap and the source tokens share it.
 */
import { useEffect, useState, type Dispatch } from 'react';
import { currentPhase, reached, type PhaseId, type PlaybackAction, type PlaybackState } from '../app/playback';
import type { DecodeTrace } from '../model/trace';
import { StepStage, type DimHover, type StageLabels } from '../viz/StepStage';
import { FormulaPanel } from './FormulaPanel';
import { PlaybackControls } from './PlaybackControls';
import { t } from './strings';

export interface StepPanelProps {
  trace: DecodeTrace;
  state: PlaybackState;
  dispatch: Dispatch<PlaybackAction>;
  hoverSrc: number | null;
  onHoverSrc: (j: number | null) => void;
}

/** The title of a phase for a variant. */
export function phaseTitle(kind: DecodeTrace['attention'], p: PhaseId): string {
  const ph = t.step.phases;
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

const stageLabels: StageLabels = t.step.stage;

export function StepPanel({ trace, state, dispatch, hoverSrc, onHoverSrc }: StepPanelProps) {
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
  return (
    <section className="card step-panel" data-testid="step-panel" data-reduced-motion={reducedMotion ? 'true' : 'false'} aria-labelledby="step-panel-heading">
      <div className="step-panel__head">
        <h2 className="card__title" id="step-panel-heading">
          {t.step.heading}
        </h2>
        <p className="muted small step-panel__intro">{t.step.intro}</p>
        <p className="muted small step-panel__keys" data-testid="keys-help">
          {t.step.keysHelp}
        </p>
        {reducedMotion ? <p className="muted small">{t.step.reducedMotion}</p> : null}
      </div>
      <PlaybackControls state={state} dispatch={dispatch} words={trace.steps.map((s) => s.chosen.token)} phaseTitle={(p) => phaseTitle(kind, p)} />
      <div className="step-panel__body">
        <div className="step-panel__picture" tabIndex={0} aria-label={`${t.step.stepOf(state.step + 1, trace.steps.length)}: ${title}`} data-testid="step-picture">
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
            labels={stageLabels}
          />
        </div>
        <aside className="step-panel__side">
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
