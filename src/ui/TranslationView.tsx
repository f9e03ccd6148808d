/** The result of one translation: the French text, the source tokens and the alignment. */
import { useState } from 'react';
import type { TranslationResult } from '../app/engine';
import { phasesFor, revealedRows, type PhaseId } from '../app/playback';
import { usePlayback } from '../app/usePlayback';
import { manipulations } from '../app/whatIf';
import { AttentionHeatmap } from '../viz/AttentionHeatmap';
import { fmt } from '../viz/stepLayout';
import { SourceTokens } from './SourceTokens';
import { StepPanel, type WhatIfHandlers } from './StepPanel';
import { useStrings } from './i18n';

/** Props of {@link TranslationView}. */
export interface TranslationViewProps {
  result: TranslationResult;
  /** the model's own decoding of the same sentence, when `result` is a what-if */
  base?: TranslationResult;
  /** what-if interactions; `onReset` returns to the model's own decoding */
  whatIf?: WhatIfHandlers & { onReset: () => void };
  /** whether the page-wide playback keys drive this view (false while another tab shows) */
  keyboard?: boolean;
  /** where the step cursor starts (e.g. the step a what-if changed) */
  initialCursor?: { step: number; phase: PhaseId };
  /** true for the precomputed example (not a live run): marked, and its stats say so */
  precomputed?: boolean;
}

/** Renders one translation `result`: the output, source tokens, attention heatmap and step-by-step view, with what-if controls. */
export function TranslationView({ result, base, whatIf, keyboard = true, initialCursor, precomputed = false }: TranslationViewProps) {
  const t = useStrings();
  const { trace } = result;
  const enc = trace.encoder;
  const nUnknown = enc.unknown.filter(Boolean).length;
  const hasAttention = trace.attention !== 'none' && trace.steps.every((s) => s.weights.length === enc.tokens.length);
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
    initialCursor ? { step: initialCursor.step - 1, phase: Math.max(0, phasesFor(trace.attention).indexOf(initialCursor.phase)) } : undefined,
  );
  const hoverSrc = cellCol ?? tokenCol;
  const changes = manipulations(result.options ? { force: result.options.force ?? [], attention: result.options.attention ?? [] } : undefined);
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
    <>
      <section
        className="result"
        data-testid="result"
        data-backend={result.backend}
        data-variant={result.variant}
        data-source={result.text}
        data-manipulated={manipulated ? 'true' : 'false'}
        data-precomputed={precomputed ? 'true' : undefined}
        aria-live="polite"
      >
        <div className={`card${manipulated ? ' card--whatif' : ''}`}>
          <h2 className="card__title">
            {t.translationHeading}
            {manipulated ? (
              <span className="whatif-badge" data-testid="whatif-badge">
                {t.whatIf.badge}
              </span>
            ) : null}
          </h2>
          <p className="translation" data-testid="translation" lang="fr">
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
                  {t.whatIf.own} <span lang="fr" data-testid="whatif-own">{base.trace.translation}</span>
                </p>
              ) : null}
              {whatIf ? (
                <button type="button" className="button button--small" data-testid="whatif-reset" onClick={whatIf.onReset} disabled={whatIf.busy}>
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
                sourceTokens={enc.tokens}
                outputTokens={outputTokens}
                weights={weights}
                unknown={enc.unknown}
                highlightCol={tokenCol}
                onActiveChange={(c) => setCellCol(c ? c.col : null)}
                revealedRows={revealedRows(playback)}
                currentRow={playback.step}
                onRowSelect={(row) => dispatch({ type: 'jump', step: row })}
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

      <StepPanel trace={trace} state={playback} dispatch={dispatch} hoverSrc={hoverSrc} onHoverSrc={setTokenCol} whatIf={whatIf} />
    </>
  );
}
