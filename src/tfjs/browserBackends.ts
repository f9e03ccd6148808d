/**
 * Browser backends for TensorFlow.js: WebGL (default on a real GPU), WebAssembly and plain-JS CPU.
 * Which one the page starts on without `?backend=` is decided in `backendChoice`.
 *
 * Each backend is a chunk of its own, imported on first use by {@link loadBackend}: the page's
 * initial JavaScript carries tfjs-core only, and a visitor downloads the one backend they run on
 * (wasm: see `wasmSetup` for its binaries and patches; cpu: `cpuSetup` for its faster kernels).
 *
 * tfjs silently falls back to another backend when one fails to initialise (e.g. WebGL refused by
 * the browser), so {@link activateBackend} reports what it really got.
 */
import * as tf from '@tensorflow/tfjs-core';

/** The backends the page offers, in fallback order. */
export const BACKENDS = ['webgl', 'wasm', 'cpu'] as const;
/** A tfjs backend the page can run on. */
export type BackendName = (typeof BACKENDS)[number];

/**
 * The preferred backend when the URL does not ask for one; the page starts on wasm instead on a
 * first visit and where WebGL is software-rendered (see `detectDefaultBackend` in `backendChoice`).
 */
export const DEFAULT_BACKEND: BackendName = 'webgl';

/** True if `s` names one of {@link BACKENDS} (e.g. from the `?backend=` URL parameter). */
export function isBackendName(s: string | null | undefined): s is BackendName {
  return s != null && (BACKENDS as readonly string[]).includes(s);
}

/** The module that registers each backend with tfjs (its own chunk in the build). */
const BACKEND_MODULES: Record<BackendName, () => Promise<unknown>> = {
  webgl: () => import('@tensorflow/tfjs-backend-webgl'),
  wasm: () => import('./wasmSetup'),
  cpu: () => import('./cpuSetup'),
};

const loading = new Map<BackendName, Promise<unknown>>();

/**
 * Downloads and registers a backend's code (once; a failed download may be retried). Resolves
 * when `tf.setBackend(name)` can be called.
 */
export function loadBackend(name: BackendName): Promise<unknown> {
  let p = loading.get(name);
  if (!p) {
    p = BACKEND_MODULES[name]();
    loading.set(name, p);
    p.catch(() => loading.delete(name));
  }
  return p;
}

/** What {@link activateBackend} achieved. */
export interface BackendResult {
  /** the backend asked for */
  requested: BackendName;
  /** the backend really active now (tfjs's own name for it) */
  active: string;
  /** set when `active` differs from `requested`: why the requested one could not be used */
  failure?: string;
}

/** Tries one backend; resolves to an error message, or undefined on success. */
async function trySet(name: BackendName): Promise<string | undefined> {
  try {
    await loadBackend(name);
    const ok = await tf.setBackend(name);
    if (!ok) return `it could not be started in this browser`;
    await tf.ready();
    if (tf.getBackend() !== name) return `it could not be started in this browser`;
    // A tiny op proves the backend really runs (a lost WebGL context fails here, not in setBackend).
    const probe = tf.tidy(() => tf.sum(tf.add(tf.tensor1d([1, 2]), 1)));
    const v = (await probe.data())[0];
    probe.dispose();
    if (v !== 5) return `it computed a wrong result in a self-test`;
    return undefined;
  } catch (e) {
    return `${name}: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/**
 * Makes `requested` the active backend, or falls back (in {@link BACKENDS} order) to the first
 * one that works. Throws only if none works.
 */
export async function activateBackend(requested: BackendName): Promise<BackendResult> {
  const failure = await trySet(requested);
  if (failure === undefined) return { requested, active: tf.getBackend() };
  for (const name of BACKENDS) {
    if (name === requested) continue;
    if ((await trySet(name)) === undefined) return { requested, active: tf.getBackend(), failure };
  }
  throw new Error(`No TensorFlow.js backend works in this browser (${failure})`);
}

/** The active backend's name, as tfjs reports it. */
export function currentBackend(): string {
  return tf.getBackend();
}
