/**
 * The beam-search hypothesis tree, revealed step by step: one column per decoder step, each node a
 * token with the cumulative log-probability of its prefix. Live hypotheses are solid, pruned
 * candidates and branches that died are faded, finished hypotheses (`</s>`) carry their
 * length-normalised score, the best one a star. Presentational: plain records in, SVG out; the
 * layout comes from beamTreeLayout.ts (d3-hierarchy).
 */
import { useMemo, type KeyboardEvent } from 'react';
import { useStrings } from '../ui/i18n';
import { aliveAt, beamTreeLayout, liveCounts, pathTo, type TreeNodeIn } from './beamTreeLayout';
import { beamTreeSummary } from './chartSummary';
import { fitLabel, fmt } from './stepLayout';

/** Texts of the beam tree (headers, tooltips, node-state names), supplied by the caller. */
export interface BeamTreeLabels {
  /** column header of step t */
  step: (t: number) => string;
  /** tooltip of a node */
  node: (n: { token: string; t: number; tokenLogp: string; logp: string; score: string; state: string }) => string;
  live: string;
  pruned: string;
  finished: string;
  best: string;
  dead: string;
  /** label next to a finished node: rank and score */
  finishedTag: (rank: number, score: string) => string;
  caption: string;
}

/** Props of {@link BeamTree}. */
export interface BeamTreeProps {
  nodes: readonly TreeNodeIn[];
  /** node ids in the beam after each step (BeamResult.beams) */
  beams: readonly (readonly number[])[];
  /** reveal the tree up to this step (1-based) */
  step: number;
  showPruned: boolean;
  /** the best finished hypothesis's last node (null: none) */
  bestId: number | null;
  selected?: number | null;
  onSelect?: (id: number) => void;
  /** vertical distance between neighbouring leaves (default: beamTreeLayout's) */
  rowHeight?: number;
  labels: BeamTreeLabels;
}

const TOKEN_CHARS_PX = 7.2;

