/**
 * The page's model runner: one tfjs backend at a time, models built on it on demand, and every
 * operation (load, translate, backend switch) run one after another so that a switch never
 * disposes tensors a running decode still uses.
 *
 * A lost WebGL context is recovered from without a reload: before each operation, and when the
 * browser reports the loss, the engine drops the models and the dead webgl backend, starts webgl
 * again on a fresh context (or falls back to another backend), and says so through
 * `onContextLost`; models are rebuilt from the downloaded files when next needed. An operation
 * during which the context was lost is run again on the recovered backend.
 */
import { beamSearch, type BeamResult } from '../model/beam';
import { greedyDecode, type DecodeOptions } from '../model/greedy';
import { disposeModel, type Seq2SeqModel } from '../model/model';
import { modelFromFiles } from '../model/weights';
import { languagesOf } from '../model/languages';
import { tokenize } from '../model/tokenize';
import { replaceInTrace, type UnkDictionary, type UnkReplaced } from '../model/unkReplace';
import type { DecodeTrace } from '../model/trace';
import { EOS, UNK } from '../model/vocab';
import * as tf from '@tensorflow/tfjs-core';
import { isSoftwareRenderer, softwareRendererName } from '../tfjs/backendChoice';
import { activateBackend, currentBackend, type BackendName, type BackendResult } from '../tfjs/browserBackends';
import { discardWebglBackend, watchWebglContext, webglContextLost } from '../tfjs/webglContextLoss';
import type { ModelRegistry } from './modelRegistry';
import { mark } from './coldMarks';
import { fetchModelFiles, type LoadProgress, type ModelFiles } from './loadModel';

/** Where a model load stands, for per-model progress (compare view). */
export type LoadPhase = { phase: 'downloading'; progress: LoadProgress } | { phase: 'building' } | { phase: 'ready' };

/** A finished translation and how it was produced. */
export interface TranslationResult {
  variant: string;
  text: string;
  trace: DecodeTrace;
  backend: string;
  ms: number;
  /** forced words / attention overrides the decode ran with (what-if); absent for the model's own decoding */
  options?: Pick<DecodeOptions, 'force' | 'attention'>;
}

/** A beam search over one sentence. */
export interface BeamRun {
  variant: string;
  text: string;
  result: BeamResult;
  /** the model's attention kind (the baseline has no attention rows) */
  attention: DecodeTrace['attention'];
  backend: string;
  ms: number;
}

/** Forced decoding (teacher forcing) of a user reference. */
export interface ForcedRun {
  variant: string;
  text: string;
  reference: string;
  /** the reference's target tokens as the model reads them, `</s>` last */
  tokens: string[];
  ids: number[];
  /** true where a reference word is not in the target vocabulary (fed as `<unk>`) */
  unknown: boolean[];
  /** true if the reference was longer than {@link MAX_REFERENCE_TOKENS} and was cut */
  truncated: boolean;
  trace: DecodeTrace;
  backend: string;
  ms: number;
}

/** The throw-away sentence decoded to warm up the WebGL shaders. */
export const WARM_UP_SENTENCE = 'I am a student.';

/** Longest reference fed by teacher forcing, in tokens (before `</s>`). */
export const MAX_REFERENCE_TOKENS = 80;

/** Options of an {@link Engine}. */
export interface EngineOptions {
  /**
   * Called after the engine recovered from a lost WebGL context, with the backend it runs on now:
   * webgl again (restarted on a fresh context), or another one (`failure` says why webgl did not come back).
   */
  onContextLost?: (result: BackendResult) => void;
  /** models opened or trained in the page: their in-memory files are used instead of a download */
  registry?: Pick<ModelRegistry, 'filesOf'>;
}

/** Why {@link Engine.giveUpBeamSearches} gave a beam search up (its AbortError's message). */
const GIVEN_UP = 'the sentence or the model shown changed';

/** Runs models on one tfjs backend at a time, serializing loads, translations, beam searches and backend switches. */
export class Engine {
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * downloaded files per variant (kept across backend switches); `seen`: a load has asked for them
   * (not only a prefetch); `failed`: the download failed
   */
  private readonly files = new Map<string, { files: Promise<ModelFiles>; seen: boolean; failed: boolean }>();
  /** models built on the current backend */
  private readonly models = new Map<string, Seq2SeqModel>();
  /** variants already warmed up on webgl (its compiled shaders outlive backend switches) */
  private readonly warmed = new Set<string>();
  /** stops watching the current webgl context for loss */
  private unwatchContext: () => void = () => {};
  /** the beam searches queued or running, each with the controller that gives it up ({@link giveUpBeamSearches}) */
  private readonly beamSearches = new Set<AbortController>();

  constructor(private readonly options: EngineOptions = {}) {}

