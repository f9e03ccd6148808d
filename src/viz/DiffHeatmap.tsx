/**
 * |α_A − α_B| per cell for two variants' alignments on one shared output (rows: the output words
 * both models were fed, columns: source tokens), on a sequential scale. Large cells print their
 * difference; hovering or tapping a cell, or moving through the hidden table with the keyboard,
 * shows its exact value. Presentational: plain data and texts in, SVG out.
 */
import { scaleSequential } from 'd3-scale';
import { interpolateMagma } from 'd3-scale-chromatic';
import { useMemo, useRef, useState } from 'react';
import { diffSummary, type DiffSummaryLabels } from './chartSummary';
import { readableOn } from './contrast';
import type { GridPos } from './gridNav';
import { fitCellSize, heatmapLayout, LABEL_ANGLE } from './heatmapLayout';
import { HeatmapTable } from './HeatmapTable';
import { useCellPointer } from './useCellPointer';

/** Texts of {@link DiffHeatmap}. */
export interface DiffHeatmapLabels extends DiffSummaryLabels {
  /** caption of the hidden table of values */
  caption: string;
  /** the legend's title (and the table's corner cell) */
  legend: string;
  /** help line of the keyboard grid */
  grid: string;
  /** a cell's readout: output word, source word, |Δα| */
  cell: (word: string, src: string, d: string) => string;
}

/** Props of {@link DiffHeatmap}. */
export interface DiffHeatmapProps {
  sourceTokens: readonly string[];
  /** row labels: the output words both models were fed (the same in both), `</s>` last */
  rowTokens: readonly string[];
  /** diff[row][col] = |α_A − α_B| */
  diff: readonly (readonly number[])[];
  /** px the picture may take: cells shrink (down to 16 px) to fit it; absent: the usual size */
  fitWidth?: number;
  labels: DiffHeatmapLabels;
}

/** Magma reversed: 0 is pale, large differences dark. */
const color = scaleSequential((t: number) => interpolateMagma(1 - t * 0.85)).domain([0, 1]);

/** Renders the per-cell attention difference |α_A − α_B| of two variants on a shared output as an SVG heatmap. */
export function DiffHeatmap({ sourceTokens, rowTokens, diff, fitWidth, labels }: DiffHeatmapProps) {
  const rowLabels = diff.map((_, i) => rowTokens[i] ?? '');
  const L = heatmapLayout(sourceTokens, rowLabels, fitWidth ? fitCellSize(sourceTokens, rowLabels, fitWidth) : undefined);
  const [active, setActive] = useState<GridPos | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const bw = L.x.bandwidth();
  const bh = L.y.bandwidth();
  const summary = useMemo(() => diffSummary(sourceTokens, rowTokens, diff, labels), [sourceTokens, rowTokens, diff, labels]);
  const pointer = useCellPointer(svgRef, setActive);
  const readout = (c: GridPos): string =>
    labels.cell(rowLabels[c.row] ?? '', sourceTokens[c.col] ?? '', (diff[c.row]?.[c.col] ?? 0).toFixed(3));
  return (
    <div className="heatmap diffmap" data-testid="diff-heatmap">
      <div className="heatmap__scroll">
        <div className="heatmap__canvas" style={{ width: L.width, height: L.height }}>
          <svg
            ref={svgRef}
            width={L.width}
            height={L.height}
            role="img"
            aria-label={summary}
            data-rows={diff.length}
            data-cols={sourceTokens.length}
            onPointerLeave={pointer.onLeave}
          >
            <g transform={`translate(${L.margin.left},${L.margin.top})`}>
              {sourceTokens.map((tok, j) => {
                const cx = (L.x(j) ?? 0) + bw / 2;
                const cls = `heatmap__label${active?.col === j ? ' heatmap__label--active' : ''}`;
                return L.rotateLabels ? (
                  <text key={j} className={cls} transform={`translate(${cx - 3},-8) rotate(${LABEL_ANGLE})`}>
                    {tok}
                  </text>
                ) : (
                  <text key={j} className={cls} x={cx} y={-8} textAnchor="middle">
                    {tok}
                  </text>
                );
              })}
              {rowLabels.map((lab, i) => (
                <text
                  key={i}
                  className={`heatmap__label${active?.row === i ? ' heatmap__label--active' : ''}`}
                  x={-8}
                  y={(L.y(i) ?? 0) + bh / 2}
                  dy="0.35em"
                  textAnchor="end"
                  data-testid="diff-row-label"
                >
                  {lab}
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
                    className="diffmap__cell"
                    data-row={i}
                    data-col={j}
                    data-diff={String(d)}
                    data-testid="diff-cell"
                    onPointerEnter={(e) => pointer.onCell(e, i, j)}
                    onPointerMove={(e) => pointer.onCell(e, i, j)}
                    onPointerDown={(e) => pointer.onCell(e, i, j)}
                  >
                    <title>{labels.cell(rowLabels[i] ?? '', sourceTokens[j] ?? '', d.toFixed(3))}</title>
                  </rect>
                )),
              )}
              {L.cell >= 30 ? (
                <g className="heatmap__values" aria-hidden="true">
                  {diff.map((row, i) =>
                    row.map((d, j) =>
                      d >= 0.1 ? (
                        <text
                          key={`${i}-${j}`}
                          x={(L.x(j) ?? 0) + bw / 2}
                          y={(L.y(i) ?? 0) + bh / 2}
                          dy="0.35em"
                          textAnchor="middle"
                          fill={readableOn(color(d))}
                        >
                          {d.toFixed(2).replace(/^0/, '')}
                        </text>
                      ) : null,
                    ),
                  )}
                </g>
              ) : null}
              {active ? (
                <rect
                  className="heatmap__focus"
                  x={(L.x(active.col) ?? 0) - 1.5}
                  y={(L.y(active.row) ?? 0) - 1.5}
                  width={bw + 3}
                  height={bh + 3}
                  rx={3}
                  pointerEvents="none"
                />
              ) : null}
            </g>
          </svg>
          {active ? (
            <div
              className={`heatmap__tooltip heatmap__tooltip--${active.row < diff.length / 2 ? 'below' : 'above'}`}
              aria-hidden="true"
              data-testid="diff-tooltip"
              style={{
                left: L.margin.left + (L.x(active.col) ?? 0) + bw / 2,
                top: L.margin.top + (L.y(active.row) ?? 0) + (active.row < diff.length / 2 ? bh + 6 : -6),
              }}
            >
              {readout(active)}
            </div>
          ) : null}
          <HeatmapTable
            caption={labels.caption}
            help={labels.grid}
            corner={labels.legend}
            colHeaders={sourceTokens}
            rowHeaders={rowLabels}
            cells={diff.map((row) => row.map((d) => d.toFixed(3)))}
            onFocusCell={(c) => {
              setActive(c);
              if (c)
                svgRef.current
                  ?.querySelector(`rect[data-row="${c.row}"][data-col="${c.col}"]`)
                  ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
            }}
            testId="diff-table"
          />
        </div>
      </div>
      <div className="diffmap__legend small muted">
        <span>{labels.legend}</span>
        <span
          className="diffmap__ramp"
          aria-hidden="true"
          style={{ background: `linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1].map((v) => color(v)).join(', ')})` }}
        />
        <span>0 – 1</span>
      </div>
    </div>
  );
}
