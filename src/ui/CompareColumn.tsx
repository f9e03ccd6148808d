/** One model's column in the compare view: score formula, translation, alignment, step t's attention. */
import { traceHasAttention } from '../model/trace';
import { useRef } from 'react';
import type { TranslationResult } from '../app/engine';
import type { AttentionKind } from '../model/config';
import { AttentionHeatmap } from '../viz/AttentionHeatmap';
import { StepBars } from '../viz/StepBars';
import { StatusLine, type CompareStatus } from './CompareStatus';
import { Formula } from './Formula';
import { SCORE_TEX } from './scoreTex';
import { stepBarsSummary } from '../viz/chartSummary';
import { useStrings } from './i18n';
import { ScrollBox } from './ScrollBox';
import { useContentWidth } from './useContentWidth';

export interface CompareColumnProps {
  id: string;
  name: string;
  status: CompareStatus;
  result?: TranslationResult;
  /** the shared step cursor (0-based row) */
  step: number;
  onStep: (row: number) => void;
}

export function CompareColumn({ id, name, status, result, step, onStep }: CompareColumnProps) {
  const t = useStrings();
  // the alignment shrinks its cells to the column's width, so the columns compare whole pictures
  const colRef = useRef<HTMLElement>(null);
  const width = useContentWidth(colRef);
  const trace = result?.trace;
  const kind: AttentionKind | undefined = trace?.attention;
  const enc = trace?.encoder;
  const hasAttention = !!trace && traceHasAttention(trace);
  const rows = trace?.steps.length ?? 0;
  const finished = !!trace && step >= rows;
  const cur = trace && !finished ? trace.steps[step] : undefined;
  return (
    <section
      ref={colRef}
      className="cmp-col card"
      data-testid="compare-col"
      data-variant={id}
      data-kind={kind ?? ''}
      data-rows={rows}
      data-current-row={cur ? step : ''}
      aria-label={name}
    >
      <header className="cmp-col__head">
        <h3 className="cmp-col__name">{name}</h3>
        <StatusLine status={status} />
      </header>
      {kind ? (
        <div className="cmp-col__formula" data-testid="compare-formula" data-kind={kind}>
          <span className="small muted">{t.compare.scoreFormula}</span>
          <ScrollBox className="cmp-col__formula-tex" label={t.compare.scoreFormula}>
            <Formula tex={SCORE_TEX[kind]} display={false} />
          </ScrollBox>
        </div>
      ) : null}
      {trace && enc ? (
        <>
          <p className="cmp-col__translation" data-testid="compare-translation" lang="fr">
            {trace.translation || t.emptyOutput}
          </p>
          {hasAttention ? (
            <AttentionHeatmap
              sourceTokens={enc.tokens}
              outputTokens={trace.steps.map((s) => s.chosen.token)}
              weights={trace.steps.map((s) => s.weights)}
              unknown={enc.unknown}
              fitWidth={width}
              currentRow={finished ? null : step}
              onRowSelect={onStep}
              caption={t.compare.heatmapCaption(name)}
            />
          ) : (
            <p className="muted small cmp-col__none" data-testid="compare-no-attention">
              {t.compare.noAttention}
            </p>
          )}
          <div className="cmp-col__step" data-testid="compare-col-step">
            {cur ? (
              <>
                <p className="small">{t.compare.stepWord(step + 1, cur.chosen.token)}</p>
                {hasAttention ? (
                  <StepBars
                    t={step + 1}
                    tokens={enc.tokens}
                    scores={cur.scores}
                    weights={cur.weights}
                    labels={{ score: t.compare.score, weight: t.compare.weight }}
                    summary={stepBarsSummary(step + 1, enc.tokens, cur.weights, t.a11y)}
                  />
                ) : null}
              </>
            ) : (
              <p className="small muted cmp-col__finished" data-testid="compare-finished">
                {t.compare.finished}
              </p>
            )}
          </div>
        </>
      ) : null}
    </section>
  );
}
