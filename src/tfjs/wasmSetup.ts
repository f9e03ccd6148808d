/**
 * The wasm backend and its one-time setup, in a module of its own so that the page loads it (and
 * its ~130 kB of JavaScript glue) only when wasm is used: see `loadBackend` in `browserBackends`.
 *
 * - The wasm binaries are bundled by Vite (`?url`) and handed to `setWasmPaths`, so they are served
 *   from the page's own origin (never a CDN).
 * - Threaded wasm is switched off: in a production build it hung `setBackend('wasm')`, and the app
 *   sends no COOP/COEP headers anyway.
 * - The wasm BatchMatMul kernel gets the transpose fix from `wasmTransposePatch`.
 */
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { patchWasmBatchMatMul } from './wasmTransposePatch';

setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlainUrl,
  'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimdUrl,
});
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
patchWasmBatchMatMul();
