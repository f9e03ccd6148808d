/**
 * "Teacher forcing & BLEU": the user's reference (typed, or from the test set) is fed to the
 * decoder instead of its own predictions, showing p(reference token) per step next to the model's
 * own top choice and the attention of the forced path; below, the BLEU of the current output
 * against the reference(s), explained.
 */
import { sequenceLogp } from '../model/sequenceScore';
import { errorText } from './errorText';
import { useLatest } from './useLatest';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ForcedRun, TranslationResult } from '../app/engine';
import { referenceLines, type References, type TestExample } from '../app/examples';
import { ForcedSteps, type ForcedRow } from '../viz/ForcedSteps';
import { fmt } from '../viz/stepLayout';
import { BleuPanel } from './BleuPanel';
import { ForcedHeatmap } from './ForcedHeatmap';
import { HypOption, type HypChoice } from './HypOption';
import { useStrings } from './i18n';
import { outputLanguage, outputLanguageName } from './languages';

/** A reference sentence per output language, shown as the placeholder of the reference box. */
const PLACEHOLDER_REFERENCES: Readonly<Record<string, string>> = { fr: 'Je suis étudiant.', de: 'Ich bin Student.' };

/** Loading state of the test-set examples file. */
export type ExamplesState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; examples: TestExample[] };

/** The best beam-search hypothesis of the current sentence, with the width k and α that found it. */
export interface BeamBest {
  /** the hypothesis, detokenized */
  text: string;
  /** the beam width that found it */
  k: number;
  /** the length-normalisation exponent that found it */
  alpha: number;
}

/** Props of {@link ForcingView}. */
export interface ForcingViewProps {
  /** the model's own (greedy) translation of the current sentence */
  base: TranslationResult | null;
  /** the translation shown in the main view (a what-if when manipulated) */
  shown: TranslationResult | null;
  /** the best beam hypothesis of the current sentence, once the beam view ran */
  beamBest: BeamBest | null;
  /** the reference lines, typed or from a test-set example */
  references: References;
  /** the user edited the references */
  onReferencesChange: (r: References) => void;
  /** the pair's test-set examples (with their references) */
  examples: ExamplesState;
  /** the user picked a test-set example (translate it and take its references) */
  onPickExample: (ex: TestExample) => void;
  /** the model's language pair, e.g. `en-de`: names and marks the output language (references, tokens, BLEU) */
  pair?: string;
  /** no model ready, or busy elsewhere */
  disabled: boolean;
  /** runs teacher forcing of one reference line on the current sentence */
  force: (reference: string) => Promise<ForcedRun>;
  /** feed the first reference line as soon as the sentence is translated (a shared link of this view) */
  autoFeed?: boolean;
}

