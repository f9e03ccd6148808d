/**
 * `window.__attviz`: what end-to-end tests drive directly instead of through the UI (a thousand
 * decodes for the leak test, a lost WebGL context). Loaded only in the e2e build (`vite build
 * --mode e2e`, what the tests run) and the dev server: the shipped build has no such module.
 */
import * as tf from '@tensorflow/tfjs-core';
import { loseWebglContext, webglMemory, type WebglMemory } from '../tfjs/webglContextLoss';
import type { Engine } from './engine';
import { setStallTimeout } from './loadModel';

/** The test hooks' shape (`window.__attviz`). */
export interface TestHooks {
  /** the page's engine: translate (greedy, what-if), beam, forceReference, load */
  engine: Engine;
  /** tfjs's tensor count and bytes, and the webgl texture figures (null off webgl) */
  memory: () => { numTensors: number; numDataBuffers: number; numBytes: number; backend: string; webgl: WebglMemory | null };
  /** loses the active WebGL context (WEBGL_lose_context); false off webgl */
  loseWebglContext: () => boolean;
  /** sets the stall timeout of model downloads (ms), returning the previous one (see loadModel.ts) */
  setStallTimeout: (ms: number) => number;
}

declare global {
  interface Window {
    /** see src/app/testHooks.ts */
    __attviz?: TestHooks;
  }
}

/** Puts the {@link TestHooks} of `engine` on `window.__attviz`. */
export function installTestHooks(engine: Engine): void {
  window.__attviz = {
    engine,
    memory: () => {
      const m = tf.memory();
      return {
        numTensors: m.numTensors,
        numDataBuffers: m.numDataBuffers,
        numBytes: m.numBytes,
        backend: tf.getBackend(),
        webgl: webglMemory(),
      };
    },
    loseWebglContext,
    setStallTimeout,
  };
}
