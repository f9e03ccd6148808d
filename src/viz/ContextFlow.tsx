/**
 * The weighted sum as ribbons: from the bottom of each encoder strip into the bottom of the
 * context strip, each as wide as its weight. With no attention, the same picture shows where the
 * fixed context comes from (two half-strips, weight 1 each).
 */
import { flowPath, fmt } from './stepLayout';

/** One ribbon of the context flow: from source column j, as wide as its weight. */
export interface Flow {
  /** source column j */
  j: number;
  /** x where the ribbon leaves (bottom centre of the strip) */
  fromX: number;
  /** α_tj (1 for the fixed context's halves) */
  weight: number;
}

/** Props of {@link ContextFlow}; positions and sizes are in SVG pixels. */
export interface ContextFlowProps {
  flows: readonly Flow[];
  /** x where the ribbons enter the context strip (its bottom centre) */
  toX: number;
  /** y of the strips' bottom edge */
  y: number;
  /** the widest a ribbon gets (weight 1), px */
  maxWidth: number;
  /** horizontal span used to scale the dip of the ribbons */
  span: number;
  highlight?: number | null;
  tokens: readonly string[];
}

/** Renders the context vector's weighted sum as SVG ribbons from each encoder strip to the context strip, widths ∝ weight. */
export function ContextFlow({ flows, toX, y, maxWidth, span, highlight = null, tokens }: ContextFlowProps) {
  // Widest first, so thin ribbons stay visible on top.
  const sorted = [...flows].sort((a, b) => b.weight - a.weight);
  return (
    <g className="flow" data-testid="context-flow" aria-hidden="true">
      {sorted.map((f) => (
        <path
          key={f.j}
          className={`flow__ribbon${highlight === f.j ? ' flow__ribbon--active' : ''}`}
          d={flowPath(f.fromX, toX, y + 1, span)}
          strokeWidth={Math.max(0.75, f.weight * maxWidth)}
          strokeOpacity={0.25 + 0.6 * Math.min(1, f.weight * 2)}
          data-index={f.j}
          data-weight={String(f.weight)}
        >
          <title>{`${tokens[f.j] ?? ''}: ${fmt(f.weight, 3)}`}</title>
        </path>
      ))}
    </g>
  );
}
