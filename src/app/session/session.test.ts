/** The session controller, driven by a fake engine whose answers the test releases in any order. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DefaultBackend, ProbeFinding } from '../../tfjs/backendChoice';
import { ModelFileError } from '../../model/modelFileError';
import type { DecodeTrace } from '../../model/trace';
import type { BackendName, BackendResult } from '../../tfjs/browserBackends';
import { en } from '../../ui/strings';
import { ko } from '../../ui/strings.ko';
import type { TranslationResult } from '../engine';
import { ModelRegistry } from '../modelRegistry';
import { isManipulated, NO_WHAT_IF, type WhatIf } from '../whatIf';
import { messageText } from './messages';
import { Session, type SessionEngine } from './session';
import { resultIsStale } from './state';

/** A promise the test resolves or rejects by hand. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => ((resolve = a), (reject = b)));
  return { promise, resolve, reject };
}

const trace = (text: string): DecodeTrace => ({
  attention: 'general',
  encoder: { tokens: text.split(' '), ids: [], unknown: [], annotations: [], bridge: [], truncated: false },
  // one (empty) step per word: what-if steps beyond it are outside the decode
  steps: text.split(' ').map(() => ({}) as never),
  outputTokens: [],
  translation: `fr(${text})`,
  hitMaxLength: false,
});

/** Records every call; `translate` answers at once unless the test holds it with `hold`. */
class FakeEngine implements SessionEngine {
  calls: string[] = [];
  held: { text: string; answer: ReturnType<typeof deferred<TranslationResult>> }[] = [];
  hold = false;
  failLoad = new Set<string>();
  softwareRenderer?: () => string | null;
  backendAnswer: (n: BackendName) => BackendResult = (n) => ({ requested: n, active: n });
  setBackend(name: BackendName) {
    this.calls.push(`setBackend ${name}`);
    return Promise.resolve(this.backendAnswer(name));
  }
  prefetch(variant: string) {
    this.calls.push(`prefetch ${variant}`);
  }
  load(variant: string) {
    this.calls.push(`load ${variant}`);
    if (this.failLoad.has(variant)) return Promise.reject(new ModelFileError(variant, { kind: 'notFound', file: 'weights.bin' }));
    return Promise.resolve({ cfg: { tgtVocabSize: 100 } as never });
  }
  warmUp(variant: string) {
    this.calls.push(`warmUp ${variant}`);
    return Promise.resolve(true);
  }
  /** how many times the session gave up the beam searches (kept out of `calls`) */
  gaveUpBeams = 0;
  giveUpBeamSearches() {
    this.gaveUpBeams++;
  }
  translate(variant: string, _label: string, text: string, options: { force?: unknown[] } = {}) {
    this.calls.push(`translate ${variant} ${text}${options.force ? ` force=${JSON.stringify(options.force)}` : ''}`);
    const r: TranslationResult = { variant, text, trace: trace(text), backend: 'cpu', ms: 1 };
    if (options.force) r.options = { force: options.force as number[] };
    if (!this.hold) return Promise.resolve(r);
    const answer = deferred<TranslationResult>();
    this.held.push({ text, answer });
    return answer.promise.then(() => r);
  }
}

function setup(o: { url?: Partial<Parameters<Session['start']>[0]>; engine?: FakeEngine; detect?: DefaultBackend } = {}) {
  const engine = o.engine ?? new FakeEngine();
  const registry = new ModelRegistry();
  const session = new Session(
    {
      engine,
      registry,
      fetchIndex: () =>
        Promise.resolve({
          pair: 'en-fr',
          variants: [
            { id: 'luong-general', name: 'General' },
            { id: 'none', name: 'None' },
          ],
        }),
      fetchCard: (id) => Promise.resolve({ devBleu: id === 'none' ? 35 : 43 }),
      detectBackend: () => Promise.resolve(o.detect ?? { backend: 'wasm', softwareRenderer: 'SwiftShader' }),
    },
    o.url?.backend ?? null,
  );
  const url = { backend: null, model: null, text: null, step: null, phase: null, whatIf: null, ...o.url };
  return { engine, registry, session, start: () => session.start(url) };
}

