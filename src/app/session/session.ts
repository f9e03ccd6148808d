/**
 * The page's session controller, in plain TypeScript: the state ({@link sessionReducer}) plus the
 * async commands that change it (start-up, model and backend switch, translate, what-if, a lost
 * WebGL context). ONE latest-request guard: every request that shows a result takes a number, and
 * an answer is shown only while its number is still the newest, so a slow answer never overwrites
 * a newer one. Messages are data (messages.ts), worded when shown. React reads it through
 * `useSession` (useSyncExternalStore); the unit tests drive it with a fake engine.
 */
import type { DefaultBackend } from '../../tfjs/backendChoice';
import type { BackendName, BackendResult } from '../../tfjs/browserBackends';
import { isBackendName } from '../../tfjs/browserBackends';
import type { TranslationResult } from '../engine';
import { DEFAULT_PAIR, firstShipped, isPairId, setActivePair, shippedId, shippedOf } from '../pairs/pairs';
import type { UrlState } from '../urlState';
import { decodeOptions, isForcible, isManipulated, NO_WHAT_IF, withAttention, withForcedWord, type WhatIf } from '../whatIf';
import { fitWhatIf, withinDecode } from '../whatIfUrl';
import { DecodeSpeeds } from './decodeSpeeds';
import { NewestWaits } from './newestWaits';
import { followFirstVisitProbe, ProbeSchedule } from './probeSchedule';
import type { SessionDeps, SessionEngine } from './deps';
import { initialSession, sessionReducer, type SessionAction, type SessionState, type StepTarget } from './state';

export type { SessionDeps, SessionEngine } from './deps';

/** One translation request (see {@link Session.translate}). */
interface TranslateRequest {
  sentence: string;
  at?: StepTarget;
  whatIf?: WhatIf | null;
}

/** The state and commands of one page. */
export class Session<E extends SessionEngine = SessionEngine> {
  /** the engine the session runs its decodes on */
  readonly engine: E;
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  /** number of the newest request that shows a result (the one latest-request guard) */
  private latest = 0;
  /** when the backend choice's WebGL probe runs */
  private readonly probe = new ProbeSchedule();
  /** number of the newest card request (a slow card never replaces a newer model's) */
  private cardReq = 0;
  /** fastest decode seen per backend (how much slower a software WebGL is here) */
  private readonly speeds = new DecodeSpeeds();
  /** translations, one at a time (a decode and its what-if re-decode); the newest asked for meanwhile runs next */
  private readonly translations = new NewestWaits<TranslateRequest, TranslationResult>(
    (q) => this.decodeAndShow(q.sentence, q.at, q.whatIf),
    (q) => this.patch({ queued: q?.sentence ?? null }),
  );

  constructor(
    private readonly deps: SessionDeps<E>,
    backendChosen: BackendName | null = null,
  ) {
    this.engine = deps.engine;
    this.state = initialSession(backendChosen);
    deps.registry.subscribe(() => this.patch({ variants: deps.registry.list(this.state.pair) }));
  }

  /** The current state (a new object after every change). */
  getState = (): SessionState => this.state;

  /** Calls `fn` after every change; returns the unsubscribe function. */
  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  private dispatch(a: SessionAction): void {
    this.state = sessionReducer(this.state, a);
    for (const fn of this.listeners) fn();
  }

  private patch(patch: Extract<SessionAction, { type: 'patch' }>['patch']): void {
    this.dispatch({ type: 'patch', patch });
  }

  /** Display name of a model id. */
  nameOf = (id: string): string => this.state.variants.find((v) => v.id === id)?.name ?? id;

  /** Sets the sentence in the input box. */
  setInput = (text: string): void => this.patch({ input: text });

  /** Moves the main view's step cursor (the tour). */
  showStep = (target: Required<StepTarget>): void => this.dispatch({ type: 'showStep', target });

