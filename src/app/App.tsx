/**
 * The page's layout: header, sentence input and status, notices, and the tabs. The session
 * controller (session/) holds what the page knows and runs its commands; this component keeps
 * only view state (tab, references, beam settings, compare selection, tour) and wires them up.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { detectDefaultBackend } from '../tfjs/backendChoice';
import { AppHeader } from '../ui/AppHeader';
import { beamSettingsFrom, type BeamSettings } from '../ui/beamSettings';
import { Footer } from '../ui/Footer';
import type { BeamBest } from '../ui/ForcingView';
import { preloadKatexWhenIdle } from '../ui/Formula';
import { useLang, useStrings } from '../ui/i18n';
import { preloadViewsWhenIdle } from '../ui/lazyViews';
import { SentenceInput } from '../ui/SentenceInput';
import { Tour } from '../ui/Tour';
import type { StepCursor } from '../ui/TranslationView';
import { embedTab, readEmbed } from './embed';
import { Engine } from './engine';
import { NO_REFERENCES, referenceLines, type References, type TestExample } from './examples';
import { fetchModelCard, fetchModelIndex } from './loadModel';
import { ModelRegistry } from './modelRegistry';
import { PageTabs } from './PageTabs';
import { DEFAULT_PAIR, isPairId, PAIR_EXAMPLES, pairStorage, rememberPair, resolvePair, storedPair } from './pairs/pairs';
import { PairSelect } from '../ui/PairSelect';
import { OpenModelFolder } from '../ui/OpenModelFolder';
import { UserModels } from './userModels/userModels';
import { TrainingNote } from '../ui/TrainingNote';
import { usePageData } from './usePageData';
import { usePageUrl } from './pageUrl';
import type { PhaseId } from './playback';
import { messageText, statusText, type Message } from './session/messages';
import { useSession } from './session/useSession';
import { PageNotices } from './robust/PageNotices';
import { ModelRetry } from './robust/ModelRetry';
import { parsePair } from '../model/languages';
import { markTourSeen, pageStorage, TOUR_SENTENCE, TOUR_STEP, tourOpensByItself, tourSeen } from './tour';
import { readUrlState, type TabId } from './urlState';

/** The whole page. */
export function App() {
  const t = useStrings();
  const lang = useLang();
  const initial = useMemo(() => readUrlState(), []);
  // `?embed=…`: one view, no page chrome (embed.ts; styles/embed.css)
  const embed = useMemo(() => readEmbed(), []);
  const startTab = embed ? embedTab(embed) : (initial.tab ?? 'main');
  const startPair = useMemo(() => resolvePair(initial.pair, storedPair(pairStorage())), [initial]);
  const [registry] = useState(() => new ModelRegistry());
  const [userModels] = useState(() => new UserModels(registry));
  const allModels = useSyncExternalStore(registry.subscribe.bind(registry), () => registry.list());
  const [s, session] = useSession(() => {
    const engine = new Engine({ registry, onContextLost: (r) => session.contextLost(r) });
    const onReady = (): void => {
      preloadViewsWhenIdle();
      preloadKatexWhenIdle();
    };
    const deps = {
      engine,
      registry,
      fetchIndex: fetchModelIndex,
      // (a model trained in the page has no card file to fetch: its card is the download's)
      fetchCard: (id: string) =>
        userModels.cardOf(id) || registry.get(id)?.source === 'trained'
          ? Promise.resolve(userModels.cardOf(id))
          : fetchModelCard(id),
      restoreUserModels: () => userModels.restore(),
      detectBackend: detectDefaultBackend,
      onReady,
    };
    return { deps, backendChosen: initial.backend };
  });
  const { engine } = session;
  useEffect(() => {
    // test hooks: in the e2e build and the dev server only (the shipped build has none)
    if (import.meta.env.MODE === 'e2e' || import.meta.env.DEV) void import('./testHooks').then((m) => m.installTestHooks(engine));
  }, [engine]);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void session.start({ ...initial, pair: startPair });
  }, [session, initial, startPair]);
  useEffect(() => {
    if (isPairId(s.pair)) rememberPair(pairStorage(), s.pair);
  }, [s.pair]);

  const [tab, setTab] = useState<TabId>(startTab);
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(() => new Set<TabId>(['main', startTab]));
  const openTab = useCallback((id: TabId) => {
    setTab(id);
    setVisited((v) => (v.has(id) ? v : new Set([...v, id])));
  }, []);
  const [references, setReferences] = useState<References>(() =>
    initial.ref !== null ? { text: initial.ref, source: null } : NO_REFERENCES,
  );
  const { example, examples } = usePageData(visited.has('forcing'), s.pair);
  const [beamBest, setBeamBest] = useState<{ baseSeq: number; best: BeamBest } | null>(null);
  const [beamSettings, setBeamSettings] = useState<BeamSettings>(() => beamSettingsFrom(initial.beam));
  const [cursor, setCursor] = useState<StepCursor | null>(null);
  const [compared, setCompared] = useState<{ models: string[]; text: string | null }>({
    models: initial.compare ?? [],
    text: null,
  });
  const [compareStep, setCompareStep] = useState(1);
  const [tourOpen, setTourOpen] = useState(
    () => !embed && tourOpensByItself({ flag: initial.tour, seen: tourSeen(pageStorage()), sharedView: initial.text !== null }),
  );

  const { result } = s;
  const base = result?.base ?? null;
  const baseSeq = result?.baseSeq ?? -1;
  const onBeamBest = useCallback((best: BeamBest | null) => setBeamBest(best ? { baseSeq, best } : null), [baseSeq]);
  const refLines = useMemo(() => referenceLines(references), [references]);
  // References count for the beam view's BLEU only when they belong to the sentence (typed ones always do).
  const beamRefs = base && (references.source === null || references.source === base.text) ? refLines : [];
  const onCompareChange = useCallback((models: string[], text: string | null) => setCompared({ models, text }), []);
  const getLink = usePageUrl(s, {
    lang,
    tab,
    visited,
    cursor,
    referencesText: references.text,
    beamSettings,
    compared,
    compareStep,
    embed,
  });

  const onPickExample = (ex: TestExample): void => {
    session.setInput(ex.en);
    setReferences({ text: ex.refs.join('\n'), source: ex.en });
    void session.translate(ex.en);
  };

  // The guided tour: translates its sentence on the main view, then moves the step cursor.
  const closeTour = useCallback(() => {
    markTourSeen(pageStorage());
    setTourOpen(false);
  }, []);
  const tourShow = useCallback((phase: PhaseId) => session.showStep({ step: TOUR_STEP, phase }), [session]);
  const tourStart = useCallback(async () => {
    setTab('main');
    session.setInput(TOUR_SENTENCE);
    const r = await session.translate(TOUR_SENTENCE, { step: TOUR_STEP });
    if (!r) throw new Error(t.unavailable);
    return r;
  }, [session, t]);

  const say = (m: Message | null): string | null => (m ? messageText(t, m) : null);
  const isBusy = s.busy !== null || s.translating;
  const alert = (m: Message | null, cls: string, testId: string) =>
    m ? (
      <p className={`alert ${cls}`} role="alert" data-testid={testId}>
        {say(m)}
      </p>
    ) : null;

  return (
    <div className="page" data-embed={embed ?? undefined}>
      <AppHeader
        variants={s.variants.map((v) =>
          allModels.find((m) => m.id === v.id)?.source === 'opened' ? { ...v, name: t.userModels.yours(v.name) } : v,
        )}
        variant={s.variant}
        backend={s.backend}
        backendNote={say(s.softwareNotice)}
        busy={isBusy}
        tourOpen={tourOpen}
        getLink={getLink}
        onModelChange={(id) => void session.switchModel(id)}
        onBackendChange={(b) => void session.switchBackend(b)}
        onOpenTour={() => setTourOpen(true)}
        pair={s.pair}
        pairControl={
          <PairSelect
            value={s.pair}
            extra={allModels.map((m) => m.pair)}
            disabled={isBusy}
            onChange={(p) => void session.switchPair(p)}
          />
        }
        modelTools={
          <OpenModelFolder
            models={allModels.filter((m) => m.source !== 'shipped')}
            disabled={s.busy !== null}
            onOpen={async (folder, files) => {
              const { entry, stored } = await userModels.open(folder, files);
              void session.switchPair(entry.pair, entry.id);
              return { pair: entry.pair, stored };
            }}
            onRemove={(id) => {
              const wasShown = s.variant === id;
              void userModels.remove(id).then(() => {
                const first = registry.list(s.pair)[0];
                if (wasShown) void (first ? session.switchModel(first.id) : session.switchPair(DEFAULT_PAIR));
              });
            }}
          />
        }
      />
      <main className="main">
        <PageNotices />
        {alert(s.backendNotice, 'alert--warn', 'backend-notice')}
        {alert(s.modelError, 'alert--error', 'model-error')}
        {s.modelError?.kind === 'modelError' ? <ModelRetry onRetry={() => void session.retryModel()} disabled={isBusy} /> : null}
        <TrainingNote info={s.variants.find((v) => v.id === s.variant)} card={s.card} />
        <div className="card">
          <SentenceInput
            value={s.input}
            onChange={session.setInput}
            onTranslate={(text) => void session.translate(text)}
            busy={s.translating}
            disabled={s.busy !== null || !s.variant || s.modelError !== null}
            examples={(isPairId(s.pair) ? PAIR_EXAMPLES[s.pair] : null) ?? undefined}
          />
          <p className="status muted small" data-testid="status" data-busy={isBusy ? 'true' : 'false'} aria-live="polite">
            {statusText(t, s)}
          </p>
        </div>
        {alert(s.error, 'alert--error', 'translate-error')}
        <PageTabs
          s={s}
          session={session}
          engine={engine}
          initial={initial}
          tab={tab}
          visited={visited}
          onTab={openTab}
          example={example}
          examples={examples}
          references={references}
          onReferencesChange={setReferences}
          onPickExample={onPickExample}
          beamRefs={beamRefs}
          beamSettings={beamSettings}
          onBeamSettings={setBeamSettings}
          beamBest={beamBest && beamBest.baseSeq === result?.baseSeq ? beamBest.best : null}
          onBeamBest={onBeamBest}
          onCursorChange={setCursor}
          onCompareChange={onCompareChange}
          onCompareStep={setCompareStep}
          onOpenTrained={(files, o) => {
            // kept in this browser like an opened folder: listed after a reload, its link reopens it
            void userModels.keepTrained(files, o.card, o).then(({ entry }) => {
              openTab('main');
              void session.switchPair(entry.pair, entry.id);
            });
          }}
        />
      </main>
      <Footer />
      {tourOpen ? (
        <Tour
          ready={!!s.variant && !isBusy && s.modelError === null}
          start={tourStart}
          show={tourShow}
          onClose={closeTour}
          targetLang={parsePair(s.pair)?.tgt}
        />
      ) : null}
    </div>
  );
}
