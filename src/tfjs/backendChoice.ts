/**
 * Which backend to start on when the URL does not name one.
 *
 * On a real GPU WebGL is the fastest backend. Where WebGL is software-rendered (SwiftShader,
 * llvmpipe, …: headless browsers, machines without a GPU driver) it is the slowest: a greedy decode
 * takes ~785 ms there against ~14 ms on wasm, and the first one compiles shaders for seconds. So the
 * page starts on wasm when the last visit found WebGL software-rendered, and on a first visit (see
 * {@link detectDefaultBackend}), and says so.
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

/** What the WebGL probe found: a software rasterizer (its short name), a GPU, or nothing (no WebGL, no answer). */
export type ProbeFinding = { kind: 'software'; name: string } | { kind: 'gpu' } | null;

/** The default backend for this browser, and why. */
export interface DefaultBackend {
  backend: BackendName;
  /** set when wasm was chosen because the last visit's probe found WebGL software-rendered: the rasterizer's short name */
  softwareRenderer?: string;
  /**
   * set on a first visit (no renderer remembered), where the page starts on wasm without waiting for
   * the probe: resolves to what the probe finds once {@link DefaultBackend.probe} has run it
   */
  firstVisitFinding?: Promise<ProbeFinding>;
  /**
   * Runs the WebGL probe if it has not run (later calls do nothing) and remembers its answer for
   * the next visit ({@link RENDERER_KEY}). The page calls it once its first translation is on
   * screen: the probe is never on the way to it.
   */
  probe?: () => void;
}

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
 * visits, so a repeat visit decides at once from it; the probe runs again after the first
 * translation and updates it for the next visit.
 */
export const RENDERER_KEY = 'attention-viz.renderer';

/** What a renderer string means for the choice of backend. */
function findingOf(renderer: string | null): ProbeFinding {
  if (renderer === null) return null;
  return isSoftwareRenderer(renderer)
    ? { kind: 'software', name: softwareRendererName(renderer) ?? 'a software renderer' }
    : { kind: 'gpu' };
}

/**
 * The default backend, decided at once (the WebGL probe waits until the page has shown its first
 * translation: creating a first WebGL context costs a second of CPU where WebGL is software-rendered,
 * and on a 2-core machine that delayed the first translation by ~0.5-1 s). A repeat visit decides
 * from the renderer the last visit's probe found ({@link pickDefaultBackend}); a first visit starts
 * on wasm, which needs no GPU set-up (no shader compiles) and so gives the first translation soonest
 * on any device, and learns from the probe what the next visit starts on. Where WebAssembly is
 * missing: webgl. Asked once per page; later calls share the answer.
 */
export function detectDefaultBackend(): Promise<DefaultBackend> {
  if (detection) return detection;
  // the probe starts when the page asks for it (`probe`), once
  let answer: (r: Promise<string | null>) => void = () => undefined;
  const finding = new Promise<string | null>((resolve) => (answer = resolve)).then((r) => {
    mark('webgl probe answered');
    if (r !== null) writeStored(RENDERER_KEY, r);
    return findingOf(r);
  });
  let asked = false;
  const probe = (): void => {
    if (!asked) answer(probeRenderer());
    asked = true;
  };
  const remembered = readStored(RENDERER_KEY);
  let choice: DefaultBackend;
  if (remembered !== null) {
    const backend = pickDefaultBackend(remembered, wasmAvailable());
    const f = findingOf(remembered);
    choice = backend === 'wasm' && f?.kind === 'software' ? { backend, softwareRenderer: f.name, probe } : { backend, probe };
  } else if (wasmAvailable()) choice = { backend: 'wasm', firstVisitFinding: finding, probe };
  else choice = { backend: 'webgl', probe };
  detection = Promise.resolve(choice);
  mark('backend chosen');
  return detection;
}
