import { describe, expect, it } from 'vitest';
import {
  aliveAt,
  beamTreeLayout,
  COL_W,
  liveCounts,
  MAX_NODE_W,
  NODE_W,
  nodeTokenText,
  nodeWidthFor,
  pathTo,
  ROW_H,
  treeNodeWidth,
  type TreeNodeIn,
} from './beamTreeLayout';

/** A hand-made search with k = 2 (scores with α = 0: score = logp). */
const n = (id: number, parent: number, t: number, token: string, logp: number, kept: boolean, finished = false): TreeNodeIn => ({
  id,
  parent,
  t,
  token,
  tokenLogp: 0,
  logp,
  score: logp,
  finished,
  kept,
});

const NODES: TreeNodeIn[] = [
  n(0, -1, 0, '<s>', 0, true),
  // step 1: four candidates, two kept
  n(1, 0, 1, 'je', -0.1, true),
  n(2, 0, 1, 'nous', -0.5, true),
  n(3, 0, 1, 'il', -1.2, false),
  n(4, 0, 1, 'tu', -2, false),
  // step 2: "je </s>" finishes; "je suis" and "nous sommes" live on
  n(5, 1, 2, '</s>', -3, true, true),
  n(6, 1, 2, 'suis', -0.6, true),
  n(7, 2, 2, 'sommes', -0.7, true),
  n(8, 2, 2, 'avons', -1.5, false),
  // step 3: "je suis </s>" finishes best; "nous sommes" dies ("je suis là" is kept instead)
  n(9, 6, 3, '</s>', -0.9, true, true),
  n(10, 6, 3, 'là', -1.0, true),
  n(11, 7, 3, '</s>', -1.1, false, true),
];
const BEAMS = [
  [1, 2],
  [5, 6, 7],
  [9, 10],
];

describe('beamTreeLayout', () => {
  const l = beamTreeLayout(NODES, { beams: BEAMS });
  const at = (id: number) => l.nodes.find((x) => x.id === id)!;

  it('puts step t in column t, the root at the left', () => {
    expect(l.steps).toBe(3);
    expect(l.nodes).toHaveLength(NODES.length);
    for (const node of l.nodes) expect(node.x).toBeCloseTo(l.colX[node.t]!, 9);
    expect(l.colX[1]! - l.colX[0]!).toBe(COL_W);
    expect(l.width).toBeGreaterThan(l.colX[3]!);
  });

  it('orders siblings best first (kept before pruned) and never overlaps nodes of a column', () => {
    expect(at(1).y).toBeLessThan(at(2).y);
    expect(at(2).y).toBeLessThan(at(3).y);
    expect(at(3).y).toBeLessThan(at(4).y);
    expect(at(6).y).toBeLessThan(at(5).y); // suis (−0.6) above </s> (−3)
    for (let t = 0; t <= l.steps; t++) {
      const ys = l.nodes
        .filter((x) => x.t === t)
        .map((x) => x.y)
        .sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(ROW_H - 1e-9);
    }
    for (const node of l.nodes) {
      expect(node.y - l.nodeHeight / 2).toBeGreaterThanOrEqual(0);
      expect(node.y + l.nodeHeight / 2).toBeLessThanOrEqual(l.height);
    }
  });

  it('flags live, pruned, finished, ranks and the best path', () => {
    expect(at(1).live).toBe(true);
    expect(at(3).pruned).toBe(true);
    expect(at(0).live).toBe(false); // the root is no hypothesis
    expect(at(5).live).toBe(false);
    expect(at(9).best).toBe(true);
    expect(at(9).rank).toBe(0);
    expect(at(5).rank).toBe(1);
    expect(at(11).rank).toBeNull(); // pruned, though it ends in </s>
    expect(
      l.nodes
        .filter((x) => x.onBestPath)
        .map((x) => x.id)
        .sort((a, b) => a - b),
    ).toEqual([0, 1, 6, 9]);
  });

  it('links every node to its parent, edge to edge', () => {
    expect(l.links).toHaveLength(NODES.length - 1);
    const link = l.links.find((k) => k.target === 6)!;
    expect(link.source).toBe(1);
    expect(link.t).toBe(2);
    expect(link.path.startsWith(`M${(at(1).x + l.nodeWidth / 2).toFixed(1)},${at(1).y.toFixed(1)} C`)).toBe(true);
    expect(l.links.find((k) => k.target === 8)!.pruned).toBe(true);
  });

  it('can hide pruned candidates', () => {
    const k = beamTreeLayout(NODES, { beams: BEAMS, showPruned: false });
    expect(k.nodes.map((x) => x.id).sort((a, b) => a - b)).toEqual([0, 1, 2, 5, 6, 7, 9, 10]);
    expect(k.height).toBeLessThan(l.height);
  });

  it('handles an empty search', () => {
    expect(beamTreeLayout([], { beams: [] }).nodes).toEqual([]);
  });
});

describe('beam tree helpers', () => {
  it('knows which branches are still in play after each step', () => {
    expect([...aliveAt(NODES, BEAMS, 1)].sort((a, b) => a - b)).toEqual([0, 1, 2]);
    expect([...aliveAt(NODES, BEAMS, 2)].sort((a, b) => a - b)).toEqual([0, 1, 2, 5, 6, 7]);
    // After step 3 the "nous sommes" branch died; "je </s>" stays (finished at step 2).
    expect([...aliveAt(NODES, BEAMS, 3)].sort((a, b) => a - b)).toEqual([0, 1, 5, 6, 9, 10]);
    expect([...aliveAt(NODES, BEAMS, 0)]).toEqual([0]);
  });

  it('counts live hypotheses per step and walks a path', () => {
    expect(liveCounts(NODES, BEAMS)).toEqual([2, 2, 1]);
    expect(pathTo(NODES, 10)).toEqual([0, 1, 6, 10]);
    expect(pathTo(NODES, 0)).toEqual([0]);
  });
});

describe('node width', () => {
  it('widens the nodes to the longest word, so no token of an ordinary sentence is cut', () => {
    const words = ['malheureusement', 'effrayée', 'petite', 'fille'];
    const nodes = [n(0, -1, 0, '<s>', 0, true), ...words.map((w, i) => n(i + 1, 0, 1, w, -12.345, true))];
    const w = treeNodeWidth(nodes);
    expect(w).toBeGreaterThan(NODE_W);
    expect(w).toBeLessThanOrEqual(MAX_NODE_W);
    for (const word of words) expect(nodeTokenText(word, -12.345, w)).toBe(word);
    // and the old default width would have cut the longest one
    expect(nodeTokenText('malheureusement', -12.345, NODE_W)).not.toBe('malheureusement');
  });
  it('cuts only a token longer than the widest node, keeping its start', () => {
    const long = 'x'.repeat(60);
    const w = treeNodeWidth([n(0, -1, 0, '<s>', 0, true), n(1, 0, 1, long, -1, true)]);
    expect(w).toBe(MAX_NODE_W);
    const shown = nodeTokenText(long, -1, w);
    expect(shown.endsWith('…')).toBe(true);
    expect(nodeWidthFor(shown, -1)).toBeLessThanOrEqual(w);
  });
});
