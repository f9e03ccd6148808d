/**
 * Where live training runs, seen from the view: a Web Worker (trainWorker.ts: the page's main
 * thread only draws) or, where a worker cannot start, the page itself (one batch per animation
 * frame). Both carry the same messages (liveProtocol.ts) to the same {@link LiveHost}.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { FrameScheduler } from './liveController';
import { LiveHost } from './liveHost';
import type { LiveCommand, LiveEvent } from './liveProtocol';

/** A two-way line to a trainer. */
export interface LiveChannel {
  /** where the trainer runs */
  where: 'worker' | 'page';
  send(cmd: LiveCommand): void;
  /** Sets the one receiver of the trainer's events (`problem`: the channel broke, e.g. the worker failed to load). */
  listen(onEvent: (e: LiveEvent) => void, problem: (message: string) => void): void;
  /** Stops the trainer (a worker is terminated: everything it held is gone). */
  close(): void;
}

/** A channel to a new training worker; throws where workers cannot be created. */
export function workerChannel(): LiveChannel {
  if (typeof Worker !== 'function') throw new Error('this browser has no Web Workers');
  const worker = new Worker(new URL('./trainWorker.ts', import.meta.url), { type: 'module' });
  return {
    where: 'worker',
    send: (cmd) => worker.postMessage(cmd),
    listen(onEvent, problem) {
      worker.onmessage = (e: MessageEvent<LiveEvent>) => onEvent(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        problem(e.message || 'the training worker failed to load');
      };
      worker.onmessageerror = () => problem('a message from the training worker could not be read');
    },
    close: () => worker.terminate(),
  };
}

/**
 * A channel to a trainer in this page, on the page's active backend, yielding to the page after
 * every batch through `frame` (requestAnimationFrame in the page).
 */
export function pageChannel(frame: FrameScheduler): LiveChannel {
  let receive: (e: LiveEvent) => void = () => undefined;
  const host = new LiveHost((e) => receive(e), frame);
  let chain: Promise<void> = Promise.resolve();
  let closed = false;
  return {
    where: 'page',
    send(cmd) {
      if (closed) return;
      if (cmd.type === 'init') {
        queueMicrotask(() => receive({ type: 'ready', backend: tf.getBackend() }));
        return;
      }
      chain = chain.then(() => host.handle(cmd));
    },
    listen(onEvent) {
      receive = onEvent;
    },
    close() {
      if (closed) return;
      chain = chain.then(() => host.handle({ type: 'dispose' }));
      closed = true;
    },
  };
}
