/**
 * One vector of the stage: compact (a few named dimensions as cells, the same dimensions in every
 * vector, so c_t[d] = Σ_j α_j h̄_j[d] can be checked cell by cell) or full (every dimension, one
 * pixel row each, on a canvas). The exact numbers travel in `data-values`; hovering reports the
 * dimension under the pointer.
 */
import { memo, useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { dataValues } from '../stepLayout';
import type { Box } from './frame';

/** Props of {@link StageVector}. */
export interface StageVectorProps {
  box: Box;
  values: readonly number[];
  /** what is drawn when it differs from `values` (e.g. α_j·h̄_j) */
  display?: readonly number[];
  color: (v: number) => string;
  /** the dimensions drawn as cells; null: every dimension */
  dims: readonly number[] | null;
  /** the dimension the formula's numbers are about (outlined) */
  focus?: number | null;
  /** accessible name */
  name?: string;
  onHoverDim?: (d: number | null) => void;
}

function StageVectorImpl({ box, values, display, color, dims, focus = null, name, onHoverDim }: StageVectorProps) {
  const shown = display ?? values;
  const vertical = box.h >= box.w;
  const n = dims ? dims.length : shown.length;
  const step = (vertical ? box.h : box.w) / Math.max(1, n);
  const cell = (i: number): Box =>
    vertical ? { x: box.x, y: box.y + i * step, w: box.w, h: step } : { x: box.x + i * step, y: box.y, w: step, h: box.h };
  const dimAt = (e: PointerEvent<SVGElement>): number => {
    const r = e.currentTarget.getBoundingClientRect();
    const f = vertical ? (e.clientY - r.top) / r.height : (e.clientX - r.left) / r.width;
    const i = Math.min(n - 1, Math.max(0, Math.floor(f * n)));
    return dims ? (dims[i] ?? 0) : i;
  };
  const hover = onHoverDim
    ? {
        onPointerMove: (e: PointerEvent<SVGElement>) => onHoverDim(dimAt(e)),
        onPointerDown: (e: PointerEvent<SVGElement>) => onHoverDim(dimAt(e)),
        // a touch "leaves" as soon as it lifts: only a mouse leaving clears the value
        onPointerLeave: (e: PointerEvent<SVGElement>) => e.pointerType === 'mouse' && onHoverDim(null),
      }
    : {};
  const focusIndex = focus === null ? -1 : dims ? dims.indexOf(focus) : focus;
  return (
    <>
      {dims ? (
        <g className="stg-cells" {...(name ? { role: 'img', 'aria-label': name } : { 'aria-hidden': true })} {...hover}>
          {dims.map((d, i) => {
            const c = cell(i);
            return <rect key={d} x={c.x} y={c.y} width={c.w} height={c.h} fill={color(shown[d] ?? 0)} className="stg-cell" />;
          })}
        </g>
      ) : (
        <FullStrip box={box} values={shown} color={color} vertical={vertical} name={name} hover={hover} />
      )}
      <rect
        className="vstrip__frame"
        x={box.x - 0.5}
        y={box.y - 0.5}
        width={box.w + 1}
        height={box.h + 1}
        rx={1.5}
        pointerEvents="none"
      />
      {focusIndex >= 0 && focusIndex < n ? (
        <rect className="stg-focus" pointerEvents="none" {...rectOf(cell(focusIndex), dims ? 1 : 2)} />
      ) : null}
    </>
  );
}

function rectOf(b: Box, pad: number) {
  return vertical(b)
    ? { x: b.x - pad, y: b.y - pad / 2, width: b.w + 2 * pad, height: Math.max(2, b.h + pad) }
    : { x: b.x - pad / 2, y: b.y - pad, width: Math.max(2, b.w + pad), height: b.h + 2 * pad };
}
const vertical = (b: Box): boolean => b.h >= b.w;

function FullStrip({
  box,
  values,
  color,
  vertical: v,
  name,
  hover,
}: {
  box: Box;
  values: readonly number[];
  color: (x: number) => string;
  vertical: boolean;
  name?: string;
  hover: object;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    values.forEach((x, d) => {
      ctx.fillStyle = color(x);
      ctx.fillRect(v ? 0 : d, v ? d : 0, 1, 1);
    });
  }, [values, color, v]);
  const n = Math.max(1, values.length);
  return (
    <foreignObject x={box.x} y={box.y} width={box.w} height={box.h} {...hover}>
      <canvas
        ref={ref}
        className="vstrip__canvas"
        width={v ? 1 : n}
        height={v ? n : 1}
        {...(name ? { role: 'img', 'aria-label': name } : { 'aria-hidden': true })}
        style={{ width: box.w, height: box.h }}
      />
    </foreignObject>
  );
}

/** Renders one stage vector (see the file comment); memoised. */
export const StageVector = memo(StageVectorImpl);

/** The exact numbers of a vector for its data attribute (memoised per array). */
export function useDataValues(values: readonly number[]): string {
  return useMemo(() => dataValues(values), [values]);
}
