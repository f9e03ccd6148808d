/**
 * "Beam search": controls for k and α, greedy vs beam side by side (BeamCompareCard), the
 * hypothesis tree growing step by step (BeamTreeCard), and the selected hypothesis's attention rows
 * and step-by-step view (BeamHypothesis). The search itself runs in useBeamSearch.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import type { BeamRun, TranslationResult } from '../app/engine';
import { BEAM_ALPHA_MAX, BEAM_ALPHA_STEP, BEAM_K_MAX, BEAM_K_MIN } from '../app/limits';
import { usePlayback } from '../app/usePlayback';
import { alphaText, BeamCompareCard } from './BeamCompareCard';
import { BeamHypothesis } from './BeamHypothesis';
import type { BeamSettings } from './beamSettings';
import { BeamTreeCard } from './BeamTreeCard';
import type { BeamBest } from './ForcingView';
import { useStrings } from './i18n';
import { useBeamSearch } from './useBeamSearch';

export { DEFAULT_BEAM_SETTINGS, type BeamSettings } from './beamSettings';

/** Props of {@link BeamView}. */
export interface BeamViewProps {
  /** k, α and whether pruned candidates show (kept by the page) */
  settings: BeamSettings;
  /** changes the settings */
  onSettingsChange: (s: BeamSettings) => void;
  /** the model's own greedy translation of the sentence */
  base: TranslationResult;
  /** runs beam search on the sentence (given up when `signal` aborts) */
  runBeam: (k: number, alpha: number, signal?: AbortSignal) => Promise<BeamRun>;
  /** re-runs the sentence forcing these target ids (a hypothesis), for its step-by-step view */
  inspect: (ids: number[]) => Promise<TranslationResult>;
  /** references of the sentence (for sentence BLEU), possibly none */
  refs: readonly string[];
  /** reports the best finished hypothesis of each search (null if none) */
  onBest: (best: BeamBest | null) => void;
  /** the view is visible: searches run and the playback keys apply only then */
  active: boolean;
}

/** How fast the tree grows when played: speed 2 of the shared playback (0.7 s a step). */
const TREE_SPEED = 2;

/** The beam-search tab: k/α controls, greedy vs beam results, the growing hypothesis tree, and the selected hypothesis's attention and step-by-step view. */
export function BeamView({ settings, onSettingsChange, base, runBeam, inspect, refs, onBest, active }: BeamViewProps) {
  const b = useStrings().beam;
  const id = useId();
  const { k, alpha, showPruned } = settings;
  const { run, busy, error } = useBeamSearch(k, alpha, active, runBeam, onBest, b.error);
  const result = run?.result;
  const T = result?.beams.length ?? 0;
  const [tree, dispatchTree] = usePlayback('none', T, false, undefined, { stepsOnly: true, speed: TREE_SPEED });
  const [selected, setSelected] = useState<number | null>(null);
  // A new search shows its whole tree with its best hypothesis open.
  useEffect(() => {
    if (!run) return;
    dispatchTree({ type: 'last' });
    setSelected(run.result.hypotheses[0]?.nodeId ?? null);
  }, [run, dispatchTree]);
  useEffect(() => {
    if (busy) dispatchTree({ type: 'pause' });
  }, [busy, dispatchTree]);
  const openHypothesis = useCallback(
    (nodeId: number) => {
      setSelected(nodeId);
      dispatchTree({ type: 'last' });
    },
    [dispatchTree],
  );

  return (
    <div className="beam" data-testid="beam-view">
      <section className="card" aria-labelledby={`${id}-h`}>
        <h2 className="card__title" id={`${id}-h`}>
          {b.heading}
        </h2>
        <p className="muted small">{b.intro}</p>
        <div className="beam__controls">
          <label className="beam__control">
            <span className="beam__control-label">
              {b.k}: <strong data-testid="beam-k-value">{k}</strong>
            </span>
            <input
              type="range"
              min={BEAM_K_MIN}
              max={BEAM_K_MAX}
              step={1}
              value={k}
              data-testid="beam-k"
              onChange={(e) => onSettingsChange({ ...settings, k: Number(e.target.value) })}
            />
            <span className="muted small">{b.kHelp}</span>
          </label>
          <label className="beam__control">
            <span className="beam__control-label">
              {b.alpha}: <strong data-testid="beam-alpha-value">{alphaText(alpha)}</strong>
              {alpha === 0 ? <span className="muted"> ({b.alphaOff})</span> : null}
            </span>
            <input
              type="range"
              min={0}
              max={BEAM_ALPHA_MAX}
              step={BEAM_ALPHA_STEP}
              value={alpha}
              data-testid="beam-alpha"
              onChange={(e) => onSettingsChange({ ...settings, alpha: Math.round(Number(e.target.value) * 10) / 10 })}
            />
            <span className="muted small">{b.alphaHelp}</span>
          </label>
          <label className="beam__check">
            <input
              type="checkbox"
              checked={showPruned}
              data-testid="beam-show-pruned"
              onChange={(e) => onSettingsChange({ ...settings, showPruned: e.target.checked })}
            />
            {b.showPruned}
          </label>
        </div>
        <p className="status muted small" data-testid="beam-status" data-busy={busy ? 'true' : 'false'} aria-live="polite">
          {busy ? b.running : result && run ? b.stats(T, run.ms, run.backend, result.nodes.length - 1) : ''}
        </p>
        {error ? (
          <p className="alert alert--error" role="alert" data-testid="beam-error">
            {error}
          </p>
        ) : null}
      </section>

      {result && run ? (
        <>
          <BeamCompareCard run={run} base={base} refs={refs} selected={selected} onOpen={openHypothesis} />
          <BeamTreeCard
            run={run}
            cursor={tree}
            dispatch={dispatchTree}
            showPruned={showPruned}
            selected={selected}
            onSelect={setSelected}
          />
          {selected !== null && result.nodes[selected] ? (
            <BeamHypothesis
              key={`${selected}|${result.k}|${result.alpha}`}
              run={run}
              nodeId={selected}
              inspect={inspect}
              keyboard={active}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