  /**
   * Start-up: backend (the URL's, else the automatic choice), model list, the URL's model (or the
   * first), then the URL's sentence translated with its step and what-if, or a warm-up decode. The
   * model list and the model's files download while the backend starts.
   */
  async start(
    initial: Pick<UrlState, 'backend' | 'model' | 'text' | 'step' | 'phase' | 'whatIf'> & { pair?: string | null },
  ): Promise<void> {
    const { engine } = this.deps;
    const pair = initial.pair ?? DEFAULT_PAIR;
    setActivePair(pair);
    this.patch({ pair });
    // a model trained in the page has no shipped list: it comes back from this browser's storage
    const index = isPairId(pair) ? this.deps.fetchIndex(pair) : Promise.resolve({ pair, variants: [] });
    const restored = (this.deps.restoreUserModels?.() ?? Promise.resolve()).catch(() => undefined);
    index
      .then(({ variants: list }) => {
        const first = firstShipped(pair, list, initial.model);
        if (first) engine.prefetch(first.id, first.name);
      })
      .catch(() => undefined); // reported below
    try {
      // `?backend=` always wins; otherwise the page's choice (src/tfjs/backendChoice.ts)
      const choice: DefaultBackend = initial.backend ? { backend: initial.backend } : await this.deps.detectBackend();
      this.probe.set(choice.probe);
      const b = await engine.setBackend(choice.backend);
      this.patch({ backend: b.active });
      if (b.failure)
        this.patch({ backendNotice: { kind: 'backendFallback', requested: b.requested, active: b.active, why: b.failure } });
      else if (initial.backend) this.noteSoftwareWebgl();
      else if (choice.softwareRenderer)
        this.patch({ softwareNotice: { kind: 'softwareWebgl', renderer: choice.softwareRenderer } });
      else if (choice.firstVisitFinding)
        followFirstVisitProbe(
          choice.firstVisitFinding,
          (m) => this.patch({ softwareNotice: m }),
          () => this.state.softwareNotice,
        );
    } catch (e) {
      this.patch({ busy: null, backendNotice: { kind: 'error', error: e }, urlLive: true });
      return;
    }
    try {
      this.deps.registry.addShipped(pair, shippedOf(pair, (await index).variants));
    } catch (e) {
      this.patch({ busy: null, modelError: { kind: 'indexError', error: e }, urlLive: true });
      return;
    }
    await restored;
    const list = this.deps.registry.list(pair);
    this.patch({ variants: list });
    // an unknown model in the URL: the default one
    const first = list.find((v) => v.id === initial.model) ?? list[0];
    if (!first) {
      // (a link to a model trained in the page, in a browser that no longer keeps it)
      this.patch({ busy: null, urlLive: true, ...(isPairId(pair) ? {} : { modelError: { kind: 'learnedGone', pair } }) });
      return;
    }
    this.selectModel(first.id);
    const loaded = await this.loadModel(first.id);
    if (loaded && initial.text !== null) {
      // A shared view: its sentence, translated, with the step view where the link says.
      this.patch({ input: initial.text });
      const at = initial.step !== null ? { step: initial.step, phase: initial.phase ?? undefined } : undefined;
      await this.translate(initial.text, at, initial.whatIf);
    } else if (loaded) {
      // Off the main interaction: the warm-up decode runs in the engine's queue after the page is ready.
      void engine.warmUp(first.id, first.name);
    }
    if (loaded) this.deps.onReady?.();
    this.patch({ urlLive: true });
    this.probe.pageReady();
  }

  /** Selects a model id and fetches its card. */
  private selectModel(id: string): void {
    const req = ++this.cardReq;
    this.patch({ variant: id, card: undefined });
    void this.deps
      .fetchCard(id)
      .catch(() => undefined)
      .then((card) => req === this.cardReq && this.patch({ card }));
  }

  /** Loads a model on the current backend; resolves to whether it worked. */
  private async loadModel(id: string): Promise<boolean> {
    const name = this.nameOf(id);
    this.patch({ modelError: null, busy: { kind: 'loadingModel', name } });
    try {
      await this.deps.engine.load(id, name);
      return true;
    } catch (e) {
      this.patch({ modelError: { kind: 'modelError', name, error: e } });
      return false;
    } finally {
      this.patch({ busy: null });
    }
  }

  /**
   * Switches the language pair: its model list (downloaded once), the model with the same folder
   * name as the current one if the pair has it (else its first), and the shown sentence translated
   * again; `prefer` (a model of that pair, e.g. one the user just opened) is chosen when given. A
   * pair whose list cannot be read says so and keeps the user's own models of that pair.
   */
  async switchPair(pair: string, prefer?: string): Promise<void> {
    if (pair === this.state.pair) {
      if (prefer && prefer !== this.state.variant) await this.switchModel(prefer);
      return;
    }
    this.deps.engine.giveUpBeamSearches?.(); // (see translate)
    setActivePair(pair);
    const before = this.state.variant;
    this.patch({ pair, variants: this.deps.registry.list(pair), modelError: null });
    if (isPairId(pair) && !this.deps.registry.list(pair).some((e) => e.source === 'shipped')) {
      try {
        this.deps.registry.addShipped(pair, shippedOf(pair, (await this.deps.fetchIndex(pair)).variants));
      } catch (e) {
        if (this.state.pair === pair) this.patch({ modelError: { kind: 'indexError', error: e } });
      }
    }
    if (this.state.pair !== pair) return; // switched again meanwhile
    const list = this.deps.registry.list(pair);
    this.patch({ variants: list });
    const folder = before.slice(before.lastIndexOf('/') + 1);
    const next = list.find((v) => v.id === prefer) ?? list.find((v) => v.id === shippedId(pair, folder)) ?? list[0];
    if (!next) {
      const none = new Error(`No models for ${pair}`);
      this.dispatch({ type: 'modelFailed', error: this.state.modelError ?? { kind: 'indexError', error: none } });
      return;
    }
    await this.switchModel(next.id);
  }

