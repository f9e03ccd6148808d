/**
 * Geometry of the beam-search hypothesis tree: a d3-hierarchy tidy tree laid out left to right
 * (one column per decoder step, the root `<s>` at the left), children ordered best first. Pure:
 * plain records in, positions and flags out; unit-tested in Node, rendered by BeamTree.tsx.
 *
 * The whole tree is laid out once, so nodes keep their place while the step slider reveals it
 * column by column ("watching the tree grow").
 */
import { stratify, tree, type HierarchyPointNode } from 'd3-hierarchy';
import type { BeamNode } from '../model/beam';
import { fmt } from './stepLayout';

/** What the tree needs of one search node: a beam-search node (plain data) without its token id and weights. */
export type TreeNodeIn = Pick<BeamNode, 'id' | 'parent' | 't' | 'token' | 'tokenLogp' | 'logp' | 'score' | 'finished' | 'kept'>;

/** Options of {@link beamTreeLayout}. */
export interface BeamTreeOptions {
  /** node ids in the beam after each step (BeamResult.beams) */
  beams: readonly (readonly number[])[];
  /** show the candidates that were pruned (default true) */
  showPruned?: boolean;
  /** the best finished hypothesis's last node */
  bestId?: number | null;
  /** vertical distance between neighbouring leaves, px */
  rowHeight?: number;
  /** horizontal distance between steps, px */
  colWidth?: number;
  /** width of one node box, px */
  nodeWidth?: number;
}

/** A tree node with its position and display flags. */
export interface PlacedNode extends TreeNodeIn {
  /** centre of the node box, px */
  x: number;
  y: number;
  /** kept and not finished: one of the live hypotheses after step t */
  live: boolean;
  /** a candidate considered at step t and dropped */
  pruned: boolean;
  /** on the path to the best finished hypothesis */
  onBestPath: boolean;
  /** the best finished hypothesis itself */
  best: boolean;
  /** rank of a finished hypothesis by score (0 = best), else null */
  rank: number | null;
}

/** A parent→child link of the laid-out tree (node ids). */
export interface PlacedLink {
  source: number;
  target: number;
  /** the child's step (the link appears with it) */
  t: number;
  /** SVG path from the parent's right edge to the child's left edge */
  path: string;
  pruned: boolean;
}

/** The laid-out beam tree: placed nodes and links, column positions and overall size (px). */
export interface BeamTreeLayout {
  nodes: PlacedNode[];
  links: PlacedLink[];
  /** number of steps (columns after the root) */
  steps: number;
  /** x of the centre of column t (t = 0 is the root) */
  colX: number[];
  width: number;
  height: number;
  nodeWidth: number;
  nodeHeight: number;
}

/** Default vertical distance between neighbouring leaves, px. */
export const ROW_H = 30;
/** Default horizontal distance between step columns, px. */
export const COL_W = 118;
/** Default width of a node box, px. */
export const NODE_W = 84;
const MARGIN = { top: 34, right: 140, bottom: 12, left: 10 };
/** Width of one character of a node's token (12 px monospace), px. */
export const TOKEN_CHAR_PX = 7.2;
/** Width of one character of a node's log p (10 px monospace), px. */
export const LOGP_CHAR_PX = 6.1;
/** Widest node box the tree widens to for its longest word, px (a longer token is cut, whole on hover and focus). */
export const MAX_NODE_W = 210;
/** Space between two step columns (links run there), px. */
export const COL_GAP = 34;

/** The log p written in a node (two decimals). */
export const nodeLogpText = (logp: number): string => fmt(logp, 2);

/** Width a node needs to show its whole token and its log p, px. */
export function nodeWidthFor(token: string, logp: number | null): number {
  const logpW = logp === null ? 0 : nodeLogpText(logp).length * LOGP_CHAR_PX + 8;
  return Math.ceil(6 + [...token].length * TOKEN_CHAR_PX + logpW + 6);
}

/** Node width of a whole tree: wide enough for its longest token (root excluded), between NODE_W and MAX_NODE_W. */
export function treeNodeWidth(nodes: readonly Pick<TreeNodeIn, 'parent' | 'token' | 'logp'>[]): number {
  let w = NODE_W;
  for (const n of nodes) if (n.parent >= 0) w = Math.max(w, nodeWidthFor(n.token, n.logp));
  return Math.min(MAX_NODE_W, w);
}

/** The token as a node of `width` px shows it: whole when it fits, else cut with `…`. */
export function nodeTokenText(token: string, logp: number | null, width: number): string {
  if (nodeWidthFor(token, logp) <= width) return token;
  const chars = [...token];
  const room = width - (nodeWidthFor('', logp) + TOKEN_CHAR_PX);
  return `${chars.slice(0, Math.max(2, Math.floor(room / TOKEN_CHAR_PX))).join('')}…`;
}

/** Horizontal link between two node boxes (a cubic curve). */
export function linkPath(x0: number, y0: number, x1: number, y1: number): string {
  const mx = (x0 + x1) / 2;
  return `M${x0.toFixed(1)},${y0.toFixed(1)} C${mx.toFixed(1)},${y0.toFixed(1)} ${mx.toFixed(1)},${y1.toFixed(1)} ${x1.toFixed(1)},${y1.toFixed(1)}`;
}

