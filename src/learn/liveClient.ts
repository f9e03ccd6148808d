/**
 * The view's handle on live training that runs elsewhere (a Web Worker, or the page: see
 * liveChannels.ts): sends play / pause / one batch / slow / reset / new setup, and mirrors what
 * the trainer reports (runs, losses, evaluations, probes' alignments, steps per second, tensor
 * count). A control answers at once: `playing` and `slow` change on the click, and `pending` says
 * until when the trainer has not yet confirmed it. Updates from before a reset are dropped.
 */
import type { LiveChannel } from './liveChannels';
import type { LiveCommand, LiveEvent, LiveSetupSpec, LiveUpdate, RunDelta } from './liveProtocol';
import type { ToyModelFolder } from './toyModelFiles';

/** A run as the view draws it (the trainer holds its tensors). */
export type RunView = RunDelta;

/** How long a worker may take to start its backend before training moves into the page. */
export const WORKER_START_MS = 30_000;

/** Options of {@link LiveClient}. */
export interface LiveClientOptions {
  /** the page's backend, which the trainer starts too */
  backend: string;
  /** opens the preferred channel (a worker); throwing or failing to start falls back to `fallback` */
  open: () => LiveChannel;
  /** opens the page channel */
  fallback: () => LiveChannel;
  /** schedules a redraw (requestAnimationFrame in the page): updates arriving meanwhile are drawn once */
  redraw?: (cb: () => void) => void;
  startTimeoutMs?: number;
}

/** Live training as the view sees it. */
export class LiveClient {
  /** the attention model first, then the baseline (if any); empty before the first batch */
  runs: RunView[] = [];
  /** whether training runs (as last clicked, until the trainer reports otherwise) */
  playing = false;
  /** slow mode (as last clicked) */
  slow = false;
  /** why training stopped on its own, or null */
  error: string | null = null;
  /** training steps per second over the last few seconds (all runs together) */
  stepsPerSecond = 0;
  /** tfjs's tensor count where the training runs (the worker's own, or the page's) */
  tensors = 0;
  /** the backend the trainer runs on, once started */
  backend: string | null = null;
  /** where the trainer runs, once started */
  where: 'worker' | 'page' | null = null;
  /** why the trainer runs in the page rather than a worker (null when in a worker) */
  fallbackReason: string | null = null;
  /** why the trainer's backend differs from the page's (null when it is the same) */
  backendFailure: string | null = null;
  private channel: LiveChannel | null = null;
  private queue: LiveCommand[] = [];
  private seq = 0;
  private ack = 0;
  private gen = 0;
  private exportId = 0;
  private exports = new Map<number, { resolve: (f: ToyModelFolder) => void; reject: (e: Error) => void }>();
  private listeners = new Set<() => void>();
  private redrawQueued = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  private lastSetup: LiveSetupSpec | null = null;

  constructor(private readonly o: LiveClientOptions) {
    let first: LiveChannel;
    try {
      first = o.open();
    } catch (e) {
      this.useFallback(e instanceof Error ? e.message : String(e));
      return;
    }
    this.connect(first);
    this.timer = setTimeout(
      () => this.useFallback('the training worker did not start in time', first),
      o.startTimeoutMs ?? WORKER_START_MS,
    );
  }

  /** True while a command has not been confirmed by the trainer. */
  get pending(): boolean {
    return this.ack < this.seq || this.queue.length > 0;
  }

  /** Calls `fn` after changes (at most once per redraw); returns the unsubscribe function. */
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Starts training `setup` from fresh weights (the runs before are freed). */
  setup(setup: LiveSetupSpec): void {
    this.lastSetup = setup;
    this.gen += 1;
    this.clearRuns();
    this.send({ type: 'setup', seq: ++this.seq, gen: this.gen, setup });
  }

  /** Starts (or resumes) training; `playing` is true at once. */
  play(): void {
    this.playing = true;
    this.error = null;
    this.send({ type: 'play', seq: ++this.seq });
  }

  /** Stops after the batch in progress; `playing` is false at once, `pending` until the trainer confirms. */
  pause(): void {
    this.playing = false;
    this.send({ type: 'pause', seq: ++this.seq });
  }

  /** One batch of each run, then a measurement (while paused). */
  stepOnce(): void {
    if (this.playing) return;
    this.send({ type: 'step', seq: ++this.seq });
  }

  /** Switches slow mode (one batch every few hundred milliseconds, each measured). */
  setSlow(slow: boolean): void {
    this.slow = slow;
    this.send({ type: 'slow', seq: ++this.seq, slow });
  }