  /** Switches the model; the shown sentence is translated again with it. */
  async switchModel(id: string): Promise<void> {
    this.deps.engine.giveUpBeamSearches?.(); // (they are for the model shown now: see translate)
    this.selectModel(id);
    const ok = await this.loadModel(id);
    const last = this.translations.waiting?.sentence ?? this.state.result?.base.text;
    if (ok && last !== undefined) await this.translate(last);
    else if (!ok) this.dispatch({ type: 'modelFailed', error: this.state.modelError! });
  }

  /**
   * Loads the selected model again after it failed (a stalled or broken download: a fresh
   * download), then translates the sentence in the box, if any.
   */
  retryModel = async (): Promise<void> => {
    const id = this.state.variant;
    if (!id || this.state.busy !== null) return;
    this.selectModel(id);
    const ok = await this.loadModel(id);
    if (!ok) this.dispatch({ type: 'modelFailed', error: this.state.modelError! });
    else if (this.state.input.trim() !== '') await this.translate(this.state.input);
  };

  /** Switches the backend; the model is rebuilt on it and the shown sentence translated again. */
  async switchBackend(name: BackendName): Promise<void> {
    const { engine } = this.deps;
    engine.giveUpBeamSearches?.(); // (see translate)
    this.patch({ busy: { kind: 'switchingBackend', name }, backendNotice: null, softwareNotice: null });
    try {
      const b = await engine.setBackend(name);
      this.patch({ backend: b.active, backendChosen: isBackendName(b.active) ? b.active : name });
      if (b.failure)
        this.patch({ backendNotice: { kind: 'backendFallback', requested: b.requested, active: b.active, why: b.failure } });
      else this.noteSoftwareWebgl();
    } catch (e) {
      this.patch({ backendNotice: { kind: 'error', error: e }, busy: null });
      return;
    }
    this.patch({ busy: null });
    const { variant } = this.state;
    if (!variant) return;
    const ok = await this.loadModel(variant);
    const last = this.translations.waiting?.sentence ?? this.state.result?.base.text;
    if (ok && last !== undefined) await this.translate(last);
    // nothing to re-translate: warm the WebGL shaders for the first translation (no-op off webgl)
    else if (ok) void engine.warmUp(variant, this.nameOf(variant));
  }

  /**
   * WebGL chosen explicitly though it is software-rendered: a notice that stays while it runs and
   * says how much slower than WebAssembly it is here (once both have decoded), else nothing.
   */
  private noteSoftwareWebgl(): void {
    const renderer = this.deps.engine.softwareRenderer?.() ?? null;
    this.patch({ softwareNotice: renderer ? { kind: 'softwareWebglChosen', renderer, factor: this.slowdown() } : null });
  }

  /** How many times slower webgl decodes than wasm here (see {@link DecodeSpeeds.slowdown}). */
  private slowdown(): number | null {
    return this.speeds.slowdown();
  }

  /** Notes a decode's speed on its backend (and updates the software-WebGL notice's figure). */
  private noteSpeed(r: TranslationResult): void {
    this.speeds.note(r.backend, r.ms, r.trace.steps.length);
    const n = this.state.softwareNotice;
    if (n?.kind === 'softwareWebglChosen' && n.factor !== this.slowdown())
      this.patch({ softwareNotice: { ...n, factor: this.slowdown() } });
  }

  /** A lost WebGL context: the engine restarted webgl (or fell back); say so and rebuild the current model. */
  contextLost = (r: BackendResult): void => {
    this.patch({
      backend: r.active,
      backendNotice: r.failure ? { kind: 'contextFallback', active: r.active, why: r.failure } : { kind: 'contextRestored' },
    });
    const { variant } = this.state;
    if (variant) void this.loadModel(variant).then((ok) => ok && this.deps.engine.warmUp(variant, this.nameOf(variant)));
  };