/** Lays out the tree of a beam search. Nodes whose parent is missing are dropped (with their subtrees). */
export function beamTreeLayout(nodesIn: readonly TreeNodeIn[], opts: BeamTreeOptions): BeamTreeLayout {
  const rowHeight = opts.rowHeight ?? ROW_H;
  const colWidth = opts.colWidth ?? COL_W;
  const nodeWidth = opts.nodeWidth ?? NODE_W;
  const nodeHeight = Math.max(14, Math.min(26, rowHeight - 4));
  const showPruned = opts.showPruned ?? true;
  const byId = new Map(nodesIn.map((n) => [n.id, n]));
  // Keep nodes reachable from the root through shown nodes.
  const shown = new Set<number>();
  const ordered = [...nodesIn].sort((a, b) => a.t - b.t || a.id - b.id);
  for (const n of ordered) {
    if (n.parent < 0) {
      if (shown.size === 0) shown.add(n.id);
      continue;
    }
    if (!showPruned && !n.kept) continue;
    if (shown.has(n.parent)) shown.add(n.id);
  }
  const data = ordered.filter((n) => shown.has(n.id));
  const empty: BeamTreeLayout = { nodes: [], links: [], steps: 0, colX: [], width: 0, height: 0, nodeWidth, nodeHeight };
  if (data.length === 0) return empty;

  const root = stratify<TreeNodeIn>()
    .id((d) => String(d.id))
    .parentId((d) => (d.parent < 0 ? null : String(d.parent)))(data);
  // Best first: finished hypotheses by score, the others by log p; kept before pruned.
  root.sort((a, b) => {
    const x = a.data;
    const y = b.data;
    if (x.kept !== y.kept) return x.kept ? -1 : 1;
    return y.logp - x.logp || x.id - y.id;
  });
  const laid = tree<TreeNodeIn>()
    .nodeSize([rowHeight, colWidth])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.25))(root);
  const all: HierarchyPointNode<TreeNodeIn>[] = laid.descendants();
  const minX = Math.min(...all.map((d) => d.x));
  const maxX = Math.max(...all.map((d) => d.x));
  const steps = Math.max(0, ...all.map((d) => d.depth));

  // Finished hypotheses ranked by score; the path to the best one.
  const finished = data.filter((n) => n.finished && n.kept).sort((a, b) => b.score - a.score);
  const rank = new Map(finished.map((n, i) => [n.id, i]));
  const bestId = opts.bestId ?? finished[0]?.id ?? null;
  const bestPath = new Set<number>();
  for (let c = bestId !== null ? byId.get(bestId) : undefined; c; c = c.parent >= 0 ? byId.get(c.parent) : undefined)
    bestPath.add(c.id);

  const left = MARGIN.left + nodeWidth / 2;
  const colX = Array.from({ length: steps + 1 }, (_, t) => left + t * colWidth);
  const nodes: PlacedNode[] = all.map((d) => {
    const n = d.data;
    return {
      ...n,
      x: colX[d.depth]!,
      y: MARGIN.top + (d.x - minX) + nodeHeight / 2,
      live: n.parent >= 0 && n.kept && !n.finished,
      pruned: n.parent >= 0 && !n.kept,
      onBestPath: bestPath.has(n.id),
      best: n.id === bestId,
      rank: rank.get(n.id) ?? null,
    };
  });
  const pos = new Map(nodes.map((n) => [n.id, n]));
  const links: PlacedLink[] = nodes
    .filter((n) => n.parent >= 0 && pos.has(n.parent))
    .map((n) => {
      const p = pos.get(n.parent)!;
      return {
        source: p.id,
        target: n.id,
        t: n.t,
        path: linkPath(p.x + nodeWidth / 2, p.y, n.x - nodeWidth / 2, n.y),
        pruned: n.pruned,
      };
    });
  return {
    nodes,
    links,
    steps,
    colX,
    width: left + steps * colWidth + nodeWidth / 2 + MARGIN.right,
    height: MARGIN.top + (maxX - minX) + nodeHeight + MARGIN.bottom,
    nodeWidth,
    nodeHeight,
  };
}

/**
 * Nodes still "in play" after step `s`: ancestors of the beam after step s and of every
 * hypothesis finished by then. Everything else that is shown (pruned candidates, branches that
 * died) is drawn faded.
 */
export function aliveAt(nodes: readonly TreeNodeIn[], beams: readonly (readonly number[])[], s: number): Set<number> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const alive = new Set<number>();
  const seeds: number[] = [...(beams[s - 1] ?? [])];
  for (let i = 0; i < Math.min(s, beams.length); i++) for (const id of beams[i]!) if (byId.get(id)?.finished) seeds.push(id);
  if (s <= 0) seeds.push(...nodes.filter((n) => n.parent < 0).map((n) => n.id));
  for (const id of seeds) {
    for (let c = byId.get(id); c && !alive.has(c.id); c = c.parent >= 0 ? byId.get(c.parent) : undefined) alive.add(c.id);
  }
  return alive;
}

/** Node ids from the root to `id` (root first). */
export function pathTo(nodes: readonly TreeNodeIn[], id: number): number[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: number[] = [];
  for (let c = byId.get(id); c; c = c.parent >= 0 ? byId.get(c.parent) : undefined) out.unshift(c.id);
  return out;
}

/** How many live (kept, unfinished) hypotheses each step has: a check of the beam width. */
export function liveCounts(nodes: readonly TreeNodeIn[], beams: readonly (readonly number[])[]): number[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return beams.map((b) => b.filter((id) => byId.get(id) && !byId.get(id)!.finished).length);
}
