/** Reading the WebGL renderer string, on the main thread or in a worker. */

/** A canvas WebGL can be asked for: an HTMLCanvasElement or an OffscreenCanvas. */
type AnyCanvas = { getContext(id: 'webgl2' | 'webgl'): unknown };

/**
 * The WebGL renderer string (unmasked where the browser allows) from a throw-away canvas made by
 * `makeCanvas`; null when WebGL is unavailable or the string cannot be read. The context is
 * released right after.
 */
export function webglRenderer(makeCanvas: () => AnyCanvas): string | null {
  try {
    const canvas = makeCanvas();
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const r: unknown = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof r === 'string' && r !== '' ? r : null;
  } catch {
    return null;
  }
}
