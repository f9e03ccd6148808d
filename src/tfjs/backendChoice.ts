/**
 * Which backend to start on when the URL does not name one.
 *
 * On a real GPU WebGL is the fastest backend. Where WebGL is software-rendered (SwiftShader,
 * llvmpipe, …: headless browsers, machines without a GPU driver) it is the slowest: a greedy decode
 * takes ~785 ms there against ~14 ms on wasm, and the first one compiles shaders for seconds. So the
 * page starts on wasm when it can tell WebGL is software-rendered, and says so.
 *
 * The pure parts ({@link isSoftwareRenderer}, {@link softwareRendererName}, {@link pickDefaultBackend})
 * are unit-tested; {@link probeRenderer} and {@link detectDefaultBackend} read the browser.
 */
import type { BackendName } from './browserBackends';
import type { ProbeAnswer } from './rendererProbe.worker';
import { webglRenderer } from './webglRenderer';

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

/** True if a WebGL renderer string names a software (CPU) rasterizer. */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERER.test(renderer);
}

const DISPLAY_NAMES: Record<string, string> = {
  swiftshader: 'SwiftShader',
  llvmpipe: 'llvmpipe',
  softpipe: 'softpipe',
  software: 'a software renderer',
  'microsoft basic render': 'Microsoft Basic Render Driver',
};

/** A short name for the software rasterizer a renderer string names (null if it names none). */
export function softwareRendererName(renderer: string): string | null {
  const m = SOFTWARE_RENDERER.exec(renderer);
  return m ? (DISPLAY_NAMES[m[0].toLowerCase()] ?? m[0]) : null;
}

/**
 * The default backend: wasm when WebGL is software-rendered and WebAssembly is available,
 * otherwise webgl (also when the renderer is unknown).
 */
export function pickDefaultBackend(renderer: string | null, wasmAvailable: boolean): BackendName {
  return renderer !== null && isSoftwareRenderer(renderer) && wasmAvailable ? 'wasm' : 'webgl';
}

/** True if this browser can run WebAssembly at all. */
export function wasmAvailable(): boolean {
  return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
}

/** The default backend for this browser, and why. */
export interface DefaultBackend {
  backend: BackendName;
  /** set when wasm was chosen because WebGL is software-rendered: the rasterizer's short name */
  softwareRenderer?: string;
}

/** How long the off-main-thread probe may take before the page asks on the main thread. */
const PROBE_TIMEOUT_MS = 5000;

/**
 * The WebGL renderer string, read in a worker (`rendererProbe.worker`) so that creating the
 * throw-away WebGL context — up to a second or more where WebGL is software-rendered — does not
 * block the page; on the main thread where workers or OffscreenCanvas are unavailable.
 */
export function probeRenderer(): Promise<string | null> {
  const onMainThread = (): string | null => webglRenderer(() => document.createElement('canvas'));
  if (typeof Worker !== 'function') return Promise.resolve(onMainThread());
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./rendererProbe.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(onMainThread());
      return;
    }
    const done = (r: string | null): void => {
      clearTimeout(timer);
      worker.terminate();
      resolve(r);
    };
    const timer = setTimeout(() => done(onMainThread()), PROBE_TIMEOUT_MS);
    worker.onmessage = (e: MessageEvent<ProbeAnswer>) => done(e.data?.unsupported ? onMainThread() : (e.data?.renderer ?? null));
    worker.onerror = (e) => {
      e.preventDefault();
      done(onMainThread());
    };
  });
}

/** Reads the browser (off the main thread where possible) and picks the default backend ({@link pickDefaultBackend}). */
export async function detectDefaultBackend(): Promise<DefaultBackend> {
  const renderer = await probeRenderer();
  const backend = pickDefaultBackend(renderer, wasmAvailable());
  if (backend === 'wasm' && renderer !== null) return { backend, softwareRenderer: softwareRendererName(renderer) ?? 'a software renderer' };
  return { backend };
}
