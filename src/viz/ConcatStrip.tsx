/**
 * A concatenation [a ; b (; c)] as strips joined side by side in one frame. Row d of each part is
 * that part's dimension d (so the parts stay aligned with every other strip; a shorter part, such as
 * Bahdanau's E dimensions of E_y(y_{t-1}) next to H-dimensional states, fills only its first rows);
 * a part the trace does not hold is drawn as a hatched placeholder.
 */
import { VectorStrip } from './VectorStrip';

/** One part of a concatenation: its values (or a placeholder) and labels. */
export interface ConcatPart {
  /** the part's values, or undefined for a placeholder */
  values?: readonly number[];
  /** short name under the part, e.g. "c" */
  label: string;
  /** accessible name */
  name: string;
  testId: string;
}

/** Props of {@link ConcatStrip}; positions and sizes are in SVG pixels. */
export interface ConcatStripProps {
  parts: readonly ConcatPart[];
  x: number;
  y: number;
  partWidth: number;
  height: number;
  color: (v: number) => string;
  /** the whole concat, for data-values (exact) */
  testId: string;
  active?: boolean;
  /** the dimension d of part `part` under the pointer (null: left) */
  onHoverDim?: (part: number, d: number | null) => void;
  /** id of the hatch pattern for placeholders */
  hatchId: string;
}

/** Renders the parts of a concatenation as side-by-side vector strips in one frame (hatched placeholders for missing parts). */
export function ConcatStrip({ parts, x, y, partWidth, height, color, testId, active, onHoverDim, hatchId }: ConcatStripProps) {
  const total = parts.reduce((n, p) => n + (p.values?.length ?? 0), 0);
  // one row per dimension: the longest part fills the height, shorter ones their first rows
  const rows = Math.max(1, ...parts.map((p) => p.values?.length ?? 0));
  return (
    <g className={`concat${active ? ' concat--active' : ''}`} data-testid={testId} data-n={total} data-parts={parts.length}>
      {parts.map((p, i) => {
        const px = x + i * partWidth;
        return p.values ? (
          <VectorStrip
            key={i}
            values={p.values}
            color={color}
            x={px}
            y={y}
            width={partWidth}
            height={(height * p.values.length) / rows}
            testId={p.testId}
            name={p.name}
            onHoverDim={onHoverDim ? (d) => onHoverDim(i, d) : undefined}
          />
        ) : (
          <g key={i} data-testid={p.testId} data-placeholder="true">
            <rect className="concat__placeholder" x={px} y={y} width={partWidth} height={height} fill={`url(#${hatchId})`}>
              <title>{p.name}</title>
            </rect>
          </g>
        );
      })}
      {parts.slice(1).map((_, i) => (
        <line key={i} className="concat__sep" x1={x + (i + 1) * partWidth} x2={x + (i + 1) * partWidth} y1={y} y2={y + height} />
      ))}
      <rect
        className="concat__frame"
        x={x - 1.5}
        y={y - 1.5}
        width={parts.length * partWidth + 3}
        height={height + 3}
        rx={2.5}
        pointerEvents="none"
      />
      {parts.map((p, i) => (
        <text key={i} className="concat__label" x={x + (i + 0.5) * partWidth} y={y + height + 13} textAnchor="middle">
          {p.label}
        </text>
      ))}
    </g>
  );
}
