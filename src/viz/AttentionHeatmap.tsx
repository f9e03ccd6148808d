/**
 * Alignment heatmap: rows are output tokens (the final `</s>` included), columns are source tokens
 * (`</s>` included), each cell is α_tj. Presentational: plain arrays and texts in (the caller
 * passes every label: src/ui/heatmapLabels.ts builds them from the UI strings), SVG out. D3
 * computes the scales (see heatmapLayout.ts); React renders every element.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { alignmentSummary, type SummaryLabels } from './chartSummary';
import { fitCellSize, gradientStops, heatmapLayout, LABEL_ANGLE, legendScale, textOn } from './heatmapLayout';
import { HeatmapTable } from './HeatmapTable';
import { useCellPointer } from './useCellPointer';

/** Props of {@link AttentionHeatmap}. */
export interface AttentionHeatmapProps {
  /** column labels: source tokens, `</s>` last */
  sourceTokens: readonly string[];
  /** row labels: output tokens, `</s>` last when decoding finished */
  outputTokens: readonly string[];
  /** px the picture may take: cells shrink (down to 16 px) to fit it; absent: the usual size */
  fitWidth?: number;
  /** weights[row][col] = α, rows sum to 1 */
  weights: readonly (readonly number[])[];
  /** marks source columns whose word is unknown to the model */
  unknown?: readonly boolean[];
  /** caption of the data table (the picture itself is named by a one-line summary of the weights) */
  caption?: string;
  /** print the weight inside cells that are large enough (default true) */
  showValues?: boolean;
  /** every text of the picture (caption, legend, row header, accessible summaries), in the page's language */
  labels: HeatmapLabels;
  /** a source column to outline (linked highlighting from elsewhere on the page) */
  highlightCol?: number | null;
  /** called when the hovered / keyboard-focused cell changes */
  onActiveChange?: (cell: HeatmapCell | null) => void;
  /**
   * Step-by-step playback: rows from this index on are not computed yet at the cursor and are
   * drawn as faint ghosts (default: every row is shown).
   */
  revealedRows?: number;
  /** the row of the current decoder step, outlined (default none) */
  currentRow?: number | null;
  /** a click (or Enter) on a row, e.g. to move the step view to that step */
  onRowSelect?: (row: number) => void;
  /** rows to mark (e.g. steps changed by a what-if), with the mark's tooltip */
  markedRows?: readonly boolean[];
  /** tooltip of the marked rows */
  markLabel?: string;
}

/** Texts of the heatmap, in the page's language. */
export interface HeatmapLabels {
  /** caption of the data table when the caller gives none (`caption` prop) */
  caption: string;
  /** name of the colour scale */
  legend: string;
  /** header of the data table's row-header column */
  rowHeader: string;
  /** added to an unknown source word's column name */
  unknownSuffix: string;
  /**
   * The accessible texts: the picture's one-line summary (`alignment`, `noWeights`), the keyboard
   * help of the grid (`grid`), the legend's name (`legend`) and the unknown-word note (`unknownMark`).
   */
  a11y: SummaryLabels;
}

/** A heatmap cell: output-token row and source-token column (0-based). */
export interface HeatmapCell {
  /** the output-token row */
  row: number;
  /** the source-token column */
  col: number;
}
type Cell = HeatmapCell;

const fmt = (w: number): string => w.toFixed(3);

/**
 * Renders the attention weights as an SVG heatmap (output tokens × source tokens) with a legend and
 * an accessible data table. The picture is an image with a one-line summary; hovering or tapping a
 * cell shows its exact weight, and the hidden table is the keyboard grid (the focused cell is
 * outlined in the picture with the same readout).
 */
