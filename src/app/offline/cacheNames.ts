/**
 * What the service worker (sw.ts) and the page agree on: cache names, which requests are a model's
 * files, and the message that lets a waiting worker take over. Pure (no DOM, no worker APIs).
 */

/** Prefix of the runtime cache that holds the model files of one build (its models' hash follows). */
export const MODELS_CACHE_PREFIX = 'attention-models-';

/** The message a page posts to a waiting service worker to make it take over (Workbox's convention). */
export const SKIP_WAITING = 'SKIP_WAITING';

/**
 * The app's page as a navigation's path and query (Workbox matches `pathname + search`): the
 * folder itself or its index.html, with any query. Other pages (the e2e build's bench.html) and
 * files opened directly are not answered with the app.
 */
export const APP_PAGE = /^[^?]*\/(?:index\.html)?(?:\?.*)?$/;

/**
 * Header of the service worker's answer for a model file it does not hold and could not download
 * (HTTP 504): the page says that this model needs the network once (src/app/loadModel.ts).
 */
export const NOT_CACHED_HEADER = 'X-Offline-Not-Cached';

/** A model's own files: `models/<pair>/<variant>/<file>.json|.bin` (model.json, vocab.json, card.json, weights). */
const MODEL_FILE = /\/models\/[^/]+\/[^/]+\/[^/]+\.(?:json|bin)$/;

/**
 * Whether `url` is one of a shipped model's files on the page's own origin (`origin`). The pair's
 * lists (`models/<pair>/index.json`, unknown-word dictionary, examples) are one level up and are
 * precached with the app instead.
 */
export function isModelFileUrl(url: URL, origin: string): boolean {
  return url.origin === origin && url.search === '' && MODEL_FILE.test(url.pathname);
}

/** Whether the cache `name` holds model files of another build than the one whose cache is `current`. */
export function isStaleModelCache(name: string, current: string): boolean {
  return name.startsWith(MODELS_CACHE_PREFIX) && name !== current;
}

/**
 * The model files among the URLs a page has loaded (its resource timing entries), same origin
 * only: what the page asks a newly installed worker to cache, since the first visit fetched them
 * before any worker was in control.
 */
export function modelFileUrls(urls: readonly string[], origin: string): string[] {
  const out = new Set<string>();
  for (const u of urls) {
    let url: URL;
    try {
      url = new URL(u);
    } catch {
      continue;
    }
    if (isModelFileUrl(url, origin)) out.add(url.href);
  }
  return [...out];
}
