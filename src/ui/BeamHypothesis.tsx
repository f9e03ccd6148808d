/**
 * The beam view's selected hypothesis: its tokens with their log p, its attention rows, and its
 * steps re-run through the same decoder step (fed its own words) in the step-by-step view.
 */
import { useEffect, useMemo, useState } from 'react';
import type { BeamRun, TranslationResult } from '../app/engine';
import { useHeatmapReveal } from '../app/useHeatmapReveal';
import { usePlayback } from '../app/usePlayback';
import { hasAttention } from '../model/config';
import { AttentionHeatmap } from '../viz/AttentionHeatmap';
import { pathTo } from '../viz/beamTreeLayout';
import { fmt } from '../viz/stepLayout';
import { alphaText } from './BeamCompareCard';
import { errorText } from './errorText';
import { heatmapLabels } from './heatmapLabels';
import { useStrings } from './i18n';
import { StepPanel } from './StepPanel';
import { useLatest } from './useLatest';
import { activeTargetLang } from '../app/pairs/pairs';

/** Props of {@link BeamHypothesis}. */
export interface BeamHypothesisProps {
  /** the finished search */
  run: BeamRun;
  /** the hypothesis's last node */
  nodeId: number;
  /** re-runs the sentence forcing these target ids, for the step-by-step view */
  inspect: (ids: number[]) => Promise<TranslationResult>;
  /** whether the page-wide playback keys drive its step view */
  keyboard: boolean;
}

/** The selected node's hypothesis: its tokens, attention rows, and its steps re-run in the step view. */
export function BeamHypothesis({ run, nodeId, inspect, keyboard }: BeamHypothesisProps) {
  const t = useStrings();
  const b = t.beam;
  const result = run.result;
  const path = useMemo(
    () =>
      pathTo(result.nodes, nodeId)
        .slice(1)
        .map((i) => result.nodes[i]!),
    [result, nodeId],
  );
  const node = result.nodes[nodeId]!;
  const [trace, setTrace] = useState<TranslationResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inspectRef = useLatest(inspect);
  useEffect(() => {
    let cancelled = false;
    inspectRef
      .current(path.map((n) => n.tokenId))
      .then((r) => {
        if (!cancelled) setTrace(r);
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(errorText(e));
      });
    return () => {
      cancelled = true;
    };
  }, [path, inspectRef]);
  const attends = hasAttention(run.attention) && path.every((n) => n.weights.length === result.sourceTokens.length);
  const nSteps = trace?.trace.steps.length ?? 0;
  const [playback, dispatch] = usePlayback(run.attention, nSteps, keyboard && nSteps > 0);
  const revealed = useHeatmapReveal(playback, trace);
  const [hoverSrc, setHoverSrc] = useState<number | null>(null);
  return (
    <>
      <section
        className="card"
        data-testid="beam-selected"
        data-node-id={nodeId}
        data-steps={path.length}
        aria-label={b.selectedHeading}
      >
        <h2 className="card__title">{b.selectedHeading}</h2>
        <p className="hyp-path" lang={activeTargetLang()}>
          <span className="muted small">{b.path}: </span>
          {path.map((n) => (
            <span
              key={n.id}
              className={`hyp-path__tok${n.finished ? ' hyp-path__tok--eos' : ''}`}
              data-testid="beam-path-token"
              title={`log p = ${fmt(n.tokenLogp, 3)}`}
            >
              {n.token}
            </span>
          ))}
          <span className="muted small">
            {' '}
            · {b.logp} {fmt(node.logp, 3)} · {b.score(alphaText(result.alpha))} {fmt(node.score, 3)}
          </span>
        </p>
        {!node.kept ? <p className="note">{b.selectedPruned}</p> : null}
        <h3 className="sub-title">{b.attentionRows}</h3>
        {attends ? (
          <AttentionHeatmap
            labels={heatmapLabels(t)}
            sourceTokens={result.sourceTokens}
            outputTokens={path.map((n) => n.token)}
            weights={path.map((n) => n.weights)}
            currentRow={trace ? playback.step : null}
            revealedRows={trace ? revealed : undefined}
            onRowSelect={trace ? (row) => dispatch({ type: 'jump', step: row }) : undefined}
            highlightCol={hoverSrc}
          />
        ) : (
          <p className="note">{b.noAttention}</p>
        )}
      </section>
      {error ? (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      ) : null}
      {!trace && !error ? (
        <p className="muted small" data-testid="beam-steps-loading">
          {b.loadingSteps}
        </p>
      ) : null}
      {trace && nSteps > 0 ? (
        <StepPanel
          trace={trace.trace}
          state={playback}
          dispatch={dispatch}
          hoverSrc={hoverSrc}
          onHoverSrc={setHoverSrc}
          heading={b.stepsHeading}
          intro={b.stepsIntro}
          forcedNote={b.stepNote}
          targetLang={activeTargetLang()}
        />
      ) : null}
    </>
  );
}
