/**
 * The beam-search hypothesis tree, revealed step by step: one column per decoder step, each node a
 * token with the cumulative log-probability of its prefix. Live hypotheses are solid, pruned
 * candidates and branches that died are faded, finished hypotheses (`</s>`) carry their
 * length-normalised score, the best one a star. Presentational: plain records in, SVG out; the
 * layout comes from beamTreeLayout.ts (d3-hierarchy).
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  aliveAt,
  beamTreeLayout,
  COL_GAP,
  liveCounts,
  nodeLogpText,
  nodeTokenText,
  pathTo,
  TOKEN_CHAR_PX,
  treeNodeWidth,
  type TreeNodeIn,
} from './beamTreeLayout';
import { tabStop, TREE_NAV_KEYS, treeNeighbour } from './beamTreeNav';
import { beamTreeSummary, type SummaryLabels } from './chartSummary';
import { fmt } from './stepLayout';

/** Texts of the beam tree (headers, tooltips, node-state names, screen-reader lines), supplied by the caller. */
export interface BeamTreeLabels {
  /** column header of step t */
  step: (t: number) => string;
  /** tooltip of a node */
  node: (n: { token: string; t: number; tokenLogp: string; logp: string; score: string; state: string }) => string;
  /** state name of a live hypothesis */
  live: string;
  /** state name of a pruned candidate */
  pruned: string;
  /** state name of a finished hypothesis */
  finished: string;
  /** state name of the best finished hypothesis */
  best: string;
  /** state name of a branch that died later */
  dead: string;
  /** label next to a finished node: rank and score */
  finishedTag: (rank: number, score: string) => string;
  /** the tree's caption */
  caption: string;
  /** screen-reader texts: the tree's one-line summary and each node's name */
  a11y: Pick<SummaryLabels, 'beamTree' | 'beamTreeBest' | 'beamNode'>;
}

/** Props of {@link BeamTree}. */
export interface BeamTreeProps {
  /** every node of the search (root `<s>`, kept and pruned candidates) */
  nodes: readonly TreeNodeIn[];
  /** node ids in the beam after each step (BeamResult.beams) */
  beams: readonly (readonly number[])[];
  /** reveal the tree up to this step (1-based) */
  step: number;
  /** draw the pruned candidates (faded, dashed) */
  showPruned: boolean;
  /** the best finished hypothesis's last node (null: none) */
  bestId: number | null;
  /** the node whose hypothesis is open (null: none) */
  selected?: number | null;
  /** opens a node's hypothesis (click, Enter or Space); without it the nodes are not interactive */
  onSelect?: (id: number) => void;
  /** vertical distance between neighbouring leaves (default: beamTreeLayout's) */
  rowHeight?: number;
  /** every text the tree shows or says */
  labels: BeamTreeLabels;
}

/**
 * Renders the beam-search hypothesis tree as SVG, revealed up to `step`, with the best path and a
 * selectable node. Nodes are as wide as the longest word (up to MAX_NODE_W; a longer word is cut and
 * shown whole above its node on hover and focus). Keyboard: one tab stop; ↑/↓ within a step,
 * ←/→ to the parent / best child, Home/End, Enter or Space opens the hypothesis.
 */
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
  const nodeWidth = useMemo(() => treeNodeWidth(showPruned ? nodes : nodes.filter((n) => n.kept)), [nodes, showPruned]);
  const layout = useMemo(
    () => beamTreeLayout(nodes, { beams, showPruned, bestId, rowHeight, nodeWidth, colWidth: nodeWidth + COL_GAP }),
    [nodes, beams, showPruned, bestId, rowHeight, nodeWidth],
  );
  const alive = useMemo(() => aliveAt(nodes, beams, step), [nodes, beams, step]);
  const selectedPath = useMemo(() => new Set(selected !== null ? pathTo(nodes, selected) : []), [nodes, selected]);
  const { nodeWidth: w, nodeHeight: h } = layout;
  const shownNodes = layout.nodes.filter((n) => n.t <= step);
  const shownLinks = layout.links.filter((l) => l.t <= step);
  const placed = useMemo(() => new Map(layout.nodes.map((n) => [n.id, n])), [layout]);
  const finishedByNow = (id: number, t: number): boolean => t <= step && (placed.get(id)?.finished ?? false);
  const svg = useRef<SVGSVGElement>(null);
  // the node that holds the tree's one tab stop (moved by the arrow keys), and the one hovered or focused
  const [focusId, setFocusId] = useState<number | null>(null);
  const [hot, setHot] = useState<number | null>(null);
  const stop = onSelect ? tabStop(layout.nodes, focusId ?? selected, step) : null;
  const key = (id: number) => (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect?.(id);
      return;
    }
    if (!TREE_NAV_KEYS.includes(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    // the tree uses these keys itself: the page's playback keys must not also see them
    e.preventDefault();
    const next = treeNeighbour(layout.nodes, id, e.key, step);
    if (next === null) return;
    setFocusId(next);
    svg.current?.querySelector<SVGGElement>(`[data-testid="beam-node"][data-node-id="${next}"]`)?.focus();
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
  const a11y = labels.a11y;
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
  // a cut word, whole above its node while the node is hovered or focused
  const hotNode = hot !== null ? placed.get(hot) : undefined;
  const tip =
    hotNode && hotNode.t <= step && hotNode.parent >= 0 && nodeTokenText(hotNode.token, hotNode.logp, w) !== hotNode.token
      ? {
          x: hotNode.x - w / 2,
          y: hotNode.y - h / 2 - 4,
          text: hotNode.token,
          width: [...hotNode.token].length * TOKEN_CHAR_PX + 12,
        }
      : null;

  return (
    <svg
      ref={svg}
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
          const logp = root ? '' : nodeLogpText(n.logp);
          const token = root ? n.token : nodeTokenText(n.token, n.logp, w);
          const interactive = !!onSelect && !root;
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
              role={interactive ? 'button' : undefined}
              tabIndex={interactive ? (n.id === stop ? 0 : -1) : undefined}
              aria-pressed={interactive ? selected === n.id : undefined}
              aria-label={interactive ? a11y.beamNode(n.token, n.t, state(n), fmt(n.logp, 3)) : undefined}
              onClick={interactive ? () => onSelect(n.id) : undefined}
              onKeyDown={interactive ? key(n.id) : undefined}
              onFocus={interactive ? () => (setFocusId(n.id), setHot(n.id)) : undefined}
              onBlur={interactive ? () => setHot((x) => (x === n.id ? null : x)) : undefined}
              onMouseEnter={root ? undefined : () => setHot(n.id)}
              onMouseLeave={root ? undefined : () => setHot((x) => (x === n.id ? null : x))}
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
      {tip ? (
        <g
          className="beamtree__tip"
          transform={`translate(${tip.x.toFixed(1)},${tip.y.toFixed(1)})`}
          data-testid="beam-node-tip"
          aria-hidden="true"
        >
          <rect className="beamtree__tip-box" x={0} y={-20} width={tip.width} height={20} rx={4} />
          <text className="beamtree__tip-text" x={6} y={-10} dy="0.35em">
            {tip.text}
          </text>
        </g>
      ) : null}
    </svg>
  );
}

/** The symbols of the tree, explained (the state names of {@link BeamTreeLabels}). */
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