/** The teacher-forcing & BLEU tab: feeds a reference to the decoder, shows p(reference token) per step and its attention, then the BLEU of a chosen output. */
export function ForcingView({
  base,
  shown,
  beamBest,
  references,
  onReferencesChange,
  examples,
  onPickExample,
  disabled,
  force,
  autoFeed = false,
  pair,
}: ForcingViewProps) {
  const t = useStrings();
  const f = t.forcing;
  const tgtLang = outputLanguage(pair);
  const tgtName = outputLanguageName(t.languageNames, pair);
  const placeholder = tgtLang && PLACEHOLDER_REFERENCES[tgtLang];
  const id = useId();
  const lines = useMemo(() => referenceLines(references), [references]);
  const [lineIdx, setLineIdx] = useState(0);
  const line = lines[Math.min(lineIdx, Math.max(0, lines.length - 1))] ?? '';
  const [run, setRun] = useState<ForcedRun | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [hoverRow, setHoverRow] = useState<number | null>(null);
  const req = useRef(0);
  const forceRef = useLatest(force);
  const fromTestSet = references.source !== null && base !== null && references.source === base.text;
  const stale = references.source !== null && base !== null && references.source !== base.text;

  const feed = async (reference: string): Promise<void> => {
    if (reference.trim() === '' || !base) return;
    const r = ++req.current;
    setBusy(true);
    setError(null);
    try {
      const out = await forceRef.current(reference);
      if (r === req.current) setRun(out);
    } catch (e) {
      if (r === req.current) setError(f.error(errorText(e)));
    } finally {
      if (r === req.current) setBusy(false);
    }
  };

  const feedRef = useLatest(feed);
  // References picked from the test set for this very sentence are fed at once, as are a shared link's.
  const autoFed = useRef(false);
  useEffect(() => {
    if (autoFed.current || !(fromTestSet || autoFeed) || !lines[0] || disabled || !base) return;
    autoFed.current = true;
    void feedRef.current(lines[0]);
  }, [fromTestSet, autoFeed, lines, disabled, base, feedRef]);

  const rows: ForcedRow[] = run
    ? run.trace.steps.map((s, i) => ({
        t: s.t,
        token: run.tokens[i] ?? s.chosen.token,
        unknown: run.unknown[i] === true,
        p: s.chosen.p,
        top: { token: s.topK[0]?.token ?? '', p: s.topK[0]?.p ?? 0 },
      }))
    : [];
  const logp = sequenceLogp(rows.map((r) => r.p));
  const nll = rows.length ? -logp / rows.length : 0;
  const agree = rows.filter((r) => !r.unknown && r.top.token === r.token).length;
  const nUnk = run ? run.unknown.filter(Boolean).length : 0;

  // BLEU: which output is scored.
  const whatIfShown = shown && base && shown !== base && shown.options ? shown : null;
  const beamForBase = beamBest;
  const [choice, setChoice] = useState<HypChoice>('greedy');
  const hyp =
    choice === 'whatif' && whatIfShown
      ? whatIfShown.trace.translation
      : choice === 'beam' && beamForBase
        ? beamForBase.text
        : (base?.trace.translation ?? '');
  const effectiveChoice: HypChoice =
    choice === 'whatif' && !whatIfShown ? 'greedy' : choice === 'beam' && !beamForBase ? 'greedy' : choice;

  return (
    <div className="forcing" data-testid="forcing-view">
      <section className="card" aria-labelledby={`${id}-h`}>
        <h2 className="card__title" id={`${id}-h`}>
          {f.heading}
        </h2>
        <p className="muted small" data-testid="forcing-intro">
          {f.intro(tgtName)}
        </p>
        <p className="why" data-testid="forcing-why">
          {f.why}
        </p>

        <div className="chips" role="group" aria-label={f.examples} data-testid="test-examples">
          <span className="chips__label">{f.examples}:</span>
          {examples.status === 'loading' ? <span className="muted small">{f.examplesLoading}</span> : null}
          {examples.status === 'error' ? <span className="note note--warn">{f.examplesError}</span> : null}
          {examples.status === 'ready' && examples.examples.length === 0 ? (
            <span className="muted small" data-testid="test-examples-none">
              {t.pairs.noExamples}
            </span>
          ) : null}
          {examples.status === 'ready'
            ? examples.examples.map((ex) => (
                <button
                  key={ex.en}
                  type="button"
                  className={`chip${base?.text === ex.en ? ' chip--active' : ''}`}
                  data-testid="test-example"
                  data-refs={ex.refs.length}
                  disabled={disabled}
                  title={ex.refs.join('\n')}
                  onClick={() => onPickExample(ex)}
                >
                  {ex.en}
                  {ex.refs.length > 1 ? <span className="chip__count">×{ex.refs.length}</span> : null}
                </button>
              ))
            : null}
        </div>
        <p className="muted small">{f.examplesHelp}</p>

        {!base ? (
          <p className="muted" data-testid="forcing-need-result">
            {t.needResult}
          </p>
        ) : (
          <>
            <form
              className="refs"
              onSubmit={(e) => {
                e.preventDefault();
                void feed(line);
              }}
            >
              <label htmlFor={`${id}-refs`} className="refs__label">
                {f.referencesLabel}
              </label>
              <textarea
                id={`${id}-refs`}
                className="refs__input"
                data-testid="reference-input"
                rows={Math.min(6, Math.max(2, lines.length + 1))}
                value={references.text}
                placeholder={placeholder ? f.referencesPlaceholder(placeholder) : undefined}
                lang={tgtLang}
                spellCheck={false}
                onChange={(e) => onReferencesChange({ text: e.target.value, source: null })}
                onKeyDown={(e) => {
                  // Enter feeds the reference; Shift+Enter adds a line.
                  if (e.key === 'Enter' && !e.shiftKey) {
                    e.preventDefault();
                    void feed(line);
                  }
                }}
              />
              {fromTestSet ? (
                <p className="muted small" data-testid="refs-from-test">
                  {f.fromTestSet(lines.length)}
                </p>
              ) : null}
              {stale ? <p className="note note--warn">{f.otherSentence(references.source!)}</p> : null}
              <div className="refs__row">
                {lines.length > 1 ? (
                  <label className="refs__pick">
                    <span>{f.forceLine}</span>
                    <select
                      data-testid="reference-line"
                      value={Math.min(lineIdx, lines.length - 1)}
                      onChange={(e) => setLineIdx(Number(e.target.value))}
                    >
                      {lines.map((l, i) => (
                        <option key={i} value={i}>
                          {l}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : null}
                <button
                  type="submit"
                  className="button button--primary"
                  data-testid="force-run"
                  disabled={disabled || busy || line === ''}
                >
                  {busy ? f.running : f.run}
                </button>
                <span
                  className="status muted small"
                  data-testid="forcing-status"
                  data-busy={busy ? 'true' : 'false'}
                  aria-live="polite"
                >
                  {busy ? f.running : ''}
                </span>
              </div>
            </form>
            {error ? (
              <p className="alert alert--error" role="alert">
                {error}
              </p>
            ) : null}
            {!run && !busy && line === '' ? <p className="muted">{f.noReference}</p> : null}
            {run ? (
              <div
                className="forcing__result"
                data-testid="forcing-result"
                data-reference={run.reference}
                data-steps={rows.length}
              >
                <h3 className="sub-title">{f.tokensHeading}</h3>
                <p className="forcing__summary" data-testid="forcing-summary" data-logp={String(logp)} data-nll={String(nll)}>
                  {f.summary(fmt(logp, 3), fmt(nll, 3), fmt(Math.exp(nll), 2), agree, rows.length)}
                </p>
                {nUnk > 0 ? (
                  <p className="note note--warn" data-testid="forcing-unknown">
                    {f.unknownNote(nUnk)}
                  </p>
                ) : null}
                {run.truncated ? <p className="note note--warn">{f.truncated}</p> : null}
                <div className="forcing__grid">
                  <ForcedSteps
                    rows={rows}
                    lang={tgtLang}
                    highlight={hoverRow}
                    onHover={setHoverRow}
                    labels={{
                      caption: f.caption,
                      step: f.step,
                      reference: f.reference,
                      p: f.p,
                      top: f.top,
                      agree: f.agree,
                      same: f.same,
                      differs: f.differs,
                      unknown: f.unknown(tgtName),
                    }}
                  />
                  <ForcedHeatmap run={run} tokens={rows.map((r) => r.token)} hoverRow={hoverRow} onHoverRow={setHoverRow} />
                </div>
              </div>
            ) : null}
          </>
        )}
      </section>

      <section className="card" aria-labelledby={`${id}-b`} data-testid="bleu-card">
        <h2 className="card__title" id={`${id}-b`}>
          {t.bleu.heading}
        </h2>
        <p className="muted small">{t.bleu.intro}</p>
        {base ? (
          <>
            <div className="hyp-pick" role="radiogroup" aria-label={t.bleu.hypothesisLabel}>
              <span className="muted small">{t.bleu.hypothesisLabel}:</span>
              <HypOption
                value="greedy"
                current={effectiveChoice}
                onPick={setChoice}
                label={t.bleu.hypGreedy}
                text={base.trace.translation}
                lang={tgtLang}
              />
              {whatIfShown ? (
                <HypOption
                  value="whatif"
                  current={effectiveChoice}
                  onPick={setChoice}
                  label={t.bleu.hypWhatIf}
                  text={whatIfShown.trace.translation}
                  lang={tgtLang}
                />
              ) : null}
              {beamForBase ? (
                <HypOption
                  value="beam"
                  current={effectiveChoice}
                  onPick={setChoice}
                  label={t.bleu.hypBeam(beamForBase.k, String(beamForBase.alpha))}
                  text={beamForBase.text}
                  lang={tgtLang}
                />
              ) : null}
            </div>
            <BleuPanel hypothesis={hyp} refs={lines} lang={tgtLang} />
          </>
        ) : (
          <p className="muted">{t.needResult}</p>
        )}
      </section>
    </div>
  );
}
