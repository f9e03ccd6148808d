/** The result of one translation: the French text, the source tokens and the alignment. */
import { useState } from 'react';
import type { TranslationResult } from '../app/engine';
import { revealedRows } from '../app/playback';
import { usePlayback } from '../app/usePlayback';
import { AttentionHeatmap } from '../viz/AttentionHeatmap';
import { SourceTokens } from './SourceTokens';
import { StepPanel } from './StepPanel';
import { t } from './strings';

export function TranslationView({ result }: { result: TranslationResult }) {
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
  const [playback, dispatch] = usePlayback(trace.attention, trace.steps.length);
  const hoverSrc = cellCol ?? tokenCol;
  return (
    <>
      <section className="result" data-testid="result" data-backend={result.backend} data-variant={result.variant} data-source={result.text} aria-live="polite">
        <div className="card">
          <h2 className="card__title">{t.translationHeading}</h2>
          <p className="translation" data-testid="translation" lang="fr">
            {trace.translation}
          </p>
          {trace.translation.trim() === '' ? <p className="muted">{t.emptyOutput}</p> : null}
          <p className="muted small" data-testid="stats">
            {t.stats(trace.steps.length, result.ms, result.backend)}
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
              />
          </>
          ) : (
            <p className="note" data-testid="no-attention">
              {t.noAttention}
            </p>
          )}
        </div>
      </section>

      <StepPanel trace={trace} state={playback} dispatch={dispatch} hoverSrc={hoverSrc} onHoverSrc={setTokenCol} />
    </>
  );
}
