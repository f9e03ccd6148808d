/**
 * Learning curves: one line per series (training / held-out, attention / baseline) against the
 * training step. Presentational: plain points and labels in, SVG out; the latest values are also
 * written as text (and as data attributes, which the end-to-end test reads).
 */
import { curvesLayout, type CurvePoint } from './learningCurvesLayout';

/** One line of the chart. */
export interface CurveSeries {
  /** stable key, also the `data-series` attribute */
  id: string;
  /** legend text */
  label: string;
  /** a CSS colour (e.g. `var(--accent)`) */
  color: string;
  /** draw dashed (e.g. the training curve beside the held-out one) */
  dashed?: boolean;
  points: readonly CurvePoint[];
}

/** Props of {@link LearningCurves}. */
export interface LearningCurvesProps {
  series: readonly CurveSeries[];
  /** chart title, also the picture's accessible name */
  title: string;
  /** x axis title (e.g. "training step") */
  xLabel: string;
  /** fixed top of the y axis (1 for accuracy); absent: the largest value */
  yMax?: number;
  /** formats a value for the legend (e.g. as a percentage) */
  format: (v: number) => string;
  /** drawing width in px */
  width: number;
  /** drawing height in px (default 180) */
  height?: number;
}

/** Renders the curves as an SVG line chart with axes and a legend of the latest values. */
export function LearningCurves({ series, title, xLabel, yMax, format, width, height = 180 }: LearningCurvesProps) {
  const L = curvesLayout(
    series.map((s) => s.points),
    width,
    height,
    yMax,
  );
  const bottom = height - L.margin.bottom;
  return (
    <figure className="curves" data-testid="learning-curves" style={{ width }}>
      <figcaption className="curves__title">{title}</figcaption>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} className="curves__svg">
        {L.yTicks.map((v) => (
          <g key={v} transform={`translate(0,${L.y(v)})`}>
            <line x1={L.margin.left} x2={width - L.margin.right} className="curves__grid" />
            <text x={L.margin.left - 6} dy="0.35em" textAnchor="end" className="curves__tick">
              {format(v)}
            </text>
          </g>
        ))}
        <line x1={L.margin.left} x2={width - L.margin.right} y1={bottom} y2={bottom} className="curves__axis" />
        {L.xTicks.map((v) => (
          <text key={v} x={L.x(v)} y={bottom + 14} textAnchor="middle" className="curves__tick">
            {v}
          </text>
        ))}
        <text x={(L.margin.left + width - L.margin.right) / 2} y={height - 2} textAnchor="middle" className="curves__tick">
          {xLabel}
        </text>
        {series.map((s, i) => (
          <path
            key={s.id}
            d={L.paths[i]}
            fill="none"
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray={s.dashed ? '4 3' : undefined}
            data-series={s.id}
          />
        ))}
      </svg>
      <ul className="curves__legend">
        {series.map((s) => {
          const last = s.points.at(-1);
          return (
            <li key={s.id} data-series={s.id} data-latest={last ? last.y : ''}>
              <svg width={24} height={10} aria-hidden="true">
                <line
                  x1={0}
                  x2={24}
                  y1={5}
                  y2={5}
                  stroke={s.color}
                  strokeWidth={2.5}
                  strokeDasharray={s.dashed ? '4 3' : undefined}
                />
              </svg>
              {s.label}
              {last ? `: ${format(last.y)}` : ''}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
