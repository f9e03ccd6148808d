/** The page: header with pickers, the sentence input, and the translation with its alignment. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { detectDefaultBackend } from '../tfjs/backendChoice';
import { isBackendName, type BackendName, type BackendResult } from '../tfjs/browserBackends';
import { DEFAULT_BEAM_SETTINGS, type BeamSettings } from '../ui/beamSettings';
import { preloadKatexWhenIdle } from '../ui/Formula';
import { BackendSelect, ModelSelect } from '../ui/Controls';
import { CopyLink } from '../ui/CopyLink';
import { Footer } from '../ui/Footer';
import { PrecomputedExample } from '../ui/PrecomputedExample';
import { Preferences } from '../ui/Preferences';
import type { BeamBest, ExamplesState } from '../ui/ForcingView';
import { BeamView, CompareView, ForcingView, LearnView, ModelsView, preloadViewsWhenIdle } from '../ui/lazyViews';
import { SentenceInput } from '../ui/SentenceInput';
import { errorDetail } from '../ui/errorText';
import { useLang, useStrings } from '../ui/i18n';
import { TabList, TabPanel } from '../ui/Tabs';
import { Tour } from '../ui/Tour';
import { TranslationView, type StepCursor } from '../ui/TranslationView';
import { Engine, type LoadPhase, type TranslationResult } from './engine';
import { fetchTestExamples, NO_REFERENCES, referenceLines, type References, type TestExample } from './examples';
import { fetchModelCard, fetchModelIndex, type ModelCard, type VariantInfo } from './loadModel';
import { fetchPrecomputedExample, type PrecomputedExample as Example } from './precomputed';
import { phasesFor, type PhaseId } from './playback';
import { installTestHooks } from './testHooks';
import { markTourSeen, TOUR_SENTENCE, TOUR_STEP, tourOpensByItself, tourSeen } from './tour';
import { readUrlState, type TabId, type UrlState } from './urlState';
import { useUrlSync } from './useUrlSync';
import { decodeOptions, isManipulated, NO_WHAT_IF, withAttention, withForcedWord, type WhatIf } from './whatIf';
import { fitWhatIf } from './whatIfUrl';

/** localStorage, where the page may use it (null in private modes that refuse it). */
function pageStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** What the page shows: the current decode, the model's own decode of the same sentence, and the what-if that turned one into the other. */
interface Shown {
  /** id of the request that produced it (keys the views) */
  seq: number;
  r: TranslationResult;
  /** the model's own decoding of `r.text`, and the id of the request that produced it */
  base: TranslationResult;
  baseSeq: number;
  whatIf: WhatIf;
  /** where the step view starts (the step a what-if changed, a shared link's step); no phase: the step's first */
  cursor?: { step: number; phase?: PhaseId };
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The whole page: header with model and backend pickers, sentence input, and the step-by-step, beam-search and teacher-forcing tabs for the current translation. */
export function App() {
  const t = useStrings();
  const lang = useLang();
  /** what to do after the engine recovered from a lost WebGL context (set below, once the state it uses exists) */
  const onContextLost = useRef<(r: BackendResult) => void>(() => {});
  const engine = useMemo(() => new Engine({ onContextLost: (r) => onContextLost.current(r) }), []);
  useEffect(() => installTestHooks(engine), [engine]);
  const initial = useMemo(() => readUrlState(), []);
  const [backend, setBackend] = useState<string | null>(null);
  /** the backend the URL or the user named (kept in the URL); null while the page chooses by itself */
  const [backendChosen, setBackendChosen] = useState<BackendName | null>(initial.backend);
  const [backendNotice, setBackendNotice] = useState<string | null>(null);
  /** why the default backend is not webgl (software-rendered WebGL); cleared once the user picks a backend */
  const [softwareNotice, setSoftwareNotice] = useState<string | null>(null);
  /** the user chose a backend: no late notice about the default any more */
  const userPickedBackend = useRef(false);
  const [variants, setVariants] = useState<VariantInfo[]>([]);
  const [variant, setVariant] = useState<string>('');
  const [card, setCard] = useState<ModelCard | undefined>(undefined);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<string | null>(t.startingBackend);
  const [translating, setTranslating] = useState(false);
  /** the running decode is a what-if re-decode (for the status line) */
  const [redecoding, setRedecoding] = useState(false);
  const [modelError, setModelError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Shown | null>(null);
  /** id of the newest request: older answers are dropped */
  const latest = useRef(0);
  const resultRef = useRef<TranslationResult | null>(null);
  resultRef.current = result?.base ?? null;
  const shownRef = useRef<Shown | null>(null);
  shownRef.current = result;
  const [tab, setTab] = useState<TabId>(initial.tab ?? 'main');
  /** tabs opened at least once stay mounted (hidden), so their state survives a switch */
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(() => new Set<TabId>(['main', initial.tab ?? 'main']));
  const [references, setReferences] = useState<References>(() =>
    initial.ref !== null ? { text: initial.ref, source: null } : NO_REFERENCES,
  );
  const [examples, setExamples] = useState<ExamplesState>({ status: 'loading' });
  const [beamBest, setBeamBest] = useState<{ baseSeq: number; best: BeamBest } | null>(null);
  const [beamSettings, setBeamSettings] = useState<BeamSettings>(() => ({
    k: initial.beam.k ?? DEFAULT_BEAM_SETTINGS.k,
    alpha: initial.beam.alpha ?? DEFAULT_BEAM_SETTINGS.alpha,
    showPruned: initial.beam.pruned ?? DEFAULT_BEAM_SETTINGS.showPruned,
  }));
  /** the precomputed example shown until the first live translation is asked for */
  const [example, setExample] = useState<Example | null>(null);
  /** where the main view's step cursor is (for the URL) */
  const [cursor, setCursor] = useState<StepCursor | null>(null);
  /** a request to move the main view's step cursor (the tour) */
  const [goTo, setGoTo] = useState<(StepCursor & { n: number }) | null>(null);
  /** the compare view's models and the sentence it last compared (for the URL) */
  const [compared, setCompared] = useState<{ models: string[]; text: string | null }>({
    models: initial.compare ?? [],
    text: null,
  });
  /** the compare view's shared step (1-based), for the URL */
  const [compareStep, setCompareStep] = useState(1);
  /** the URL follows the view once the view the URL asked for is restored */
  const [urlLive, setUrlLive] = useState(false);
  const [tourOpen, setTourOpen] = useState(() =>
    tourOpensByItself({ flag: initial.tour, seen: tourSeen(pageStorage()), sharedView: initial.text !== null }),
  );

  const nameOf = useCallback((id: string) => variants.find((v) => v.id === id)?.name ?? id, [variants]);

  /** Loads a variant on the current backend; resolves to whether it worked. */
  const loadVariant = useCallback(
    async (id: string, name: string): Promise<boolean> => {
      setModelError(null);
      setBusy(t.loadingModel(name));
      try {
        await engine.load(id, name);
        return true;
      } catch (e) {
        setModelError(t.modelError(name, errorDetail(e, name)));
        return false;
      } finally {
        setBusy(null);
      }
    },
    [engine],
  );

  // A lost WebGL context: the engine restarted webgl (or fell back); say so and rebuild the current model.
  onContextLost.current = (r: BackendResult) => {
    setBackend(r.active);
    setBackendNotice(r.failure ? t.contextFallback(r.active, r.failure) : t.contextRestored);
    if (variant) void loadVariant(variant, nameOf(variant)).then((ok) => ok && engine.warmUp(variant, nameOf(variant)));
  };

  /**
   * Translates `sentence` and shows it (the step view at `at`, else at its start); with `whatIf`
   * (a shared link's), shows the manipulated decode of it, keeping what fits the model and the
   * sentence. Resolves to the model's own result, or null if it failed or was overtaken.
   */
  const translate = useCallback(
    async (
      id: string,
      name: string,
      sentence: string,
      at?: Shown['cursor'],
      whatIf?: WhatIf | null,
    ): Promise<TranslationResult | null> => {
      if (sentence.trim() === '') return null;
      const req = ++latest.current;
      setError(null);
      setTranslating(true);
      setRedecoding(false);
      try {
        const r = await engine.translate(id, name, sentence);
        if (req !== latest.current) return null;
        let shown = r;
        let w = NO_WHAT_IF;
        if (whatIf) {
          const model = await engine.load(id, name); // loaded already: the decode above used it
          const fit = fitWhatIf(whatIf, model.cfg.tgtVocabSize, r.trace.encoder.tokens.length);
          if (fit) {
            shown = await engine.translate(id, name, sentence, decodeOptions(fit));
            if (req !== latest.current) return null;
            w = fit;
          }
        }
        setGoTo(null);
        setResult({ seq: req, r: shown, base: r, baseSeq: req, whatIf: w, cursor: at });
        return r;
      } catch (e) {
        if (req === latest.current) {
          setResult(null);
          setError(t.translateError(errorText(e)));
        }
        return null;
      } finally {
        if (req === latest.current) setTranslating(false);
      }
    },
    [engine],
  );

  /**
   * What-if: re-decodes the shown sentence with `w` (forced words, attention overrides), starting
   * the step view at `cursor`. No manipulation left: back to the model's own decoding, no re-run.
   */
  const applyWhatIf = useCallback(
    async (w: WhatIf, cursor: Shown['cursor']) => {
      const cur = shownRef.current;
      if (!cur) return;
      const { base, baseSeq } = cur;
      const req = ++latest.current;
      setError(null);
      setGoTo(null);
      if (!isManipulated(w)) {
        setResult({ seq: req, r: base, base, baseSeq, whatIf: NO_WHAT_IF, cursor });
        setTranslating(false);
        setRedecoding(false);
        return;
      }
      setTranslating(true);
      setRedecoding(true);
      try {
        const label = variants.find((v) => v.id === base.variant)?.name ?? base.variant;
        const r = await engine.translate(base.variant, label, base.text, decodeOptions(w));
        if (req === latest.current) setResult({ seq: req, r, base, baseSeq, whatIf: w, cursor });
      } catch (e) {
        if (req === latest.current) setError(t.translateError(errorText(e)));
      } finally {
        if (req === latest.current) {
          setTranslating(false);
          setRedecoding(false);
        }
      }
    },
    [engine, variants],
  );

  const whatIfHandlers = useMemo(
    () => ({
      onForce: (step: number, id: number) => {
        const cur = shownRef.current;
        if (cur) void applyWhatIf(withForcedWord(cur.whatIf, step, id), { step, phase: 'output' });
      },
      onAttention: (step: number, weights: number[]) => {
        const cur = shownRef.current;
        if (cur) void applyWhatIf(withAttention(cur.whatIf, step, weights), { step, phase: 'softmax' });
      },
      onReset: () => void applyWhatIf(NO_WHAT_IF, undefined),
    }),
    [applyWhatIf],
  );

  const openTab = (id: TabId): void => {
    setTab(id);
    setVisited((v) => (v.has(id) ? v : new Set([...v, id])));
  };

  // The precomputed example, for the first screen while the model loads.
  useEffect(() => {
    let cancelled = false;
    void fetchPrecomputedExample().then((ex) => !cancelled && setExample(ex));
    return () => {
      cancelled = true;
    };
  }, []);

  // The test-set examples are fetched when the teacher-forcing view is first opened.
  const wantExamples = visited.has('forcing');
  useEffect(() => {
    if (!wantExamples) return;
    let cancelled = false;
    fetchTestExamples()
      .then((list) => !cancelled && setExamples({ status: 'ready', examples: list }))
      .catch(() => !cancelled && setExamples({ status: 'error' }));
    return () => {
      cancelled = true;
    };
  }, [wantExamples]);

  // Start-up: backend, model list, default model, WebGL warm-up. The model list and the default
  // model's files download while the backend is picked and started.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const index = fetchModelIndex();
      index
        .then(({ variants: list }) => {
          const first = list.find((v) => v.id === initial.model) ?? list[0];
          if (first && !cancelled) engine.prefetch(first.id, first.name);
        })
        .catch(() => undefined); // reported below
      try {
        // `?backend=` always wins; otherwise webgl, unless WebGL is software-rendered (then wasm).
        const choice = initial.backend ? { backend: initial.backend } : await detectDefaultBackend();
        const b = await engine.setBackend(choice.backend);
        if (cancelled) return;
        setBackend(b.active);
        if (b.failure) setBackendNotice(t.backendFallback(b.requested, b.active, b.failure));
        else if ('softwareRenderer' in choice && choice.softwareRenderer)
          setSoftwareNotice(t.softwareWebgl(choice.softwareRenderer));
        else if ('lateSoftwareRenderer' in choice && choice.lateSoftwareRenderer) {
          // WebGL was too slow to answer: say so now, and name the software renderer once known.
          setSoftwareNotice(t.slowWebgl);
          void choice.lateSoftwareRenderer.then(
            (name) => !cancelled && name && !userPickedBackend.current && setSoftwareNotice(t.softwareWebgl(name)),
          );
        }
      } catch (e) {
        setBusy(null);
        setBackendNotice(errorText(e));
        setUrlLive(true);
        return;
      }
      let list: VariantInfo[];
      try {
        list = (await index).variants;
      } catch (e) {
        if (!cancelled) {
          setBusy(null);
          setModelError(t.indexError(errorText(e)));
          setUrlLive(true);
        }
        return;
      }
      if (cancelled) return;
      setVariants(list);
      // an unknown model in the URL: the default one
      const first = list.find((v) => v.id === initial.model) ?? list[0];
      if (!first) {
        setBusy(null);
        setUrlLive(true);
        return;
      }
      setVariant(first.id);
      const loaded = await loadVariant(first.id, first.name);
      if (cancelled) return;
      if (loaded && initial.text !== null) {
        // A shared view: its sentence, translated, with the step view where the link says.
        setText(initial.text);
        const at = initial.step !== null ? { step: initial.step, phase: initial.phase ?? undefined } : undefined;
        await translate(first.id, first.name, initial.text, at, initial.whatIf);
      } else if (loaded) {
        // Off the main interaction: the warm-up decode runs in the engine's queue after the page is ready.
        void engine.warmUp(first.id, first.name);
      }
      if (loaded) {
        preloadViewsWhenIdle();
        preloadKatexWhenIdle();
      }
      if (!cancelled) setUrlLive(true);
    })();
    return () => {
      cancelled = true;
    };
  }, [engine, initial, loadVariant, translate]);

  // The card of the selected model (informational only).
  useEffect(() => {
    if (!variant) return;
    let cancelled = false;
    setCard(undefined);
    void fetchModelCard(variant).then((c) => {
      if (!cancelled) setCard(c);
    });
    return () => {
      cancelled = true;
    };
  }, [variant]);

  const onModelChange = async (id: string) => {
    setVariant(id);
    const ok = await loadVariant(id, nameOf(id));
    const last = resultRef.current;
    if (ok && last) await translate(id, nameOf(id), last.text);
    else if (!ok) setResult(null);
  };

  const onBackendChange = async (name: BackendName) => {
    setBusy(t.switchingBackend(name));
    setBackendNotice(null);
    setSoftwareNotice(null);
    userPickedBackend.current = true;
    try {
      const b = await engine.setBackend(name);
      setBackend(b.active);
      setBackendChosen(isBackendName(b.active) ? b.active : name);
      if (b.failure) setBackendNotice(t.backendFallback(b.requested, b.active, b.failure));
    } catch (e) {
      setBackendNotice(errorText(e));
      setBusy(null);
      return;
    }
    setBusy(null);
    if (!variant) return;
    const ok = await loadVariant(variant, nameOf(variant));
    const last = resultRef.current;
    if (ok && last) await translate(variant, nameOf(variant), last.text);
    // nothing to re-translate: warm the WebGL shaders for the first translation (no-op off webgl)
    else if (ok) void engine.warmUp(variant, nameOf(variant));
  };

  const onPickExample = (ex: TestExample): void => {
    setText(ex.en);
    setReferences({ text: ex.refs.join('\n'), source: ex.en });
    void translate(variant, nameOf(variant), ex.en);
  };

  const base = result?.base ?? null;
  const baseKey = result ? `${result.baseSeq}` : 'none';
  const runBeam = useCallback(
    (k: number, alpha: number) => {
      if (!base) return Promise.reject(new Error('nothing translated'));
      return engine.beam(base.variant, nameOf(base.variant), base.text, { k, alpha });
    },
    [engine, base, nameOf],
  );
  const inspect = useCallback(
    (ids: number[]) => {
      if (!base) return Promise.reject(new Error('nothing translated'));
      return engine.translate(base.variant, nameOf(base.variant), base.text, { force: ids, maxLen: ids.length });
    },
    [engine, base, nameOf],
  );
  const forceReference = useCallback(
    (reference: string) => {
      if (!base) return Promise.reject(new Error('nothing translated'));
      return engine.forceReference(base.variant, nameOf(base.variant), base.text, reference);
    },
    [engine, base, nameOf],
  );
  const compareLoad = useCallback(
    (id: string, name: string, onPhase: (p: LoadPhase) => void) => engine.load(id, name, onPhase),
    [engine],
  );
  const compareTranslate = useCallback(
    (id: string, name: string, sentence: string) => engine.translate(id, name, sentence),
    [engine],
  );
  const baseSeq = result?.baseSeq ?? -1;
  const onBeamBest = useCallback((best: BeamBest | null) => setBeamBest(best ? { baseSeq, best } : null), [baseSeq]);
  const refLines = useMemo(() => referenceLines(references), [references]);
  // References count for the beam view's BLEU only when they belong to the sentence (typed ones always do).
  const beamRefs = base && (references.source === null || references.source === base.text) ? refLines : [];
  const manipulated = !!result && isManipulated(result.whatIf);

  // The view in the URL: what a copied link reopens.
  const sentence = tab === 'compare' && compared.text !== null ? compared.text : (result?.base.text ?? null);
  // the step view's cursor, unless it is at its start (step 1, first phase)
  const movedCursor =
    result && cursor && !(cursor.step === 1 && cursor.phase === phasesFor(result.r.trace.attention)[0]) ? cursor : null;
  const urlState: UrlState = useMemo(
    () => ({
      backend: backendChosen,
      model: variant || null,
      lang,
      text: sentence,
      tab: tab === 'main' ? null : tab,
      step: movedCursor?.step ?? null,
      phase: movedCursor?.phase ?? null,
      whatIf: result && isManipulated(result.whatIf) ? result.whatIf : null,
      ref: references.text.trim() !== '' ? references.text : null,
      beam: {
        k: beamSettings.k !== DEFAULT_BEAM_SETTINGS.k ? beamSettings.k : null,
        alpha: beamSettings.alpha !== DEFAULT_BEAM_SETTINGS.alpha ? beamSettings.alpha : null,
        pruned: beamSettings.showPruned !== DEFAULT_BEAM_SETTINGS.showPruned ? beamSettings.showPruned : null,
      },
      compare: visited.has('compare') && compared.models.length > 0 ? compared.models : null,
      compareStep: visited.has('compare') && compareStep > 1 ? compareStep : null,
      tour: null,
    }),
    [
      backendChosen,
      variant,
      lang,
      sentence,
      tab,
      movedCursor,
      result,
      references.text,
      beamSettings,
      visited,
      compared.models,
      compareStep,
    ],
  );
  const getLink = useUrlSync(urlState, urlLive);
  const onCompareChange = useCallback((models: string[], text: string | null) => setCompared({ models, text }), []);

  // The guided tour: translates its sentence on the main view, then moves the step cursor.
  const closeTour = useCallback(() => {
    markTourSeen(pageStorage());
    setTourOpen(false);
  }, []);
  const tourShow = useCallback((phase: PhaseId) => setGoTo((g) => ({ step: TOUR_STEP, phase, n: (g?.n ?? 0) + 1 })), []);
  const variantRef = useRef(variant);
  variantRef.current = variant;
  const tourStart = useCallback(async (): Promise<TranslationResult> => {
    const id = variantRef.current;
    setTab('main');
    setText(TOUR_SENTENCE);
    const r = await translate(id, nameOf(id), TOUR_SENTENCE, { step: TOUR_STEP });
    if (!r) throw new Error(t.unavailable);
    return r;
  }, [translate, nameOf]);

  const cardLine = card
    ? t.card(
        typeof card.devBleu === 'number' ? card.devBleu : undefined,
        typeof card.training?.epochs === 'number' ? card.training.epochs : undefined,
      )
    : '';
  const isBusy = busy !== null || translating;
  // The example belongs to one model: shown for it (or before the model list says which), until a live translation is asked for.
  const showExample =
    example !== null &&
    latest.current === 0 &&
    !result &&
    !translating &&
    !modelError &&
    (variant || initial.model || example.variant) === example.variant;

  return (
    <div className="page">
      <header className="header">
        <Preferences />
        <div className="header__text">
          <h1>{t.title}</h1>
          <p className="intro">{t.intro}</p>
        </div>
        <div className="header__controls">
          <ModelSelect variants={variants} value={variant} disabled={isBusy} onChange={(id) => void onModelChange(id)} />
          <BackendSelect active={backend} disabled={isBusy} note={softwareNotice} onChange={(b) => void onBackendChange(b)} />
          <div className="header__tools">
            <CopyLink getLink={getLink} />
            <button
              type="button"
              className="button button--small"
              data-testid="tour-open"
              onClick={() => setTourOpen(true)}
              aria-expanded={tourOpen}
            >
              {t.tour.open}
            </button>
          </div>
        </div>
      </header>

      <main className="main">
        {backendNotice ? (
          <p className="alert alert--warn" role="alert" data-testid="backend-notice">
            {backendNotice}
          </p>
        ) : null}
        {modelError ? (
          <p className="alert alert--error" role="alert" data-testid="model-error">
            {modelError}
          </p>
        ) : null}

        <div className="card">
          <SentenceInput
            value={text}
            onChange={setText}
            onTranslate={(s) => void translate(variant, nameOf(variant), s)}
            busy={translating}
            disabled={busy !== null || !variant || modelError !== null}
          />
          <p className="status muted small" data-testid="status" data-busy={isBusy ? 'true' : 'false'} aria-live="polite">
            {busy ??
              (translating
                ? redecoding
                  ? t.whatIf.decoding
                  : t.translating
                : modelError || !variant
                  ? t.unavailable
                  : [t.ready, cardLine].filter(Boolean).join(' · '))}
          </p>
        </div>

        {error ? (
          <p className="alert alert--error" role="alert" data-testid="translate-error">
            {error}
          </p>
        ) : null}
        {variant && !modelError ? (
          <TabList<TabId>
            label={t.tabs.label}
            value={tab}
            onChange={openTab}
            items={[
              { id: 'main', label: t.tabs.main, badge: manipulated ? t.tabs.manipulated : undefined },
              { id: 'beam', label: t.tabs.beam },
              { id: 'forcing', label: t.tabs.forcing },
              { id: 'compare', label: t.tabs.compare },
              { id: 'models', label: t.tabs.models },
              { id: 'learn', label: t.tabs.learn },
            ]}
          />
        ) : null}
        <TabPanel id="main" active={tab === 'main'}>
          {showExample ? (
            <PrecomputedExample example={example} modelReady={!isBusy && variant === example.variant} keyboard={tab === 'main'} />
          ) : null}
          {result ? (
            <TranslationView
              key={result.seq}
              result={result.r}
              base={result.base}
              whatIf={{ ...whatIfHandlers, busy: isBusy }}
              keyboard={tab === 'main'}
              initialCursor={result.cursor}
              modelName={nameOf(result.r.variant)}
              onCursorChange={setCursor}
              goTo={goTo}
            />
          ) : null}
        </TabPanel>
        {visited.has('beam') ? (
          <TabPanel id="beam" active={tab === 'beam'}>
            {result && base ? (
              <BeamView
                key={baseKey}
                settings={beamSettings}
                onSettingsChange={setBeamSettings}
                base={base}
                runBeam={runBeam}
                inspect={inspect}
                refs={beamRefs}
                onBest={onBeamBest}
                active={tab === 'beam'}
              />
            ) : (
              <p className="card muted">{t.needResult}</p>
            )}
          </TabPanel>
        ) : null}
        {visited.has('forcing') ? (
          <TabPanel id="forcing" active={tab === 'forcing'}>
            <ForcingView
              key={baseKey}
              base={base}
              shown={result?.r ?? null}
              beamBest={beamBest && beamBest.baseSeq === result?.baseSeq ? beamBest.best : null}
              references={references}
              onReferencesChange={setReferences}
              examples={examples}
              onPickExample={onPickExample}
              disabled={isBusy || !variant || modelError !== null}
              force={forceReference}
              autoFeed={initial.tab === 'forcing' && initial.ref !== null && initial.text !== null}
            />
          </TabPanel>
        ) : null}
        {visited.has('compare') ? (
          <TabPanel id="compare" active={tab === 'compare'}>
            <CompareView
              variants={variants}
              initialText={text}
              load={compareLoad}
              translate={compareTranslate}
              disabled={busy !== null}
              initialSelected={initial.compare ?? undefined}
              autoRun={initial.tab === 'compare' && initial.compare !== null && initial.text !== null}
              onChange={onCompareChange}
              initialStep={initial.compareStep ?? undefined}
              onStepChange={setCompareStep}
            />
          </TabPanel>
        ) : null}
        {visited.has('models') ? (
          <TabPanel id="models" active={tab === 'models'}>
            <ModelsView variants={variants} />
          </TabPanel>
        ) : null}
        {visited.has('learn') ? (
          <TabPanel id="learn" active={tab === 'learn'}>
            <LearnView active={tab === 'learn'} />
          </TabPanel>
        ) : null}
      </main>

      <Footer />
      {tourOpen ? (
        <Tour ready={!!variant && !isBusy && modelError === null} start={tourStart} show={tourShow} onClose={closeTour} />
      ) : null}
    </div>
  );
}
