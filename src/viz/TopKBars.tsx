/**
 * The output distribution p_t: the k most probable words as horizontal bars on a [0, 1] axis, the
 * emitted word highlighted. Exact probabilities in data attributes and <title>s.
 */
import { scaleLinear } from 'd3-scale';
import { useStrings } from '../ui/i18n';
import { topKSummary } from './chartSummary';
import { fmt } from './stepLayout';

/** One candidate output word and its probability. */
export interface TopKItem {
  /** vocabulary id (compared to find the chosen word) */
  id?: number;
  token: string;
  p: number;
}

/** Props of {@link TopKBars}; positions and sizes are in SVG pixels. */
export interface TopKBarsProps {
  items: readonly TopKItem[];
  /** the word emitted at this step */
  chosen: TopKItem;
  x: number;
  y: number;
  width: number;
  rowHeight: number;
  highlight?: number | null;
  onHover?: (k: number | null) => void;
  /** caption above the bars */
  title: string;
  /** label of a chosen word outside the top k (forced decoding) */
  forcedLabel: string;
  /** the chosen word was imposed (teacher forcing / what-if), not the model's argmax */
  forced?: boolean;
  /** what-if: picking a candidate (by its index in `items`) forces it; rows become buttons */
  onPick?: (k: number) => void;
  /** accessible name of a pickable row */
  pickLabel?: (token: string) => string;
}

const LABEL_W = 84;
const VALUE_W = 40;

/** Renders the top-k output words as horizontal probability bars on a [0, 1] axis, highlighting the emitted word. */
export function TopKBars({
  items,
  chosen,
  x,
  y,
  width,
  rowHeight,
  highlight = null,
  onHover,
  title,
  forcedLabel,
  forced = false,
  onPick,
  pickLabel,
}: TopKBarsProps) {
  const barW = Math.max(20, width - LABEL_W - VALUE_W);
  const sx = scaleLinear().domain([0, 1]).range([0, barW]);
  const same = (a: TopKItem): boolean =>
    a.id !== undefined && chosen.id !== undefined ? a.id === chosen.id : a.token === chosen.token;
  const inTop = items.some(same);
  const rows: (TopKItem & { chosen: boolean; forced?: boolean })[] = items.map((it) => ({ ...it, chosen: same(it) }));
  if (!inTop) rows.push({ ...chosen, chosen: true, forced: true });
  const bh = Math.max(6, rowHeight - 6);
  const summary = topKSummary(items, chosen, forced || !inTop, useStrings().a11y);
  return (
    <g
      className="topk"
      data-testid="topk"
      data-chosen={chosen.token}
      transform={`translate(${x},${y})`}
      // a picture with a summary; a group when its rows are buttons (what-if)
      role={onPick ? 'group' : 'img'}
      aria-label={summary}
    >
      <text className="topk__title" x={0} y={-8}>
        {title}
      </text>
      {rows.map((r, k) => {
        const ry = k * rowHeight + (r.forced ? 6 : 0);
        const isForced = r.forced || (r.chosen && forced);
        const pickable = !!onPick && !r.chosen && k < items.length;
        const cls = [
          'topk__row',
          r.chosen ? 'topk__row--chosen' : '',
          isForced ? 'topk__row--forced' : '',
          pickable ? 'topk__row--pickable' : '',
          highlight === k ? 'topk__row--active' : '',
        ]
          .filter(Boolean)
          .join(' ');
        const pick = pickable ? (): void => onPick!(k) : undefined;
        return (
          <g
            key={`${k}-${r.token}`}
            className={cls}
            transform={`translate(0,${ry})`}
            data-testid="topk-row"
            data-token={r.token}
            data-p={String(r.p)}
            data-chosen={r.chosen ? 'true' : 'false'}
            data-forced={isForced ? 'true' : undefined}
            role={pickable ? 'button' : undefined}
            tabIndex={pickable ? 0 : undefined}
            aria-label={pickable && pickLabel ? pickLabel(r.token) : undefined}
            onClick={pick}
            onKeyDown={
              pick
                ? (e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      pick();
                    }
                  }
                : undefined
            }
            onMouseEnter={onHover ? () => onHover(k) : undefined}
            onMouseLeave={onHover ? () => onHover(null) : undefined}
          >
            <title>{`${r.token}: p = ${fmt(r.p, 4)}${isForced ? ` (${forcedLabel})` : ''}${pickable && pickLabel ? ` · ${pickLabel(r.token)}` : ''}`}</title>
            {pickable ? <rect className="topk__hit" x={-4} y={0} width={width + 4} height={rowHeight} rx={4} /> : null}
            {r.chosen ? <rect className="topk__mark" x={-4} y={1} width={width + 4} height={rowHeight - 2} rx={4} /> : null}
            <text className="topk__word" x={LABEL_W - 8} y={rowHeight / 2} dy="0.35em" textAnchor="end">
              {r.token.length > 11 ? `${r.token.slice(0, 10)}…` : r.token}
            </text>
            <rect className="topk__track" x={LABEL_W} y={(rowHeight - bh) / 2 - 1} width={barW} height={bh} rx={2} />
            <rect
              className="topk__bar"
              x={LABEL_W}
              y={(rowHeight - bh) / 2 - 1}
              width={Math.max(1, sx(r.p))}
              height={bh}
              rx={2}
            />
            <text className="topk__value" x={LABEL_W + barW + 6} y={rowHeight / 2} dy="0.35em">
              {fmt(r.p, 2).replace(/^0\./, '.')}
            </text>
          </g>
        );
      })}
    </g>
  );
}
