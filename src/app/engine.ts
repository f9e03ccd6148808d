/**
 * The page's model runner: one tfjs backend at a time, models built on it on demand, and every
 * operation (load, translate, backend switch) run one after another so that a switch never
 * disposes tensors a running decode still uses.
 */
import { greedyDecode } from '../model/greedy';
import { disposeModel, type Seq2SeqModel } from '../model/model';
import type { DecodeTrace } from '../model/trace';
import { activateBackend, currentBackend, type BackendName, type BackendResult } from '../tfjs/browserBackends';
import { buildModel, fetchModelFiles, type ModelFiles } from './loadModel';

/** A finished translation and how it was produced. */
export interface TranslationResult {
  variant: string;
  text: string;
  trace: DecodeTrace;
  backend: string;
  ms: number;
}

export class Engine {
  private queue: Promise<unknown> = Promise.resolve();
  /** downloaded files per variant (kept across backend switches) */
  private readonly files = new Map<string, Promise<ModelFiles>>();
  /** models built on the current backend */
  private readonly models = new Map<string, Seq2SeqModel>();

  /** Runs `fn` after every operation queued before it. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The active backend's tfjs name. */
  get backend(): string {
    return currentBackend();
  }

  /** Activates a backend (falling back if needed) and rebuilds nothing until a model is needed. */
  setBackend(name: BackendName): Promise<BackendResult> {
    return this.serial(async () => {
      this.disposeModels();
      return activateBackend(name);
    });
  }

  private files$(variant: string, label: string): Promise<ModelFiles> {
    let p = this.files.get(variant);
    if (!p) {
      p = fetchModelFiles(variant, label);
      this.files.set(variant, p);
      p.catch(() => this.files.delete(variant)); // a failed download may be retried later
    }
    return p;
  }

  private async model(variant: string, label: string): Promise<Seq2SeqModel> {
    const have = this.models.get(variant);
    if (have) return have;
    const m = buildModel(await this.files$(variant, label), label);
    this.models.set(variant, m);
    return m;
  }

  /** Downloads and builds a model on the current backend (if not done yet). */
  load(variant: string, label = variant): Promise<Seq2SeqModel> {
    return this.serial(() => this.model(variant, label));
  }

  /** Translates one sentence with a variant, loading it first if needed. */
  translate(variant: string, label: string, text: string): Promise<TranslationResult> {
    return this.serial(async () => {
      const m = await this.model(variant, label);
      const t0 = performance.now();
      const trace = await greedyDecode(m, text);
      return { variant, text, trace, backend: currentBackend(), ms: performance.now() - t0 };
    });
  }

  /** Releases every model's tensors on the current backend. */
  private disposeModels(): void {
    for (const m of this.models.values()) disposeModel(m);
    this.models.clear();
  }
}
