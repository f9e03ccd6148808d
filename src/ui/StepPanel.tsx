/**
 * The step-by-step view: playback controls, the picture of the current step and phase, and beside
 * it the equation with live values and a short explanation. State (cursor, hover) lives in the
 * parent so the heatmap and the source tokens share it.
 */
import { useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import { currentPhase, reached, type PhaseId, type PlaybackAction, type PlaybackState } from '../app/playback';
import { encoderAnnouncement, stepAnnouncement } from '../app/stepAnnouncement';
import { oneHot } from '../app/whatIf';
import { traceHasAttention, type DecodeTrace } from '../model/trace';
import { UNK_TOKEN, type UnkReplacement } from '../model/unkReplace';
import { downloadBlob } from '../app/svgCapture';
import { compactDims } from '../viz/stage/dims';
import { recordStepVideo } from '../viz/stage/video';
import { fmt, type EncoderPhase } from '../viz/stepLayout';
import { StepStage, type DimHover, type StageEncoderStep, type StageLabels, type StageTerm } from '../viz/StepStage';
import { FormulaPanel } from './FormulaPanel';
import { PlaybackControls } from './PlaybackControls';
import { StepEncoderBar } from './StepEncoderBar';
import { useStrings } from './i18n';
import { t as liveT } from './strings';
import { WhatIfBox } from './WhatIfBox';
import './stepPanel.css';

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
  /** the file name of a step's video (step t, 1-based); default `step-t<t>.webm` */
  videoName?: (t: number) => string;
  /** the decode's `<unk>`s replaced through attention: the output phase of such a step shows its replacement */
  unkReplacements?: readonly UnkReplacement[];
  /** a note for forced steps in the output phase (e.g. a beam hypothesis re-run): word, the model's top word, its p */
  forcedNote?: (word: string, top: string, p: string) => string;
  /** the target language's code (`fr`, `de`): the output words' lang and the texts' language name (default French) */
  targetLang?: string;
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
  unkReplacements,
  videoName = (n) => `step-t${n}.webm`,
  targetLang = 'fr',
}: StepPanelProps) {
  const t = useStrings();
  const stageLabels: StageLabels = useMemo(() => ({ ...t.step.stage, summary: t.a11y }), [t]);
  const language = t.step.targetLanguage(targetLang);
  const [hoverDim, setHoverDim] = useState<DimHover | null>(null);
  const [hoverCand, setHoverCand] = useState<number | null>(null);
  const [hoverTerm, setHoverTerm] = useState<StageTerm | null>(null);
  // step 0 (the encoder): shown until the cursor moves (any playback action leaves it)
  const [encPhase, setEncPhase] = useState<EncoderPhase | null>(null);
  useEffect(() => setEncPhase(null), [state.step, state.phase, state.playing]);
  const encoderStep: StageEncoderStep | null = useMemo(
    () => (encPhase ? { phase: encPhase, embeddings: trace.encoder.embeddings, bridge: trace.encoder.bridge } : null),
    [encPhase, trace.encoder],
  );
  const openEncoder = (p: EncoderPhase | null): void => {
    if (p && state.playing) dispatch({ type: 'pause' });
    setEncPhase(p);
    if (!p) dispatch({ type: 'first' });
  };
  const reducedMotion = useReducedMotion();
  const [full, setFull] = useState(false);
  const [recording, setRecording] = useState<'idle' | 'busy' | 'failed'>('idle');
  const pictureRef = useRef<HTMLDivElement>(null);
  const step = trace.steps[state.step];
  const kind = trace.attention;
  const H = trace.steps[0]?.state.length ?? 0;
  const dims = useMemo(() => compactDims(trace.encoder.annotations, H), [trace.encoder.annotations, H]);
  const outputs = useMemo(() => trace.steps.map((s) => s.chosen.token), [trace.steps]);
  const maxTopK = useMemo(() => Math.max(0, ...trace.steps.map((s) => s.topK.length)), [trace.steps]);
  const phase = currentPhase(state);
  // A candidate index means nothing in another step.
  useEffect(() => setHoverCand(null), [state.step]);
  // the phases reached, as one array per distinct list (a new array would redraw the memoized stage)
  const doneKey = state.phases.filter((p) => reached(state, p)).join(' ');
  const done = useMemo(() => (doneKey === '' ? [] : (doneKey.split(' ') as PhaseId[])), [doneKey]);
  if (!step) return null;
  const enc = trace.encoder;
  const title = phaseTitle(kind, phase);
  const hasAttention = traceHasAttention(trace);
  const canAct = !!whatIf && !whatIf.busy;
  const onPickCandidate =
    canAct && phase === 'output' ? (k: number) => step.topK[k] && whatIf!.onForce(step.t, step.topK[k]!.id) : undefined;
  const onPickSource =
    canAct && hasAttention && phase === 'softmax'
      ? (j: number) => whatIf!.onAttention(step.t, oneHot(enc.tokens.length, j))
      : undefined;
  const marked = whatIf ? trace.steps.map((s) => s.forced === true || s.attentionOverridden === true) : [];
  // the chosen word is <unk> and was replaced through attention: shown beside the output phase
  const unkNow =
    phase === 'output' && step.chosen.token === UNK_TOKEN
      ? (unkReplacements?.find((r) => r.outputIndex === state.step) ?? null)
      : null;
  const announcement = encPhase
    ? encoderAnnouncement(trace.encoder, encPhase, t.step.encoderStep.announce)
    : stepAnnouncement(trace, state, title, t.a11y.announce, t.step.summary);
  // the dimension the formula's numbers are about, outlined in every vector: the shown one where c_t is largest
  // The current step as a video: its phases replayed on this stage, frames from the same SVG.
  const recordVideo = async (): Promise<void> => {
    setRecording('busy');
    dispatch({ type: 'pause' });
    const at = state.step;
    try {
      const blob = await recordStepVideo(
        () => pictureRef.current?.querySelector<SVGSVGElement>('svg.stage__svg') ?? null,
        state.phases.length,
        () => dispatch({ type: 'jump', step: at, phase: 0 }),
        () => dispatch({ type: 'nextPhase' }),
      );
      downloadBlob(blob, videoName(at + 1));
      setRecording('idle');
    } catch {
      setRecording('failed');
    }
  };
  const focusDim = dims.reduce(
    (best, d) => (Math.abs(step.context[d] ?? 0) > Math.abs(step.context[best] ?? 0) ? d : best),
    dims[0] ?? 0,
  );
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
        lang={targetLang}
      />
      <div className="step-panel__body">
        <div className="step-panel__main">
          <StepEncoderBar phase={encPhase} onPhase={openEncoder} />
          <div
            ref={pictureRef}
            className="step-panel__picture"
            // Focusable on purpose: the arrow keys step the picture's phases while it has focus (and
            // a narrow screen can scroll it), so keyboard users must be able to reach it.
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
            aria-label={
              encPhase
                ? `${t.step.encoderStep.label}: ${t.step.encoderStep.titles[encPhase]}`
                : `${t.step.stepOf(state.step + 1, trace.steps.length)}: ${title}`
            }
            data-testid="step-picture"
          >
            <StepStage
              kind={kind}
              tokens={enc.tokens}
              unknown={enc.unknown}
              annotations={enc.annotations}
              step={step}
              encoder={encoderStep}
              phase={phase}
              reached={done}
              hoverTerm={hoverTerm}
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
              outputs={outputs}
              maxTopK={maxTopK}
              dims={full ? null : dims}
              focusDim={focusDim}
              motion={!reducedMotion}
              speed={state.speed}
            />
          </div>
          <div className="step-panel__below">
            <div className="step-panel__vectors" role="group" aria-label={t.step.vectors.label}>
              <span className="muted small">{t.step.vectors.label}:</span>
              {[false, true].map((f) => (
                <button
                  key={String(f)}
                  type="button"
                  className={`button button--small${full === f ? ' button--primary' : ''}`}
                  aria-pressed={full === f}
                  data-testid={f ? 'vectors-full' : 'vectors-compact'}
                  onClick={() => setFull(f)}
                >
                  {f ? t.step.vectors.full : t.step.vectors.compact}
                </button>
              ))}
              <button
                type="button"
                className="button button--small"
                data-testid="export-step-webm"
                disabled={recording === 'busy'}
                onClick={() => void recordVideo()}
              >
                {recording === 'busy' ? t.step.video.busy : t.step.video.button}
              </button>
              {recording === 'failed' ? (
                <span className="note note--warn small" role="status">
                  {t.step.video.failed}
                </span>
              ) : null}
              {full ? null : (
                <span className="muted small" data-testid="stage-dims-note">
                  {t.step.vectors.note(dims.map((d) => d + 1).join(', '), H)}
                </span>
              )}
            </div>
            {/* What the picture shows now, for screen readers (polite: one line per cursor move, one per step while playing) and as a caption. */}
            <p className="step-panel__now small" aria-live="polite" data-testid="step-announcement">
              {announcement}
            </p>
            {unkNow ? (
              <p className="step-panel__unk small" data-testid="step-unk">
                {t.unk.step(
                  unkNow.word,
                  unkNow.via === 'dictionary' ? t.unk.dictionary : t.unk.copied,
                  unkNow.sourcePosition + 1,
                  unkNow.sourceWord,
                  unkNow.alpha.toFixed(2),
                )}
              </p>
            ) : null}
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
          </div>
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
            hover={{ src: hoverSrc, dim: hoverDim, cand: hoverCand, focus: focusDim, term: hoverTerm }}
            title={encPhase ? t.step.encoderStep.titles[encPhase] : title}
            language={language}
            onHoverTerm={setHoverTerm}
            encoder={encPhase ? { phase: encPhase, text: stageLabels.encoder[encPhase] } : null}
          />
        </aside>
      </div>
    </section>
  );
}
