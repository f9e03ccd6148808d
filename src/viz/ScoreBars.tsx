/**
 * Attention scores e_tj as bars over the source tokens, morphing into the softmax weights α_tj:
 * the same bars get new heights (a CSS transition on their geometry), and the sum Σ_j α_tj = 1 is
 * printed. Each bar carries its exact score and weight in data attributes and a <title>.
 */
import { useStrings } from '../ui/i18n';
import { barsSummary } from './chartSummary';
import { barRect, barScale, fmt, weightColor } from './stepLayout';

/** Props of {@link ScoreBars}; positions and sizes are in SVG pixels. */
export interface ScoreBarsProps {
  /** centre x of each source column */
  xs: readonly number[];
  barWidth: number;
  top: number;
  height: number;
  /** raw scores e_t */
  scores: readonly number[];
  /** weights α_t (shown in 'weights' mode) */
  weights: readonly number[];
  mode: 'scores' | 'weights';
  tokens: readonly string[];
  /** where the caption (what the bars show) starts */
  captionX: number;
  captionY: number;
  highlight?: number | null;
  onHover?: (j: number | null) => void;
  labels: { scores: string; weights: (sum: string) => string; overridden?: (sum: string) => string };
  /** the weights were set by hand (what-if), not computed by the softmax */
  overridden?: boolean;
  /** what-if: clicking a bar puts all attention on its token */
  onPick?: (j: number) => void;
  pickLabel?: (token: string) => string;
}

const wColor = weightColor();
const SCORE_FILL = '#8b95a7';

/** Renders attention scores (or, in 'weights' mode, the softmax weights) as SVG bars over the source tokens, with a caption. */
export function ScoreBars(props: ScoreBarsProps) {
  const {
    xs,
    barWidth,
    top,
    height,
    scores,
    weights,
    mode,
    tokens,
    captionX,
    captionY,
    highlight = null,
    onHover,
    labels,
    overridden = false,
    onPick,
    pickLabel,
  } = props;
  const values = mode === 'weights' ? weights : scores;
  const scale = barScale(values, mode, top, height);
  const zero = scale(0);
  const sum = weights.reduce((a, b) => a + b, 0);
  // small raw scores need two decimals to tell apart
  const scoreDigits = Math.max(...scores.map(Math.abs)) >= 10 ? 1 : 2;
  const summary = barsSummary(mode, tokens, scores, weights, useStrings().a11y);
  return (
    <g
      className={`bars bars--${mode}${overridden ? ' bars--overridden' : ''}`}
      // a picture with a summary; a group when its bars are buttons (children of an image are hidden from assistive technology)
      role={onPick ? 'group' : 'img'}
      aria-label={summary}
      data-testid="score-bars"
      data-mode={mode}
      data-sum={mode === 'weights' ? String(sum) : undefined}
      data-overridden={overridden ? 'true' : undefined}
    >
      <line
        className="bars__zero"
        x1={(xs[0] ?? 0) - barWidth}
        x2={(xs[xs.length - 1] ?? 0) + barWidth}
        y1={0}
        y2={0}
        style={{ transform: `translateY(${zero}px)` }}
      />
      {xs.map((cx, j) => {
        const v = values[j] ?? 0;
        const { y, h } = barRect(scale, v);
        const neg = v < 0;
        const labelY = neg ? y + h + 11 : y - 4;
        return (
          <g
            key={j}
            className={`bar${highlight === j ? ' bar--active' : ''}${onPick ? ' bar--pickable' : ''}`}
            data-testid="score-bar"
            data-index={j}
            data-token={tokens[j]}
            data-score={String(scores[j])}
            data-weight={weights[j] !== undefined ? String(weights[j]) : undefined}
            role={onPick ? 'button' : undefined}
            tabIndex={onPick ? 0 : undefined}
            aria-label={onPick && pickLabel ? pickLabel(tokens[j] ?? '') : undefined}
            onClick={onPick ? () => onPick(j) : undefined}
            onKeyDown={
              onPick
                ? (e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      onPick(j);
                    }
                  }
                : undefined
            }
            onMouseEnter={onHover ? () => onHover(j) : undefined}
            onMouseLeave={onHover ? () => onHover(null) : undefined}
          >
            <title>{`${tokens[j]}: e = ${fmt(scores[j] ?? 0, 3)}${mode === 'weights' ? `, α = ${fmt(weights[j] ?? 0, 3)}` : ''}`}</title>
            {/* a wide transparent hit area so thin bars are easy to hover */}
            <rect
              className="bar__hit"
              x={cx - barWidth}
              y={top - 14}
              width={barWidth * 2}
              height={height + 28}
              fill="transparent"
            />
            <rect
              className="bar__rect"
              x={cx - barWidth / 2}
              width={barWidth}
              rx={2}
              style={{ y, height: h, fill: mode === 'weights' ? wColor(v) : SCORE_FILL }}
            />
            <text className="bar__value" textAnchor="middle" style={{ transform: `translate(${cx}px, ${labelY}px)` }}>
              {mode === 'weights' ? fmt(v, 2).replace(/^0\./, '.') : fmt(v, scoreDigits)}
            </text>
          </g>
        );
      })}
      <text className="bars__caption" x={captionX} y={captionY} data-testid="bars-caption">
        {mode === 'weights' ? (overridden && labels.overridden ? labels.overridden : labels.weights)(fmt(sum, 3)) : labels.scores}
      </text>
    </g>
  );
}
