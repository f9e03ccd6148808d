/**
 * What a cold load can start before the page's code has arrived: the backend (probe, code, wasm
 * binary), the model list and the first model's files. src/main.tsx calls {@link startEarly} right after the URL guard,
 * while the page's scripts (React, TensorFlow.js, the views: about a second of download, parsing and
 * first render on a slow machine) are still loading; the session then takes what was started here
 * ({@link takeEarlyIndex}, {@link takeEarlyFiles}) instead of asking again, so the network and the
 * probe worker do not sit idle behind the main thread.
 *
 * No TensorFlow.js and no React here (src/app/earlyStart.test.ts checks the import graph): this
 * module is part of the page's first script. The first model is chosen as the session chooses it
 * ({@link firstShipped}); where the session ends up choosing another one (a model trained in this
 * browser), what was fetched here is simply never taken.
 */
import { detectDefaultBackend } from '../tfjs/backendChoice';
import { fetchModelFiles, fetchModelIndex, type LoadProgress, type ModelFiles, type ModelIndex } from './loadModel';
import { firstShipped, isPairId, pairStorage, resolvePair, storedPair } from './pairs/pairs';
import { readUrlState } from './urlState';

/** Passes a download's progress on to whoever takes the download, the latest report first. */
class ProgressRelay {
  /** the latest report (shown at once by the taker) */
  last: LoadProgress | null = null;
  /** the taker's callback */
  listener: ((p: LoadProgress) => void) | null = null;
  /** the download's progress callback */
  readonly report = (p: LoadProgress): void => {
    this.last = p;
    this.listener?.(p);
  };
}

/** A download started early, with its progress so far for whoever takes it. */
interface EarlyFiles {
  files: Promise<ModelFiles>;
  progress: ProgressRelay;
}

const indexes = new Map<string, Promise<ModelIndex>>();
const downloads = new Map<string, EarlyFiles>();

/** A named moment of the cold start on the page's performance timeline (`npm run bench` reports them). */
export function mark(name: string): void {
  globalThis.performance?.mark?.(`cold: ${name}`);
}

/** A promise whose rejection is left to its taker: no "unhandled rejection" when nobody takes it. */
function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/**
 * Starts, for the page at `search` (its query string): the backend (the URL's, else the one the
 * probe picks; TensorFlow.js and the backend's code load now, in their own chunks), the model list
 * of the page's pair (the URL's, else the remembered one, else the default) and, once the list is
 * in, the download of the model the page will open with.
 */
export function startEarly(search: string = window.location.search): void {
  const url = readUrlState(search);
  // the backend: the URL's, else the probe's choice (the session asks for the same one and shares this start)
  const backend = url.backend !== null ? Promise.resolve(url.backend) : detectDefaultBackend().then((c) => c.backend);
  backend
    .then((name) => {
      mark('backend chosen');
      return import('../tfjs/browserBackends').then((m) => m.activateBackend(name));
    })
    .then(() => mark('backend started'))
    .catch(() => undefined); // the session reports a backend that does not start
  const pair = resolvePair(url.pair, storedPair(pairStorage()));
  if (!isPairId(pair)) return; // a task trained in the page: no shipped list
  const index = quiet(fetchModelIndex(pair));
  indexes.set(pair, index);
  index
    .then(({ variants }) => {
      const first = firstShipped(pair, variants, url.model);
      if (!first || downloads.has(first.id)) return;
      const progress = new ProgressRelay();
      const files = quiet(fetchModelFiles(first.id, first.name, progress.report));
      files.then(() => mark('model files checked')).catch(() => undefined);
      downloads.set(first.id, { files, progress });
    })
    .catch(() => undefined); // the session reports a list that cannot be read
}

/** The model list of `pair` if {@link startEarly} asked for it (once: a later call asks again). */
export function takeEarlyIndex(pair: string): Promise<ModelIndex> | undefined {
  const p = indexes.get(pair);
  indexes.delete(pair);
  return p;
}

/**
 * The files of model `id` if {@link startEarly} started their download (once), with its progress
 * reported to `onProgress` from now on (the latest report at once).
 */
export function takeEarlyFiles(id: string, onProgress?: (p: LoadProgress) => void): Promise<ModelFiles> | undefined {
  const early = downloads.get(id);
  if (!early) return undefined;
  downloads.delete(id);
  if (onProgress) {
    early.progress.listener = onProgress;
    if (early.progress.last) onProgress(early.progress.last);
  }
  return early.files;
}
