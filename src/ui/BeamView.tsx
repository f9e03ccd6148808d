/**
 * "Beam search": controls for k and α, greedy vs beam side by side, the hypothesis tree growing
 * step by step (d3-hierarchy layout, React SVG), and the selected hypothesis's attention rows and
 * step-by-step view (the hypothesis re-run through the same decoder step, fed its own words).
 */
import { hasAttention } from '../model/config';
import { lengthNorm, sequenceLogp } from '../model/sequenceScore';
import { BEAM_ALPHA_MAX, BEAM_ALPHA_STEP, BEAM_K_MAX, BEAM_K_MIN } from '../app/limits';
import { errorText } from './errorText';
import { useLatest } from './useLatest';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { BeamRun, TranslationResult } from '../app/engine';
import { useHeatmapReveal } from '../app/useHeatmapReveal';
import { usePlayback } from '../app/usePlayback';
import { sentenceBleu } from '../model/bleu';
import { AttentionHeatmap } from '../viz/AttentionHeatmap';
import { BeamTree, BeamTreeLegend, type BeamTreeLabels } from '../viz/BeamTree';
import { liveCounts, pathTo } from '../viz/beamTreeLayout';
import { fmt } from '../viz/stepLayout';
import type { BeamSettings } from './beamSettings';
import type { BeamBest } from './ForcingView';
import { StepPanel } from './StepPanel';
import { useStrings } from './i18n';
import { heatmapLabels } from './heatmapLabels';
import type { Strings } from './strings';

export { DEFAULT_BEAM_SETTINGS, type BeamSettings } from './beamSettings';

/** Props of {@link BeamView}. */
export interface BeamViewProps {
  settings: BeamSettings;
  onSettingsChange: (s: BeamSettings) => void;
  /** the model's own greedy translation of the sentence */
  base: TranslationResult;
  /** runs beam search on the sentence */
  runBeam: (k: number, alpha: number) => Promise<BeamRun>;
  /** re-runs the sentence forcing these target ids (a hypothesis), for its step-by-step view */
  inspect: (ids: number[]) => Promise<TranslationResult>;
  /** references of the sentence (for sentence BLEU), possibly none */
  refs: readonly string[];
  /** reports the best finished hypothesis of each search (null if none) */
  onBest: (best: BeamBest | null) => void;
  /** the view is visible: searches run and the playback keys apply only then */
  active: boolean;
}

const alphaText = (a: number): string => a.toFixed(1);

const beamTreeLabels = (t: Strings): BeamTreeLabels => ({
  step: t.beam.colStep,
  node: t.beam.node,
  live: t.beam.live,
  pruned: t.beam.pruned,
  finished: t.beam.finished,
  best: t.beam.best,
  dead: t.beam.dead,
  finishedTag: t.beam.finishedTag,
  caption: t.beam.treeCaption,
});

