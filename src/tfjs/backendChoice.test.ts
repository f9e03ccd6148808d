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
  /** Installs a Worker stand-in that answers `renderer` after `ms` (never when ms is null); counts the workers made. */
  function fakeWorker(renderer: string | null, ms: number | null): { made: number } {
    const count = { made: 0 };
    class FakeWorker {
      onmessage: ((e: { data: unknown }) => void) | null = null;
      onerror: ((e: unknown) => void) | null = null;
      constructor() {
        count.made++;
        if (ms !== null) setTimeout(() => this.onmessage?.({ data: { renderer } }), ms);
      }
      terminate(): void {}
    }
    vi.stubGlobal('Worker', FakeWorker);
    return count;
  }

  beforeEach(() => {
    vi.useFakeTimers();
    vi.resetModules(); // detectDefaultBackend asks once per page (module)
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** A localStorage stand-in (the page's storage helpers read `window.localStorage`). */
  function storage(init: Record<string, string> = {}): Map<string, string> {
    const stored = new Map(Object.entries(init));
    vi.stubGlobal('window', {
      localStorage: { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) },
    });
    return stored;
  }

  it('a first visit starts on wasm at once; the probe waits to be asked, then names the software renderer', async () => {
    const stored = storage();
    const workers = fakeWorker(SWIFTSHADER, 300);
    const { detectDefaultBackend } = await import('./backendChoice');
    const choice = await detectDefaultBackend();
    expect(choice.backend).toBe('wasm');
    expect(choice.softwareRenderer).toBeUndefined();
    await vi.advanceTimersByTimeAsync(5000);
    expect(workers.made).toBe(0); // no probe on the way to the first translation
    choice.probe?.();
    choice.probe?.(); // once only
    expect(workers.made).toBe(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(await choice.firstVisitFinding).toEqual({ kind: 'software', name: 'SwiftShader' });
    expect(stored.get('attention-viz.renderer')).toBe(SWIFTSHADER); // the next visit's answer
    expect(detectDefaultBackend()).toBe(detectDefaultBackend()); // asked once
  });

  it('a first visit on a GPU finds it for the next visit', async () => {
    const stored = storage();
    fakeWorker(REAL_GPUS[0]!, 50);
    const { detectDefaultBackend } = await import('./backendChoice');
    const choice = await detectDefaultBackend();
    expect(choice.backend).toBe('wasm');
    choice.probe?.();
    await vi.advanceTimersByTimeAsync(50);
    expect(await choice.firstVisitFinding).toEqual({ kind: 'gpu' });
    expect(stored.get('attention-viz.renderer')).toBe(REAL_GPUS[0]);
  });

  it('a repeat visit decides from the renderer the last probe found: wasm on a software renderer', async () => {
    const stored = storage({ 'attention-viz.renderer': SWIFTSHADER });
    fakeWorker(REAL_GPUS[0]!, 4000);
    const { detectDefaultBackend } = await import('./backendChoice');
    const choice = await detectDefaultBackend();
    expect(choice).toMatchObject({ backend: 'wasm', softwareRenderer: 'SwiftShader' });
    expect(choice.firstVisitFinding).toBeUndefined();
    choice.probe?.();
    await vi.advanceTimersByTimeAsync(4000);
    expect(stored.get('attention-viz.renderer')).toBe(REAL_GPUS[0]); // updated for the visit after
  });

  it('a repeat visit on a GPU starts on webgl', async () => {
    storage({ 'attention-viz.renderer': REAL_GPUS[1]! });
    fakeWorker(REAL_GPUS[1]!, 50);
    const { detectDefaultBackend } = await import('./backendChoice');
    const choice = await detectDefaultBackend();
    expect(choice.backend).toBe('webgl');
    expect(choice.softwareRenderer).toBeUndefined();
  });

  it('a probe that never answers leaves the finding unknown and remembers nothing', async () => {
    const stored = storage();
    fakeWorker(null, null);
    const { detectDefaultBackend } = await import('./backendChoice');
    const choice = await detectDefaultBackend();
    choice.probe?.();
    await vi.advanceTimersByTimeAsync(20_000); // the probe gives up
    expect(await choice.firstVisitFinding).toBeNull();
    expect(stored.size).toBe(0);
  });
});