export function AttentionHeatmap(props: AttentionHeatmapProps) {
  const { sourceTokens, outputTokens, weights, unknown = [], showValues = true } = props;
  const { labels } = props;
  const { a11y } = labels;
  const caption = props.caption ?? labels.caption;
  // measured as drawn: an unknown word carries its mark (*), so the margins leave room for it
  const unknownKey = unknown.map(Number).join('');
  const { fitWidth } = props;
  const layout = useMemo(() => {
    const drawn = sourceTokens.map((t, j) => (unknownKey[j] === '1' ? `${t}*` : t));
    return heatmapLayout(drawn, outputTokens, fitWidth ? fitCellSize(drawn, outputTokens, fitWidth) : undefined);
  }, [sourceTokens, outputTokens, unknownKey, fitWidth]);
  const [active, setActiveState] = useState<Cell | null>(null);
  const { onActiveChange, highlightCol = null, currentRow = null, onRowSelect, markedRows = [], markLabel = '' } = props;
  const revealed = props.revealedRows ?? outputTokens.length;
  const setActive = (c: Cell | null): void => {
    if (c?.row === active?.row && c?.col === active?.col) return;
    setActiveState(c);
    onActiveChange?.(c);
  };
  const gradientId = useId().replace(/:/g, '_') + 'legend';
  const { x, y, color, margin, cell } = layout;
  const bw = x.bandwidth();
  const bh = y.bandwidth();
  const rows = outputTokens.length;
  const cols = sourceTokens.length;

  const legendWidth = 180;
  const legend = legendScale(legendWidth);
  const stops = gradientStops();

  // Pointer (mouse or touch) on the cells; the keyboard goes through the hidden table (HeatmapTable).
  const svgRef = useRef<SVGSVGElement>(null);
  const pointer = useCellPointer(svgRef, setActive);
  const onTableFocus = (c: Cell | null): void => {
    setActive(c);
    if (c)
      svgRef.current
        ?.querySelector(`rect[data-row="${c.row}"][data-col="${c.col}"]`)
        ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };
  const summary = useMemo(
    () => alignmentSummary(sourceTokens, outputTokens, weights, a11y),
    [sourceTokens, outputTokens, weights, a11y],
  );
  const hasUnknown = unknown.some(Boolean);
  const colName = (j: number): string => (sourceTokens[j] ?? '') + (unknown[j] ? labels.unknownSuffix : '');

  const activeWeight = active ? weights[active.row]?.[active.col] : undefined;

  return (
    <div className="heatmap" data-testid="heatmap">
      <div className="heatmap__scroll">
        <div className="heatmap__canvas" style={{ width: layout.width, height: layout.height }}>
          <svg
            ref={svgRef}
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="img"
            aria-label={summary}
            onPointerLeave={pointer.onLeave}
            data-rows={rows}
            data-cols={cols}
            className="heatmap__svg"
          >
            <g transform={`translate(${margin.left},${margin.top})`}>
              {/* source tokens along the top */}
              <g className="heatmap__xlabels">
                {sourceTokens.map((tok, j) => {
                  const cx = (x(j) ?? 0) + bw / 2;
                  const cls = [
                    'heatmap__label',
                    unknown[j] ? 'heatmap__label--unknown' : '',
                    active?.col === j || (!active && highlightCol === j) ? 'heatmap__label--active' : '',
                  ].join(' ');
                  return layout.rotateLabels ? (
                    <text
                      key={j}
                      className={cls}
                      transform={`translate(${cx - 3},-8) rotate(${LABEL_ANGLE})`}
                      textAnchor="start"
                      data-testid="heatmap-col-label"
                    >
                      {tok}
                      {unknown[j] ? <UnknownMark title={tok + labels.unknownSuffix} /> : null}
                    </text>
                  ) : (
                    <text key={j} className={cls} x={cx} y={-8} textAnchor="middle" data-testid="heatmap-col-label">
                      {tok}
                      {unknown[j] ? <UnknownMark title={tok + labels.unknownSuffix} /> : null}
                    </text>
                  );
                })}
              </g>
              {/* output tokens down the left */}
              <g className="heatmap__ylabels">
                {outputTokens.map((tok, i) => (
                  <text
                    key={i}
                    className={`heatmap__label${active?.row === i || currentRow === i ? ' heatmap__label--active' : ''}${i >= revealed ? ' heatmap__label--pending' : ''}`}
                    x={-8}
                    y={(y(i) ?? 0) + bh / 2}
                    dy="0.35em"
                    textAnchor="end"
                    data-testid="heatmap-row-label"
                  >
                    {tok}
                  </text>
                ))}
              </g>
              {/* cells */}
              <g className="heatmap__cells">
                {weights.map((row, i) =>
                  row.map((w, j) => (
                    <rect
                      key={`${i}-${j}`}
                      x={x(j)}
                      y={y(i)}
                      width={bw}
                      height={bh}
                      rx={2}
                      fill={color(w)}
                      className={i >= revealed ? 'heatmap__cell--pending' : undefined}
                      data-row={i}
                      data-col={j}
                      data-weight={String(w)}
                      data-revealed={i < revealed ? 'true' : 'false'}
                      onPointerEnter={(e) => pointer.onCell(e, i, j)}
                      onPointerMove={(e) => pointer.onCell(e, i, j)}
                      onPointerDown={(e) => pointer.onCell(e, i, j)}
                      onClick={onRowSelect ? () => onRowSelect(i) : undefined}
                    >
                      <title>{String(w)}</title>
                    </rect>
                  )),
                )}
              </g>
              {showValues && cell >= 30 ? (
                <g className="heatmap__values" aria-hidden="true">
                  {weights.map((row, i) =>
                    row.map((w, j) =>
                      w >= 0.1 && i < revealed ? (
                        <text
                          key={`${i}-${j}`}
                          x={(x(j) ?? 0) + bw / 2}
                          y={(y(i) ?? 0) + bh / 2}
                          dy="0.35em"
                          textAnchor="middle"
                          fill={textOn(w)}
                        >
                          {w.toFixed(2).replace(/^0/, '')}
                        </text>
                      ) : null,
                    ),
                  )}
                </g>
              ) : null}
              {/* marks of manipulated rows */}
              {markedRows.some(Boolean) ? (
                <g className="heatmap__marks">
                  {outputTokens.map((_, i) =>
                    markedRows[i] ? (
                      <g key={i} data-testid="heatmap-row-mark" data-row={i}>
                        <rect
                          className="heatmap__mark"
                          x={-1.5}
                          y={(y(i) ?? 0) - 1.5}
                          width={layout.innerWidth + 3}
                          height={bh + 3}
                          rx={3}
                          pointerEvents="none"
                        />
                        <text className="heatmap__mark-glyph" x={layout.innerWidth + 6} y={(y(i) ?? 0) + bh / 2} dy="0.35em">
                          ✎<title>{markLabel}</title>
                        </text>
                      </g>
                    ) : null,
                  )}
                </g>
              ) : null}
              {currentRow !== null && currentRow >= 0 && currentRow < rows ? (
                <rect
                  className="heatmap__rowmark"
                  x={-3}
                  y={(y(currentRow) ?? 0) - 3}
                  width={layout.innerWidth + 6}
                  height={bh + 6}
                  rx={4}
                  pointerEvents="none"
                  data-testid="heatmap-current-row"
                  data-row={currentRow}
                />
              ) : null}
              {!active && highlightCol !== null && highlightCol >= 0 && highlightCol < cols ? (
                <rect
                  className="heatmap__colmark"
                  x={(x(highlightCol) ?? 0) - 1.5}
                  y={-1.5}
                  width={bw + 3}
                  height={layout.innerHeight + 3}
                  rx={3}
                  pointerEvents="none"
                  data-testid="heatmap-col-highlight"
                />
              ) : null}
              {active ? (
                <rect
                  className="heatmap__focus"
                  x={(x(active.col) ?? 0) - 1.5}
                  y={(y(active.row) ?? 0) - 1.5}
                  width={bw + 3}
                  height={bh + 3}
                  rx={3}
                  pointerEvents="none"
                />
              ) : null}
            </g>
          </svg>
          {active && activeWeight !== undefined ? (
            <div
              className={`heatmap__tooltip heatmap__tooltip--${active.row < rows / 2 ? 'below' : 'above'}`}
              aria-hidden="true"
              data-testid="heatmap-tooltip"
              style={{
                left: margin.left + (x(active.col) ?? 0) + bw / 2,
                top: margin.top + (y(active.row) ?? 0) + (active.row < rows / 2 ? bh + 6 : -6),
              }}
            >
              <span className="heatmap__tooltip-out">{outputTokens[active.row]}</span> ←{' '}
              <span className="heatmap__tooltip-src">{sourceTokens[active.col]}</span>: <strong>{fmt(activeWeight)}</strong>
            </div>
          ) : null}
          <HeatmapTable
            caption={caption}
            help={a11y.grid}
            corner={labels.rowHeader}
            colHeaders={sourceTokens.map((_, j) => colName(j))}
            rowHeaders={outputTokens.map((tok, i) => (markedRows[i] && markLabel ? `${tok} (${markLabel})` : tok))}
            cells={weights.map((row) => row.map(fmt))}
            onFocusCell={onTableFocus}
            onEnter={onRowSelect}
            testId="heatmap-table"
          />
        </div>
      </div>

      <svg
        className="heatmap__legend"
        width={legendWidth + 24}
        height={44}
        role="img"
        aria-label={a11y.legend(labels.legend, '0', '1')}
        data-testid="heatmap-legend"
      >
        <defs>
          <linearGradient id={gradientId} x1="0" x2="1" y1="0" y2="0">
            {stops.map((s) => (
              <stop key={s.offset} offset={s.offset} stopColor={s.color} />
            ))}
          </linearGradient>
        </defs>
        <g transform="translate(12,0)">
          <text className="heatmap__legend-title" x={0} y={11}>
            {labels.legend}
          </text>
          <rect x={0} y={16} width={legendWidth} height={10} rx={2} fill={`url(#${gradientId})`} />
          {legend.ticks.map((t) => (
            <g key={t} transform={`translate(${legend.scale(t)},26)`}>
              <line y1={0} y2={4} className="heatmap__tick" />
              <text y={15} textAnchor="middle" className="heatmap__tick-label">
                {t}
              </text>
            </g>
          ))}
        </g>
      </svg>
      {hasUnknown ? (
        <p className="heatmap__note small muted" data-testid="heatmap-unknown-note">
          {a11y.unknownMark}
        </p>
      ) : null}
    </div>
  );
}

/** The mark after an unknown word's column label (not colour alone): an asterisk with the reason as its tooltip. */
function UnknownMark({ title }: { title: string }) {
  return (
    <tspan className="heatmap__unknown-mark">
      *<title>{title}</title>
    </tspan>
  );
}
