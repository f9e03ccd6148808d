/**
 * Web Worker: live training off the page's main thread. The first message names the page's
 * backend; the worker starts the same one (webgl needs OffscreenCanvas here, else tfjs falls back,
 * in `activateBackend`'s order) and answers `ready` with the one it got. Every later message is a
 * {@link LiveCommand} for a {@link LiveHost}, handled in order; between two batches the worker
 * yields to its message queue (a MessageChannel tick, not a 4 ms-clamped timer), so a pause or a
 * reset is handled right after the batch in progress.
 */
import { activateBackend, isBackendName } from '../tfjs/browserBackends';
import { LiveHost } from './liveHost';
import type { LiveCommand, LiveEvent } from './liveProtocol';

const scope = self as unknown as {
  postMessage: (e: LiveEvent, transfer?: Transferable[]) => void;
  onmessage: ((e: MessageEvent<LiveCommand>) => void) | null;
};

/** Runs `cb` as the next task of this worker's event loop (after any message already queued). */
function nextTask(): (cb: () => void) => void {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (cb) => {
    queue.push(cb);
    channel.port2.postMessage(null);
  };
}

const host = new LiveHost((e, transfer) => scope.postMessage(e, transfer ?? []), nextTask());
let chain: Promise<void> = Promise.resolve();

scope.onmessage = (e: MessageEvent<LiveCommand>) => {
  const cmd = e.data;
  if (cmd.type === 'init') {
    // commands sent meanwhile wait in the chain until the backend runs
    chain = chain.then(async () => {
      const requested = isBackendName(cmd.backend) ? cmd.backend : 'wasm';
      try {
        const r = await activateBackend(requested);
        scope.postMessage({ type: 'ready', backend: r.active, failure: r.failure });
      } catch (err) {
        scope.postMessage({ type: 'fatal', message: err instanceof Error ? err.message : String(err) });
      }
    });
    return;
  }
  // in order; while training plays the chain is idle (batches run in scheduled tasks), so a pause
  // is handled right after the batch in progress
  chain = chain.then(() => host.handle(cmd));
};