describe('Session', () => {
  it('starts on the automatic backend with the first model, warms it up and lets the URL follow', async () => {
    const { engine, session, registry, start } = setup();
    expect(session.getState().busy).toEqual({ kind: 'startingBackend' });
    await start();
    const s = session.getState();
    expect(s.backend).toBe('wasm');
    expect(s.softwareNotice).toEqual({ kind: 'softwareWebgl', renderer: 'SwiftShader' });
    expect(s.variants.map((v) => v.id)).toEqual(['luong-general', 'none']);
    expect(registry.list().every((e) => e.source === 'shipped' && e.pair === 'en-fr')).toBe(true);
    expect(s.variant).toBe('luong-general');
    expect(s.busy).toBeNull();
    expect(s.urlLive).toBe(true);
    expect(engine.calls).toEqual(['prefetch luong-general', 'setBackend wasm', 'load luong-general', 'warmUp luong-general']);
  });

  it("restores a shared link's model, sentence and step", async () => {
    const { engine, session, start } = setup({
      url: { backend: 'cpu', model: 'none', text: 'I am here.', step: 2, phase: 'output' },
    });
    await start();
    const s = session.getState();
    expect(engine.calls).toContain('setBackend cpu');
    expect(s.variant).toBe('none');
    expect(s.input).toBe('I am here.');
    expect(s.result?.r.text).toBe('I am here.');
    expect(s.result?.cursor).toEqual({ step: 2, phase: 'output' });
    expect(engine.calls).not.toContain('warmUp none');
  });

  it('a new sentence, a model or a backend switch gives up the beam searches in the engine (they would hold it up); an empty sentence does not', async () => {
    const { engine, session, start } = setup();
    await start();
    expect(engine.gaveUpBeams).toBe(0); // start-up gives nothing up
    await session.translate('   ');
    expect(engine.gaveUpBeams).toBe(0);
    await session.translate('I am here.');
    expect(engine.gaveUpBeams).toBe(1);
    expect(session.getState().result?.r.text).toBe('I am here.');
    // so do a model and a backend switch (the beam view then searches with the new one)
    await session.switchModel('none');
    expect(engine.gaveUpBeams).toBeGreaterThanOrEqual(2);
    const n = engine.gaveUpBeams;
    await session.switchBackend('cpu');
    expect(engine.gaveUpBeams).toBeGreaterThan(n);
  });

  it('Enter during a decode queues the newest sentence: the older waiting one is dropped, the running one not shown', async () => {
    const { engine, session, start } = setup();
    await start();
    engine.hold = true;
    const first = session.translate('first sentence');
    const second = session.translate('second sentence');
    const third = session.translate('third sentence');
    expect(session.getState().translating).toBe(true);
    expect(session.getState().queued).toBe('third sentence');
    expect(await second).toBeNull(); // replaced while it waited: never decoded
    expect(engine.held.map((h) => h.text)).toEqual(['first sentence']);
    engine.held[0]!.answer.resolve(null as never);
    expect(await first).toBeNull(); // overtaken: its answer is not shown
    await new Promise((r) => setTimeout(r, 0));
    expect(engine.held.map((h) => h.text)).toEqual(['first sentence', 'third sentence']);
    expect(session.getState().result).toBeNull();
    expect(session.getState().translating).toBe(true);
    expect(session.getState().queued).toBeNull();
    engine.held[1]!.answer.resolve(null as never);
    expect((await third)?.text).toBe('third sentence');
    const s = session.getState();
    expect(s.result?.r.text).toBe('third sentence');
    expect(s.translating).toBe(false);
    expect(engine.calls.filter((c) => c.startsWith('translate'))).toEqual([
      'translate luong-general first sentence',
      'translate luong-general third sentence',
    ]);
  });

  it('a result is stale while the box holds another sentence, and fresh once that one is translated', async () => {
    const { session, start } = setup();
    await start();
    await session.translate('I am here.');
    expect(resultIsStale(session.getState())).toBe(false);
    session.setInput('  I am   here. ');
    expect(resultIsStale(session.getState())).toBe(false); // the same sentence, spaced otherwise
    session.setInput('I am there.');
    expect(resultIsStale(session.getState())).toBe(true);
    session.setInput('');
    expect(resultIsStale(session.getState())).toBe(false);
    session.setInput('I am there.');
    await session.translate('I am there.');
    expect(resultIsStale(session.getState())).toBe(false);
  });

  it("a link's what-if keeps only what the decode used: beyond its last step, or <pad>/<s>, it is no manipulation", async () => {
    const cases: [WhatIf, number[] | null][] = [
      [{ force: [undefined, 7], attention: [] }, [-1, 7]], // step 2 of a 3-step decode: kept
      [{ force: [...Array<undefined>(149), 5], attention: [] }, null], // force=150.5: beyond the decode
      [{ force: [0], attention: [] }, null], // <pad>
      [{ force: [2], attention: [] }, null], // <s>
      [{ force: [undefined, 7, ...Array<undefined>(10), 9], attention: [] }, [-1, 7]], // the part beyond is dropped
    ];
    for (const [whatIf, force] of cases) {
      const { session, start } = setup({ url: { text: 'a b c', whatIf } });
      await start();
      const shown = session.getState().result!;
      expect(isManipulated(shown.whatIf)).toBe(force !== null);
      if (force) expect(shown.whatIf.force.map((x) => x ?? -1)).toEqual(force);
      if (force) expect(shown.r.options?.force?.map((x) => x ?? -1)).toEqual(force);
    }
  });

  it('a word click never forces <pad> or <s>', async () => {
    const { engine, session, start } = setup();
    await start();
    await session.translate('one');
    const n = engine.calls.length;
    session.forceWord(1, 0);
    session.forceWord(1, 2);
    expect(engine.calls.length).toBe(n);
    expect(session.getState().redecoding).toBe(false);
  });

  it('a failed model load can be retried: the model is loaded again and the sentence translated', async () => {
    const { engine, session, start } = setup();
    await start();
    await session.translate('hello');
    engine.failLoad.add('none');
    await session.switchModel('none');
    expect(session.getState().modelError?.kind).toBe('modelError');
    session.setInput('hello again');
    await session.retryModel();
    expect(session.getState().modelError?.kind).toBe('modelError'); // still broken: still said
    engine.failLoad.delete('none');
    await session.retryModel();
    expect(session.getState().modelError).toBeNull();
    expect(engine.calls.slice(-2)).toEqual(['load none', 'translate none hello again']);
    expect(session.getState().result?.r.text).toBe('hello again');
  });

  it('a what-if re-decode overtaken by a new sentence is dropped too; reset needs no decode', async () => {
    const { engine, session, start } = setup();
    await start();
    await session.translate('one');
    engine.hold = true;
    session.forceWord(2, 7);
    expect(session.getState().redecoding).toBe(true);
    const newer = session.translate('two');
    engine.held[1]!.answer.resolve(null as never);
    await newer;
    engine.held[0]!.answer.resolve(null as never);
    await Promise.resolve();
    expect(session.getState().result?.r.text).toBe('two');
    expect(engine.calls).toContain('translate luong-general one force=[null,7]');
    engine.hold = false;
    session.forceWord(1, 5);
    await new Promise((r) => setTimeout(r, 0));
    expect(session.getState().result?.whatIf.force).toEqual([5]);
    const n = engine.calls.length;
    session.resetWhatIf();
    expect(session.getState().result?.whatIf).toEqual(NO_WHAT_IF);
    expect(engine.calls.length).toBe(n);
  });

  it('a failed model load is a message that follows a language switch; the result goes', async () => {
    const { engine, session, start } = setup();
    await start();
    await session.translate('hello');
    engine.failLoad.add('none');
    await session.switchModel('none');
    const s = session.getState();
    expect(s.result).toBeNull();
    expect(s.modelError?.kind).toBe('modelError');
    const english = messageText(en, s.modelError!);
    const korean = messageText(ko, s.modelError!);
    expect(english).toContain('Could not load the model “None”');
    expect(english).toContain(en.modelFile({ kind: 'notFound', file: 'weights.bin' }));
    expect(korean).toContain(ko.modelFile({ kind: 'notFound', file: 'weights.bin' }));
    expect(korean).not.toBe(english);
    // the status line's message too (busy while loading), worded at render time
    expect(messageText(ko, { kind: 'loadingModel', name: 'None' })).toBe(ko.loadingModel('None'));
  });

  it('switching the model or the backend translates the shown sentence again', async () => {
    const { engine, session, start } = setup();
    await start();
    await session.translate('hello');
    await session.switchModel('none');
    expect(session.getState().result?.r.variant).toBe('none');
    expect((await Promise.resolve(session.getState().card))?.devBleu).toBe(35);
    engine.backendAnswer = (n) => ({ requested: n, active: 'cpu', failure: 'no WebGL' });
    await session.switchBackend('webgl');
    const s = session.getState();
    expect(s.backend).toBe('cpu');
    expect(s.backendChosen).toBe('cpu');
    expect(s.softwareNotice).toBeNull();
    expect(s.backendNotice).toEqual({ kind: 'backendFallback', requested: 'webgl', active: 'cpu', why: 'no WebGL' });
    expect(engine.calls.slice(-3)).toEqual(['setBackend webgl', 'load none', 'translate none hello']);
  });

  it('a failed translation says so and clears the result; a lost context is reported and the model rebuilt', async () => {
    const { engine, session, start } = setup();
    await start();
    engine.translate = () => Promise.reject(new Error('boom'));
    await session.translate('x');
    expect(session.getState().result).toBeNull();
    expect(messageText(en, session.getState().error!)).toBe(en.translateError('boom'));
    session.contextLost({ requested: 'webgl', active: 'webgl' });
    expect(session.getState().backendNotice).toEqual({ kind: 'contextRestored' });
    await new Promise((r) => setTimeout(r, 0));
    expect(engine.calls.slice(-2)).toEqual(['load luong-general', 'warmUp luong-general']);
  });

  it('WebGL chosen though software-rendered keeps a notice that says how much slower it is here, once both ran', async () => {
    const engine = new FakeEngine();
    let active = 'wasm';
    engine.setBackend = (n: BackendName) => ((active = n), Promise.resolve({ requested: n, active: n }));
    engine.softwareRenderer = () => (active === 'webgl' ? 'SwiftShader' : null);
    const ms: Record<string, number> = { wasm: 6, webgl: 300 }; // per 3-step sentence
    const plain = engine.translate.bind(engine);
    engine.translate = (v, l, text, o) => plain(v, l, text, o).then((r) => ({ ...r, backend: active, ms: ms[active]! }));
    const { session, start } = setup({ engine });
    await start();
    await session.translate('a b c');
    await session.switchBackend('webgl');
    expect(session.getState().softwareNotice).toEqual({ kind: 'softwareWebglChosen', renderer: 'SwiftShader', factor: 50 });
    expect(messageText(en, session.getState().softwareNotice!)).toContain('about 50× as long as on WebAssembly');
    await session.switchBackend('wasm');
    expect(session.getState().softwareNotice).toBeNull();
  });
});

