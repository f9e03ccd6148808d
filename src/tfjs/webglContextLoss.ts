/**
 * Lost WebGL contexts. A browser may take a page's WebGL context away at any time (GPU reset,
 * driver update, too many contexts, memory pressure); every texture and compiled program of tfjs's
 * webgl backend goes with it, and the backend cannot recover on its own. What the page can do:
 * notice it ({@link watchWebglContext}, {@link webglContextLost}), drop the dead backend instance
 * ({@link discardWebglBackend}) and start a fresh one on a new context (`activateBackend('webgl')`,
 * which falls back to another backend if WebGL will not come back).
 *
 * No import of the webgl backend package: this works with whatever registered it.
 */
import * as tf from '@tensorflow/tfjs-core';

/** tfjs-backend-webgl 4.22 registers 'webgl' with this priority (kept when it is registered again). */
const WEBGL_PRIORITY = 2;

/** A read waiting for its GPU fence in tfjs's GPGPUContext. */
interface PollItem {
  resolveFn: () => void;
}

/** The part of tfjs's MathBackendWebGL (4.22) used here. */
interface WebglBackendLike {
  gpgpu?: {
    gl?: WebGLRenderingContext | WebGL2RenderingContext;
    itemsToPoll?: PollItem[];
    addItemToPoll?: (isDone: () => boolean, resolve: () => void) => void;
  };
}

/** The WebGL context of tfjs's active webgl backend; null when webgl is not the active backend. */
export function activeWebglContext(): WebGLRenderingContext | WebGL2RenderingContext | null {
  if (tf.getBackend() !== 'webgl') return null;
  try {
    return (tf.backend() as unknown as WebglBackendLike).gpgpu?.gl ?? null;
  } catch {
    return null; // still initialising
  }
}

/** True if webgl is the active backend and its context is lost (true at once, before the `webglcontextlost` event). */
export function webglContextLost(): boolean {
  return activeWebglContext()?.isContextLost() ?? false;
}

/**
 * Lets the reads of a backend whose context is lost finish. tfjs's webgl backend waits for a GPU
 * fence before each read and polls it with no time limit; a lost context never signals, so a decode
 * in flight would wait forever (its poll loop spinning). Released, the reads return meaningless
 * values and the decode runs to its end: whoever started it must discard the result and redo it.
 */
function releaseStuckReads(backend: WebglBackendLike): void {
  const gpgpu = backend.gpgpu;
  if (!gpgpu?.itemsToPoll || !gpgpu.addItemToPoll) return;
  gpgpu.addItemToPoll = (_isDone, resolve) => resolve(); // later reads do not wait either
  for (const item of gpgpu.itemsToPoll.splice(0)) item.resolveFn(); // the poll loop ends on an empty list
}

/**
 * Calls `onLost` when the active webgl backend's context is lost, after letting the reads waiting
 * on that context finish (see {@link releaseStuckReads}: an operation in flight then ends instead of
 * hanging). Returns the function that stops watching; does nothing (and returns a no-op) unless
 * webgl is the active backend.
 */
export function watchWebglContext(onLost: () => void): () => void {
  const canvas = activeWebglContext()?.canvas;
  if (!canvas) return () => {};
  const backend = tf.backend() as unknown as WebglBackendLike;
  const handler = (): void => {
    releaseStuckReads(backend);
    onLost();
  };
  canvas.addEventListener('webglcontextlost', handler);
  return () => canvas.removeEventListener('webglcontextlost', handler);
}

/**
 * Drops tfjs's webgl backend instance, with its textures and compiled programs (tfjs shares the
 * programs between instances, so they must go too), and registers the webgl backend again, so the
 * next `setBackend('webgl')` builds a fresh backend on a fresh context. Dispose every tensor that
 * lives on the old backend first. Does nothing if no webgl backend is registered.
 */
export function discardWebglBackend(): void {
  let factory: ReturnType<typeof tf.findBackendFactory> | null;
  try {
    factory = tf.findBackendFactory('webgl');
  } catch {
    factory = null;
  }
  if (!factory) return;
  try {
    tf.removeBackend('webgl'); // disposes the instance (on a lost context its GL calls do nothing) and the registration
  } catch {
    // A dispose that throws leaves the dead instance registered; then the next activation's
    // self-test fails on it and `activateBackend` falls back to another backend.
  }
  tf.registerBackend('webgl', factory, WEBGL_PRIORITY);
}

/**
 * Loses the active webgl context on purpose, through the `WEBGL_lose_context` extension: what a GPU
 * reset does to the page (for tests). Returns false when webgl is not active or the extension is
 * missing.
 */
export function loseWebglContext(): boolean {
  const ext = activeWebglContext()?.getExtension('WEBGL_lose_context');
  if (!ext) return false;
  ext.loseContext();
  return true;
}

/** GPU memory of the active webgl backend (textures in use and in tfjs's free pool); null off webgl. */
export interface WebglMemory {
  /** bytes of textures holding live tensors */
  bytesInUse: number;
  /** bytes of every texture tfjs holds, free pool included */
  bytesAllocated: number;
  texturesInUse: number;
  texturesFree: number;
}

/** Reads {@link WebglMemory} from tfjs's webgl backend (its texture manager); null off webgl. */
export function webglMemory(): WebglMemory | null {
  if (tf.getBackend() !== 'webgl') return null;
  const b = tf.backend() as unknown as {
    numBytesInGPU?: number;
    textureManager?: { numBytesAllocated: number; getNumUsedTextures(): number; getNumFreeTextures(): number };
  };
  if (b.numBytesInGPU === undefined || !b.textureManager) return null;
  return {
    bytesInUse: b.numBytesInGPU,
    bytesAllocated: b.textureManager.numBytesAllocated,
    texturesInUse: b.textureManager.getNumUsedTextures(),
    texturesFree: b.textureManager.getNumFreeTextures(),
  };
}