  /** Stops and frees every tensor of the runs; the next play starts from fresh weights. */
  reset(): void {
    this.gen += 1;
    this.clearRuns();
    this.send({ type: 'reset', seq: ++this.seq, gen: this.gen });
  }

  /** The attention model as a model folder in the app's format. */
  exportModel(): Promise<ToyModelFolder> {
    const id = ++this.exportId;
    return new Promise((resolve, reject) => {
      this.exports.set(id, { resolve, reject });
      this.send({ type: 'export', seq: ++this.seq, id });
    });
  }

  /** Stops the trainer and frees everything it held. */
  dispose(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.channel?.send({ type: 'dispose' });
    this.channel?.close();
    this.channel = null;
    this.listeners.clear();
    this.exports.forEach((p) => p.reject(new Error('live training was closed')));
    this.exports.clear();
  }

  private clearRuns(): void {
    this.runs = [];
    this.playing = false;
    this.stepsPerSecond = 0;
    this.changed();
  }

  private send(cmd: LiveCommand): void {
    if (this.closed) return;
    if (this.channel && this.where) this.channel.send(cmd);
    else this.queue.push(cmd);
    this.changed();
  }

  private connect(channel: LiveChannel): void {
    channel.listen(
      (e) => this.receive(channel, e),
      (message) => this.useFallback(message, channel),
    );
    channel.send({ type: 'init', backend: this.o.backend });
    this.channel = channel;
  }

  /** Moves training into the page (a worker that failed is closed; anything it had is lost, its commands are replayed). */
  private useFallback(reason: string, failed?: LiveChannel): void {
    if (this.closed || (failed && failed !== this.channel) || this.where === 'page') return;
    if (this.timer) clearTimeout(this.timer);
    failed?.close();
    this.fallbackReason = reason;
    this.where = null;
    // whatever the worker held is gone: start the last setup again in the page
    this.ack = this.seq;
    const rest = this.queue.filter((c) => c.type !== 'setup' && c.type !== 'reset');
    this.queue = this.lastSetup ? [{ type: 'setup', seq: ++this.seq, gen: this.gen, setup: this.lastSetup }, ...rest] : rest;
    if (this.lastSetup) this.clearRuns();
    this.exports.forEach((p) => p.reject(new Error(`live training moved into the page (${reason})`)));
    this.exports.clear();
    this.connect(this.o.fallback());
  }

  private receive(channel: LiveChannel, e: LiveEvent): void {
    if (channel !== this.channel || this.closed) return;
    switch (e.type) {
      case 'ready': {
        if (this.timer) clearTimeout(this.timer);
        this.where = channel.where;
        this.backend = e.backend;
        this.backendFailure = e.failure ?? null;
        const queued = this.queue;
        this.queue = [];
        queued.forEach((cmd) => channel.send(cmd));
        this.changed();
        return;
      }
      case 'fatal':
        if (this.where === null && channel.where === 'worker') this.useFallback(e.message, channel);
        else {
          this.error = e.message;
          this.changed();
        }
        return;
      case 'exported': {
        const p = this.exports.get(e.id);
        this.exports.delete(e.id);
        if (e.folder) p?.resolve(e.folder);
        else p?.reject(new Error(e.error ?? 'the model could not be exported'));
        return;
      }
      case 'update':
        this.apply(e);
    }
  }

  private apply(u: LiveUpdate): void {
    this.ack = Math.max(this.ack, u.ack);
    this.tensors = u.tensors;
    if (u.gen !== this.gen) return this.changed(); // from before a reset: only the acknowledgement counts
    if (u.fresh) this.runs = u.runs.map((r) => ({ ...r, losses: [...r.losses], evaluations: [...r.evaluations] }));
    else
      u.runs.forEach((d, i) => {
        const r = this.runs[i];
        if (!r) return;
        r.step = d.step;
        r.losses.push(...d.losses);
        r.evaluations.push(...d.evaluations);
      });
    this.error = u.error;
    this.stepsPerSecond = u.stepsPerSecond;
    // the trainer's flags count once it has seen every command sent (before that the click's value stands)
    if (this.ack >= this.seq) {
      this.playing = u.playing;
      this.slow = u.slow;
    }
    this.changed();
  }

  private changed(): void {
    const redraw = this.o.redraw;
    if (!redraw) return this.listeners.forEach((fn) => fn());
    if (this.redrawQueued) return;
    this.redrawQueued = true;
    redraw(() => {
      this.redrawQueued = false;
      this.listeners.forEach((fn) => fn());
    });
  }
}
