/**
 * The attention of a teacher-forced path (one row per fed reference token), shrunk to fit its
 * column so that a phone shows the whole alignment; a note instead for a model without attention.
 */
import { useRef } from 'react';
import type { ForcedRun } from '../app/engine';
import { traceHasAttention } from '../model/trace';
import { AttentionHeatmap } from '../viz/AttentionHeatmap';
import { heatmapLabels } from './heatmapLabels';
import { useStrings } from './i18n';
import { useContentWidth } from './useContentWidth';

/** Props of {@link ForcedHeatmap}. */
export interface ForcedHeatmapProps {
  /** the teacher-forcing run whose attention is drawn */
  run: ForcedRun;
  /** the row labels: the fed reference tokens, `</s>` last */
  tokens: readonly string[];
  /** the row linked with the teacher-forcing table (hovered there or here) */
  hoverRow: number | null;
  /** the pointer or keyboard focus moved to a row (null: left the picture) */
  onHoverRow: (row: number | null) => void;
}

/** Renders the heading, help and heatmap of the forced path's attention. */
export function ForcedHeatmap({ run, tokens, hoverRow, onHoverRow }: ForcedHeatmapProps) {
  const t = useStrings();
  const f = t.forcing;
  const box = useRef<HTMLDivElement>(null);
  const width = useContentWidth(box);
  const enc = run.trace.encoder;
  return (
    <div className="forcing__heatmap" data-testid="forcing-heatmap" ref={box}>
      <h3 className="sub-title">{f.heatmapHeading}</h3>
      {traceHasAttention(run.trace) ? (
        <>
          <p className="muted small">{f.heatmapHelp}</p>
          <AttentionHeatmap
            labels={heatmapLabels(t)}
            sourceTokens={enc.tokens}
            outputTokens={tokens}
            weights={run.trace.steps.map((s) => s.weights)}
            unknown={enc.unknown}
            currentRow={hoverRow}
            fitWidth={width}
            onActiveChange={(c) => onHoverRow(c ? c.row : null)}
          />
        </>
      ) : (
        <p className="note">{f.noAttention}</p>
      )}
    </div>
  );
}
