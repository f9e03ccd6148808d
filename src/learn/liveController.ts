/**
 * Play / pause / one batch / slow / reset for live training, without freezing the page: one
 * training batch per animation frame (alternating between the attention model and the
 * no-attention baseline, so no frame runs two), losses read back every few steps, held-out
 * evaluation every few dozen. Plain TypeScript: the view subscribes; tests drive it with a timer.
 */
import { LiveRun, type LiveSettings } from './liveRun';
import type { ToyTask } from './tasks';
import { makeToyData } from './toyData';

/** Schedules `cb` for the next frame (requestAnimationFrame in the page). */
export type FrameScheduler = (cb: () => void) => void;

/** What a controller trains. */
export interface LiveSetup {
  task: ToyTask;
  length: number;
  settings: LiveSettings;
  /** also train the no-attention baseline side by side on the same data */
  baseline: boolean;
  /** 1–3 probe examples */
  probes: number;
}

/** Read losses back every this many steps of a run. */
export const READ_EVERY = 10;
/** Evaluate on the held-out set every this many steps of a run. */
export const EVAL_EVERY = 50;
/** Slow mode: at most one batch per this many milliseconds. */
export const SLOW_MS = 400;

/** Drives one or two {@link LiveRun}s. */
export class LiveController {
  /** the attention model first, then the baseline (if any); empty before the first batch */
  runs: LiveRun[] = [];
  playing = false;
  slow = false;
  /** why training stopped on its own (a failed batch), or null */
  error: string | null = null;
  /** training steps per second over the last few seconds (all runs together) */
  stepsPerSecond = 0;
  private busy = false;
  private turn = 0;
  private lastSlow = 0;
  private rate: { t: number; steps: number }[] = [];
  private listeners = new Set<() => void>();

  constructor(
    private setup: LiveSetup,
    private readonly frame: FrameScheduler,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Calls `fn` after every change; returns the unsubscribe function. */
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(): void {
    this.listeners.forEach((fn) => fn());
  }

  /** Total training steps of all runs. */
  get totalSteps(): number {
    return this.runs.reduce((s, r) => s + r.step, 0);
  }

  private ensureRuns(): void {
    if (this.runs.length > 0) return;
    const { task, length, settings, baseline, probes } = this.setup;
    // Each run draws its own copy of the seeded data: the baseline sees exactly the same batches.
    this.runs = [new LiveRun(makeToyData(task, length, settings.seed, probes), settings)];
    if (baseline && settings.attention !== 'none')
      this.runs.push(new LiveRun(makeToyData(task, length, settings.seed, probes), { ...settings, attention: 'none' }));
  }

  /** Starts (or resumes) training. */
  play(): void {
    if (this.playing) return;
    this.ensureRuns();
    this.playing = true;
    this.error = null;
    this.emit();
    this.frame(() => void this.tick());
  }

  /** Stops after the batch in progress (if any). */
  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    this.emit();
  }

  /** Trains one batch of each run and measures them (while paused). */
  async stepOnce(): Promise<void> {
    if (this.busy || this.playing) return;
    this.ensureRuns();
    this.busy = true;
    this.error = null;
    try {
      for (const r of this.runs) r.trainBatch();
      await Promise.all(
        this.runs.map(async (r) => {
          await r.readLosses();
          await r.evaluate();
        }),
      );
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.finishBusy();
    }
    this.emit();
  }

  /** Switches slow mode (one batch every {@link SLOW_MS}). */
  setSlow(slow: boolean): void {
    this.slow = slow;
    this.emit();
  }

  /** Stops and frees every tensor of the runs; the next play starts from fresh weights, optionally with a new setup. */
  reset(setup?: LiveSetup): void {
    this.playing = false;
    if (setup) this.setup = setup;
    const old = this.runs;
    this.runs = [];
    this.evalDue.clear();
    this.rate = [];
    this.stepsPerSecond = 0;
    // A batch in flight finishes on the old runs; they are freed once it has.
    const free = (): void => old.forEach((r) => r.dispose());
    if (this.busy) this.afterBusy = free;
    else free();
    this.emit();
  }

  private afterBusy: (() => void) | null = null;
  /** runs whose held-out evaluation is due (done in the next frame) */
  private evalDue = new Set<LiveRun>();

  private finishBusy(): void {
    this.busy = false;
    const free = this.afterBusy;
    this.afterBusy = null;
    free?.();
  }

  private async tick(): Promise<void> {
    if (!this.playing) return;
    const t = this.now();
    if (this.busy || (this.slow && t - this.lastSlow < SLOW_MS)) {
      this.frame(() => void this.tick());
      return;
    }
    this.lastSlow = t;
    this.busy = true;
    const runs = this.runs;
    try {
      // A due evaluation gets a frame of its own, so no frame runs a batch and an evaluation.
      const due = runs.find((r) => this.evalDue.has(r));
      if (due) {
        this.evalDue.delete(due);
        await due.readLosses();
        await due.evaluate();
      } else {
        const run = runs[this.turn % runs.length]!;
        this.turn += 1;
        run.trainBatch();
        if (run.step % READ_EVERY === 0 || this.slow) await run.readLosses();
        if (this.slow) await run.evaluate();
        else if (run.step % EVAL_EVERY === 0) this.evalDue.add(run);
      }
      this.measureRate();
    } catch (e) {
      this.playing = false;
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.finishBusy();
    }
    if (runs === this.runs) this.emit();
    if (this.playing) this.frame(() => void this.tick());
  }

  private measureRate(): void {
    const t = this.now();
    this.rate.push({ t, steps: this.totalSteps });
    while (this.rate.length > 2 && t - this.rate[0]!.t > 3000) this.rate.shift();
    const first = this.rate[0]!;
    this.stepsPerSecond = t > first.t ? ((this.totalSteps - first.steps) * 1000) / (t - first.t) : 0;
  }

  /** Stops and frees everything (the view unmounts). */
  dispose(): void {
    this.reset();
    this.listeners.clear();
  }
}
