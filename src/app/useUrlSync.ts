/**
 * React glue for the URL state: keeps the address bar on the page's view with
 * history.replaceState (no new history entries) and gives the link of the view as it is now, for
 * "Copy link". A change of the step cursor alone is written once the cursor settles, so stepping
 * or playing fast neither floods the browser's replaceState rate limit nor does work per frame;
 * any other change (sentence, model, backend, tab, language, beam settings…) is written at once,
 * in the same commit as the screen shows it.
 */
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useLatest } from '../ui/useLatest';
import { shareLink, writeUrlState, type UrlState } from './urlState';

/** How long the address bar waits for the step cursor to settle before it is updated, ms. */
export const URL_WRITE_MS = 250;

/** Whether two states differ only in the step cursor (step, phase). */
export function onlyCursorMoved(a: UrlState, b: UrlState): boolean {
  return JSON.stringify({ ...a, step: null, phase: null }) === JSON.stringify({ ...b, step: null, phase: null });
}

/**
 * Writes `state` into the address bar while `live` (false while the URL's own view is still being
 * restored: the URL is left as it came). Returns a stable function that gives the link of the view
 * now (the incoming URL itself while not live).
 */
export function useUrlSync(state: UrlState, live: boolean): () => string {
  const written = useRef<UrlState | null>(null);
  useLayoutEffect(() => {
    if (!live) return;
    const last = written.current;
    if (last && onlyCursorMoved(last, state)) return; // the debounced write below takes it
    written.current = state;
    writeUrlState(state);
  }, [live, state]);
  useEffect(() => {
    if (!live) return;
    const timer = window.setTimeout(() => {
      written.current = state;
      writeUrlState(state);
    }, URL_WRITE_MS);
    return () => window.clearTimeout(timer);
  }, [live, state]);
  const now = useLatest({ state, live });
  return useCallback(() => (now.current.live ? shareLink(now.current.state, window.location) : window.location.href), [now]);
}
