/**
 * Difference mode of the compare view, on the shared output (every model teacher-forced on the same
 * words): the mean |Δα| of every pair of models, and |α_A − α_B| per cell for any two of them.
 */
import { useRef, useState } from 'react';
import { attentionDiff, pairwiseMeanDiff } from '../app/attentionDiff';
import { traceHasAttention } from '../model/trace';
import { DiffHeatmap } from '../viz/DiffHeatmap';
import { DiffMatrix } from '../viz/DiffMatrix';
import { useStrings } from './i18n';
import type { SharedOutput } from './useSharedOutput';
import { useContentWidth } from './useContentWidth';

/** Props of {@link DiffSection}. */
export interface DiffSectionProps {
  /** the compared models with a result, in column order */
  ids: readonly string[];
  /** the shared output every model was forced on */
  shared: SharedOutput;
  /** how the rows were aligned, in words (null until they are) */
  alignedText: string | null;
  nameOf: (id: string) => string;
}

/** The difference section: pair matrix, the two pickers, and the |Δα| heatmap of the chosen pair. */
export function DiffSection({ ids, shared, alignedText, nameOf }: DiffSectionProps) {
  const t = useStrings();
  // the difference heatmap shrinks its cells to the card's width
  const ref = useRef<HTMLElement>(null);
  const fitWidth = useContentWidth(ref);
  const C = t.compare;
  const runs = shared.status === 'ready' ? shared.runs : {};
  const alignmentOf = (id: string): number[][] | null => {
    const r = runs[id];
    return r && traceHasAttention(r.trace) ? r.trace.steps.map((s) => s.weights) : null;
  };
  const withAtt = ids.filter((id) => alignmentOf(id) !== null);
  const [pick, setPick] = useState<{ a: string | null; b: string | null }>({ a: null, b: null });
  // default: the first two models with attention (a choice that left the comparison falls back)
  const a = pick.a !== null && ids.includes(pick.a) ? pick.a : (withAtt[0] ?? ids[0]!);
  const b = pick.b !== null && ids.includes(pick.b) ? pick.b : (withAtt.find((id) => id !== a) ?? ids[1] ?? ids[0]!);
  const select = (value: string, on: (v: string) => void, testId: string, label: string) => (
    <label className="cmp-diff__pick">
      {label}
      <select value={value} onChange={(e) => on(e.target.value)} data-testid={testId}>
        {ids.map((id) => (
          <option key={id} value={id}>
            {nameOf(id)}
          </option>
        ))}
      </select>
    </label>
  );

  let body;
  if (shared.status === 'running' || shared.status === 'idle') body = <p className="muted">{C.aligning}</p>;
  else if (shared.status === 'failed')
    body = (
      <p className="alert alert--error" role="alert" data-testid="diff-failed">
        {C.alignFailed(shared.message)}
      </p>
    );
  else {
    const wa = alignmentOf(a);
    const wb = alignmentOf(b);
    let heat;
    if (a === b) heat = <p className="muted">{C.diffSame}</p>;
    else if (!wa || !wb)
      heat = (
        <p className="muted" data-testid="diff-unavailable">
          {C.diffNeedAttention}
        </p>
      );
    else {
      const d = attentionDiff(wa, wb, shared.tokens, shared.tokens);
      heat = (
        <DiffHeatmap
          sourceTokens={runs[a]!.trace.encoder.tokens.slice(0, d.cols)}
          rowTokens={shared.tokens}
          diff={d.diff}
          fitWidth={fitWidth}
          labels={{
            caption: C.diffCaption,
            legend: C.diffLegend,
            grid: C.diffGrid,
            cell: C.diffCell,
            diffSummary: C.diffSummary,
            diffNoWeights: C.diffNoWeights,
          }}
        />
      );
    }
    const matrix = pairwiseMeanDiff(ids.map(alignmentOf));
    body = (
      <>
        <div className="cmp-diff__matrix">
          <h4>{C.matrixHeading}</h4>
          <DiffMatrix
            ids={ids}
            names={ids.map(nameOf)}
            matrix={matrix}
            selected={[ids.indexOf(a), ids.indexOf(b)]}
            onPick={(i, k) => setPick({ a: ids[i]!, b: ids[k]! })}
            labels={{ caption: C.matrixCaption, cell: C.matrixCell, none: C.matrixNone }}
          />
        </div>
        <div className="cmp-diff__picks">
          {select(a, (v) => setPick({ a: v, b }), 'diff-a', C.diffA)}
          {select(b, (v) => setPick({ a, b: v }), 'diff-b', C.diffB)}
        </div>
        {heat}
      </>
    );
  }
  return (
    <section ref={ref} className="card cmp-diff" data-testid="compare-diff" data-status={shared.status}>
      <h3>{C.diffHeading}</h3>
      <p className="muted small">{C.diffIntro}</p>
      {alignedText ? (
        <p className="small cmp-diff__aligned" data-testid="diff-aligned">
          {alignedText}
        </p>
      ) : null}
      {body}
    </section>
  );
}