/** The beam-search tab: k/α controls, greedy vs beam results, the growing hypothesis tree, and the selected hypothesis's attention and step-by-step view. */
export function BeamView({ settings, onSettingsChange, base, runBeam, inspect, refs, onBest, active }: BeamViewProps) {
  const t = useStrings();
  const b = t.beam;
  const id = useId();
  const { k, alpha, showPruned } = settings;
  const setK = (v: number): void => onSettingsChange({ ...settings, k: v });
  const setAlpha = (v: number): void => onSettingsChange({ ...settings, alpha: v });
  const setShowPruned = (v: boolean): void => onSettingsChange({ ...settings, showPruned: v });
  const [run, setRun] = useState<BeamRun | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState(1);
  const [playing, setPlaying] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const req = useRef(0);
  /** the k|α of the search in flight, so that re-renders do not start it twice */
  const inflight = useRef<string | null>(null);
  const runRef = useLatest(runBeam);
  const onBestRef = useLatest(onBest);

  // Search when the view is visible and k or α changed (debounced while a slider moves).
  const wanted = `${k}|${alpha}`;
  const done = run ? `${run.result.k}|${run.result.alpha}` : null;
  useEffect(() => {
    if (!active || wanted === done || wanted === inflight.current) return;
    const timer = window.setTimeout(
      () => {
        const r = ++req.current;
        inflight.current = wanted;
        setBusy(true);
        setError(null);
        setPlaying(false);
        runRef
          .current(k, alpha)
          .then((out) => {
            if (r !== req.current) return;
            setRun(out);
            setStep(Math.max(1, out.result.beams.length));
            const best = out.result.hypotheses[0];
            setSelected(best ? best.nodeId : null);
            onBestRef.current(best ? { text: best.text, k: out.result.k, alpha: out.result.alpha } : null);
          })
          .catch((e: unknown) => {
            if (r === req.current) setError(b.error(errorText(e)));
          })
          .finally(() => {
            if (r !== req.current) return;
            inflight.current = null;
            setBusy(false);
          });
      },
      done === null ? 0 : 300,
    );
    return () => window.clearTimeout(timer);
  }, [active, wanted, done, k, alpha, b, runRef, onBestRef]);

  const result = run?.result;
  const T = result?.beams.length ?? 0;

  // Growing the tree: one step per beat.
  useEffect(() => {
    if (!playing) return;
    if (step >= T) {
      setPlaying(false);
      return;
    }
    const timer = window.setTimeout(() => setStep((s) => Math.min(T, s + 1)), 800);
    return () => window.clearTimeout(timer);
  }, [playing, step, T]);

  const counts = useMemo(() => (result ? liveCounts(result.nodes, result.beams) : []), [result]);
  const finishedBy = (s: number): number =>
    result
      ? result.beams
          .slice(0, s)
          .flat()
          .filter((nid) => result.nodes[nid]?.finished).length
      : 0;

  // Greedy vs beam.
  const greedyLogp = sequenceLogp(base.trace.steps.map((st) => st.chosen.p));
  const greedyLen = base.trace.steps.length;
  const a = result?.alpha ?? alpha;
  const greedyScore = lengthNorm(greedyLogp, greedyLen, a);
  const best = result?.hypotheses[0];
  const bestNode = best && result ? result.nodes[best.nodeId] : undefined;
  const bestLen = bestNode?.t ?? 0;
  const bleuOf = (text: string): number | null => (refs.length ? sentenceBleu(text, [...refs]).bleu : null);
  const sameAsGreedy = best ? best.text === base.trace.translation : false;
  const finishedAny = result ? result.nodes.some((n) => n.finished && n.kept) : false;

  const onSelect = useCallback((nid: number) => setSelected(nid), []);

  // Keep the current step's column in view (the tree can be wider than the page), and after a
  // search bring the best hypothesis into view.
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
  useEffect(() => {
    const box = scroller.current;
    const target = box?.querySelector('[data-best="true"]') ?? box?.querySelector('.beamnode--selected');
    if (!box || !target) return;
    const r = target.getBoundingClientRect();
    const c = box.getBoundingClientRect();
    if (r.top < c.top || r.bottom > c.bottom) box.scrollTop += r.top - c.top - box.clientHeight / 2;
  }, [run, showPruned]);

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
              onChange={(e) => setK(Number(e.target.value))}
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
              onChange={(e) => setAlpha(Math.round(Number(e.target.value) * 10) / 10)}
            />
            <span className="muted small">{b.alphaHelp}</span>
          </label>
          <label className="beam__check">
            <input
              type="checkbox"
              checked={showPruned}
              data-testid="beam-show-pruned"
              onChange={(e) => setShowPruned(e.target.checked)}
            />
            {b.showPruned}
          </label>
        </div>
        <p className="status muted small" data-testid="beam-status" data-busy={busy ? 'true' : 'false'} aria-live="polite">
          {busy ? b.running : result && run ? b.stats(T, run.ms, run.backend, result.nodes.length - 1) : ''}
        </p>
        {error ? (
          <p className="alert alert--error" role="alert">
            {error}
          </p>
        ) : null}
      </section>

      {result && run ? (
        <>
          <section className="card" data-testid="beam-compare" aria-labelledby={`${id}-c`}>
            <h2 className="card__title" id={`${id}-c`}>
              {b.compareHeading}
            </h2>
            <div className="compare">
              <div
                className="compare__col"
                data-testid="compare-greedy"
                data-logp={String(greedyLogp)}
                data-score={String(greedyScore)}
              >
                <h3 className="compare__title">{b.greedy}</h3>
                <p className="compare__text" lang="fr">
                  {base.trace.translation}
                </p>
                <dl className="compare__stats">
                  <dt>{b.logp}</dt>
                  <dd>{fmt(greedyLogp, 3)}</dd>
                  <dt>{b.length}</dt>
                  <dd>{greedyLen}</dd>
                  <dt>{b.score(alphaText(a))}</dt>
                  <dd>{fmt(greedyScore, 3)}</dd>
                  {refs.length ? (
                    <>
                      <dt>{b.bleu}</dt>
                      <dd>{fmt(bleuOf(base.trace.translation)!, 1)}</dd>
                    </>
                  ) : null}
                </dl>
              </div>
              <div
                className="compare__col compare__col--beam"
                data-testid="compare-beam"
                data-logp={best ? String(best.logp) : ''}
                data-score={best ? String(best.score) : ''}
              >
                <h3 className="compare__title">{b.beamBest(result.k, alphaText(result.alpha))}</h3>
                <p className="compare__text" lang="fr" data-testid="beam-best-text">
                  {best?.text ?? ''}
                </p>
                {best ? (
                  <dl className="compare__stats">
                    <dt>{b.logp}</dt>
                    <dd>{fmt(best.logp, 3)}</dd>
                    <dt>{b.length}</dt>
                    <dd>{bestLen}</dd>
                    <dt>{b.score(alphaText(result.alpha))}</dt>
                    <dd>{fmt(best.score, 3)}</dd>
                    {refs.length ? (
                      <>
                        <dt>{b.bleu}</dt>
                        <dd>{fmt(bleuOf(best.text)!, 1)}</dd>
                      </>
                    ) : null}
                  </dl>
                ) : null}
              </div>
            </div>
            <p className="note" data-testid="compare-note">
              {!finishedAny ? b.noFinished : sameAsGreedy ? b.same : best && best.score > greedyScore + 1e-9 ? b.better : b.worse}
            </p>
            <h3 className="sub-title">{b.hypsHeading}</h3>
            <ol className="hyps" data-testid="beam-hypotheses">
              {result.hypotheses.map((h, i) => (
                <li key={h.nodeId}>
                  <button
                    type="button"
                    className={`hyp${selected === h.nodeId ? ' hyp--selected' : ''}`}
                    data-testid="beam-hypothesis"
                    data-node-id={h.nodeId}
                    data-score={String(h.score)}
                    aria-pressed={selected === h.nodeId}
                    onClick={() => {
                      setSelected(h.nodeId);
                      setStep(T);
                    }}
                  >
                    <span className="hyp__rank">{b.hypothesis(i + 1)}</span>
                    <span className="hyp__text" lang="fr">
                      {h.text || '∅'}
                    </span>
                    <span className="hyp__num">
                      {b.logp} {fmt(h.logp, 2)} · {b.score(alphaText(result.alpha))} {fmt(h.score, 3)}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </section>

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
                onClick={() => setStep((s) => Math.max(1, s - 1))}
                data-testid="beam-prev"
              >
                ‹
              </button>
              <button
                type="button"
                className="pb__btn pb__btn--play"
                data-testid="beam-play"
                aria-pressed={playing}
                onClick={() => {
                  if (!playing && step >= T) setStep(1);
                  setPlaying((p) => !p);
                }}
              >
                {playing ? b.pause : b.play}
              </button>
              <button
                type="button"
                className="pb__btn"
                aria-label={b.next}
                title={b.next}
                disabled={step >= T}
                onClick={() => setStep((s) => Math.min(T, s + 1))}
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
                    setPlaying(false);
                    setStep(Number(e.target.value));
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
              data-finished={finishedBy(step)}
            >
              {b.stepSummary(step, counts[step - 1] ?? 0, finishedBy(step), result.k)}
            </p>
            <div className="beamtree__scroll" ref={scroller}>
              <BeamTree
                nodes={result.nodes}
                beams={result.beams}
                step={step}
                showPruned={showPruned}
                bestId={best?.nodeId ?? null}
                selected={selected}
                onSelect={onSelect}
                rowHeight={result.k > 5 ? 24 : 30}
                labels={beamTreeLabels(t)}
              />
            </div>
            <BeamTreeLegend labels={beamTreeLabels(t)} />
          </section>

          {selected !== null && result.nodes[selected] ? (
            <HypothesisDetail
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

/** The selected node's hypothesis: its tokens, attention rows, and its steps re-run in the step view. */
function HypothesisDetail({
  run,
  nodeId,
  inspect,
  keyboard,
}: {
  run: BeamRun;
  nodeId: number;
  inspect: (ids: number[]) => Promise<TranslationResult>;
  keyboard: boolean;
}) {
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
        <p className="hyp-path" lang="fr">
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
        />
      ) : null}
    </>
  );
}
