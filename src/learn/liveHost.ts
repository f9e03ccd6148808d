/**
 * The trainer's side of the live-training messages (liveProtocol.ts): holds one
 * {@link LiveController} and answers the view's commands, posting what changed after every batch.
 * The same code runs in the Web Worker (trainWorker.ts) and, where no worker starts, in the page.
 * Pure tfjs-core: no DOM.
 */
import * as tf from '@tensorflow/tfjs-core';
import { LiveController, type FrameScheduler, type LiveSetup } from './liveController';
import type { LiveCommand, LiveEvent, LiveSetupSpec, LiveUpdate, RunDelta } from './liveProtocol';
import type { LiveRun } from './liveRun';
import { GENERATED_TASKS, translationTask } from './tasks';
import { toyModelFolder } from './toyModelFiles';

/** Sends an event (and the buffers it hands over) to the view. */
export type LivePost = (e: LiveEvent, transfer?: Transferable[]) => void;

/** The setup a spec describes (its task object rebuilt from the id). */
export function setupFromSpec(spec: LiveSetupSpec): LiveSetup {
  const task = spec.task === 'translate' ? translationTask(spec.pairs ?? []) : GENERATED_TASKS[spec.task];
  return { task, length: spec.length, settings: spec.settings, baseline: spec.baseline, probes: spec.probes };
}

/** Answers commands with a controller of its own; post the events to the view. */
export class LiveHost {
  private controller: LiveController | null = null;
  private gen = 0;
  private ack = 0;
  /** the runs last reported, and how much of each was sent */
  private reported: { runs: LiveRun[]; sent: { losses: number; evaluations: number }[] } = { runs: [], sent: [] };
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly post: LivePost,
    private readonly frame: FrameScheduler,
  ) {}

  /** Handles one command (a failure is reported as the controller's error, never thrown). */
  async handle(cmd: LiveCommand): Promise<void> {
    try {
      await this.run(cmd);
    } catch (e) {
      if (this.controller) this.controller.error = e instanceof Error ? e.message : String(e);
      else this.post({ type: 'fatal', message: e instanceof Error ? e.message : String(e) });
    }
    if ('seq' in cmd) this.ack = Math.max(this.ack, cmd.seq);
    if (cmd.type !== 'dispose' && cmd.type !== 'export') this.report();
  }

  private async run(cmd: LiveCommand): Promise<void> {
    const c = this.controller;
    switch (cmd.type) {
      case 'init':
        return;
      case 'setup':
        this.dropController();
        this.gen = cmd.gen;
        this.controller = new LiveController(setupFromSpec(cmd.setup), this.frame);
        this.unsubscribe = this.controller.subscribe(() => this.report());
        return;
      case 'reset':
        this.gen = cmd.gen;
        c?.reset();
        return;
      case 'play':
        return c?.play();
      case 'pause':
        return c?.pause();
      case 'step':
        return c?.stepOnce();
      case 'slow':
        return c?.setSlow(cmd.slow);
      case 'export':
        return this.export(cmd.id);
      case 'dispose':
        this.dropController();
        return;
    }
  }

  private dropController(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.controller?.dispose();
    this.controller = null;
    this.reported = { runs: [], sent: [] };
  }

  /** Builds the attention model's folder and hands its weights over (no copy). */
  private async export(id: number): Promise<void> {
    const main = this.controller?.runs[0];
    if (!main || main.step === 0) {
      this.post({ type: 'exported', id, error: 'nothing trained yet' });
      return;
    }
    const folder = await toyModelFolder(main, tf.getBackend());
    this.post({ type: 'exported', id, folder }, [folder.files.weights]);
  }

  /** Posts what changed since the last report. */
  private report(): void {
    const c = this.controller;
    const runs = c?.runs ?? [];
    const fresh = runs !== this.reported.runs;
    if (fresh) this.reported = { runs, sent: runs.map(() => ({ losses: 0, evaluations: 0 })) };
    const deltas: RunDelta[] = runs.map((r, i) => {
      const sent = this.reported.sent[i]!;
      const delta: RunDelta = {
        task: r.data.task.id,
        cfg: r.cfg,
        settings: r.settings,
        length: r.data.length,
        probes: fresh ? r.data.probes : [],
        heldOutSize: r.data.heldOut.length,
        step: r.step,
        losses: r.losses.slice(sent.losses),
        evaluations: r.evaluations.slice(sent.evaluations),
      };
      sent.losses = r.losses.length;
      sent.evaluations = r.evaluations.length;
      return delta;
    });
    const update: LiveUpdate = {
      type: 'update',
      gen: this.gen,
      ack: this.ack,
      fresh,
      runs: deltas,
      playing: c?.playing ?? false,
      slow: c?.slow ?? false,
      error: c?.error ?? null,
      stepsPerSecond: c?.stepsPerSecond ?? 0,
      tensors: tf.memory().numTensors,
    };
    this.post(update);
  }
}
