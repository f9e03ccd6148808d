/**
 * A box that scrolls sideways inside the page (wide formulas, tables, pictures) instead of widening
 * the page. While its content overflows it is a labelled, focusable region, so keyboard users can
 * scroll it too (WCAG 2.1.1; axe `scrollable-region-focusable`); while everything fits it adds no
 * Tab stop.
 */
import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

/** Whether `el` scrolls: its content overflows along an axis whose overflow is `auto` or `scroll` (KaTeX often overflows a pixel or two vertically). */
export function scrolls(el: HTMLElement): boolean {
  const style = getComputedStyle(el);
  const can = (o: string): boolean => o === 'auto' || o === 'scroll';
  return (can(style.overflowX) && el.scrollWidth > el.clientWidth) || (can(style.overflowY) && el.scrollHeight > el.clientHeight);
}

/** Whether the element scrolls (kept up to date on renders and on resizes of it and its children). */
function useScrolls(ref: RefObject<HTMLElement | null>): boolean {
  const [over, setOver] = useState(false);
  // after every render: the content may have changed
  // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberately runs after every render
  useLayoutEffect(() => {
    const el = ref.current;
    if (el) setOver(scrolls(el));
  });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const check = (): void => setOver(scrolls(el));
    const ro = new ResizeObserver(check);
    ro.observe(el);
    for (const c of Array.from(el.children)) ro.observe(c);
    // web fonts (KaTeX's) change the content's size without a render
    document.fonts?.addEventListener('loadingdone', check);
    return () => {
      ro.disconnect();
      document.fonts?.removeEventListener('loadingdone', check);
    };
  }, [ref]);
  return over;
}

/** Props of {@link ScrollBox}. */
export interface ScrollBoxProps {
  className: string;
  /** the region's name while it scrolls */
  label: string;
  children: ReactNode;
  testId?: string;
}

/** Renders `children` in a sideways-scrolling box that becomes a focusable, labelled region while its content overflows. */
export function ScrollBox({ className, label, children, testId }: ScrollBoxProps) {
  const ref = useRef<HTMLDivElement>(null);
  const over = useScrolls(ref);
  return (
    <div
      ref={ref}
      className={className}
      data-testid={testId}
      data-scrolls={over ? 'true' : 'false'}
      {...(over ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
    >
      {children}
    </div>
  );
}
