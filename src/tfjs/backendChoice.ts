/**
 * Which backend to start on when the URL does not name one.
 *
 * On a real GPU WebGL is the fastest backend. Where WebGL is software-rendered (SwiftShader,
 * llvmpipe, …: headless browsers, machines without a GPU driver) it is the slowest: a greedy decode
 * takes ~785 ms there against ~14 ms on wasm, and the first one compiles shaders for seconds. So the
 * page starts on wasm when it can tell WebGL is software-rendered, and says so.
 *
 * The pure parts ({@link isSoftwareRenderer}, {@link softwareRendererName}, {@link pickDefaultBackend})
 * are unit-tested; {@link webglRenderer} and {@link detectDefaultBackend} read the browser.
 */
import type { BackendName } from './browserBackends';

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

/**
 * The WebGL renderer string (unmasked where the browser allows), from a throw-away canvas;
 * null when WebGL is unavailable or the string cannot be read.
 */
export function webglRenderer(): string | null {
  try {
    if (typeof document === 'undefined') return null;
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const r: unknown = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
    return typeof r === 'string' && r !== '' ? r : null;
  } catch {
    return null;
  }
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

/** Reads the browser and picks the default backend ({@link pickDefaultBackend}). */
export function detectDefaultBackend(): DefaultBackend {
  const renderer = webglRenderer();
  const backend = pickDefaultBackend(renderer, wasmAvailable());
  if (backend === 'wasm' && renderer !== null) return { backend, softwareRenderer: softwareRendererName(renderer) ?? 'a software renderer' };
  return { backend };
}
