import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isSoftwareRenderer, pickDefaultBackend, softwareRendererName } from './backendChoice';

const SWIFTSHADER = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const LLVMPIPE = 'llvmpipe (LLVM 15.0.6, 256 bits)';
const REAL_GPUS = [
  'ANGLE (NVIDIA, NVIDIA GeForce RTX 3080 Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)',
  'Mesa Intel(R) UHD Graphics 620 (KBL GT2)',
  'AMD Radeon Pro 5500M OpenGL Engine',
  'Adreno (TM) 650',
  'WebKit WebGL',
];

describe('isSoftwareRenderer', () => {
  it('recognises software rasterizers', () => {
    for (const r of [
      SWIFTSHADER,
      'Google SwiftShader',
      LLVMPIPE,
      'Gallium 0.4 on softpipe',
      'Software Rasterizer',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
    ]) {
      expect(isSoftwareRenderer(r), r).toBe(true);
    }
  });
  it('leaves real GPUs alone', () => {
    for (const r of [...REAL_GPUS, '']) expect(isSoftwareRenderer(r), r).toBe(false);
  });
});

describe('softwareRendererName', () => {
  it('names the rasterizer', () => {
    expect(softwareRendererName(SWIFTSHADER)).toBe('SwiftShader');
    expect(softwareRendererName(LLVMPIPE)).toBe('llvmpipe');
    expect(softwareRendererName(REAL_GPUS[0]!)).toBeNull();
  });
});

describe('pickDefaultBackend', () => {
  it('picks wasm on a software renderer when wasm works', () => {
    expect(pickDefaultBackend(SWIFTSHADER, true)).toBe('wasm');
    expect(pickDefaultBackend(LLVMPIPE, true)).toBe('wasm');
  });
  it('keeps webgl on a real GPU, without wasm, or when the renderer is unknown', () => {
    for (const r of REAL_GPUS) expect(pickDefaultBackend(r, true)).toBe('webgl');
    expect(pickDefaultBackend(SWIFTSHADER, false)).toBe('webgl');
    expect(pickDefaultBackend(null, true)).toBe('webgl');
  });
});

describe('detectDefaultBackend (with a stand-in probe worker)', () => {
  /** Installs a Worker stand-in that answers `renderer` after `ms` (never when ms is null). */
  function fakeWorker(renderer: string | null, ms: number | null): void {
    class FakeWorker {
      onmessage: ((e: { data: unknown }) => void) | null = null;
      onerror: ((e: unknown) => void) | null = null;
      constructor() {
        if (ms !== null) setTimeout(() => this.onmessage?.({ data: { renderer } }), ms);
      }
      terminate(): void {}
    }
    vi.stubGlobal('Worker', FakeWorker);
  }

  beforeEach(() => {
    vi.useFakeTimers();
    vi.resetModules(); // detectDefaultBackend asks once per page (module)
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('a real GPU that answers in time keeps webgl', async () => {
    fakeWorker(REAL_GPUS[0]!, 50);
    const { detectDefaultBackend } = await import('./backendChoice');
    const p = detectDefaultBackend();
    await vi.advanceTimersByTimeAsync(60);
    expect(await p).toEqual({ backend: 'webgl' });
  });

  it('a software renderer that answers in time gives wasm and its name', async () => {
    fakeWorker(SWIFTSHADER, 300);
    const { detectDefaultBackend } = await import('./backendChoice');
    const p = detectDefaultBackend();
    await vi.advanceTimersByTimeAsync(300);
    expect(await p).toEqual({ backend: 'wasm', softwareRenderer: 'SwiftShader' });
  });

  it('no answer within FAST_WEBGL_MS starts on wasm; the late answer names the renderer', async () => {
    fakeWorker(SWIFTSHADER, 4000);
    const { detectDefaultBackend, FAST_WEBGL_MS } = await import('./backendChoice');
    const p = detectDefaultBackend();
    await vi.advanceTimersByTimeAsync(FAST_WEBGL_MS);
    const choice = await p;
    expect(choice.backend).toBe('wasm');
    expect(choice.softwareRenderer).toBeUndefined();
    await vi.advanceTimersByTimeAsync(4000);
    expect(await choice.lateSoftwareRenderer).toBe('SwiftShader');
    expect(detectDefaultBackend()).toBe(p); // asked once
  });

  it('a repeat visit decides at once from the renderer the last probe found, and the probe updates it', async () => {
    const stored = new Map<string, string>([['attention-viz.renderer', SWIFTSHADER]]);
    const localStorage = {
      getItem: (k: string) => stored.get(k) ?? null,
      setItem: (k: string, v: string) => void stored.set(k, v),
    };
    vi.stubGlobal('window', { localStorage });
    fakeWorker(REAL_GPUS[0]!, 4000);
    const { detectDefaultBackend } = await import('./backendChoice');
    let choice: unknown = null;
    void detectDefaultBackend().then((c) => (choice = c));
    await vi.advanceTimersByTimeAsync(0); // no waiting for the probe
    expect(choice).toEqual({ backend: 'wasm', softwareRenderer: 'SwiftShader' });
    await vi.advanceTimersByTimeAsync(4000);
    expect(stored.get('attention-viz.renderer')).toBe(REAL_GPUS[0]); // the next visit's answer
  });

  it('a slow real GPU, or no answer at all, leaves the late renderer unknown', async () => {
    fakeWorker(null, null);
    const { detectDefaultBackend, FAST_WEBGL_MS } = await import('./backendChoice');
    const p = detectDefaultBackend();
    await vi.advanceTimersByTimeAsync(FAST_WEBGL_MS);
    const choice = await p;
    expect(choice.backend).toBe('wasm');
    await vi.advanceTimersByTimeAsync(20_000); // the probe gives up
    expect(await choice.lateSoftwareRenderer).toBeNull();
  });
});
