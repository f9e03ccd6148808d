/**
 * The compare view: one sentence, 2–5 models side by side, one step cursor for all columns, a
 * difference mode for two of them, and the BLEU-by-length (bottleneck) chart. Models are loaded
 * only when compared, each with its own progress line.
 */
import { COMPARE_MAX, COMPARE_MIN } from '../app/limits';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { LoadPhase, TranslationResult } from '../app/engine';
import type { VariantInfo } from '../app/loadModel';
import { BottleneckSection } from './BottleneckSection';
import { CompareColumn } from './CompareColumn';
import type { CompareStatus } from './CompareStatus';
import { DiffSection } from './DiffSection';
import { errorDetail } from './errorText';
import { useStrings } from './i18n';

export interface CompareViewProps {
  variants: readonly VariantInfo[];
  initialText: string;
  load: (id: string, name: string, onPhase: (p: LoadPhase) => void) => Promise<unknown>;
  translate: (id: string, name: string, text: string) => Promise<TranslationResult>;
  disabled?: boolean;
  /** the models to start with (a shared link); unknown ones are dropped once the model list is known */
  initialSelected?: readonly string[];
  /** compare at once, as soon as the models and the sentence are there (a shared link of this view) */
  autoRun?: boolean;
  /** told the chosen models (in column order) and the sentence last compared, whenever they change */
  onChange?: (models: string[], text: string | null) => void;
  /** the shared step (1-based) to show once the first comparison is done (a shared link); clamped to the longest output */
  initialStep?: number;
  /** told the shared step (1-based) whenever it changes */
  onStepChange?: (step: number) => void;
}

