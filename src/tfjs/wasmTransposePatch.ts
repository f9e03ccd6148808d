/**
 * tfjs 4.22's wasm BatchMatMul is 10-15× slower when asked to transpose an operand (2-3 GFLOP/s
 * instead of 30+), and every matMul gradient asks for it. This re-registers the kernel so that it
 * transposes explicitly with the wasm Transpose kernel first and then multiplies plainly.
 * Results are identical up to float rounding order (tested against the cpu backend).
 */
import * as tf from '@tensorflow/tfjs-core';

type KernelArgs = Parameters<tf.KernelFunc>[0];
type Info = tf.TensorInfo;

let patched = false;

/** Installs the patch once; call before (or after) `tf.setBackend('wasm')`. Safe to call again. */
export function patchWasmBatchMatMul(): void {
  if (patched) return;
  const orig = tf.getKernel('BatchMatMul', 'wasm');
  const transpose = tf.getKernel('Transpose', 'wasm');
  if (!orig || !transpose) return; // wasm backend not registered: nothing to patch
  patched = true;
  const swapLast = (x: Info, args: KernelArgs): Info => {
    const rank = x.shape.length;
    const perm = [...Array(rank).keys()];
    [perm[rank - 2], perm[rank - 1]] = [perm[rank - 1]!, perm[rank - 2]!];
    return transpose.kernelFunc({ inputs: { x }, backend: args.backend, attrs: { perm } }) as Info;
  };
  tf.unregisterKernel('BatchMatMul', 'wasm');
  tf.registerKernel({
    kernelName: 'BatchMatMul',
    backendName: 'wasm',
    setupFunc: orig.setupFunc,
    disposeFunc: orig.disposeFunc,
    kernelFunc: (args: KernelArgs) => {
      const { inputs, attrs, backend } = args;
      const { transposeA, transposeB } = attrs as { transposeA: boolean; transposeB: boolean };
      if (!transposeA && !transposeB) return orig.kernelFunc(args);
      const a = transposeA ? swapLast(inputs['a'] as Info, args) : (inputs['a'] as Info);
      const b = transposeB ? swapLast(inputs['b'] as Info, args) : (inputs['b'] as Info);
      const out = orig.kernelFunc({ inputs: { a, b }, backend, attrs: { ...attrs, transposeA: false, transposeB: false } });
      const bk = backend as unknown as { disposeData(id: object): void };
      if (transposeA) bk.disposeData(a.dataId);
      if (transposeB) bk.disposeData(b.dataId);
      return out;
    },
  });
}
