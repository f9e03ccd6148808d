/**
 * The compare view: one sentence, 2–5 models side by side (wrapped into balanced rows when their
 * whole alignments do not fit in one), one step cursor for all columns (the shared playback
 * reducer), the rows of every heatmap optionally aligned on one shared output (every model
 * teacher-forced on the same words), the difference of any two models on that output, and the
 * BLEU-by-length (bottleneck) chart. Models are loaded only when compared, each with its own
 * progress line.
 */
import { COMPARE_MAX, COMPARE_MIN } from '../app/limits';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { COLUMN_CHROME, columnsPerRow, heatmapMinWidth } from '../app/compareLayout';
import type { ForcedRun, LoadPhase, TranslationResult } from '../app/engine';
import type { VariantInfo } from '../app/loadModel';
import { usePlayback } from '../app/usePlayback';
import { traceHasAttention } from '../model/trace';
import { EOS } from '../model/vocab';
import { BottleneckSection } from './BottleneckSection';
import { CompareAlign, type RowsMode } from './CompareAlign';
import { CompareColumn } from './CompareColumn';
import type { CompareStatus } from './CompareStatus';
import { CompareStepper } from './CompareStepper';
import { DiffSection } from './DiffSection';
import { errorDetail } from './errorText';
import { useStrings } from './i18n';
import { useContentWidth } from './useContentWidth';
import { useSharedOutput, type AlignSource, type ForceFn, type SharedRequest } from './useSharedOutput';

/** Narrowest column, px, whatever its heatmap (room for the name, status and formula). */
const MIN_COLUMN = 200;

/** Props of {@link CompareView}. */
export interface CompareViewProps {
  variants: readonly VariantInfo[];
  initialText: string;
  load: (id: string, name: string, onPhase: (p: LoadPhase) => void) => Promise<unknown>;
  translate: (id: string, name: string, text: string) => Promise<TranslationResult>;
  /** teacher forcing of one model on a reference (text, or tokens as they are): the shared output */
  force: ForceFn;
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
  force,
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
  const [rowsMode, setRowsMode] = useState<RowsMode>('own');
  /** what the shared output follows (null: the first compared model's translation) */
  const [alignChoice, setAlignChoice] = useState<AlignSource | null>(null);
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
    setStatus(Object.fromEntries(ids.map((id) => [id, { kind: 'queued' } as CompareStatus])));
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
      } catch (e) {
        setOne(id, { kind: 'failed', message: errorDetail(e, name) });
      }
    }
    if (req !== run$.current) return;
    setRunning(false);
  };

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

  // The shared output: every compared model teacher-forced on one model's translation or a reference.
  const ready = useMemo(() => shown.filter((id) => results[id]), [shown, results]);
  const source = useMemo(
    (): AlignSource | null =>
      alignChoice?.kind === 'reference'
        ? alignChoice
        : alignChoice?.kind === 'model' && ready.includes(alignChoice.id)
          ? alignChoice
          : ready[0] !== undefined
            ? { kind: 'model', id: ready[0] }
            : null,
    [alignChoice, ready],
  );
  const request = useMemo((): SharedRequest | null => {
    if (running || compared === null || source === null || ready.length < COMPARE_MIN) return null;
    if (source.kind === 'reference') return { sentence: compared, ids: ready, source, reference: source.text };
    const steps = results[source.id]!.trace.steps;
    const words = steps.filter((s, i) => !(i === steps.length - 1 && s.chosen.id === EOS)).map((s) => s.chosen.token);
    return { sentence: compared, ids: ready, source, reference: words };
  }, [running, compared, source, ready, results]);
  const shared = useSharedOutput(request, force, nameOf);
  const sharedRuns: Record<string, ForcedRun> | null = rowsMode === 'shared' && shared.status === 'ready' ? shared.runs : null;
  const shownTrace = (id: string) => sharedRuns?.[id]?.trace ?? results[id]?.trace;
  const alignedText =
    shared.status === 'ready'
      ? t.compare.alignedOn(
          shared.tokens.slice(0, -1).join(' '),
          shared.source.kind === 'model' ? t.compare.alignModel(nameOf(shared.source.id)) : t.compare.fromReference,
        )
      : null;
  const alignStatus =
    shared.status === 'running'
      ? t.compare.aligning
      : shared.status === 'failed'
        ? t.compare.alignFailed(shared.message)
        : alignedText;

  // One cursor for every column: the shared playback reducer, stepping whole steps.
  const maxRows = Math.max(0, ...shown.map((id) => shownTrace(id)?.steps.length ?? 0));
  const [cursor, dispatch] = usePlayback('general', maxRows, false);
  const step = cursor.step;
  // the step a shared link asked for, once the first comparison is done and the cursor spans it
  useEffect(() => {
    if (running || startStep.current <= 0 || maxRows === 0 || cursor.nSteps !== maxRows) return;
    dispatch({ type: 'jump', step: startStep.current });
    startStep.current = 0;
  }, [running, maxRows, cursor.nSteps, dispatch]);
  useEffect(() => {
    onStepChange?.(step + 1);
  }, [step, onStepChange]);

  // Columns side by side while each whole alignment fits at its smallest cells, else balanced rows.
  const colsRef = useRef<HTMLDivElement>(null);
  const colsWidth = useContentWidth(colsRef);
  const minColumn =
    COLUMN_CHROME +
    Math.max(
      MIN_COLUMN - COLUMN_CHROME,
      ...shown.map((id) => {
        const tr = shownTrace(id);
        return tr && traceHasAttention(tr)
          ? heatmapMinWidth(
              tr.encoder.tokens,
              tr.encoder.unknown,
              tr.steps.map((s) => s.chosen.token),
            )
          : 0;
      }),
    );
  const perRow = columnsPerRow(shown.length, colsWidth, minColumn);

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
          <CompareStepper state={cursor} dispatch={dispatch} />
          {ready.length >= COMPARE_MIN && !running ? (
            <CompareAlign
              rows={rowsMode}
              onRows={setRowsMode}
              ids={ready}
              nameOf={nameOf}
              source={source ?? { kind: 'model', id: ready[0]! }}
              onSource={setAlignChoice}
              status={alignStatus}
              disabled={shared.status === 'running'}
            />
          ) : null}
        </section>
      ) : null}

      <div
        ref={colsRef}
        className="cmp-cols"
        data-testid="compare-cols"
        data-per-row={perRow}
        style={{ '--cmp-n': perRow } as CSSProperties}
      >
        {shown.map((id) => (
          <CompareColumn
            key={id}
            id={id}
            name={nameOf(id)}
            status={status[id] ?? { kind: 'idle' }}
            result={results[id]}
            forced={sharedRuns?.[id]}
            step={step}
            onStep={(r) => dispatch({ type: 'jump', step: r })}
          />
        ))}
      </div>

      {ready.length >= COMPARE_MIN && !running ? (
        <DiffSection ids={ready} shared={shared} alignedText={alignedText} nameOf={nameOf} />
      ) : null}

      <BottleneckSection nameOf={nameOf} />
    </div>
  );
}
