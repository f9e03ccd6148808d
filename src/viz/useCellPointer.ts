/**
 * Pointer input of a heatmap's cells, for mouse and touch alike: a mouse shows the cell under it
 * (and nothing once it leaves the picture); a tap (touch or pen) shows the tapped cell until the
 * next tap outside the picture. Hover-only readouts would leave touch screens without the numbers.
 */
import { useEffect, useState, type PointerEvent, type RefObject } from 'react';
import type { GridPos } from './gridNav';

/** Handlers for the cells (`onCell`) and the picture (`onLeave`) that drive `setActive` from any pointer. */
export function useCellPointer(
  svgRef: RefObject<SVGSVGElement | null>,
  setActive: (c: GridPos | null) => void,
): { onCell: (e: PointerEvent<Element>, row: number, col: number) => void; onLeave: (e: PointerEvent<Element>) => void } {
  const [tapped, setTapped] = useState(false);
  useEffect(() => {
    if (!tapped) return;
    const away = (e: globalThis.PointerEvent): void => {
      if (!(e.target instanceof Node && svgRef.current?.contains(e.target))) {
        setTapped(false);
        setActive(null);
      }
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [tapped, svgRef, setActive]);
  return {
    onCell: (e, row, col) => {
      if (e.pointerType !== 'mouse') {
        // a touch "enters" the cell it lands on: only the press counts
        if (e.type !== 'pointerdown') return;
        setTapped(true);
      }
      setActive({ row, col });
    },
    onLeave: (e) => {
      if (e.pointerType === 'mouse') setActive(null);
    },
  };
}
