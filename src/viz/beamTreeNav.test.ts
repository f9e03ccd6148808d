import { describe, expect, it } from 'vitest';
import { tabStop, treeNeighbour, type NavNode } from './beamTreeNav';

// root 0; step 1: 1 (kept, y 10), 2 (kept, y 40), 3 (pruned, y 70); step 2: 4 (pruned child of 1, y 5), 5 (kept child of 1, y 20), 6 (kept child of 2, y 40)
const N = (id: number, parent: number, t: number, y: number, kept = true): NavNode => ({ id, parent, t, y, kept });
const NODES: NavNode[] = [
  N(0, -1, 0, 30),
  N(1, 0, 1, 10),
  N(2, 0, 1, 40),
  N(3, 0, 1, 70, false),
  N(4, 1, 2, 5, false),
  N(5, 1, 2, 20),
  N(6, 2, 2, 40),
];

describe('treeNeighbour', () => {
  it('moves up and down within a step, stopping at its ends', () => {
    expect(treeNeighbour(NODES, 1, 'ArrowDown', 2)).toBe(2);
    expect(treeNeighbour(NODES, 2, 'ArrowDown', 2)).toBe(3);
    expect(treeNeighbour(NODES, 3, 'ArrowDown', 2)).toBeNull();
    expect(treeNeighbour(NODES, 2, 'ArrowUp', 2)).toBe(1);
    expect(treeNeighbour(NODES, 1, 'ArrowUp', 2)).toBeNull();
    expect(treeNeighbour(NODES, 2, 'End', 2)).toBe(3);
    expect(treeNeighbour(NODES, 3, 'Home', 2)).toBe(1);
  });
  it('goes left to the parent (never to the root) and right to the kept child nearest in height', () => {
    expect(treeNeighbour(NODES, 5, 'ArrowLeft', 2)).toBe(1);
    expect(treeNeighbour(NODES, 1, 'ArrowLeft', 2)).toBeNull();
    expect(treeNeighbour(NODES, 1, 'ArrowRight', 2)).toBe(5);
    expect(treeNeighbour(NODES, 2, 'ArrowRight', 2)).toBe(6);
    expect(treeNeighbour(NODES, 3, 'ArrowRight', 2)).toBeNull();
  });
  it('sees only the steps revealed so far, and ignores other keys', () => {
    expect(treeNeighbour(NODES, 1, 'ArrowRight', 1)).toBeNull();
    expect(treeNeighbour(NODES, 5, 'ArrowUp', 1)).toBeNull();
    expect(treeNeighbour(NODES, 1, 'Enter', 2)).toBeNull();
  });
});

describe('tabStop', () => {
  it('is the wanted node while it is shown, else the first kept node of the last step shown', () => {
    expect(tabStop(NODES, 6, 2)).toBe(6);
    expect(tabStop(NODES, 6, 1)).toBe(1);
    expect(tabStop(NODES, null, 2)).toBe(5);
    expect(tabStop([N(0, -1, 0, 0)], null, 1)).toBeNull();
  });
});
