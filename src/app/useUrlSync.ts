/**
 * React glue for the URL state: keeps the address bar on the page's view (history.replaceState,
 * after the view settles, so stepping fast neither floods the history nor trips the browser's
 * replaceState rate limit) and gives the link of the view as it is now, for "Copy link".
 */
import { useCallback, useEffect, useRef } from 'react';
import { shareLink, writeUrlState, type UrlState } from './urlState';

/** How long the address bar waits for the view to settle before it is updated, ms. */
export const URL_WRITE_MS = 250;

/**
 * Writes `state` into the address bar while `live` (false while the URL's own view is still being
 * restored: the URL is left as it came). Returns a stable function that gives the link of the view
 * now (the incoming URL itself while not live).
 */
export function useUrlSync(state: UrlState, live: boolean): () => string {
  useEffect(() => {
    if (!live) return;
    const timer = window.setTimeout(() => writeUrlState(state), URL_WRITE_MS);
    return () => window.clearTimeout(timer);
  }, [live, state]);
  const now = useRef({ state, live });
  now.current = { state, live };
  return useCallback(() => (now.current.live ? shareLink(now.current.state, window.location) : window.location.href), []);
}
