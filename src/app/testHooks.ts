/**
 * `window.__attviz`: what end-to-end tests drive directly instead of through the UI (a thousand
 * decodes for the leak test, a lost WebGL context). Installed on every page load, since the tests
 * run against the production build; it is harmless there: it offers nothing a script on the page
 * could not do anyway (the engine only decodes text with the shipped models, memory figures are
 * read-only, losing the WebGL context is what a GPU reset does and the page recovers from it), and
 * the Content-Security-Policy keeps foreign scripts off the page.
 */
import * as tf from '@tensorflow/tfjs-core';
import { loseWebglContext, webglMemory, type WebglMemory } from '../tfjs/webglContextLoss';
import type { Engine } from './engine';

/** The test hooks' shape (`window.__attviz`). */
export interface TestHooks {
  /** the page's engine: translate (greedy, what-if), beam, forceReference, load */
  engine: Engine;
  /** tfjs's tensor count and bytes, and the webgl texture figures (null off webgl) */
  memory: () => { numTensors: number; numDataBuffers: number; numBytes: number; backend: string; webgl: WebglMemory | null };
  /** loses the active WebGL context (WEBGL_lose_context); false off webgl */
  loseWebglContext: () => boolean;
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
  };
}
