/**
 * One decoder step's attention, compactly: for each source token its raw score e_tj and its weight
 * α_tj as two small bars. Presentational; exact values in data attributes and tooltips.
 */
/** Props of {@link StepBars}. */
export interface StepBarsProps {
  /** the decoder step shown (1-based) */
  t: number;
  /** source tokens, one row each */
  tokens: readonly string[];
  /** raw scores e_tj [S] */
  scores: readonly number[];
  /** attention weights α_tj [S] */
  weights: readonly number[];
  /** the two columns' headings */
  labels: { score: string; weight: string };
  /** the accessible name: what the bars show, with their numbers (chartSummary.ts `stepBarsSummary`) */
  summary: string;
}

const ROW = 18;

/** Renders each source token's raw score and attention weight at one step as two small SVG bars. */
export function StepBars({ t, tokens, scores, weights, labels, summary }: StepBarsProps) {
  const maxAbs = Math.max(1e-9, ...scores.map(Math.abs));
  const labelW = Math.min(110, 8 + 7 * Math.max(1, ...tokens.map((t) => [...t].length)));
  const barW = 90;
  const width = labelW + 2 * barW + 24;
  const height = 18 + tokens.length * ROW;
  return (
    <svg
      className="stepbars"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      data-testid="step-bars"
      data-n={tokens.length}
      role="img"
      data-step={t}
      aria-label={summary}
    >
      <text x={labelW + barW / 2} y={11} textAnchor="middle" className="stepbars__head">
        {labels.score}
      </text>
      <text x={labelW + barW + 16 + barW / 2} y={11} textAnchor="middle" className="stepbars__head">
        {labels.weight}
      </text>
      {tokens.map((tok, j) => {
        const y = 16 + j * ROW;
        const s = scores[j] ?? 0;
        const w = weights[j] ?? 0;
        const half = barW / 2;
        const sw = (Math.abs(s) / maxAbs) * half;
        return (
          <g key={j} data-testid="step-bar" data-score={String(s)} data-weight={String(w)}>
            <text x={labelW - 6} y={y + ROW / 2} dy="0.35em" textAnchor="end" className="stepbars__tok">
              {tok}
            </text>
            <line x1={labelW + half} x2={labelW + half} y1={y + 1} y2={y + ROW - 1} className="stepbars__zero" />
            <rect
              x={s >= 0 ? labelW + half : labelW + half - sw}
              y={y + 3}
              width={sw}
              height={ROW - 6}
              className="stepbars__score"
            >
              <title>{`e = ${s.toFixed(3)}`}</title>
            </rect>
            <rect x={labelW + barW + 16} y={y + 3} width={barW} height={ROW - 6} className="stepbars__track" />
            <rect x={labelW + barW + 16} y={y + 3} width={w * barW} height={ROW - 6} className="stepbars__weight">
              <title>{`α = ${w.toFixed(3)}`}</title>
            </rect>
          </g>
        );
      })}
    </svg>
  );
}