/** Renders the beam-search hypothesis tree as SVG, revealed up to `step`, with the best path and a selectable node. */
export function BeamTree({
  nodes,
  beams,
  step,
  showPruned,
  bestId,
  selected = null,
  onSelect,
  rowHeight,
  labels,
}: BeamTreeProps) {
  const layout = useMemo(
    () => beamTreeLayout(nodes, { beams, showPruned, bestId, rowHeight }),
    [nodes, beams, showPruned, bestId, rowHeight],
  );
  const alive = useMemo(() => aliveAt(nodes, beams, step), [nodes, beams, step]);
  const selectedPath = useMemo(() => new Set(selected !== null ? pathTo(nodes, selected) : []), [nodes, selected]);
  const { nodeWidth: w, nodeHeight: h } = layout;
  const shownNodes = layout.nodes.filter((n) => n.t <= step);
  const shownLinks = layout.links.filter((l) => l.t <= step);
  const placed = useMemo(() => new Map(layout.nodes.map((n) => [n.id, n])), [layout]);
  const finishedByNow = (id: number, t: number): boolean => t <= step && (placed.get(id)?.finished ?? false);
  const key = (id: number) => (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect?.(id);
    }
  };
  const state = (n: (typeof layout.nodes)[number]): string =>
    n.best && finishedByNow(n.id, n.t)
      ? labels.best
      : n.pruned
        ? labels.pruned
        : n.finished
          ? labels.finished
          : alive.has(n.id)
            ? labels.live
            : labels.dead;
  const a11y = useStrings().a11y;
  const counts = useMemo(() => liveCounts(nodes, beams), [nodes, beams]);
  const summary = useMemo(() => {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const best = bestId !== null ? byId.get(bestId) : undefined;
    return beamTreeSummary(
      {
        step,
        steps: beams.length,
        live: counts[step - 1] ?? 0,
        finished: nodes.filter((n) => n.finished && n.kept && n.t <= step).length,
        best:
          best && best.t <= step
            ? {
                text: pathTo(nodes, best.id)
                  .slice(1)
                  .map((i) => byId.get(i)?.token ?? '')
                  .join(' '),
                score: best.score,
              }
            : null,
      },
      a11y,
    );
  }, [nodes, beams.length, step, counts, bestId, a11y]);

  return (
    <svg
      className="beamtree"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      // a group, not an image: its nodes are buttons (children of an image are hidden from assistive technology)
      role="group"
      aria-label={summary}
      data-testid="beam-tree-svg"
      data-step={step}
    >
      {/* column headers and the current step's band */}
      {layout.colX.map((x, t) =>
        t === 0 ? null : (
          <g
            key={t}
            className={`beamtree__col${t === step ? ' beamtree__col--current' : ''}${t > step ? ' beamtree__col--future' : ''}`}
          >
            {t === step ? (
              <rect className="beamtree__band" x={x - w / 2 - 8} y={20} width={w + 16} height={layout.height - 22} rx={8} />
            ) : null}
            <text className="beamtree__colhead" x={x} y={14} textAnchor="middle">
              {labels.step(t)}
            </text>
          </g>
        ),
      )}
      <g className="beamtree__links">
        {shownLinks.map((l) => {
          const cls = [
            'beamtree__link',
            l.pruned ? 'beamtree__link--pruned' : '',
            !alive.has(l.target) ? 'beamtree__link--faded' : '',
            selectedPath.has(l.target) ? 'beamtree__link--selected' : '',
            placed.get(l.target)?.onBestPath && bestId !== null && finishedByNow(bestId, placed.get(bestId)?.t ?? Infinity)
              ? 'beamtree__link--best'
              : '',
          ]
            .filter(Boolean)
            .join(' ');
          return <path key={l.target} className={cls} d={l.path} />;
        })}
      </g>
      <g className="beamtree__nodes">
        {shownNodes.map((n) => {
          const root = n.parent < 0;
          const isBest = n.best && finishedByNow(n.id, n.t);
          const cls = [
            'beamnode',
            root ? 'beamnode--root' : '',
            n.live ? 'beamnode--live' : '',
            n.pruned ? 'beamnode--pruned' : '',
            n.finished && n.kept ? 'beamnode--finished' : '',
            isBest ? 'beamnode--best' : '',
            !alive.has(n.id) ? 'beamnode--faded' : '',
            n.t === step && !root ? 'beamnode--current' : '',
            selected === n.id ? 'beamnode--selected' : selectedPath.has(n.id) ? 'beamnode--onpath' : '',
          ]
            .filter(Boolean)
            .join(' ');
          const logp = root ? '' : fmt(n.logp, 2);
          const maxTokenW = w - 12 - (root ? 0 : logp.length * 6.2);
          const token = fitLabel(n.token, Math.max(3 * TOKEN_CHARS_PX, maxTokenW));
          const focusable = !!onSelect && !root && n.kept;
          return (
            <g
              key={n.id}
              className={cls}
              transform={`translate(${(n.x - w / 2).toFixed(1)},${(n.y - h / 2).toFixed(1)})`}
              data-testid="beam-node"
              data-node-id={n.id}
              data-parent={n.parent}
              data-step={n.t}
              data-token={n.token}
              data-live={n.live ? 'true' : 'false'}
              data-finished={n.finished && n.kept ? 'true' : 'false'}
              data-kept={n.kept ? 'true' : 'false'}
              data-alive={alive.has(n.id) ? 'true' : 'false'}
              data-best={isBest ? 'true' : 'false'}
              data-logp={String(n.logp)}
              data-score={String(n.score)}
              data-rank={n.rank ?? undefined}
              data-selected={selected === n.id ? 'true' : undefined}
              role={onSelect && !root ? 'button' : undefined}
              tabIndex={focusable ? 0 : undefined}
              aria-pressed={onSelect && !root ? selected === n.id : undefined}
              aria-label={onSelect && !root ? a11y.beamNode(n.token, n.t, state(n), fmt(n.logp, 3)) : undefined}
              onClick={onSelect && !root ? () => onSelect(n.id) : undefined}
              onKeyDown={onSelect && !root ? key(n.id) : undefined}
            >
              <title>
                {root
                  ? n.token
                  : labels.node({
                      token: n.token,
                      t: n.t,
                      tokenLogp: fmt(n.tokenLogp, 3),
                      logp: fmt(n.logp, 3),
                      score: fmt(n.score, 3),
                      state: state(n),
                    })}
              </title>
              <rect className="beamnode__box" width={w} height={h} rx={6} />
              <text className="beamnode__token" x={root ? w / 2 : 6} y={h / 2} dy="0.35em" textAnchor={root ? 'middle' : 'start'}>
                {token}
              </text>
              {root ? null : (
                <text className="beamnode__logp" x={w - 5} y={h / 2} dy="0.35em" textAnchor="end">
                  {logp}
                </text>
              )}
              {n.finished && n.kept && n.rank !== null ? (
                <text className="beamnode__tag" x={w + 6} y={h / 2} dy="0.35em" data-testid="beam-finished-tag">
                  {isBest ? '★ ' : ''}
                  {labels.finishedTag(n.rank + 1, fmt(n.score, 3))}
                </text>
              ) : null}
            </g>
          );
        })}
      </g>
    </svg>
  );
}

/** The symbols of the tree, explained. */
export function BeamTreeLegend({ labels }: { labels: Pick<BeamTreeLabels, 'live' | 'pruned' | 'finished' | 'best' | 'dead'> }) {
  const items: [string, string][] = [
    ['beamnode--live', labels.live],
    ['beamnode--finished', labels.finished],
    ['beamnode--finished beamnode--best', labels.best],
    ['beamnode--pruned beamnode--faded', labels.pruned],
    ['beamnode--live beamnode--faded', labels.dead],
  ];
  return (
    <ul className="beamtree__legend" data-testid="beam-legend">
      {items.map(([cls, text]) => (
        <li key={cls}>
          <svg width={26} height={16} aria-hidden="true">
            <g className={`beamnode ${cls}`}>
              <rect className="beamnode__box" x={1} y={1} width={24} height={14} rx={4} />
            </g>
          </svg>
          {text}
        </li>
      ))}
    </ul>
  );
}
