/**
 * Pointer input of a heatmap's cells, for mouse and touch alike: a mouse shows the cell under it
 * (and nothing once it leaves the picture); a tap (touch or pen) shows the tapped cell until the
 * next tap outside the picture. Hover-only readouts would leave touch screens without the numbers.
 * While a tap is shown, the mouse enter and leave events the browser makes up after it (its hover
 * update when the page scrolls under the tap's point, e.g. as a tap opens the step view) are ignored:
 * only a mouse that really moves takes over again.
 */
import { useEffect, useState, type PointerEvent, type RefObject } from 'react';
import type { GridPos } from './gridNav';

/**
 * Handlers for the cells (`onCell`: pointerenter, pointermove and pointerdown) and the picture
 * (`onLeave`: pointerleave) that drive `setActive` from any pointer.
 */
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
      } else if (tapped) {
        if (e.type !== 'pointermove') return; // the browser's hover update, not a mouse
        setTapped(false);
      } else if (e.type === 'pointermove') return; // (the enter showed this cell)
      setActive({ row, col });
    },
    onLeave: (e) => {
      if (e.pointerType === 'mouse' && !tapped) setActive(null);
    },
  };
}
