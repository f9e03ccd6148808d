/**
 * The service worker (built by vite-plugin-pwa's injectManifest into `sw.js` beside index.html):
 * Workbox does all the caching; this file only says what is cached how.
 *
 * - The app shell (index.html, served for every navigation to the page whatever its query, every built script, stylesheet, wasm binary and KaTeX woff2 font,
 *   the icons, the model lists, the precomputed example, the live-training data) is precached at
 *   install, with the revisions the build computed, so a reload works with the network off.
 * - A model's files (`models/<pair>/<variant>/model.json`, `vocab.json`, `weights.bin`,
 *   `card.json`) are cached the first time the page uses them (cache first), in a cache named after
 *   the models shipped by this build ({@link MODELS_CACHE}): a new deployment whose models differ
 *   deletes the old cache when it takes over, so old weights are never paired with a new
 *   model.json. The page still checks every weights file against model.json's SHA-256 as before;
 *   its one retry after a mismatch asks with `cache: 'reload'`, which goes to the network here.
 *   A model file neither cached nor downloadable is answered with HTTP 504 and
 *   {@link NOT_CACHED_HEADER}: the page then says the model needs the network once.
 * - A new deployment's worker waits until the page asks it to take over (the page shows an
 *   "updated — reload" notice: src/app/offline/registerOffline.ts); the very first one takes over
 *   at once, so the first visit's model files can be cached.
 *
 * Typed without the WebWorker lib (it clashes with the DOM lib of the rest of `src/`): the few
 * service-worker members used here are declared below.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { APP_PAGE, isModelFileUrl, isStaleModelCache, MODELS_CACHE_PREFIX, NOT_CACHED_HEADER, SKIP_WAITING } from './cacheNames';

/** The models' content hash, set by the build (vite.config.ts `define`). */
declare const __MODELS_VERSION__: string;

/** A service worker event whose end can be extended. */
interface ExtendableEventLike extends Event {
  waitUntil(p: Promise<unknown>): void;
}

/** The members of the service-worker global scope used here. */
interface ServiceWorkerScopeLike {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'activate', listener: (e: ExtendableEventLike) => void): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
}

const sw = self as unknown as ServiceWorkerScopeLike;

/** The runtime cache of this build's model files. */
const MODELS_CACHE = `${MODELS_CACHE_PREFIX}${__MODELS_VERSION__}`;

// the first worker takes over at once; a later one waits for the page's SKIP_WAITING
clientsClaim();
sw.addEventListener('message', (e) => {
  if ((e.data as { type?: unknown } | null)?.type === SKIP_WAITING) void sw.skipWaiting();
});

// written out as `self.__WB_MANIFEST`: the build replaces exactly that with the list of files
precacheAndRoute((self as unknown as ServiceWorkerScopeLike).__WB_MANIFEST);
cleanupOutdatedCaches();
// the page itself, whatever its query (a shared link's ?text=…), from the precache
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { allowlist: [APP_PAGE] }));

sw.addEventListener('activate', (e) => {
  e.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => isStaleModelCache(n, MODELS_CACHE)).map((n) => caches.delete(n)))),
  );
});

const okOnly = new CacheableResponsePlugin({ statuses: [200] });
/** Not cached and no network: an answer the page words as "this model needs the network once". */
const notCached = {
  handlerDidError: async () =>
    new Response(null, { status: 504, statusText: 'Not cached, offline', headers: { [NOT_CACHED_HEADER]: '1' } }),
};
// the page's retry after a checksum mismatch bypasses the cache (and refreshes it)
registerRoute(
  ({ url, request }) => isModelFileUrl(url, self.location.origin) && request.cache === 'reload',
  new NetworkFirst({ cacheName: MODELS_CACHE, plugins: [okOnly, notCached] }),
);
registerRoute(
  ({ url }) => isModelFileUrl(url, self.location.origin),
  new CacheFirst({ cacheName: MODELS_CACHE, plugins: [okOnly, notCached] }),
);
