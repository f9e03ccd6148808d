/** Rendering of the difference pictures from plain data and texts given as props. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { en } from '../ui/strings';
import { DiffHeatmap } from './DiffHeatmap';
import { DiffMatrix } from './DiffMatrix';

const C = en.compare;

describe('DiffMatrix', () => {
  it('prints every pair’s mean |Δα|, marks the chosen pair, and a model without attention', () => {
    const html = renderToStaticMarkup(
      <DiffMatrix
        ids={['g', 'b', 'none']}
        names={['General', 'Bahdanau', 'Baseline']}
        matrix={[
          [0, 0.0625, null],
          [0.0625, 0, null],
          [null, null, null],
        ]}
        selected={[0, 1]}
        onPick={() => undefined}
        labels={{ caption: C.matrixCaption, cell: C.matrixCell, none: C.matrixNone }}
      />,
    );
    expect(html.match(/data-mean="0.0625"/g)).toHaveLength(2);
    expect(html).toContain('General vs Bahdanau: mean |Δα| = 0.063');
    expect(html.match(/aria-pressed="true"/g)).toHaveLength(2); // (g, b) and (b, g)
    expect(html.match(/no attention/g)).toHaveLength(5); // the baseline's row and column
  });
});

describe('DiffHeatmap', () => {
  const src = ['i', 'am', 'a', 'student', '.', '</s>'];
  const rows = ['je', 'suis', 'étudiant', '.', '</s>'];
  const diff = rows.map((_, i) => src.map((_, j) => (i === 2 && j === 3 ? 0.5 : 0.01)));
  const labels = {
    caption: C.diffCaption,
    legend: C.diffLegend,
    grid: C.diffGrid,
    cell: C.diffCell,
    diffSummary: C.diffSummary,
    diffNoWeights: C.diffNoWeights,
  };
  it('labels its rows with the shared words and names its largest difference', () => {
    const html = renderToStaticMarkup(<DiffHeatmap sourceTokens={src} rowTokens={rows} diff={diff} labels={labels} />);
    for (const w of rows) expect(html).toContain(`data-testid="diff-row-label">${w.replace('<', '&lt;').replace('>', '&gt;')}<`);
    expect(html).toContain('largest at step 3 (étudiant) ← student: 0.50');
    expect(html).toContain('étudiant ← student: |Δα| = 0.500');
  });
  it('shrinks its cells to a given width', () => {
    const width = (h: string): number => Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(h)?.[1]);
    const wide = renderToStaticMarkup(<DiffHeatmap sourceTokens={src} rowTokens={rows} diff={diff} labels={labels} />);
    const narrow = renderToStaticMarkup(
      <DiffHeatmap sourceTokens={src} rowTokens={rows} diff={diff} labels={labels} fitWidth={240} />,
    );
    expect(width(wide)).toBeGreaterThan(240);
    expect(width(narrow)).toBeLessThanOrEqual(240);
  });
});
