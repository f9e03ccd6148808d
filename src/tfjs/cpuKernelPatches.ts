/**
 * Faster paths for three tfjs-cpu 4.22 kernels on the shapes of a decoder step, where the
 * plain-JavaScript cpu backend (the last-resort fallback) spent most of a beam step:
 *
 * - BatchMatMul (untransposed float32): {@link matMulRowBlocks}, which reads the weights once for
 *   up to five rows. tfjs-cpu computes each output as its own dot product down a column, so the
 *   five rows of a beam step's output layer ([5, 128] × [128, 12004]) cost five times one row.
 * - Add of a bias row (float32 [..., N] + [N]): a plain loop. tfjs-cpu broadcasts through a
 *   per-element index conversion (~20–40 ns an element: 1.6 ms for a beam step's logits).
 * - SplitV (float32): contiguous block copies. tfjs-cpu slices a non-contiguous part (the GRU's
 *   [5, 768] → 3 × [5, 256]) element by element (1.2 ms a beam step).
 *
 * Anything else (transposed operands as in gradients, other dtypes, other broadcasts) goes to the
 * original kernel. Results agree with the originals up to float rounding (tested).
 */
import * as tf from '@tensorflow/tfjs-core';
import { matMulRowBlocks } from './rowBlockMatMul';

type KernelArgs = Parameters<tf.KernelFunc>[0];
type Info = tf.TensorInfo;
/** The part of tfjs-cpu's backend object the fast paths use. */
interface CpuBackendData {
  data: { get(id: object): { values?: unknown } };
  makeTensorInfo(shape: number[], dtype: tf.DataType, values: Float32Array): Info;
}
/** A fast path: its result, or null where the original kernel should run. */
type FastPath = (args: KernelArgs, backend: CpuBackendData) => Info | Info[] | null;

let patched = false;

/** Installs the fast paths once; call after the cpu backend's module is loaded. Safe to call again. */
export function patchCpuKernels(): void {
  if (patched || !tf.getKernel('BatchMatMul', 'cpu')) return; // cpu backend not registered: nothing to patch
  patched = true;
  override('BatchMatMul', rowBlockBatchMatMul);
  override('Add', addBiasRow);
  override('SplitV', splitContiguous);
}

/** Re-registers the cpu kernel `name` so that `fast` runs first. */
function override(name: string, fast: FastPath): void {
  const orig = tf.getKernel(name, 'cpu');
  if (!orig) return;
  tf.unregisterKernel(name, 'cpu');
  tf.registerKernel({
    kernelName: name,
    backendName: 'cpu',
    setupFunc: orig.setupFunc,
    disposeFunc: orig.disposeFunc,
    kernelFunc: (args: KernelArgs) => fast(args, args.backend as unknown as CpuBackendData) ?? orig.kernelFunc(args),
  });
}

/** The values of a float32 tensor on the cpu backend, or null. */
function float32Values(backend: CpuBackendData, t: Info): Float32Array | null {
  if (t.dtype !== 'float32') return null;
  const v = backend.data.get(t.dataId).values;
  return v instanceof Float32Array ? v : null;
}

/** A·B by {@link matMulRowBlocks} for untransposed float32 operands, batched or broadcast over one. */
function rowBlockBatchMatMul(args: KernelArgs, backend: CpuBackendData): Info | null {
  const a = args.inputs['a'] as Info;
  const b = args.inputs['b'] as Info;
  const { transposeA, transposeB } = args.attrs as { transposeA: boolean; transposeB: boolean };
  if (transposeA || transposeB || a.shape.length < 2 || b.shape.length < 2) return null;
  const aVals = float32Values(backend, a);
  const bVals = float32Values(backend, b);
  if (!aVals || !bVals) return null;
  const M = a.shape[a.shape.length - 2]!;
  const K = a.shape[a.shape.length - 1]!;
  const N = b.shape[b.shape.length - 1]!;
  if (b.shape[b.shape.length - 2] !== K) return null; // the original kernel throws its own message
  let outerDims: number[];
  try {
    outerDims = tf.broadcast_util.assertAndGetBroadcastShape(a.shape.slice(0, -2), b.shape.slice(0, -2));
  } catch {
    return null;
  }
  const batchA = tf.util.sizeFromShape(a.shape.slice(0, -2));
  const batchB = tf.util.sizeFromShape(b.shape.slice(0, -2));
  const batch = tf.util.sizeFromShape(outerDims);
  // each operand either has every batch or one shared by all (other broadcasts: original kernel)
  if ((batchA !== batch && batchA !== 1) || (batchB !== batch && batchB !== 1)) return null;
  const out = new Float32Array(batch * M * N); // [batch, M, N]
  for (let i = 0; i < batch; i++) {
    matMulRowBlocks(aVals, batchA === 1 ? 0 : i * M * K, bVals, batchB === 1 ? 0 : i * K * N, M, K, N, out, i * M * N);
  }
  return backend.makeTensorInfo([...outerDims, M, N], 'float32', out);
}

/** a + b where one float32 operand's shape is the other's last dimension (a bias row), either order. */
function addBiasRow(args: KernelArgs, backend: CpuBackendData): Info | null {
  const a = args.inputs['a'] as Info;
  const b = args.inputs['b'] as Info;
  const [x, row] = b.shape.length === 1 ? [a, b] : a.shape.length === 1 ? [b, a] : [null, null];
  if (!x || !row || x.shape.length < 2) return null;
  const N = row.shape[0]!;
  if (x.shape[x.shape.length - 1] !== N) return null;
  const xVals = float32Values(backend, x);
  const rVals = float32Values(backend, row);
  if (!xVals || !rVals) return null;
  const out = new Float32Array(xVals.length); // x's shape
  for (let o = 0; o < xVals.length; o += N) {
    for (let j = 0; j < N; j++) out[o + j] = xVals[o + j]! + rVals[j]!;
  }
  return backend.makeTensorInfo(x.shape.slice(), 'float32', out);
}

/** SplitV of a float32 tensor: each part is one contiguous block per index of the dimensions before the axis. */
function splitContiguous(args: KernelArgs, backend: CpuBackendData): Info[] | null {
  const x = args.inputs['x'] as Info;
  const xVals = float32Values(backend, x);
  if (!xVals) return null;
  const { numOrSizeSplits, axis } = args.attrs as { numOrSizeSplits: number | number[]; axis: number | number[] };
  const ax = tf.util.parseAxisParam(axis, x.shape)[0]!;
  const sizes = tf.backend_util.prepareSplitSize(x as tf.Tensor, numOrSizeSplits, ax);
  const outer = tf.util.sizeFromShape(x.shape.slice(0, ax));
  const inner = tf.util.sizeFromShape(x.shape.slice(ax + 1));
  const rowLen = x.shape[ax]! * inner; // one index of the outer dimensions
  let begin = 0;
  return sizes.map((s) => {
    const len = s * inner;
    const out = new Float32Array(outer * len);
    for (let o = 0; o < outer; o++) out.set(xVals.subarray(o * rowLen + begin, o * rowLen + begin + len), o * len);
    begin += len;
    const shape = x.shape.slice();
    shape[ax] = s;
    return backend.makeTensorInfo(shape, 'float32', out);
  });
}
