/**
 * Registers the service worker (src/app/offline/sw.ts, built to `sw.js`) with Workbox's window
 * library, and tells the page's notice (OfflineNotice.tsx) what happened:
 *
 * - `ready`: the first worker took over and holds the app and the models used so far (the first
 *   visit fetched them before any worker was in control, so they are handed to it to cache);
 * - `updated`: a new deployment's worker is installed and waits; `reload()` lets it take over and
 *   reloads the page once it controls it (its model cache replaces the old one).
 *
 * Registration waits until the first model's weights have arrived (or a few seconds after the
 * page loaded) and the page is next idle, so that precaching the app shell does not compete with
 * the first visit's downloads and model building. Nothing happens in the dev server, from `file://`, where the browser has no service
 * workers, or where registration is refused (blocked storage, a test runner): the page works as
 * before, online.
 */
import { Workbox } from 'workbox-window';
import { modelFileUrls } from './cacheNames';

/** What the notice shows: nothing, "saved for offline use", or "updated — reload". */
export type OfflineState = 'idle' | 'ready' | 'updated';

type Listener = (s: OfflineState) => void;

let state: OfflineState = 'idle';
const listeners = new Set<Listener>();
let workbox: Workbox | null = null;

function set(s: OfflineState): void {
  state = s;
  for (const l of listeners) l(s);
}

/** The current {@link OfflineState}. */
export function offlineState(): OfflineState {
  return state;
}

/** Calls `l` on every change of the {@link OfflineState}; returns the function that stops it. */
export function onOfflineState(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Lets the waiting worker of a new deployment take over; the page reloads when it controls it. */
export function reloadToUpdate(): void {
  if (!workbox) return location.reload();
  workbox.addEventListener('controlling', () => location.reload());
  workbox.messageSkipWaiting();
}

/** Resolves once a model's weights (`models/…/*.bin`) have arrived, or `maxMs` after it was called. */
function afterFirstModel(maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, maxMs);
    let observer: PerformanceObserver | null = null;
    function done(): void {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    }
    const isWeights = (e: PerformanceEntry): boolean => /\/models\/.+\.bin$/.test(new URL(e.name, location.href).pathname);
    if (performance.getEntriesByType('resource').some(isWeights)) return done();
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().some(isWeights)) done();
      });
      observer.observe({ type: 'resource' });
    } catch {
      // no PerformanceObserver: the timer decides
    }
  });
}

/** Resolves when the main thread is next idle (the model built, the first picture drawn), or after `maxMs`. */
function whenIdle(maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: maxMs });
    else setTimeout(resolve, 0);
  });
}

/** Hands the model files this page fetched before a worker controlled it to the worker's cache. */
async function cacheEarlierModelFiles(wb: Workbox): Promise<void> {
  const urls = modelFileUrls(
    performance.getEntriesByType('resource').map((e) => e.name),
    location.origin,
  );
  if (urls.length > 0) await wb.messageSW({ type: 'CACHE_URLS', payload: { urlsToCache: urls } });
}

/** Registers the service worker (see the module comment); safe to call where none can run. */
export function startOffline(): void {
  if (import.meta.env.DEV || !/^https?:$/.test(location.protocol) || !('serviceWorker' in navigator)) return;
  const wb = new Workbox(new URL('sw.js', document.baseURI).href, { scope: './' });
  wb.addEventListener('waiting', () => set('updated'));
  wb.addEventListener('activated', (e) => {
    if (e.isUpdate) return;
    cacheEarlierModelFiles(wb)
      .then(() => set('ready'))
      .catch(() => undefined);
  });
  const register = async (): Promise<void> => {
    await afterFirstModel(5000);
    await whenIdle(10_000);
    try {
      const reg = await wb.register();
      if (reg) workbox = wb;
    } catch {
      // refused (blocked storage, a test runner): the page keeps working online
    }
  };
  if (document.readyState === 'complete') void register();
  else addEventListener('load', () => void register(), { once: true });
}
