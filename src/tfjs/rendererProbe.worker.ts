/**
 * Worker: reads the WebGL renderer string on an OffscreenCanvas and posts it back (null when
 * WebGL is unavailable; `unsupported` when this worker cannot even try). Creating a first WebGL
 * context can take a second where WebGL is software-rendered, so the backend choice
 * (`detectDefaultBackend`) does it here, off the main thread, once the first translation is shown.
 */
import { webglRenderer } from './webglRenderer';

/** The message this worker posts once. */
export interface ProbeAnswer {
  renderer: string | null;
  /** true when OffscreenCanvas is missing: the page must ask on the main thread instead */
  unsupported?: boolean;
}

const answer: ProbeAnswer =
  typeof OffscreenCanvas === 'function'
    ? { renderer: webglRenderer(() => new OffscreenCanvas(1, 1)) }
    : { renderer: null, unsupported: true };
postMessage(answer);
