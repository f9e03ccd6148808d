/** The colour legend of the stage: vector values (diverging, square-root scale) and gates / weights in [0, 1]. */
import { fmt, STATE_TICKS, stateColor, weightColor } from '../stepLayout';

const sColor = stateColor();
const wColor = weightColor();

/** Props of {@link StageLegend}. */
export interface StageLegendProps {
  x: number;
  y: number;
  /** prefix of the gradient ids (unique per stage) */
  uid: string;
  labels: { legendState: string; legendUnit: string };
}

/** Renders the two colour scales of the stage side by side. */
export function StageLegend({ x, y, uid, labels }: StageLegendProps) {
  const w = 140;
  const stops = Array.from({ length: 11 }, (_, i) => i / 10);
  return (
    <g className="stage__legend" transform={`translate(${x},${y})`} data-testid="stage-legend">
      <defs>
        <linearGradient id={`${uid}-lg-state`} x1="0" x2="1" y1="0" y2="0">
          {stops.map((s) => (
            <stop key={s} offset={s} stopColor={sColor(Math.sign(2 * s - 1) * (2 * s - 1) ** 2)} />
          ))}
        </linearGradient>
        <linearGradient id={`${uid}-lg-unit`} x1="0" x2="1" y1="0" y2="0">
          {stops.map((s) => (
            <stop key={s} offset={s} stopColor={wColor(s)} />
          ))}
        </linearGradient>
      </defs>
      <text className="stage__legend-title" x={0} y={9}>
        {labels.legendState}
      </text>
      <rect x={0} y={13} width={w} height={7} rx={2} fill={`url(#${uid}-lg-state)`} />
      {STATE_TICKS.filter((tk) => Math.abs(tk.v) !== 0.25).map((tk) => (
        <text key={tk.v} className="stage__legend-tick" x={tk.at * w} y={31} textAnchor="middle">
          {tk.v > 0 ? `+${tk.v}` : fmt(tk.v, 0)}
        </text>
      ))}
      <g transform={`translate(${w + 64},0)`}>
        <text className="stage__legend-title" x={0} y={9}>
          {labels.legendUnit}
        </text>
        <rect x={0} y={13} width={80} height={7} rx={2} fill={`url(#${uid}-lg-unit)`} />
        <text className="stage__legend-tick" x={0} y={31} textAnchor="middle">
          0
        </text>
        <text className="stage__legend-tick" x={80} y={31} textAnchor="middle">
          1
        </text>
      </g>
    </g>
  );
}
