/** The content width of an element, kept up to date on resizes (for pictures that fit their box). */
import { useLayoutEffect, useState, type RefObject } from 'react';

/** `ref`'s content-box width in px (undefined until measured, or where ResizeObserver is missing). */
export function useContentWidth(ref: RefObject<HTMLElement | null>): number | undefined {
  const [width, setWidth] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = (): void => {
      const style = getComputedStyle(el);
      const w = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      setWidth(w > 0 ? Math.floor(w) : undefined);
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
