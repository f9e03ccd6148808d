/**
 * Which backend to start on when the URL does not name one.
 *
 * On a real GPU WebGL is the fastest backend. Where WebGL is software-rendered (SwiftShader,
 * llvmpipe, …: headless browsers, machines without a GPU driver) it is the slowest: a greedy decode
 * takes ~785 ms there against ~14 ms on wasm, and the first one compiles shaders for seconds. So the
 * page starts on wasm when it can tell WebGL is software-rendered, or when WebGL does not even
 * create a context within {@link FAST_WEBGL_MS}, and says so.
 *
 * The pure parts ({@link isSoftwareRenderer}, {@link softwareRendererName}, {@link pickDefaultBackend})
 * are unit-tested; {@link probeRenderer} and {@link detectDefaultBackend} read the browser.
 */
import type { BackendName } from './browserBackends';
import type { ProbeAnswer } from './rendererProbe.worker';
import { webglRenderer } from './webglRenderer';
import { readStored, writeStored } from '../app/robust/storage';
import { mark } from '../app/coldMarks';

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
  /**
   * set when wasm was chosen because the WebGL probe did not answer within {@link FAST_WEBGL_MS}:
   * resolves to the rasterizer's short name if the probe later tells a software renderer, else to
   * null (a GPU that was just slow to start, or no answer at all)
   */
  lateSoftwareRenderer?: Promise<string | null>;
}

/**
 * How long the page waits for the WebGL probe before starting on wasm anyway: a real GPU answers
 * in well under a second; where it takes longer (software rendering on a busy machine took 1-8 s
 * here) waiting would only delay the first translation.
 */
export const FAST_WEBGL_MS = 1000;

/**
 * How long the off-main-thread probe may take; after that the renderer counts as unknown (asking
 * again on the main thread would only block the page as long again).
 */
const PROBE_TIMEOUT_MS = 15_000;

/**
 * The WebGL renderer string, read in a worker (`rendererProbe.worker`) so that creating the
 * throw-away WebGL context — a second or more where WebGL is software-rendered and the machine
 * is busy — does not block the page; on the main thread where workers or OffscreenCanvas are
 * unavailable.
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
    const timer = setTimeout(() => done(null), PROBE_TIMEOUT_MS);
    worker.onmessage = (e: MessageEvent<ProbeAnswer>) => done(e.data?.unsupported ? onMainThread() : (e.data?.renderer ?? null));
    worker.onerror = (e) => {
      e.preventDefault();
      done(onMainThread());
    };
  });
}

let detection: Promise<DefaultBackend> | null = null;

/**
 * localStorage key of the renderer the last probe found. A device's GPU rarely changes between
 * visits, so a repeat visit decides at once from it (the probe still runs and updates it for the next
 * visit) instead of waiting for the probe (up to {@link FAST_WEBGL_MS}).
 */
export const RENDERER_KEY = 'attention-viz.renderer';

/**
 * Reads the browser (off the main thread where possible) and picks the default backend
 * ({@link pickDefaultBackend}), or wasm when the probe has not answered within
 * {@link FAST_WEBGL_MS}; on a repeat visit at once, from the renderer the last visit's probe found
 * ({@link RENDERER_KEY}). Asked once per page: the first call starts the probe (src/main.tsx does so
 * before the first render), later calls share its answer.
 */
export function detectDefaultBackend(): Promise<DefaultBackend> {
  if (detection) return detection;
  const probe = probeRenderer();
  const remembered = readStored(RENDERER_KEY);
  void probe.then((r) => {
    mark('webgl probe answered');
    if (r !== null) writeStored(RENDERER_KEY, r);
  });
  const software = (r: string | null): string | null =>
    r !== null && isSoftwareRenderer(r) ? (softwareRendererName(r) ?? 'a software renderer') : null;
  const choose = (renderer: string | null): DefaultBackend => {
    const backend = pickDefaultBackend(renderer, wasmAvailable());
    const name = software(renderer);
    return backend === 'wasm' && name !== null ? { backend, softwareRenderer: name } : { backend };
  };
  if (remembered !== null) {
    detection = Promise.resolve(choose(remembered));
    return detection;
  }
  const answered = probe.then(choose);
  // No answer in time: start on wasm, and tell why once the probe answers.
  const slow = new Promise<DefaultBackend>((resolve) =>
    setTimeout(() => resolve({ backend: 'wasm', lateSoftwareRenderer: probe.then(software) }), FAST_WEBGL_MS),
  );
  detection = wasmAvailable() ? Promise.race([answered, slow]) : answered;
  void detection.then(() => mark('backend chosen'));
  return detection;
}
