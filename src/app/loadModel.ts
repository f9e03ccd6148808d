/**
 * Fetches a shipped model's files relative to the page and checks them (the engine builds the model:
 * src/app/engine.ts). Errors are `ModelFileError`s that name the model and say what is wrong with
 * which file, so the page can say which one failed and why. No TensorFlow.js here (the files are
 * fetched and checked before any tensor exists).
 */
import { checkModelJson, checkVocabJson, checkWeightsSize, weightsFileName } from '../model/checkModelFiles';
import type { ModelCard } from '../model/card';
import { ModelFileError } from '../model/modelFileError';
import type { ModelJson, VocabJson } from '../model/weights';
import { takeEarlyResponse } from './earlyDownloads';
import { NOT_CACHED_HEADER } from './offline/cacheNames';
import { activePair, DEFAULT_PAIR, shippedPath } from './pairs/pairs';

export type { ModelCard };

/** The language pair of a model list that names none (the first shipped pair). */
export const PAIR = DEFAULT_PAIR;

/** One entry of `public/models/<pair>/index.json`. */
export interface VariantInfo {
  /** folder name under `models/<pair>/` in the index; the model's id in the page (see pairs.ts) */
  id: string;
  /** display name */
  name: string;
  /** one-line description (optional) */
  description?: string;
  /** training steps planned for a model still in training (its card says how far it got) */
  plannedSteps?: number;
}

/** `public/models/<pair>/index.json`. */
export interface ModelIndex {
  pair: string;
  variants: VariantInfo[];
}

/** The raw files of one model, as fetched (kept so a backend switch needs no new download). */
export interface ModelFiles {
  variant: string;
  json: ModelJson;
  vocab: VocabJson;
  weights: ArrayBuffer;
  /** whether the weights' SHA-256 was checked (needs `crypto.subtle`, i.e. a secure context) */
  verified: boolean;
}

/** URL of a file under `models/<pair>/` (the active pair by default), relative to the page (Vite `base: './'`). */
export function modelUrl(file: string, pair: string = activePair()): string {
  return `${import.meta.env.BASE_URL}models/${pair}/${file}`;
}

/** URL of one file of a shipped model (by its id: see pairs.ts). */
export function shippedFileUrl(id: string, file: string): string {
  return `${import.meta.env.BASE_URL}models/${shippedPath(id)}/${file}`;
}

/** Why a request failed: a network error (`detail`), an HTTP status, a missing file, or a web page where a file should be. */
class FetchFailure extends Error {
  constructor(
    readonly status?: number,
    readonly detail?: string,
    readonly notFound = false,
    readonly html = false,
    /** the service worker has no copy and the network is off (src/app/offline/sw.ts) */
    readonly offline = false,
  ) {
    super(status !== undefined ? `HTTP ${status}` : (detail ?? 'not found'));
  }
}

/**
 * How long a model download may go without receiving a byte (no response yet, or a body that stopped
 * arriving) before it is given up as stalled, ms. A changing figure (tests) goes through {@link setStallTimeout}.
 */
export const STALL_MS = 20_000;
let stallMs = STALL_MS;

/** Sets the stall timeout of model downloads (ms; tests), returning the previous one. */
export function setStallTimeout(ms: number): number {
  const was = stallMs;
  stallMs = ms;
  return was;
}

/** An abort signal that fires once nothing happened for `ms` (each {@link StallWatch.alive} restarts the wait). */
interface StallWatch {
  signal: AbortSignal;
  /** something arrived: the wait starts again */
  alive: () => void;
  /** the download is over: no more waiting */
  stop: () => void;
  /** whether it fired */
  stalled: () => boolean;
}

function watchStall(ms: number): StallWatch {
  const ctrl = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = (): void => clearTimeout(timer);
  const alive = (): void => {
    stop();
    timer = setTimeout(() => ctrl.abort(new Error(`stalled for ${ms} ms`)), ms);
  };
  alive();
  return { signal: ctrl.signal, alive, stop, stalled: () => ctrl.signal.aborted };
}

