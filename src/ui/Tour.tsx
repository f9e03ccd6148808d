/**
 * The guided tour: a small non-modal dialog (bottom corner) that translates “I am a student.” with
 * the real model and moves the real step cursor through step 1 — scores → softmax → context →
 * concat → output — explaining each phase in a sentence or two. Focus moves into it when it opens
 * and back where it was when it closes; Esc closes it, ← / → move through it, and the page stays
 * usable behind it.
 */
import { errorText } from './errorText';
import { useLatest } from './useLatest';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TranslationResult } from '../app/engine';
import type { PhaseId } from '../app/playback';
import { TOUR_PHASES, tourStops } from '../app/tour';
import { useStrings } from './i18n';
import type { Strings } from './strings';

/** Props of {@link Tour}. */
export interface TourProps {
  /** a model is loaded and the page is idle: the tour can start */
  ready: boolean;
  /** translates the tour's sentence on the main view (rejects when it fails) */
  start: () => Promise<TranslationResult>;
  /** moves the step view's cursor to the tour's step, phase `phase` */
  show: (phase: PhaseId) => void;
  /** closes the tour (skipped, finished or Esc) */
  onClose: () => void;
  /** the target language's code (`fr`, `de`): the texts name its words (default French) */
  targetLang?: string;
}

/** The title and text of a stop. */
function stopText(t: Strings['tour'], phase: PhaseId, word: string, language: string): { title: string; text: string } {
  switch (phase) {
    case 'scores':
      return { title: t.scoresTitle, text: t.scores };
    case 'softmax':
      return { title: t.softmaxTitle, text: t.softmax };
    case 'context':
      return { title: t.contextTitle, text: t.context };
    case 'concat':
      return { title: t.concatTitle, text: t.concat };
    default:
      return { title: t.outputTitle, text: t.output(word, language) };
  }
}

/** Renders the tour dialog; page 0 introduces it, pages 1…n are the phases of step 1, the last page closes it. */
export function Tour({ ready, start, show, onClose, targetLang = 'fr' }: TourProps) {
  const all = useStrings();
  const t = all.tour;
  const language = all.step.targetLanguage(targetLang);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const [page, setPage] = useState(0);
  const [run, setRun] = useState<TranslationResult | null>(null);
  const [status, setStatus] = useState<{ kind: 'idle' | 'running' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const stops = run ? tourStops(run.trace.attention) : [...TOUR_PHASES];
  const last = stops.length + 1;
  const phase = page >= 1 && page <= stops.length ? stops[page - 1]! : null;
  const closeRef = useLatest(onClose);

  // Focus into the tour when it opens, back to where it was when it closes.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    box.current?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);

  // Esc closes the tour wherever the focus is.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent): void => {
      if (e.key === 'Escape' && !e.defaultPrevented) closeRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [closeRef]);

  // The step view follows the tour.
  useEffect(() => {
    if (run && phase) show(phase);
  }, [run, phase, show]);

  const begin = async (): Promise<void> => {
    setStatus({ kind: 'running' });
    try {
      const r = await start();
      setRun(r);
      setStatus({ kind: 'idle' });
      setPage(1);
    } catch (e) {
      setStatus({ kind: 'error', message: errorText(e) });
    }
  };
  const canNext = page === 0 ? ready && status.kind !== 'running' : true;
  const next = (): void => {
    if (!canNext) return;
    if (page === 0) void begin();
    else if (page >= last) onClose();
    else setPage(page + 1);
  };
  const back = (): void => {
    if (page > 0) setPage(page - 1);
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    // ← / → move through the tour (and not the step cursor behind it)
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    if (e.key === 'ArrowRight') next();
    else back();
  };

  const word = run?.trace.steps[0]?.chosen.token ?? '';
  const body =
    page === 0
      ? { title: t.introTitle, text: t.intro(language) }
      : phase
        ? stopText(t, phase, word, language)
        : { title: t.doneTitle, text: t.done };
  const primary = page === 0 ? t.start : page >= last ? t.finish : t.next;
  const note =
    page === 0 && !ready
      ? t.notReady
      : status.kind === 'running'
        ? t.translating
        : status.kind === 'error'
          ? t.failed(status.message)
          : null;

  return (
    // the dialog is the keyboard scope of its own keys (Tab stays inside; Escape is handled on window)
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={box}
      className="tour"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      tabIndex={-1}
      onKeyDown={onKey}
      data-testid="tour"
      data-page={page}
      data-phase={phase ?? undefined}
    >
      <div className="tour__head">
        <span className="tour__label">{t.label}</span>
        <span className="tour__progress" data-testid="tour-progress">
          {t.progress(page + 1, last + 1)}
        </span>
        <button
          type="button"
          className="tour__close"
          aria-label={t.close}
          title={t.close}
          onClick={onClose}
          data-testid="tour-close"
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      <h2 className="tour__title" id={`${id}-title`} data-testid="tour-title">
        {phase ? `${page}. ${body.title}` : body.title}
      </h2>
      <p className="tour__text" id={`${id}-text`} aria-live="polite" data-testid="tour-text">
        {body.text}
      </p>
      {page === 1 && run?.trace.attention === 'none' ? <p className="tour__note small">{t.noAttentionNote}</p> : null}
      {note ? (
        <p
          className={status.kind === 'error' ? 'tour__note tour__note--error small' : 'tour__note small'}
          role={status.kind === 'error' ? 'alert' : undefined}
          data-testid="tour-note"
        >
          {note}
        </p>
      ) : null}
      <p className="tour__keys small">{t.keys}</p>
      <div className="tour__buttons">
        {page === 0 ? (
          <button type="button" className="button button--small" onClick={onClose} data-testid="tour-skip">
            {t.skip}
          </button>
        ) : (
          <button type="button" className="button button--small" onClick={back} data-testid="tour-back">
            {t.back}
          </button>
        )}
        <button
          type="button"
          className="button button--small button--primary"
          onClick={next}
          disabled={!canNext}
          data-testid="tour-next"
        >
          {primary}
        </button>
      </div>
    </div>
  );
}
