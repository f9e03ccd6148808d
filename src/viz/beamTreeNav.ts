/**
 * Keyboard moves in the beam-search tree: ↑/↓ to the neighbouring node of the same step, ← to the
 * parent, → to the best child (kept before pruned, then the one nearest in height), Home/End to the
 * first/last node of the step. Pure: placed nodes in, a node id out; the tree's key handler uses it.
 */

/** What a keyboard move needs of a placed node. */
export interface NavNode {
  id: number;
  parent: number;
  /** decoder step (column); the root `<s>` is at 0 and is not a stop */
  t: number;
  /** vertical centre, px */
  y: number;
  kept: boolean;
}

/** The keys that move between nodes. */
export const TREE_NAV_KEYS: readonly string[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];

/**
 * The node that `key` moves to from node `from`, among the nodes revealed up to step `step`
 * (root excluded); null when the key does not move (no such neighbour, or not a move key).
 */
export function treeNeighbour(nodes: readonly NavNode[], from: number, key: string, step: number): number | null {
  const shown = nodes.filter((n) => n.parent >= 0 && n.t <= step);
  const at = shown.find((n) => n.id === from);
  if (!at) return null;
  const column = shown.filter((n) => n.t === at.t).sort((a, b) => a.y - b.y);
  const i = column.findIndex((n) => n.id === from);
  switch (key) {
    case 'ArrowUp':
      return column[i - 1]?.id ?? null;
    case 'ArrowDown':
      return column[i + 1]?.id ?? null;
    case 'Home':
      return column[0]!.id !== from ? column[0]!.id : null;
    case 'End':
      return column[column.length - 1]!.id !== from ? column[column.length - 1]!.id : null;
    case 'ArrowLeft':
      return shown.find((n) => n.id === at.parent)?.id ?? null;
    case 'ArrowRight': {
      const children = shown
        .filter((n) => n.parent === from)
        .sort((a, b) => Number(b.kept) - Number(a.kept) || Math.abs(a.y - at.y) - Math.abs(b.y - at.y));
      return children[0]?.id ?? null;
    }
    default:
      return null;
  }
}

/** The node that takes the tree's one tab stop: the wanted one if it is shown, else the first live node of the last step shown. */
export function tabStop(nodes: readonly NavNode[], wanted: number | null, step: number): number | null {
  const shown = nodes.filter((n) => n.parent >= 0 && n.t <= step);
  if (wanted !== null && shown.some((n) => n.id === wanted)) return wanted;
  const last = Math.max(0, ...shown.map((n) => n.t));
  const col = shown.filter((n) => n.t === last).sort((a, b) => Number(b.kept) - Number(a.kept) || a.y - b.y);
  return col[0]?.id ?? null;
}