/**
 * Fetches `url` (taking the page's early request for it where there is one: src/app/earlyDownloads.ts);
 * throws a {@link FetchFailure} unless the server sent the file.
 */
async function get(url: string, cache: RequestCache, signal?: AbortSignal): Promise<Response> {
  let res: Response;
  try {
    res = await (takeEarlyResponse(url, cache, signal) ?? fetch(url, { cache, signal }));
  } catch (e) {
    throw new FetchFailure(undefined, e instanceof Error ? e.message : String(e));
  }
  if (res.headers.has(NOT_CACHED_HEADER)) throw new FetchFailure(undefined, 'offline', false, false, true);
  if (res.status === 404) throw new FetchFailure(404, undefined, true);
  if (!res.ok) throw new FetchFailure(res.status);
  // Static hosts and dev servers often answer a missing file with the app's index.html.
  if (
    !/\.html?$/.test(new URL(res.url || url, location.href).pathname) &&
    (res.headers.get('content-type') ?? '').includes('text/html')
  ) {
    throw new FetchFailure(undefined, undefined, true, true);
  }
  return res;
}

/**
 * Fetches one of a model's files and reads its body (with progress where asked), giving up when
 * nothing arrives for the stall timeout. Failures become {@link ModelFileError}s naming the model
 * and the file: a stalled download, a web page sent for the weights ("not a weights file"; for a
 * JSON file a static host's fallback page means "missing"), an HTTP or network error.
 */
async function getModelBody(
  variant: string,
  label: string,
  file: string,
  cache: RequestCache,
  onProgress?: (p: LoadProgress) => void,
): Promise<ArrayBuffer> {
  const watch = watchStall(stallMs);
  const stalled = (): ModelFileError =>
    new ModelFileError(label, { kind: 'stalled', file, seconds: Math.max(1, Math.round(stallMs / 1000)) });
  try {
    let res: Response;
    try {
      res = await get(shippedFileUrl(variant, file), cache, watch.signal);
    } catch (e) {
      if (watch.stalled()) throw stalled();
      if (!(e instanceof FetchFailure)) throw e;
      if (e.html && !file.endsWith('.json')) throw new ModelFileError(label, { kind: 'notWeights', file });
      // a model never cached here, asked for without a network (src/app/offline/sw.ts)
      const offline = e.offline || (!e.notFound && e.status === undefined && globalThis.navigator?.onLine === false);
      throw new ModelFileError(
        label,
        e.notFound
          ? { kind: 'notFound', file }
          : offline
            ? { kind: 'offline', file }
            : { kind: 'download', file, status: e.status, detail: e.detail },
      );
    }
    try {
      return await readBody(res, watch.alive, onProgress);
    } catch (e) {
      if (watch.stalled()) throw stalled();
      throw new ModelFileError(label, { kind: 'download', file, detail: e instanceof Error ? e.message : String(e) });
    }
  } finally {
    watch.stop();
  }
}

/** Fetches and parses one of a model's JSON files (not yet checked). */
async function getModelJson(variant: string, label: string, file: string, cache: RequestCache): Promise<unknown> {
  const body = await getModelBody(variant, label, file, cache);
  try {
    return JSON.parse(new TextDecoder().decode(body)) as unknown;
  } catch {
    throw new ModelFileError(label, { kind: 'notJson', file });
  }
}

/** Lower-case hex SHA-256, or undefined where `crypto.subtle` is unavailable (insecure context). */
export async function sha256Hex(data: ArrayBuffer): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = new Uint8Array(await subtle.digest('SHA-256', data));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether `x` is shaped like a model list: a `variants` array whose entries have string ids. */
export function isModelIndex(x: unknown): x is ModelIndex {
  const variants = (x as Partial<ModelIndex> | null)?.variants;
  return Array.isArray(variants) && variants.every((v) => typeof v?.id === 'string');
}

