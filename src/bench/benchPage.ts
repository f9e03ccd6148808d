/**
 * The bench page (bench.html, built beside index.html): loads a shipped model with the app's own
 * loader on a chosen backend and runs the decode measurements of `measure.ts`. scripts/bench.ts
 * drives it with Playwright; `await window.runBench('wasm')` in a console works too.
 */
import * as tf from '@tensorflow/tfjs-core';
import { fetchModelFiles } from '../app/loadModel';
import { disposeModel } from '../model/model';
import { modelFromFiles } from '../model/weights';
import { activateBackend, isBackendName } from '../tfjs/browserBackends';
import { decodeBench, type DecodeBenchOptions, type DecodeBenchResult } from './measure';

/** What one {@link runBench} call returns. */
export interface PageBenchResult extends DecodeBenchResult {
  variant: string;
  /** fetch + checksum + building the tensors on the backend, in ms */
  loadMs: number;
  /** tfjs flags that matter for reading the numbers */
  flags: Record<string, unknown>;
}

/** The browser and its WebGL renderer, for the report. */
export interface PageInfo {
  userAgent: string;
  webglRenderer: string | null;
  webglVersion: string | null;
  tfjs: string;
  hardwareConcurrency: number;
}

declare global {
  interface Window {
    runBench?: (backend: string, opts?: DecodeBenchOptions & { variant?: string }) => Promise<PageBenchResult>;
    benchInfo?: () => PageInfo;
    benchReady?: boolean;
  }
}

const out = document.getElementById('out');
const say = (line: string): void => {
  if (out) out.textContent += `\n${line}`;
};

window.benchInfo = (): PageInfo => {
  let webglRenderer: string | null = null;
  let webglVersion: string | null = null;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl) {
      const ext = gl.getExtension('WEBGL_debug_renderer_info');
      webglRenderer = String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      webglVersion = String(gl.getParameter(gl.VERSION));
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // no WebGL: leave null
  }
  return {
    userAgent: navigator.userAgent,
    webglRenderer,
    webglVersion,
    tfjs: tf.version_core,
    hardwareConcurrency: navigator.hardwareConcurrency,
  };
};

window.runBench = async (backend, opts = {}) => {
  if (!isBackendName(backend)) throw new Error(`unknown backend ${backend}`);
  const b = await activateBackend(backend);
  if (b.active !== backend) throw new Error(`backend ${backend} is not available here: ${b.failure ?? b.active}`);
  const variant = opts.variant ?? 'luong-general';
  const t0 = performance.now();
  const files = await fetchModelFiles(variant);
  const model = modelFromFiles(variant, files.json, files.vocab, files.weights);
  const loadMs = Math.round(performance.now() - t0);
  try {
    const r = await decodeBench(model, { ...opts, log: say });
    const flags: Record<string, unknown> = {};
    for (const f of [
      'WEBGL_VERSION',
      'WASM_HAS_SIMD_SUPPORT',
      'WASM_HAS_MULTITHREAD_SUPPORT',
      'WEBGL_PACK',
      'TOPK_LAST_DIM_CPU_HANDOFF_SIZE_THRESHOLD',
    ]) {
      try {
        flags[f] = await tf.env().getAsync(f);
      } catch {
        // flag not registered on this backend
      }
    }
    say(`${backend}: greedy ${r.times.greedy.median} ms, beam ${r.times.beam.median} ms, floor ${r.times.floor.median} ms`);
    return { ...r, variant, loadMs, flags };
  } finally {
    disposeModel(model);
  }
};

window.benchReady = true;
say('ready');