  /** Runs `fn` after every operation queued before it. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const guarded = (): Promise<T> => this.survivingContextLoss(fn);
    const run = this.queue.then(guarded, guarded);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Runs `fn` on a working backend: recovers first if the WebGL context is already lost, and if it
   * was lost while `fn` ran (whose result or error then means nothing), recovers and runs it again.
   */
  private async survivingContextLoss<T>(fn: () => Promise<T>): Promise<T> {
    if (webglContextLost()) await this.recoverFromContextLoss();
    try {
      const out = await fn();
      if (!webglContextLost()) return out;
    } catch (e) {
      if (!webglContextLost()) throw e;
    }
    await this.recoverFromContextLoss();
    return fn();
  }

  /** Drops everything on the dead webgl backend and starts webgl again (or falls back); tells `onContextLost`. */
  private async recoverFromContextLoss(): Promise<void> {
    this.disposeModels(); // their textures are gone with the context
    this.warmed.clear(); // and the compiled shaders
    discardWebglBackend();
    const result = await activateBackend('webgl');
    this.watchContext();
    this.options.onContextLost?.(result);
  }

  /** Watches the active backend's WebGL context (if any): a loss queues a recovery right away. */
  private watchContext(): void {
    this.unwatchContext();
    this.unwatchContext = watchWebglContext(() => void this.serial(async () => undefined)); // the guard recovers
  }

  /** The active backend's tfjs name. */
  get backend(): string {
    return currentBackend();
  }