describe('Session: the WebGL probe of a first visit', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A first visit's backend choice whose probe answers `finding` when run. */
  function firstVisit(finding: ProbeFinding): { detect: DefaultBackend; probed: () => number } {
    let runs = 0;
    let answer: (f: ProbeFinding) => void = () => undefined;
    const found = new Promise<ProbeFinding>((r) => (answer = r));
    const detect: DefaultBackend = {
      backend: 'wasm',
      firstVisitFinding: found,
      probe: () => {
        runs++;
        answer(finding);
      },
    };
    return { detect, probed: () => runs };
  }

  it('runs only after the first translation is on screen, then says WebGL is software-rendered here', async () => {
    const { detect, probed } = firstVisit({ kind: 'software', name: 'SwiftShader' });
    const { session, start } = setup({ detect });
    await start();
    expect(session.getState().softwareNotice).toEqual({ kind: 'checkingWebgl' }); // nothing known yet: says so
    await session.translate('I am here.');
    expect(probed()).toBe(0); // not on the way to the translation
    await vi.advanceTimersByTimeAsync(1500);
    expect(probed()).toBe(1);
    expect(session.getState().softwareNotice).toEqual({ kind: 'softwareWebgl', renderer: 'SwiftShader' });
    await session.translate('You are there.');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(probed()).toBe(1); // once per page
  });

  it('without a translation it runs a while after the page is ready; a GPU is for the next visit', async () => {
    const { detect, probed } = firstVisit({ kind: 'gpu' });
    const { session, start } = setup({ detect });
    await start();
    await vi.advanceTimersByTimeAsync(3000);
    expect(probed()).toBe(0);
    await vi.advanceTimersByTimeAsync(1500);
    expect(probed()).toBe(1);
    expect(session.getState().softwareNotice).toEqual({ kind: 'gpuNextVisit' });
  });

  it('says nothing once the user has chosen a backend', async () => {
    const { detect } = firstVisit({ kind: 'software', name: 'SwiftShader' });
    const { session, start } = setup({ detect });
    await start();
    await session.switchBackend('cpu');
    await vi.advanceTimersByTimeAsync(5000);
    expect(session.getState().softwareNotice).toBeNull();
  });
});