export function CompareView({
  variants,
  initialText,
  load,
  translate,
  disabled = false,
  initialSelected,
  autoRun = false,
  onChange,
  initialStep,
  onStepChange,
}: CompareViewProps) {
  const t = useStrings();
  const [selected, setSelected] = useState<string[]>(() =>
    initialSelected && initialSelected.length > 0 ? initialSelected.slice(0, COMPARE_MAX) : variants.slice(0, 3).map((v) => v.id),
  );
  const [text, setText] = useState(initialText);
  /** the sentence of the last comparison */
  const [compared, setCompared] = useState<string | null>(null);
  const autoRan = useRef(false);
  const [status, setStatus] = useState<Record<string, CompareStatus>>({});
  const [results, setResults] = useState<Record<string, TranslationResult>>({});
  /** the models of the last comparison, in column order */
  const [shown, setShown] = useState<string[]>([]);
  const [running, setRunning] = useState(false);
  const [step, setStep] = useState(0);
  const run$ = useRef(0);
  /** the step a shared link asked for (0-based), applied once when the first comparison is done */
  const startStep = useRef(initialStep !== undefined ? initialStep - 1 : 0);

  // A model list that arrives later (or grows) fills the default choice; models it lacks are dropped.
  useEffect(() => {
    if (variants.length === 0) return;
    setSelected((s) => {
      const known = s.filter((id) => variants.some((v) => v.id === id));
      return known.length > 0 ? known : variants.slice(0, 3).map((v) => v.id);
    });
  }, [variants]);
  // A sentence that arrives after the view opened (a shared link) fills an empty input.
  useEffect(() => {
    setText((cur) => (cur.trim() === '' ? initialText : cur));
  }, [initialText]);

  const nameOf = useCallback((id: string) => variants.find((v) => v.id === id)?.name ?? id, [variants]);
  const setOne = (id: string, s: CompareStatus): void => setStatus((m) => ({ ...m, [id]: s }));

  const toggle = (id: string, on: boolean): void =>
    setSelected((s) => (on ? (s.includes(id) ? s : [...s, id].slice(0, COMPARE_MAX)) : s.filter((x) => x !== id)));
  // columns keep the order of the model list
  const ordered = variants.map((v) => v.id).filter((id) => selected.includes(id));
  const canRun = !disabled && !running && ordered.length >= COMPARE_MIN && ordered.length <= COMPARE_MAX && text.trim() !== '';

  const run = async (): Promise<void> => {
    if (!canRun) return;
    const req = ++run$.current;
    const ids = ordered;
    const sentence = text;
    setCompared(sentence);
    setRunning(true);
    setShown(ids);
    setResults({});
    setStep(0);
    setStatus(Object.fromEntries(ids.map((id) => [id, { kind: 'queued' } as CompareStatus])));
    let longest = 0;
    for (const id of ids) {
      if (req !== run$.current) return;
      const name = nameOf(id);
      try {
        await load(id, name, (p) => {
          if (req !== run$.current) return;
          if (p.phase === 'downloading') setOne(id, { kind: 'downloading', loaded: p.progress.loaded, total: p.progress.total });
          else if (p.phase === 'building') setOne(id, { kind: 'building' });
        });
        setOne(id, { kind: 'translating' });
        const r = await translate(id, name, sentence);
        if (req !== run$.current) return;
        setResults((m) => ({ ...m, [id]: r }));
        setOne(id, { kind: 'ready' });
        longest = Math.max(longest, r.trace.steps.length);
      } catch (e) {
        setOne(id, { kind: 'failed', message: errorDetail(e, name) });
      }
    }
    if (req !== run$.current) return;
    setRunning(false);
    if (startStep.current > 0) setStep(Math.max(0, Math.min(startStep.current, longest - 1)));
    startStep.current = 0;
  };

  useEffect(() => {
    onStepChange?.(step + 1);
  }, [step, onStepChange]);

  const orderedKey = ordered.join(',');
  useEffect(() => {
    onChange?.(orderedKey ? orderedKey.split(',') : [], compared);
  }, [orderedKey, compared, onChange]);
  // A shared link of this view compares at once, once.
  useEffect(() => {
    if (!autoRun || autoRan.current || !canRun || variants.length === 0) return;
    autoRan.current = true;
    void run();
  });

  const maxRows = Math.max(0, ...shown.map((id) => results[id]?.trace.steps.length ?? 0));
  const clamp = (s: number): number => Math.max(0, Math.min(Math.max(0, maxRows - 1), s));
  const onKey = (e: KeyboardEvent<HTMLElement>): void => {
    const to =
      e.key === 'ArrowRight' || e.key === 'ArrowUp'
        ? step + 1
        : e.key === 'ArrowLeft' || e.key === 'ArrowDown'
          ? step - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? maxRows - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    setStep(clamp(to));
  };
  const ready = useMemo(() => shown.filter((id) => results[id]), [shown, results]);

  return (
    <div className="cmpview" data-testid="compare-view">
      <section className="card">
        <h2>{t.compare.heading}</h2>
        <p className="muted">{t.compare.intro}</p>
        <fieldset className="cmp-pick" data-testid="compare-pick">
          <legend>{t.compare.pick}</legend>
          {variants.map((v) => (
            <label key={v.id} className="cmp-pick__item">
              <input
                type="checkbox"
                data-testid="compare-check"
                data-variant={v.id}
                checked={selected.includes(v.id)}
                disabled={running || (!selected.includes(v.id) && selected.length >= COMPARE_MAX)}
                onChange={(e) => toggle(v.id, e.target.checked)}
              />
              {v.name}
            </label>
          ))}
          <p className="small muted">
            {ordered.length < COMPARE_MIN ? t.compare.needMore(COMPARE_MIN) : t.compare.pickHelp(COMPARE_MIN, COMPARE_MAX)}
          </p>
        </fieldset>
        <form
          className="sentence cmp-input"
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          <label htmlFor="compare-input" className="sentence__label">
            {t.compare.inputLabel}
          </label>
          <div className="sentence__row">
            <input
              id="compare-input"
              type="text"
              lang="en"
              autoComplete="off"
              spellCheck={false}
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder={t.inputPlaceholder}
              data-testid="compare-input"
            />
            <button type="submit" className="button button--primary" disabled={!canRun} data-testid="compare-run">
              {running ? t.compare.running : t.compare.run}
            </button>
          </div>
        </form>
      </section>

      {shown.length > 0 ? (
        <section className="card cmp-stepper" data-testid="compare-stepper">
          <label htmlFor="compare-step">{t.compare.stepLabel}</label>
          <div className="cmp-stepper__row">
            <button
              type="button"
              className="button"
              onClick={() => setStep(clamp(step - 1))}
              disabled={step <= 0}
              aria-label={t.compare.prev}
              data-testid="compare-prev"
            >
              ←
            </button>
            <input
              id="compare-step"
              type="range"
              min={0}
              max={Math.max(0, maxRows - 1)}
              value={Math.min(step, Math.max(0, maxRows - 1))}
              onChange={(e) => setStep(clamp(Number(e.target.value)))}
              onKeyDown={onKey}
              disabled={maxRows === 0}
              data-testid="compare-step-slider"
              aria-valuetext={t.compare.stepOf(step + 1, maxRows)}
            />
            <button
              type="button"
              className="button"
              onClick={() => setStep(clamp(step + 1))}
              disabled={step >= maxRows - 1}
              aria-label={t.compare.next}
              data-testid="compare-next"
            >
              →
            </button>
            <span className="cmp-stepper__t" data-testid="compare-step-label" data-step={step}>
              {t.compare.stepOf(step + 1, maxRows)}
            </span>
          </div>
          <p className="small muted">{t.compare.keysHelp}</p>
        </section>
      ) : null}

      <div className="cmp-cols" data-testid="compare-cols" style={{ '--cmp-n': Math.max(1, shown.length) } as CSSProperties}>
        {shown.map((id) => (
          <CompareColumn
            key={id}
            id={id}
            name={nameOf(id)}
            status={status[id] ?? { kind: 'idle' }}
            result={results[id]}
            step={step}
            onStep={(r) => setStep(clamp(r))}
          />
        ))}
      </div>

      {ready.length >= 2 && !running ? <DiffSection ids={ready} results={results} nameOf={nameOf} /> : null}

      <BottleneckSection nameOf={nameOf} />
    </div>
  );
}
