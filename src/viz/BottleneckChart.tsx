/**
 * BLEU against source length, one line per variant (Bahdanau et al. 2015, fig. 2). Presentational:
 * plain numbers in, SVG out; every point has a tooltip and the data is also in a hidden table.
 */
import { useState } from 'react';
import { ScrollBox } from '../ui/ScrollBox';
import { bottleneckLayout } from './bottleneckLayout';
import { bottleneckSummary, type SummaryLabels } from './chartSummary';

/** Props of {@link BottleneckChart}. */
export interface BottleneckChartProps {
  /** bucket keys along x (e.g. "1-4") */
  buckets: readonly string[];
  series: readonly { id: string; name: string; values: readonly number[]; sentences: readonly number[] }[];
  labels: {
    x: string;
    y: string;
    caption: string;
    point: (name: string, bucket: string, bleu: string, n: number) => string;
    data: string;
    /** the one-line summary's texts (the picture's accessible name) */
    summary: Pick<SummaryLabels, 'bottleneck' | 'bottleneckSeries'>;
  };
  /** the width it may take (px): the chart is drawn that wide, between {@link MIN_WIDTH} and {@link MAX_WIDTH} (the latter when not given) */
  width?: number;
}

/** The chart's widest drawing (px), and its width where the box's is not known. */
export const MAX_WIDTH = 560;
/** The chart's narrowest drawing (px): a narrower box scrolls it sideways. */
export const MIN_WIDTH = 280;

/** Renders BLEU against source-length bucket as an SVG line chart, one line per variant, with tooltips and a hidden data table. */
export function BottleneckChart({ buckets, series, labels, width }: BottleneckChartProps) {
  const L = bottleneckLayout(buckets, series, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width ?? MAX_WIDTH)));
  const [hover, setHover] = useState<string | null>(null);
  const bottom = L.height - L.margin.bottom;
  const summary = bottleneckSummary(buckets, series, labels.summary);
  return (
    <figure className="bottleneck" data-testid="bottleneck-chart">
      <ScrollBox className="bottleneck__scroll" label={summary}>
        <svg
          width={L.width}
          height={L.height}
          viewBox={`0 0 ${L.width} ${L.height}`}
          role="img"
          aria-label={summary}
          className="bottleneck__svg"
        >
          <g className="bottleneck__grid">
            {L.yTicks.map((v) => (
              <g key={v} transform={`translate(0,${L.y(v)})`}>
                <line x1={L.margin.left} x2={L.width - L.margin.right} className="bottleneck__gridline" />
                <text x={L.margin.left - 6} dy="0.35em" textAnchor="end" className="bottleneck__tick">
                  {v}
                </text>
              </g>
            ))}
          </g>
          <line x1={L.margin.left} x2={L.width - L.margin.right} y1={bottom} y2={bottom} className="bottleneck__axis" />
          {buckets.map((b) => (
            <text
              key={b}
              x={L.x(b)}
              y={bottom + 16}
              textAnchor="middle"
              className="bottleneck__tick"
              data-testid="bottleneck-xtick"
            >
              {b}
            </text>
          ))}
          <text
            x={(L.margin.left + L.width - L.margin.right) / 2}
            y={L.height - 6}
            textAnchor="middle"
            className="bottleneck__axis-title"
          >
            {labels.x}
          </text>
          <text
            transform={`translate(12,${(L.margin.top + bottom) / 2}) rotate(-90)`}
            textAnchor="middle"
            className="bottleneck__axis-title"
          >
            {labels.y}
          </text>
          {L.series.map((s, i) => (
            <g
              key={s.id}
              className={`bottleneck__series${hover && hover !== s.id ? ' bottleneck__series--faded' : ''}`}
              onMouseEnter={() => setHover(s.id)}
              onMouseLeave={() => setHover(null)}
            >
              <path
                d={s.path}
                fill="none"
                stroke={s.color}
                strokeWidth={2.5}
                strokeDasharray={s.dash || undefined}
                data-variant={s.id}
                data-testid="bottleneck-line"
              />
              {s.points.map((p, k) => (
                <circle
                  key={p.key}
                  cx={p.x}
                  cy={p.y}
                  r={5}
                  fill={s.color}
                  className="bottleneck__point"
                  data-variant={s.id}
                  data-bucket={p.key}
                  data-bleu={p.value}
                >
                  <title>{labels.point(series[i]!.name, p.key, p.value.toFixed(2), series[i]!.sentences[k] ?? 0)}</title>
                </circle>
              ))}
            </g>
          ))}
        </svg>
      </ScrollBox>
      <ul className="bottleneck__legend" data-testid="bottleneck-legend">
        {L.series.map((s, i) => (
          <li key={s.id} onMouseEnter={() => setHover(s.id)} onMouseLeave={() => setHover(null)}>
            <svg width={28} height={10} aria-hidden="true">
              <line x1={0} x2={28} y1={5} y2={5} stroke={s.color} strokeWidth={2.5} strokeDasharray={s.dash || undefined} />
            </svg>
            {series[i]!.name}
          </li>
        ))}
      </ul>
      {/* the numbers, for everyone (the lines' colours and dashes are not the only way to read them) */}
      <details className="chart-data" data-testid="bottleneck-data">
        <summary>{labels.data}</summary>
        {/* wide with five models: it scrolls sideways inside the card, not the page (360 px phones) */}
        <ScrollBox className="chart-data__scroll" label={labels.data}>
          <table className="chart-data__table">
            <caption className="visually-hidden">{labels.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.x}</th>
                {series.map((s) => (
                  <th key={s.id} scope="col">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {buckets.map((b, k) => (
                <tr key={b}>
                  <th scope="row">{b}</th>
                  {series.map((s) => (
                    <td key={s.id}>{s.values[k]?.toFixed(2)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </details>
    </figure>
  );
}
