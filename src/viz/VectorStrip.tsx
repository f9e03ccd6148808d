/**
 * One vector (H numbers) as a vertical strip: one pixel row per dimension, drawn on a canvas (dense
 * strips stay legible and cheap) inside the SVG via foreignObject. The exact values travel in
 * `data-values`; hovering reports the dimension under the pointer, so the page can show its index
 * and value (never colour alone).
 */
import { memo, useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { useStrings } from '../ui/i18n';
import { vectorSummary } from './chartSummary';
import { dataValues, dimAt } from './stepLayout';

/** Props of {@link VectorStrip}; position and size are in SVG pixels. */
export interface VectorStripProps {
  /** the vector (exported exactly in data-values) */
  values: readonly number[];
  /** what is drawn, when it differs from `values` (e.g. α_j·h̄_j) */
  display?: readonly number[];
  color: (v: number) => string;
  x: number;
  y: number;
  width: number;
  height: number;
  testId: string;
  /** accessible name, e.g. "h_t (decoder state)" */
  name: string;
  /** extra data-* attributes */
  data?: Record<string, string | number>;
  /** outlined (linked highlighting / current phase) */
  active?: boolean;
  /** drawn faded (not part of the current phase) */
  faded?: boolean;
  onHoverDim?: (d: number | null) => void;
}

function drawStrip(canvas: HTMLCanvasElement, values: readonly number[], color: (v: number) => string): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  values.forEach((v, d) => {
    ctx.fillStyle = color(v);
    ctx.fillRect(0, d, 1, 1);
  });
}

/** The dimension (row) of a strip's canvas under a pointer event. */
function dimUnder(e: PointerEvent<HTMLCanvasElement>, n: number): number {
  const r = e.currentTarget.getBoundingClientRect();
  return dimAt(e.clientY - r.top, r.height, n);
}

function VectorStripImpl(props: VectorStripProps) {
  const { values, display, color, x, y, width, height, testId, name, data, active, faded, onHoverDim } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  const shown = display ?? values;
  const n = values.length;
  useEffect(() => {
    if (ref.current) drawStrip(ref.current, shown, color);
  }, [shown, color]);
  const exact = useMemo(() => dataValues(values), [values]);
  const a11y = useStrings().a11y;
  const summary = useMemo(() => vectorSummary(name, values, a11y), [name, values, a11y]);
  const dataAttrs: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(data ?? {})) dataAttrs[`data-${k}`] = v;
  const cls = ['vstrip', active ? 'vstrip--active' : '', faded ? 'vstrip--faded' : ''].filter(Boolean).join(' ');
  return (
    <g className={cls} data-testid={testId} data-values={exact} data-n={n} {...dataAttrs}>
      <foreignObject x={x} y={y} width={width} height={height}>
        <canvas
          ref={ref}
          className="vstrip__canvas"
          width={1}
          height={Math.max(1, n)}
          role="img"
          aria-label={summary}
          style={{ width, height }}
          // pointer events: a mouse hovering, or a finger / pen pressing, reads the dimension under it
          onPointerMove={onHoverDim ? (e) => onHoverDim(dimUnder(e, n)) : undefined}
          onPointerDown={onHoverDim ? (e) => onHoverDim(dimUnder(e, n)) : undefined}
          // Only a mouse leaving clears it: a touch "leaves" as soon as it lifts, and after a tap
          // Chromium sends compatibility mouseout/mouseleave events to the tapped element, so no
          // onMouseLeave here (it hid the value a tap had just shown); the value stays until the next tap.
          onPointerLeave={onHoverDim ? (e) => e.pointerType === 'mouse' && onHoverDim(null) : undefined}
        />
      </foreignObject>
      <rect
        className="vstrip__frame"
        x={x - 0.5}
        y={y - 0.5}
        width={width + 1}
        height={height + 1}
        rx={1.5}
        pointerEvents="none"
      />
    </g>
  );
}

/** Renders a vector as a vertical colour strip (one row per dimension) on a canvas inside the SVG; memoised. */
export const VectorStrip = memo(VectorStripImpl);
