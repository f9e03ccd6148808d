/**
 * The first model's files, asked for by the page's first script (src/main.tsx) while the rest of
 * the page's code downloads: the pair's model list and, at the same time, the model the page will
 * open with (the link's, else the list's first: the same choice as the session's start), its
 * model.json, vocab.json and weights (at low priority, behind the page's own code). On a slow network the
 * 4.5 MB of weights otherwise only started after the page had rendered and started its backend.
 *
 * Network only: nothing is parsed here but the two small JSON files the choice needs (read from
 * copies of the responses). The loader (src/app/loadModel.ts) takes each response once, in place of
 * its own request for the same URL, and checks it as before; its stall watch aborts a taken download.
 */
import { isModelIndex, modelUrl, shippedFileUrl } from './loadModel';
import { firstShipped, isPairId, pairStorage, resolvePair, shippedId, storedPair, type PairStorage } from './pairs/pairs';
import { readUrlState } from './urlState';

/** A request started early, waiting for the loader to take it. */
interface EarlyRequest {
  response: Promise<Response>;
  abort: AbortController;
}

const early = new Map<string, EarlyRequest>();
/** URLs the loader asked for before an early request for them existed: not started any more. */
const askedFirst = new Set<string>();
let started = false;

/**
 * Starts one request as the loader would make it (`cache: 'no-cache'`), kept for
 * {@link takeEarlyResponse}; none (null) where the loader has already asked for the URL itself.
 */
function request(url: string, priority: RequestPriority): Promise<Response> | null {
  if (askedFirst.has(url)) return null;
  const abort = new AbortController();
  const response = fetch(url, { cache: 'no-cache', signal: abort.signal, priority });
  response.catch(() => undefined); // the loader reports failures when it takes the request
  early.set(url, { response, abort });
  return response;
}

/** Aborts and forgets the early request for `url`, if it was not taken yet. */
function drop(url: string): void {
  early.get(url)?.abort.abort();
  early.delete(url);
}

/** The JSON of a copy of `res` (the original stays unread for the loader), or null. */
async function peekJson(res: Response): Promise<unknown> {
  if (!res.ok) return null;
  try {
    return (await res.clone().json()) as unknown;
  } catch {
    return null;
  }
}

/** Each shipped pair's model folders in list order, read from `public/models/<pair>/index.json` at build time (vite.config.ts). */
declare const __SHIPPED_MODELS__: Record<string, string[]>;

/** One model's three files, by URL. */
interface ModelUrls {
  json: string;
  vocab: string;
  weights: string;
}

/** Asks for one model's three files (the weights at low priority, behind the page's code). */
function requestModel(id: string): ModelUrls {
  const urls = {
    json: shippedFileUrl(id, 'model.json'),
    vocab: shippedFileUrl(id, 'vocab.json'),
    weights: shippedFileUrl(id, 'weights.bin'),
  };
  void request(urls.json, 'high');
  void request(urls.vocab, 'high');
  void request(urls.weights, 'low');
  return urls;
}

/**
 * Starts downloading the files of the model the page will open with. Reads the (already guarded)
 * query string and the remembered pair; does nothing for a link to a pair or model trained in a
 * browser. The model is guessed at once (the link's, else the pair's first, from the build's lists) and asked
 * for together with the list, so nothing waits for a round trip or for the main thread; the list
 * then confirms the guess (the session's own choice, `firstShipped`) or replaces it. Once per page;
 * never throws: a failed request is reported by the loader when it takes it.
 */
export async function startEarlyModelDownloads(
  search: string = location.search,
  storage: PairStorage = pairStorage(),
): Promise<void> {
  if (started) return; // once per page
  started = true;
  try {
    const url = readUrlState(search);
    const pair = resolvePair(url.pair, storedPair(storage));
    if (!isPairId(pair)) return;
    const list = request(modelUrl('index.json', pair), 'high');
    if (!list) return;
    // the link's model if the build shipped it (nothing is asked for that may not exist), else the first
    const folders = __SHIPPED_MODELS__[pair] ?? [];
    const folder = url.model?.includes(':') ? undefined : (folders.find((f) => shippedId(pair, f) === url.model) ?? folders[0]);
    const guess = folder === undefined ? undefined : shippedId(pair, folder);
    const guessed = guess ? requestModel(guess) : undefined;
    const index = await peekJson(await list);
    const first = isModelIndex(index) ? firstShipped(pair, index.variants, url.model) : undefined;
    const confirmed = first !== undefined && first.id === guess;
    if (guessed && !confirmed) Object.values(guessed).forEach(drop);
    if (!first) return;
    const files = confirmed ? guessed! : requestModel(first.id);
    // The weights' file is named by model.json's manifest: only the usual name is asked for early.
    const json = early.get(files.json)?.response;
    const manifest = json ? ((await peekJson(await json)) as { weightsManifest?: { paths?: unknown[] }[] } | null) : null;
    if (manifest?.weightsManifest?.[0]?.paths?.[0] !== 'weights.bin') drop(files.weights);
  } catch {
    // a network error: the loader asks again, and says so if it fails too
  }
}

/**
 * The early request for `url`, once (later calls: undefined), if the loader asks with the same
 * cache mode; `signal` (the loader's stall watch) aborts it from then on.
 */
export function takeEarlyResponse(url: string, cache: RequestCache, signal?: AbortSignal): Promise<Response> | undefined {
  const e = early.get(url);
  if (cache !== 'no-cache') return undefined;
  if (!e) {
    askedFirst.add(url);
    return undefined;
  }
  early.delete(url);
  if (signal?.aborted) e.abort.abort(signal.reason);
  else signal?.addEventListener('abort', () => e.abort.abort(signal.reason), { once: true });
  return e.response;
}

/** Aborts and forgets every early request not taken, and what the loader asked for (between unit tests). */
export function dropEarlyResponses(): void {
  for (const e of early.values()) e.abort.abort();
  early.clear();
  askedFirst.clear();
  started = false;
}