  /**
   * The software rasterizer the active webgl backend runs on (e.g. "SwiftShader"), read from its own
   * WebGL context; null off webgl, on a GPU, or where the renderer cannot be read.
   */
  softwareRenderer(): string | null {
    if (currentBackend() !== 'webgl') return null;
    try {
      const gl = (tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext } }).gpgpu?.gl;
      if (!gl) return null;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const r: unknown = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
      return typeof r === 'string' && isSoftwareRenderer(r) ? softwareRendererName(r) : null;
    } catch {
      return null;
    }
  }

  /** Activates a backend (falling back if needed) and rebuilds nothing until a model is needed. */
  setBackend(name: BackendName): Promise<BackendResult> {
    return this.serial(async () => {
      this.disposeModels();
      const result = await activateBackend(name);
      mark('backend started');
      this.watchContext();
      return result;
    });
  }

  /**
   * The files of `variant`: the download under way or done, else a new one. A failed download is
   * forgotten once a load has seen it, so that a retry downloads again; a prefetch's failure waits
   * for the load that follows it, which reports it instead of downloading the same broken files again.
   */
  private files$(variant: string, label: string, onPhase?: (p: LoadPhase) => void, prefetch = false): Promise<ModelFiles> {
    const known = this.files.get(variant);
    if (known) {
      if (!prefetch) {
        known.seen = true;
        if (known.failed) this.files.delete(variant); // reported by this load; a retry downloads again
      }
      return known.files;
    }
    const inMemory = this.options.registry?.filesOf(variant);
    if (inMemory) return Promise.resolve(inMemory);
    const onProgress = onPhase ? (progress: LoadProgress) => onPhase({ phase: 'downloading', progress }) : undefined;
    const entry = { files: fetchModelFiles(variant, label, onProgress), seen: !prefetch, failed: false };
    this.files.set(variant, entry);
    entry.files.then(
      () => mark('model files checked'),
      () => {
        if (this.files.get(variant) !== entry) return;
        if (entry.seen) this.files.delete(variant);
        else entry.failed = true;
      },
    );
    return entry.files;
  }

  private async model(variant: string, label: string, onPhase?: (p: LoadPhase) => void): Promise<Seq2SeqModel> {
    const have = this.models.get(variant);
    if (have) {
      onPhase?.({ phase: 'ready' });
      return have;
    }
    const files = await this.files$(variant, label, onPhase);
    onPhase?.({ phase: 'building' });
    // let the page paint "building" before the (synchronous) tensor upload
    if (onPhase) await new Promise((r) => setTimeout(r, 0));
    let m: Seq2SeqModel;
    try {
      m = modelFromFiles(label, files.json, files.vocab, files.weights);
    } catch (e) {
      // files that download but do not build (e.g. NaN weights): a retry downloads them again
      if (this.files.get(variant) && !this.options.registry?.filesOf(variant)) this.files.delete(variant);
      throw e;
    }
    this.models.set(variant, m);
    mark('model built');
    onPhase?.({ phase: 'ready' });
    return m;
  }

  /**
   * Starts downloading (and checking) a model's files without waiting for queued operations, e.g.
   * while the backend starts; a later {@link Engine.load} uses them. Failures surface in that load.
   */
  prefetch(variant: string, label = variant): void {
    this.files$(variant, label, undefined, true).catch(() => undefined);
  }

  /** Downloads and builds a model on the current backend (if not done yet); `onPhase` reports progress. */
  load(variant: string, label = variant, onPhase?: (p: LoadPhase) => void): Promise<Seq2SeqModel> {
    return this.serial(() => this.model(variant, label, onPhase));
  }

  /**
   * Warms up the WebGL shaders: one throw-away greedy decode of {@link WARM_UP_SENTENCE}, queued
   * like any other operation, so the user's first translation does not pay the shader compilation
   * (seconds on a software-rendered WebGL). Does nothing unless webgl is the active backend, or if
   * this variant was already warmed up. Resolves to whether a decode ran; never rejects. The decode
   * disposes every tensor it makes.
   */
  warmUp(variant: string, label = variant): Promise<boolean> {
    return this.serial(async () => {
      if (currentBackend() !== 'webgl' || this.warmed.has(variant)) return false;
      const m = await this.model(variant, label);
      await greedyDecode(m, WARM_UP_SENTENCE);
      this.warmed.add(variant);
      return true;
    }).catch(() => false);
  }

  /**
   * Translates one sentence with a variant, loading it first if needed. `options` are what-if
   * manipulations (forced words, attention overrides); `maxLen` caps the output length.
   */
  translate(
    variant: string,
    label: string,
    text: string,
    options: Pick<DecodeOptions, 'force' | 'attention' | 'maxLen'> = {},
  ): Promise<TranslationResult> {
    return this.serial(async () => {
      const m = await this.model(variant, label);
      const t0 = performance.now();
      const trace = await greedyDecode(m, text, options);
      const manipulated = options.force !== undefined || options.attention !== undefined;
      const result: TranslationResult = { variant, text, trace, backend: currentBackend(), ms: performance.now() - t0 };
      if (manipulated) result.options = { force: options.force, attention: options.attention };
      return result;
    });
  }

  /**
   * Beam search (width k, length-normalisation exponent α) over one sentence. `signal` gives it up
   * (before it starts, or between two steps): a view that no longer wants it does not hold up the
   * operations queued behind it (seconds on a software WebGL).
   */
  beam(variant: string, label: string, text: string, opts: { k: number; alpha: number; signal?: AbortSignal }): Promise<BeamRun> {
    // one signal for both who can give it up: the caller (its `signal`) and giveUpBeamSearches
    const mine = new AbortController();
    const forward = (): void => mine.abort(opts.signal?.reason);
    if (opts.signal?.aborted) forward();
    else opts.signal?.addEventListener('abort', forward, { once: true });
    const { signal } = mine;
    this.beamSearches.add(mine);
    return this.serial(async () => {
      signal.throwIfAborted();
      const m = await this.model(variant, label);
      const t0 = performance.now();
      const result = await beamSearch(m, text, { k: opts.k, alpha: opts.alpha, signal });
      return { variant, text, result, attention: m.cfg.attention, backend: currentBackend(), ms: performance.now() - t0 };
    }).finally(() => {
      this.beamSearches.delete(mine);
      opts.signal?.removeEventListener('abort', forward);
    });
  }

  /**
   * Gives up every beam search queued or running (they reject with an AbortError): the user asked for
   * a new sentence, model, backend or pair, which then runs at once instead of after them (seconds on
   * a software WebGL), and the beam view searches again once the new result is shown.
   */
  giveUpBeamSearches(): void {
    for (const c of this.beamSearches) c.abort(new DOMException(GIVEN_UP, 'AbortError'));
    this.beamSearches.clear();
  }

  /**
   * Teacher forcing on a user reference: the reference is tokenized like the training targets (a
   * token list, e.g. another model's output, is taken as is),
   * `</s>` is appended, and each step is fed the previous reference token instead of the model's
   * own prediction; the trace records p(reference token) at each step.
   */
  forceReference(variant: string, label: string, text: string, reference: string | readonly string[]): Promise<ForcedRun> {
    return this.serial(async () => {
      const m = await this.model(variant, label);
      // a token list (another model's output, `<unk>` included) is fed as is
      const all = typeof reference === 'string' ? tokenize(reference, languagesOf(m.cfg).tgt) : [...reference];
      const words = all.slice(0, MAX_REFERENCE_TOKENS);
      const ids = [...m.tgt.encode(words), EOS];
      const tokens = [...words, m.tgt.token(EOS)];
      const t0 = performance.now();
      const trace = await greedyDecode(m, text, { force: ids, maxLen: ids.length });
      return {
        variant,
        text,
        reference: typeof reference === 'string' ? reference : reference.join(' '),
        tokens,
        ids,
        unknown: ids.map((id) => id === UNK),
        truncated: all.length > words.length,
        trace,
        backend: currentBackend(),
        ms: performance.now() - t0,
      };
    });
  }

  /**
   * Unknown-word replacement (Luong et al. 2015) on a finished greedy decode: each `<unk>` takes
   * its step's most-attended source word, translated by `dictionary` or copied (no tensors: only the
   * model's tokenizer rules and casing table are used).
   */
  replaceUnknowns(r: TranslationResult, label: string, dictionary?: UnkDictionary): Promise<UnkReplaced & { text: string }> {
    return this.serial(async () => replaceInTrace(await this.model(r.variant, label), r.trace, r.text, dictionary));
  }

  /** Releases every model's tensors on the current backend. */
  private disposeModels(): void {
    for (const m of this.models.values()) disposeModel(m);
    this.models.clear();
  }
}
