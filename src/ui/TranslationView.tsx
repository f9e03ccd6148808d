/** The result of one translation: the target-language text, the source tokens and the alignment. */
import { useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import type { TranslationResult } from '../app/engine';
import { currentPhase, phasesFor, type PhaseId } from '../app/playback';
import { useHeatmapReveal } from '../app/useHeatmapReveal';
import { usePlayback } from '../app/usePlayback';
import { exportFileName } from '../app/exportNames';
import { manipulations } from '../app/whatIf';
import { parsePair } from '../model/languages';
import type { UnkReplacement } from '../model/unkReplace';
import { traceHasAttention } from '../model/trace';
import { AttentionHeatmap } from '../viz/AttentionHeatmap';
import { fmt } from '../viz/stepLayout';
import { ExportBar } from './ExportBar';
import { SourceTokens } from './SourceTokens';
import { phaseTitle, StepPanel, type WhatIfHandlers } from './StepPanel';
import { useStrings } from './i18n';
import { heatmapLabels } from './heatmapLabels';
import '../app/robust/robust.css';

/** Props of {@link TranslationView}. */
export interface TranslationViewProps {
  result: TranslationResult;
  /** the model's own decoding of the same sentence, when `result` is a what-if */
  base?: TranslationResult;
  /** what-if interactions; `onReset` returns to the model's own decoding */
  whatIf?: WhatIfHandlers & { onReset: () => void };
  /** whether the page-wide playback keys drive this view (false while another tab shows) */
  keyboard?: boolean;
  /** where the step cursor starts (e.g. the step a what-if changed); no phase, or one the variant lacks: the step's first */
  initialCursor?: { step: number; phase?: PhaseId };
  /** the model's display name (for the exports) */
  modelName?: string;
  /** told where the step cursor is, whenever it moves */
  onCursorChange?: (c: StepCursor) => void;
  /** moves the step cursor from outside (the guided tour); a new object (`n`) is a new request */
  goTo?: (StepCursor & { n: number }) | null;
  /** true for the precomputed example (not a live run): marked, and its stats say so */
  precomputed?: boolean;
  /** the `<unk>`s of `result` replaced through attention (shown in the step view's output phase) */
  unkReplacements?: readonly UnkReplacement[];
  /** the model's language pair, e.g. `en-de` (names the output's language; default English→French) */
  pair?: string;
  /** the sentence in the input box is not `result`'s (edited since, or waiting): the result is marked as stale */
  stale?: boolean;
}

/** A position of the step-by-step cursor: step t (1-based) and phase. */
export interface StepCursor {
  step: number;
  phase: PhaseId;
}

/** Renders one translation `result`: the output, source tokens, attention heatmap and step-by-step view, with what-if controls. */
export function TranslationView({
  result,
  base,
  whatIf,
  keyboard = true,
  initialCursor,
  modelName,
  onCursorChange,
  goTo,
  precomputed = false,
  pair = 'en-fr',
  unkReplacements,
  stale = false,
}: TranslationViewProps) {
  const t = useStrings();
  const { trace } = result;
  const tgtLang = parsePair(pair)?.tgt ?? 'fr';
  const enc = trace.encoder;
  const nUnknown = enc.unknown.filter(Boolean).length;
  const hasAttention = traceHasAttention(trace);
  const outputTokens = trace.steps.map((s) => s.chosen.token);
  const weights = hasAttention ? trace.steps.map((s) => s.weights) : [];
  // Linked highlighting: a hovered heatmap cell marks its source token, a hovered token its column.
  const [cellCol, setCellCol] = useState<number | null>(null);
  const [tokenCol, setTokenCol] = useState<number | null>(null);
  // The step-by-step cursor, shared by the step view and the heatmap (current row, rows revealed).
  const [playback, dispatch] = usePlayback(
    trace.attention,
    trace.steps.length,
    keyboard,
    initialCursor
      ? {
          step: initialCursor.step - 1,
          phase: initialCursor.phase ? Math.max(0, phasesFor(trace.attention).indexOf(initialCursor.phase)) : 0,
        }
      : undefined,
  );
  const hoverSrc = cellCol ?? tokenCol;
  // the whole alignment until the user steps (or a link / what-if opened a step), then rows with the cursor
  const revealed = useHeatmapReveal(playback, trace, initialCursor !== undefined);
  const phase = currentPhase(playback);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (trace.steps.length > 0) onCursorChange?.({ step: playback.step + 1, phase });
  }, [playback.step, phase, trace.steps.length, onCursorChange]);
  // A request from outside (the tour) moves the cursor and brings the step view into sight. Only a
  // new request does: a new trace keeps its own initial cursor.
  const handledGoTo = useRef<typeof goTo>(null);
  // The first screen's example: its step view (the picture alone is ~600 elements) renders just
  // after the words and the heatmap, in a render React does in the background, so the example is on
  // screen sooner. A live result renders whole at once (what the user asked for, all there: tests
  // and the tour read its step view as soon as the translation shows).
  const stepViewReady = useDeferredValue(true, !precomputed);
  useEffect(() => {
    if (!goTo || goTo === handledGoTo.current || !stepViewReady) return;
    handledGoTo.current = goTo;
    const i = playback.phases.indexOf(goTo.phase);
    dispatch({ type: 'pause' });
    dispatch({ type: 'jump', step: goTo.step - 1, phase: i >= 0 ? i : 0 });
    const picture = root.current?.querySelector('[data-testid="step-picture"]');
    const box = picture?.getBoundingClientRect();
    if (picture && box && (box.top < 0 || box.bottom > window.innerHeight)) {
      const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
      picture.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    }
  }, [goTo, playback.phases, dispatch, stepViewReady]);
  // A heatmap row (cell) opens that step at its softmax phase (its weights are that row) and brings the stage into sight.
  const openRow = (row: number): void => {
    const i = playback.phases.indexOf('softmax');
    dispatch({ type: 'pause' });
    dispatch({ type: 'jump', step: row, phase: i >= 0 ? i : playback.phase });
    const stage = root.current?.querySelector('[data-testid="stage"]');
    const box = stage?.getBoundingClientRect();
    if (stage && box && (box.top < 0 || box.bottom > window.innerHeight)) {
      const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
      stage.scrollIntoView({
        block: box.height > window.innerHeight ? 'start' : 'center',
        behavior: reduced ? 'auto' : 'smooth',
      });
    }
  };
  // The pictures the exports copy: the heatmap (map and legend) and the step picture of this view.
  const heatmapSvgs = useCallback(
    () =>
      Array.from(
        root.current?.querySelectorAll<SVGSVGElement>('.heatmap > .heatmap__scroll svg, .heatmap > svg.heatmap__legend') ?? [],
      ),
    [],
  );
  const stepSvg = useCallback(
    () => root.current?.querySelector<SVGSVGElement>('[data-testid="step-picture"] svg.stage__svg') ?? null,
    [],
  );
  const changes = manipulations(
    result.options ? { force: result.options.force ?? [], attention: result.options.attention ?? [] } : undefined,
  );
  const manipulated = changes.length > 0;
  const marked = manipulated ? trace.steps.map((s) => s.forced === true || s.attentionOverridden === true) : [];
  const describe = (c: (typeof changes)[number]): string => {
    const st = trace.steps[c.t - 1];
    if (!st) return '';
    if (c.kind === 'force') return t.whatIf.forced(c.t, st.chosen.token, st.topK[0]?.token ?? '', fmt(st.topK[0]?.p ?? 0, 3));
    let jMax = 0;
    st.weights.forEach((w, j) => {
      if (w > (st.weights[jMax] ?? 0)) jMax = j;
    });
    return t.whatIf.attention(c.t, enc.tokens[jMax] ?? '', `${Math.round((st.weights[jMax] ?? 0) * 100)}%`);
  };
  return (
    <div className="translation-view" ref={root}>
      <section
        className={`result${stale ? ' result--stale' : ''}`}
        data-testid="result"
        data-backend={result.backend}
        data-variant={result.variant}
        data-source={result.text}
        data-manipulated={manipulated ? 'true' : 'false'}
        data-precomputed={precomputed ? 'true' : undefined}
        data-stale={stale ? 'true' : undefined}
        aria-live="polite"
      >
        {stale ? (
          <p className="alert alert--warn stale-note" role="status" data-testid="stale-note">
            {t.robust.stale(result.text)}
          </p>
        ) : null}
        <div className={`card${manipulated ? ' card--whatif' : ''}`}>
          <h2 className="card__title">
            {t.translationHeading(tgtLang)}
            {manipulated ? (
              <span className="whatif-badge" data-testid="whatif-badge">
                {t.whatIf.badge}
              </span>
            ) : null}
          </h2>
          <p className="translation" data-testid="translation" lang={tgtLang}>
            {trace.translation}
          </p>
          {manipulated ? (
            <div className="whatif-explain" data-testid="whatif-explain">
              <p>{t.whatIf.explain}</p>
              <ul>
                {changes.map((c) => (
                  <li key={`${c.t}-${c.kind}`} data-testid="whatif-change" data-step={c.t} data-kind={c.kind}>
                    {describe(c)}
                  </li>
                ))}
              </ul>
              {base ? (
                <p>
                  {t.whatIf.own}{' '}
                  <span lang={tgtLang} data-testid="whatif-own">
                    {base.trace.translation}
                  </span>
                </p>
              ) : null}
              {whatIf ? (
                <button
                  type="button"
                  className="button button--small"
                  data-testid="whatif-reset"
                  onClick={whatIf.onReset}
                  disabled={whatIf.busy}
                >
                  {t.whatIf.reset}
                </button>
              ) : null}
            </div>
          ) : null}
          {trace.translation.trim() === '' ? <p className="muted">{t.emptyOutput}</p> : null}
          <p className="muted small" data-testid="stats">
            {precomputed ? t.precomputed.stats(trace.steps.length) : t.stats(trace.steps.length, result.ms, result.backend)}
          </p>
          {trace.hitMaxLength ? <p className="note">{t.hitMaxNote}</p> : null}
        </div>

        <div className="card">
          <h2 className="card__title">{t.sourceHeading}</h2>
          <SourceTokens tokens={enc.tokens} unknown={enc.unknown} highlight={hoverSrc} onHover={setTokenCol} />
          {nUnknown > 0 ? <p className="note note--warn">{t.unknownNote(nUnknown)}</p> : null}
          {enc.truncated ? <p className="note note--warn">{t.truncatedNote}</p> : null}
        </div>

        <div className="card">
          <h2 className="card__title">{t.heatmapHeading}</h2>
          {hasAttention ? (
            <>
              <p className="muted small">{t.heatmapHelp}</p>
              <AttentionHeatmap
                labels={heatmapLabels(t)}
                sourceTokens={enc.tokens}
                outputTokens={outputTokens}
                weights={weights}
                unknown={enc.unknown}
                highlightCol={tokenCol}
                onActiveChange={(c) => setCellCol(c ? c.col : null)}
                revealedRows={revealed}
                currentRow={playback.step}
                onRowSelect={openRow}
                markedRows={marked}
                markLabel={t.whatIf.rowMark}
              />
            </>
          ) : (
            <p className="note" data-testid="no-attention">
              {t.noAttention}
            </p>
          )}
        </div>
      </section>

      {stepViewReady ? (
        <StepPanel
          trace={trace}
          state={playback}
          dispatch={dispatch}
          hoverSrc={hoverSrc}
          onHoverSrc={setTokenCol}
          whatIf={whatIf}
          unkReplacements={unkReplacements}
          targetLang={tgtLang}
          videoName={(n) => exportFileName('step', result.variant, result.text, 'webm', `t${n}`)}
        />
      ) : (
        <div className="step-panel-pending" aria-hidden="true" />
      )}
      {/* below the step view: its label names the current phase, and its changing width must not move the stage */}
      <ExportBar
        result={result}
        modelName={modelName ?? result.variant}
        cursor={{ step: playback.step + 1, phase, title: phaseTitle(trace.attention, phase) }}
        hasAttention={hasAttention}
        heatmapSvgs={heatmapSvgs}
        stepSvg={stepSvg}
      />
    </div>
  );
}
