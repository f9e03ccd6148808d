/**
 * The hypothesis-tree card of the beam view: the stepper that grows the tree (the shared playback
 * cursor, steps only), the step's summary, and the tree in a box that scrolls sideways only.
 */
import { useEffect, useId, useMemo, useRef, type Dispatch } from 'react';
import type { BeamRun } from '../app/engine';
import type { PlaybackAction, PlaybackState } from '../app/playback';
import { BeamTree, BeamTreeLegend, type BeamTreeLabels } from '../viz/BeamTree';
import { liveCounts } from '../viz/beamTreeLayout';
import { useStrings } from './i18n';
import type { Strings } from './strings';

/** The beam tree's texts, from the page's strings. */
export const beamTreeLabels = (t: Strings): BeamTreeLabels => ({
  step: t.beam.colStep,
  node: t.beam.node,
  live: t.beam.live,
  pruned: t.beam.pruned,
  finished: t.beam.finished,
  best: t.beam.best,
  dead: t.beam.dead,
  finishedTag: t.beam.finishedTag,
  caption: t.beam.treeCaption,
  a11y: t.a11y,
});

/** Vertical distance between leaves of the tree: tighter from k = 6 on, px. */
export const treeRowHeight = (k: number): number => (k > 5 ? 24 : 30);

/** Props of {@link BeamTreeCard}. */
export interface BeamTreeCardProps {
  /** the finished search */
  run: BeamRun;
  /** the tree's step cursor (a steps-only playback state: step index = step t − 1) */
  cursor: PlaybackState;
  /** moves the cursor */
  dispatch: Dispatch<PlaybackAction>;
  /** draw the pruned candidates */
  showPruned: boolean;
  /** the node whose hypothesis is open */
  selected: number | null;
  /** opens a node's hypothesis */
  onSelect: (id: number) => void;
}

/** Renders the tree card: stepper (previous, grow/pause, next, slider), the step's summary, the tree and its legend. */
export function BeamTreeCard({ run, cursor, dispatch, showPruned, selected, onSelect }: BeamTreeCardProps) {
  const t = useStrings();
  const b = t.beam;
  const id = useId();
  const result = run.result;
  const T = result.beams.length;
  const step = Math.min(T, cursor.step + 1);
  const counts = useMemo(() => liveCounts(result.nodes, result.beams), [result]);
  const finishedBy = useMemo(() => {
    const byStep: number[] = [];
    let n = 0;
    for (const beam of result.beams) {
      n += beam.filter((nid) => result.nodes[nid]?.finished).length;
      byStep.push(n);
    }
    return byStep;
  }, [result]);
  const labels = useMemo(() => beamTreeLabels(t), [t]);

  // Keep the current step's column in view (the tree can be wider than the page).
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = scroller.current;
    const band = box?.querySelector('.beamtree__band');
    if (!box || !band) return;
    const r = band.getBoundingClientRect();
    const c = box.getBoundingClientRect();
    if (r.right > c.right - 8) box.scrollLeft += r.right - c.right + 40;
    else if (r.left < c.left + 8) box.scrollLeft -= c.left - r.left + 40;
  }, [step, run, showPruned]);

  return (
    <section
      className="card"
      data-testid="beam-tree"
      data-k={result.k}
      data-alpha={result.alpha}
      data-steps={T}
      aria-labelledby={`${id}-t`}
    >
      <h2 className="card__title" id={`${id}-t`}>
        {b.treeHeading}
      </h2>
      <p className="muted small">{b.treeHelp}</p>
      <div className="beam__stepper">
        <button
          type="button"
          className="pb__btn"
          aria-label={b.prev}
          title={b.prev}
          disabled={step <= 1}
          onClick={() => dispatch({ type: 'prevStep' })}
          data-testid="beam-prev"
        >
          ‹
        </button>
        <button
          type="button"
          className="pb__btn pb__btn--play"
          data-testid="beam-play"
          aria-pressed={cursor.playing}
          onClick={() => dispatch({ type: 'toggle' })}
        >
          {cursor.playing ? b.pause : b.play}
        </button>
        <button
          type="button"
          className="pb__btn"
          aria-label={b.next}
          title={b.next}
          disabled={step >= T}
          onClick={() => dispatch({ type: 'nextStep' })}
          data-testid="beam-next"
        >
          ›
        </button>
        <label className="beam__slider">
          <span>{b.stepSlider}</span>
          <input
            type="range"
            min={1}
            max={Math.max(1, T)}
            step={1}
            value={step}
            data-testid="beam-step"
            onChange={(e) => {
              dispatch({ type: 'pause' });
              dispatch({ type: 'jump', step: Number(e.target.value) - 1 });
            }}
          />
          <strong>{step}</strong> / {T}
        </label>
      </div>
      <p
        className="small"
        data-testid="beam-step-summary"
        data-step={step}
        data-live={counts[step - 1] ?? 0}
        data-finished={finishedBy[step - 1] ?? 0}
      >
        {b.stepSummary(step, counts[step - 1] ?? 0, finishedBy[step - 1] ?? 0, result.k)}
      </p>
      <div className="beamtree__scroll" ref={scroller}>
        <BeamTree
          nodes={result.nodes}
          beams={result.beams}
          step={step}
          showPruned={showPruned}
          bestId={result.hypotheses[0]?.nodeId ?? null}
          selected={selected}
          onSelect={onSelect}
          rowHeight={treeRowHeight(result.k)}
          labels={labels}
        />
      </div>
      <BeamTreeLegend labels={labels} />
    </section>
  );
}
