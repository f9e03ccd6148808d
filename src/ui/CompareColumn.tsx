/**
 * One model's column in the compare view: score formula, its own translation, the alignment (of its
 * own decode, or of its forced decode on the shared output) and step t's attention.
 */
import { traceHasAttention } from '../model/trace';
import { useRef } from 'react';
import type { ForcedRun, TranslationResult } from '../app/engine';
import type { AttentionKind } from '../model/config';
import { AttentionHeatmap } from '../viz/AttentionHeatmap';
import { StepBars } from '../viz/StepBars';
import { StatusLine, type CompareStatus } from './CompareStatus';
import { Formula } from './Formula';
import { SCORE_TEX } from './scoreTex';
import { stepBarsSummary } from '../viz/chartSummary';
import { useStrings } from './i18n';
import { heatmapLabels } from './heatmapLabels';
import { ScrollBox } from './ScrollBox';
import { useContentWidth } from './useContentWidth';
import { activeTargetLang } from '../app/pairs/pairs';

/** Props of {@link CompareColumn}. */
export interface CompareColumnProps {
  /** the model's id and display name */
  id: string;
  name: string;
  /** where loading and translating this model stands */
  status: CompareStatus;
  /** the model's own greedy translation */
  result?: TranslationResult;
  /** its forced decode on the shared output: when given, the heatmap and step bars show it instead */
  forced?: ForcedRun;
  /** the shared step cursor (0-based row) */
  step: number;
  /** a click on a heatmap row moves the shared cursor there */
  onStep: (row: number) => void;
}

/** Renders one compared model: its own translation and the alignment it is shown with. */
export function CompareColumn({ id, name, status, result, forced, step, onStep }: CompareColumnProps) {
  const t = useStrings();
  // the alignment shrinks its cells to the column's width, so the columns compare whole pictures
  const colRef = useRef<HTMLElement>(null);
  const width = useContentWidth(colRef);
  const trace = forced?.trace ?? result?.trace;
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
      data-rows-on={forced ? 'shared' : 'own'}
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
          <p className="cmp-col__translation" data-testid="compare-translation" lang={activeTargetLang()}>
            {result?.trace.translation || t.emptyOutput}
          </p>
          {forced && forced.unknown.some(Boolean) ? (
            <p className="small muted" data-testid="compare-forced-unknown">
              {t.compare.forcedUnknown(forced.tokens.filter((_, i) => forced.unknown[i]).join(' '))}
            </p>
          ) : null}
          {hasAttention ? (
            <AttentionHeatmap
              labels={heatmapLabels(t)}
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
                <p className="small" data-testid="compare-step-word">
                  {forced
                    ? t.compare.forcedWord(step + 1, cur.chosen.token, cur.chosen.p.toFixed(2), cur.topK[0]?.token ?? '')
                    : t.compare.stepWord(step + 1, cur.chosen.token)}
                </p>
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
