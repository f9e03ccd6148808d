/** Sets up tfjs-core with the wasm backend in Node (SIMD, single thread) for training and evaluation. */
import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { patchCpuKernels } from '../tfjs/cpuKernelPatches';
import { patchWasmBatchMatMul } from '../tfjs/wasmTransposePatch';

/** Activates `backend` ('wasm' by default, or 'cpu'); each gets its kernel patches, as in the browser. */
export async function initBackend(backend: 'wasm' | 'cpu' = 'wasm'): Promise<void> {
  if (backend === 'wasm') {
    const require = createRequire(path.join(process.cwd(), 'package.json'));
    const dist = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    setWasmPaths(dist + path.sep);
    patchWasmBatchMatMul();
  } else {
    patchCpuKernels();
  }
  const ok = await tf.setBackend(backend);
  if (!ok || tf.getBackend() !== backend) throw new Error(`could not start the tfjs ${backend} backend`);
  await tf.ready();
}