  /**
   * Translates `sentence` with the selected model and shows it (the step view at `at`, else at its
   * start); with `whatIf` (a shared link's), shows the manipulated decode of it, keeping what fits
   * the model, the sentence and the decode. Asked while another translation runs, it waits and runs
   * next, and the running one's answer is not shown (it belongs to an older sentence); a newer
   * request replaces a waiting one, which then resolves to null. Resolves to the model's own
   * result, or null if it failed or was overtaken by a newer request.
   */
  translate(sentence: string, at?: StepTarget, whatIf?: WhatIf | null): Promise<TranslationResult | null> {
    if (sentence.trim() === '') return Promise.resolve(null);
    // a beam search for the sentence shown now would hold this one up: the beam view asks again
    this.deps.engine.giveUpBeamSearches?.();
    if (this.translations.busy) this.latest++; // the running translation is overtaken: its answer will not be shown
    return this.translations.submit({ sentence, at, whatIf });
  }

  /** The decode(s) of one translation request and showing its result (see {@link translate}). */
  private async decodeAndShow(sentence: string, at?: StepTarget, whatIf?: WhatIf | null): Promise<TranslationResult | null> {
    const { engine } = this.deps;
    const id = this.state.variant;
    const name = this.nameOf(id);
    const req = ++this.latest;
    this.dispatch({ type: 'requestStarted', redecoding: false });
    try {
      const r = await engine.translate(id, name, sentence);
      this.noteSpeed(r);
      if (req !== this.latest) return null;
      let shown = r;
      let w = NO_WHAT_IF;
      if (whatIf) {
        const model = await engine.load(id, name); // loaded already: the decode above used it
        const fit = fitWhatIf(whatIf, model.cfg.tgtVocabSize, r.trace.encoder.tokens.length);
        if (fit) {
          const manipulated = await engine.translate(id, name, sentence, decodeOptions(fit));
          if (req !== this.latest) return null;
          // what lies beyond the manipulated decode's last step changed nothing: dropped
          const used = withinDecode(fit, manipulated.trace.steps.length);
          if (used) {
            shown = { ...manipulated, options: decodeOptions(used) };
            w = used;
          }
        }
      }
      this.dispatch({ type: 'shown', shown: { seq: req, r: shown, base: r, baseSeq: req, whatIf: w, cursor: at } });
      this.probe.translationShown();
      return r;
    } catch (e) {
      if (req === this.latest)
        this.dispatch({ type: 'requestFailed', error: { kind: 'translateError', error: e }, clearResult: true });
      return null;
    } finally {
      if (req === this.latest) this.dispatch({ type: 'requestEnded' });
    }
  }

  /**
   * What-if: re-decodes the shown sentence with `w` (forced words, attention overrides), starting
   * the step view at `cursor`. No manipulation left: back to the model's own decoding, no re-run.
   */
  async applyWhatIf(w: WhatIf, cursor: StepTarget | undefined): Promise<void> {
    const cur = this.state.result;
    if (!cur) return;
    const { base, baseSeq } = cur;
    const req = ++this.latest;
    if (!isManipulated(w)) {
      this.dispatch({ type: 'shown', shown: { seq: req, r: base, base, baseSeq, whatIf: NO_WHAT_IF, cursor } });
      this.dispatch({ type: 'requestEnded' });
      return;
    }
    this.dispatch({ type: 'requestStarted', redecoding: true });
    try {
      const r = await this.deps.engine.translate(base.variant, this.nameOf(base.variant), base.text, decodeOptions(w));
      if (req === this.latest) this.dispatch({ type: 'shown', shown: { seq: req, r, base, baseSeq, whatIf: w, cursor } });
    } catch (e) {
      if (req === this.latest)
        this.dispatch({ type: 'requestFailed', error: { kind: 'translateError', error: e }, clearResult: false });
    } finally {
      if (req === this.latest) this.dispatch({ type: 'requestEnded' });
    }
  }

  /** What-if: force word `id` at `step` (the step view opens on its output phase). */
  forceWord = (step: number, id: number): void => {
    const cur = this.state.result;
    if (cur && isForcible(id)) void this.applyWhatIf(withForcedWord(cur.whatIf, step, id), { step, phase: 'output' });
  };

  /** What-if: replace the attention weights of `step` (the step view opens on its softmax phase). */
  setAttention = (step: number, weights: number[]): void => {
    const cur = this.state.result;
    if (cur) void this.applyWhatIf(withAttention(cur.whatIf, step, weights), { step, phase: 'softmax' });
  };

  /** What-if: back to the model's own decoding. */
  resetWhatIf = (): void => void this.applyWhatIf(NO_WHAT_IF, undefined);
}
