/**
 * |α_A − α_B| per cell for two variants' alignments (rows: common decoder steps, columns: source
 * tokens), on a sequential scale; rows where the two wrote different words are marked. Presentational.
 */
import { scaleSequential } from 'd3-scale';
import { interpolateMagma } from 'd3-scale-chromatic';
import { useState } from 'react';
import { heatmapLayout, LABEL_ANGLE } from './heatmapLayout';

/** Props of {@link DiffHeatmap}. */
export interface DiffHeatmapProps {
  sourceTokens: readonly string[];
  /** per row: the words of A and B at that step */
  wordsA: readonly string[];
  wordsB: readonly string[];
  /** diff[row][col] = |α_A − α_B| */
  diff: readonly (readonly number[])[];
  /** per row: whether A and B wrote different words */
  wordDiffers: readonly boolean[];
  labels: { caption: string; legend: string; differs: string; cell: (a: string, b: string, src: string, d: string) => string };
}

/** Magma reversed: 0 is pale, large differences dark. */
const color = scaleSequential((t: number) => interpolateMagma(1 - t * 0.85)).domain([0, 1]);

/** Renders the per-cell attention difference |α_A − α_B| of two variants as an SVG heatmap, marking rows where their words differ. */
export function DiffHeatmap({ sourceTokens, wordsA, wordsB, diff, wordDiffers, labels }: DiffHeatmapProps) {
  const rowLabels = diff.map((_, i) => (wordDiffers[i] ? `${wordsA[i]} ≠ ${wordsB[i]}` : (wordsA[i] ?? '')));
  const L = heatmapLayout(sourceTokens, rowLabels);
  const [active, setActive] = useState<{ row: number; col: number } | null>(null);
  const bw = L.x.bandwidth();
  const bh = L.y.bandwidth();
  return (
    <div className="heatmap diffmap" data-testid="diff-heatmap">
      <div className="heatmap__scroll">
        <svg width={L.width} height={L.height} role="img" aria-label={labels.caption} data-rows={diff.length} data-cols={sourceTokens.length} onMouseLeave={() => setActive(null)}>
          <g transform={`translate(${L.margin.left},${L.margin.top})`}>
            {sourceTokens.map((tok, j) => {
              const cx = (L.x(j) ?? 0) + bw / 2;
              return L.rotateLabels ? (
                <text key={j} className="heatmap__label" transform={`translate(${cx - 3},-8) rotate(${LABEL_ANGLE})`}>
                  {tok}
                </text>
              ) : (
                <text key={j} className="heatmap__label" x={cx} y={-8} textAnchor="middle">
                  {tok}
                </text>
              );
            })}
            {rowLabels.map((lab, i) => (
              <text
                key={i}
                className={`heatmap__label${wordDiffers[i] ? ' diffmap__label--differs' : ''}${active?.row === i ? ' heatmap__label--active' : ''}`}
                x={-8}
                y={(L.y(i) ?? 0) + bh / 2}
                dy="0.35em"
                textAnchor="end"
                data-testid="diff-row-label"
                data-differs={wordDiffers[i] ? 'true' : 'false'}
              >
                {lab}
                {wordDiffers[i] ? <title>{labels.differs}</title> : null}
              </text>
            ))}
            {diff.map((row, i) =>
              row.map((d, j) => (
                <rect
                  key={`${i}-${j}`}
                  x={L.x(j)}
                  y={L.y(i)}
                  width={bw}
                  height={bh}
                  rx={2}
                  fill={color(d)}
                  data-row={i}
                  data-col={j}
                  data-diff={String(d)}
                  data-testid="diff-cell"
                  onMouseEnter={() => setActive({ row: i, col: j })}
                >
                  <title>{labels.cell(wordsA[i] ?? '', wordsB[i] ?? '', sourceTokens[j] ?? '', d.toFixed(3))}</title>
                </rect>
              )),
            )}
            {active ? <rect className="heatmap__focus" x={(L.x(active.col) ?? 0) - 1.5} y={(L.y(active.row) ?? 0) - 1.5} width={bw + 3} height={bh + 3} rx={3} pointerEvents="none" /> : null}
          </g>
        </svg>
      </div>
      <div className="diffmap__legend small muted">
        <span>{labels.legend}</span>
        <span className="diffmap__ramp" style={{ background: `linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1].map((v) => color(v)).join(', ')})` }} />
        <span>0 – 1</span>
      </div>
    </div>
  );
}
