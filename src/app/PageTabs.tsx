/** The page's tab panels: translation & steps, beam search, teacher forcing & BLEU, compare, models. */
import { useState, type Dispatch, type SetStateAction } from 'react';
import { UNK_TOKEN } from '../model/unkReplace';
import { UnkReplacedLine } from '../ui/UnkReplacedLine';
import { pairStorage } from './pairs/pairs';
import { rememberUnkReplace, unkReplaceOn } from './unk/unkSetting';
import { useUnkReplacement } from './unk/useUnkReplacement';
import type { BeamSettings } from '../ui/beamSettings';
import type { BeamBest, ExamplesState } from '../ui/ForcingView';
import { useStrings } from '../ui/i18n';
import { BeamView, CompareView, ForcingView, LearnView, ModelsView } from '../ui/lazyViews';
import { PrecomputedExample } from '../ui/PrecomputedExample';
import { TabList, TabPanel } from '../ui/Tabs';
import { TranslationView, type StepCursor } from '../ui/TranslationView';
import type { Engine } from './engine';
import type { References, TestExample } from './examples';
import type { ModelFiles } from './loadModel';
import type { PrecomputedExample as Example } from './precomputed';
import type { Session } from './session/session';
import { resultIsStale, type SessionState } from './session/state';
import type { TabId, UrlState } from './urlState';
import { useViewCommands } from './viewCommands';
import { isManipulated } from './whatIf';

/** Props of {@link PageTabs}. */
export interface PageTabsProps {
  s: SessionState;
  session: Session<Engine>;
  engine: Engine;
  /** what the URL asked for when the page opened */
  initial: UrlState;
  tab: TabId;
  visited: ReadonlySet<TabId>;
  onTab: (id: TabId) => void;
  /** the precomputed first-screen example, while no live translation was asked for */
  example: Example | null;
  examples: ExamplesState;
  references: References;
  onReferencesChange: (r: References) => void;
  onPickExample: (ex: TestExample) => void;
  /** the reference lines the beam view scores against */
  beamRefs: string[];
  beamSettings: BeamSettings;
  onBeamSettings: Dispatch<SetStateAction<BeamSettings>>;
  beamBest: BeamBest | null;
  onBeamBest: (best: BeamBest | null) => void;
  onCursorChange: (c: StepCursor) => void;
  onCompareChange: (models: string[], text: string | null) => void;
  onCompareStep: (step: number) => void;
  /** opens a model trained in the "Watch it learn" view in the other views */
  onOpenTrained: (files: ModelFiles, o: { name: string; pair: string; card: Record<string, unknown> }) => void;
}

/** The tab list and the panels (tabs opened once stay mounted, hidden, so their state survives a switch). */
export function PageTabs(p: PageTabsProps) {
  const t = useStrings();
  const { s, session, initial, tab, visited } = p;
  const { result } = s;
  const base = result?.base ?? null;
  const baseKey = result ? `${result.baseSeq}` : 'none';
  const isBusy = s.busy !== null || s.translating;
  const cmd = useViewCommands(p.engine, base, session.nameOf);
  const { example } = p;
  // The example belongs to one model: shown for it (or before the model list says which), until a live translation is asked for.
  const showExample =
    example !== null &&
    !s.asked &&
    !result &&
    !s.translating &&
    !s.modelError &&
    (s.variant || initial.model || example.variant) === example.variant;
  const noModel = !s.variant || s.modelError !== null;
  const [unkOn, setUnkOn] = useState(() => unkReplaceOn(pairStorage()));
  const toggleUnk = (on: boolean): void => {
    setUnkOn(on);
    rememberUnkReplace(pairStorage(), on);
  };
  const shownR = result?.r ?? null;
  const unk = useUnkReplacement(p.engine, shownR, shownR ? session.nameOf(shownR.variant) : '', s.pair, unkOn);
  const unkShown = !!shownR && shownR.trace.outputTokens.includes(UNK_TOKEN);
  return (
    <>
      {!noModel ? (
        <TabList<TabId>
          label={t.tabs.label}
          value={tab}
          onChange={p.onTab}
          items={[
            { id: 'main', label: t.tabs.main, badge: result && isManipulated(result.whatIf) ? t.tabs.manipulated : undefined },
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
          <PrecomputedExample example={example} modelReady={!isBusy && s.variant === example.variant} keyboard={tab === 'main'} />
        ) : null}
        {result && unkShown ? (
          <UnkReplacedLine on={unkOn} onToggle={toggleUnk} replaced={unk} hasUnknown={unkShown} pair={s.pair} />
        ) : null}
        {result ? (
          <TranslationView
            key={result.seq}
            result={result.r}
            base={result.base}
            whatIf={{ onForce: session.forceWord, onAttention: session.setAttention, onReset: session.resetWhatIf, busy: isBusy }}
            keyboard={tab === 'main'}
            initialCursor={result.cursor}
            modelName={session.nameOf(result.r.variant)}
            onCursorChange={p.onCursorChange}
            goTo={s.goTo}
            pair={s.pair}
            unkReplacements={unk?.of === result.r ? unk.replacements : undefined}
            stale={resultIsStale(s)}
          />
        ) : null}
      </TabPanel>
      {visited.has('beam') ? (
        <TabPanel id="beam" active={tab === 'beam'}>
          {result && base ? (
            <BeamView
              key={baseKey}
              settings={p.beamSettings}
              onSettingsChange={p.onBeamSettings}
              base={base}
              runBeam={cmd.runBeam}
              inspect={cmd.inspect}
              refs={p.beamRefs}
              onBest={p.onBeamBest}
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
            beamBest={p.beamBest}
            references={p.references}
            onReferencesChange={p.onReferencesChange}
            examples={p.examples}
            onPickExample={p.onPickExample}
            disabled={isBusy || noModel}
            force={cmd.forceReference}
            autoFeed={initial.tab === 'forcing' && initial.ref !== null && initial.text !== null}
            pair={s.pair}
          />
        </TabPanel>
      ) : null}
      {visited.has('compare') ? (
        <TabPanel id="compare" active={tab === 'compare'}>
          <CompareView
            key={s.pair}
            variants={s.variants}
            initialText={s.input}
            load={cmd.compareLoad}
            translate={cmd.compareTranslate}
            force={cmd.compareForce}
            disabled={s.busy !== null}
            initialSelected={initial.compare ?? undefined}
            autoRun={initial.tab === 'compare' && initial.compare !== null && initial.text !== null}
            onChange={p.onCompareChange}
            initialStep={initial.compareStep ?? undefined}
            onStepChange={p.onCompareStep}
          />
        </TabPanel>
      ) : null}
      {visited.has('models') ? (
        <TabPanel id="models" active={tab === 'models'}>
          <ModelsView key={s.pair} variants={s.variants} />
        </TabPanel>
      ) : null}
      {visited.has('learn') ? (
        <TabPanel id="learn" active={tab === 'learn'}>
          <LearnView active={tab === 'learn'} backend={s.backend} onOpenModel={p.onOpenTrained} />
        </TabPanel>
      ) : null}
    </>
  );
}
