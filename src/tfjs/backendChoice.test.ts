import { describe, expect, it } from 'vitest';
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