/** Fetches the list of shipped variants of `pair` (the active one by default). */
export async function fetchModelIndex(pair: string = activePair()): Promise<ModelIndex> {
  let index: unknown;
  try {
    index = (await (await get(modelUrl('index.json', pair), 'no-cache')).json()) as unknown;
  } catch (e) {
    if (e instanceof FetchFailure) throw new Error(`The model list (index.json) could not be downloaded (${e.message})`);
    throw new Error('The model list (index.json) is not valid JSON');
  }
  if (!isModelIndex(index)) throw new Error('The model list (index.json) is malformed');
  return index;
}

/** Download progress of a model's weights: bytes so far, and the total when the server says it. */
export interface LoadProgress {
  loaded: number;
  total: number | null;
}

/**
 * Reads a response body through a stream reader where the browser has one, calling `alive` on every
 * chunk (the stall watch) and reporting progress when asked.
 */
async function readBody(res: Response, alive: () => void, onProgress?: (p: LoadProgress) => void): Promise<ArrayBuffer> {
  const len = Number(res.headers.get('content-length'));
  const total = Number.isFinite(len) && len > 0 ? len : null;
  if (!res.body) return res.arrayBuffer();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  onProgress?.({ loaded, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    alive();
    chunks.push(value);
    loaded += value.byteLength;
    onProgress?.({ loaded, total });
  }
  const out = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out.buffer;
}

async function fetchOnce(
  variant: string,
  label: string,
  cache: RequestCache,
  onProgress?: (p: LoadProgress) => void,
): Promise<ModelFiles> {
  const [rawJson, rawVocab] = await Promise.all([
    getModelJson(variant, label, 'model.json', cache),
    getModelJson(variant, label, 'vocab.json', cache),
  ]);
  // Checked before the (large) weights download; the shapes too, so a wrong manifest is named as such.
  const json = checkModelJson(label, rawJson);
  const vocab = checkVocabJson(label, rawVocab, json.config);
  const weightsFile = weightsFileName(json);
  const weights = await getModelBody(variant, label, weightsFile, cache, onProgress);
  checkWeightsSize(label, json, weights.byteLength);
  let verified = false;
  if (json.sha256) {
    const hash = await sha256Hex(weights);
    if (hash !== undefined) {
      if (hash !== json.sha256.toLowerCase()) throw new ModelFileError(label, { kind: 'checksum', file: weightsFile });
      verified = true;
    }
  }
  return { variant, json, vocab, weights, verified };
}

/** A stale HTTP cache can pair an old model.json with a new weights file: worth one fresh download. */
const mayBeStale = (e: unknown): boolean =>
  e instanceof ModelFileError && (e.problem.kind === 'checksum' || e.problem.kind === 'size');

/**
 * Downloads and checks a model's files (everything but building the tensors). Errors are
 * {@link ModelFileError}s naming the model and the problem. A checksum or size mismatch is retried
 * once bypassing the HTTP cache: the trainer re-exports models while it runs, so a cached
 * model.json can briefly disagree with a fresh weights.bin.
 */
export async function fetchModelFiles(
  variant: string,
  label = variant,
  onProgress?: (p: LoadProgress) => void,
): Promise<ModelFiles> {
  try {
    return await fetchOnce(variant, label, 'no-cache', onProgress);
  } catch (e) {
    if (mayBeStale(e)) return fetchOnce(variant, label, 'reload', onProgress);
    throw e;
  }
}

/** Fetches a model's card; resolves to undefined when it is missing or unreadable. */
export async function fetchModelCard(variant: string): Promise<ModelCard | undefined> {
  try {
    const res = await fetch(shippedFileUrl(variant, 'card.json'), { cache: 'no-cache' });
    if (!res.ok) return undefined;
    return (await res.json()) as ModelCard;
  } catch {
    return undefined;
  }
}
