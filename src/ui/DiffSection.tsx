/** Difference mode of the compare view: |α_A − α_B| for two chosen models, and where their words differ. */
import { traceHasAttention } from '../model/trace';
import { useState } from 'react';
import { attentionDiff } from '../app/attentionDiff';
import type { TranslationResult } from '../app/engine';
import { DiffHeatmap } from '../viz/DiffHeatmap';
import { useStrings } from './i18n';

const hasAttention = (r: TranslationResult): boolean => traceHasAttention(r.trace);

export function DiffSection({
  ids,
  results,
  nameOf,
}: {
  ids: readonly string[];
  results: Record<string, TranslationResult>;
  nameOf: (id: string) => string;
}) {
  const t = useStrings();
  const withAtt = ids.filter((id) => results[id] && hasAttention(results[id]!));
  const [a, setA] = useState(withAtt[0] ?? ids[0]!);
  const [b, setB] = useState(withAtt[1] ?? ids[1]!);
  const ra = results[a];
  const rb = results[b];
  const pick = (value: string, on: (v: string) => void, testId: string, label: string) => (
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
  if (a === b) body = <p className="muted">{t.compare.diffSame}</p>;
  else if (!ra || !rb || !hasAttention(ra) || !hasAttention(rb))
    body = (
      <p className="muted" data-testid="diff-unavailable">
        {t.compare.diffNeedAttention}
      </p>
    );
  else {
    const wa = ra.trace.steps.map((s) => s.chosen.token);
    const wb = rb.trace.steps.map((s) => s.chosen.token);
    const d = attentionDiff(
      ra.trace.steps.map((s) => s.weights),
      rb.trace.steps.map((s) => s.weights),
      wa,
      wb,
    );
    body = (
      <>
        <p className="small" data-testid="diff-summary" data-differing={d.differingPositions.join(',')}>
          {t.compare.diffWords(d.differingPositions.length)}
        </p>
        <DiffHeatmap
          sourceTokens={ra.trace.encoder.tokens.slice(0, d.cols)}
          wordsA={wa}
          wordsB={wb}
          diff={d.diff}
          wordDiffers={d.wordDiffers}
          labels={{
            caption: t.compare.diffCaption,
            legend: t.compare.diffLegend,
            differs: t.compare.diffDiffers,
            cell: t.compare.diffCell,
          }}
        />
      </>
    );
  }
  return (
    <section className="card cmp-diff" data-testid="compare-diff">
      <h3>{t.compare.diffHeading}</h3>
      <p className="muted small">{t.compare.diffIntro}</p>
      <div className="cmp-diff__picks">
        {pick(a, setA, 'diff-a', t.compare.diffA)}
        {pick(b, setB, 'diff-b', t.compare.diffB)}
      </div>
      {body}
    </section>
  );
}
