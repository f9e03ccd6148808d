/** Play / pause, phase and step buttons, speed, the phase list and the step timeline. */
import { useEffect, useRef, type Dispatch } from 'react';
import { isAtEnd, isAtStart, lastStep, SPEEDS, type PhaseId, type PlaybackAction, type PlaybackState } from '../app/playback';
import { useStrings } from './i18n';
import './playback.css';

type IconName = 'first' | 'prevStep' | 'prevPhase' | 'play' | 'pause' | 'nextPhase' | 'nextStep' | 'last';

/** Inline icons (no icon font: glyphs like ⏮ are missing from many system fonts). */
const ICONS: Record<IconName, string> = {
  first: 'M5 5h2.5v14H5z M19 5v14L8.5 12z',
  prevStep: 'M12 5v14L3 12z M21 5v14l-9-7z',
  prevPhase: 'M16 5v14L6 12z',
  play: 'M7 4.5v15L19.5 12z',
  pause: 'M6 5h4v14H6z M14 5h4v14h-4z',
  nextPhase: 'M8 5v14l10-7z',
  nextStep: 'M3 5v14l9-7z M12 5v14l9-7z',
  last: 'M16.5 5H19v14h-2.5z M5 5v14l10.5-7z',
};

function Icon({ name }: { name: IconName }) {
  return (
    <svg className="pb__icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={ICONS[name]} fill="currentColor" />
    </svg>
  );
}

/** Props of {@link PlaybackControls}. */
export interface PlaybackControlsProps {
  state: PlaybackState;
  dispatch: Dispatch<PlaybackAction>;
  /** the word written at each step */
  words: readonly string[];
  phaseTitle: (p: PhaseId) => string;
  /** steps changed by a what-if manipulation (marked on the timeline) */
  marked?: readonly boolean[];
  /** label of the marked steps (tooltip and accessible name) */
  markLabel?: string;
  /** the language of the written words (the target language's code; default `fr`) */
  lang?: string;
}

/** Renders the playback buttons, speed picker, phase list and step timeline for a playback `state`, sending actions to `dispatch`. */
export function PlaybackControls({
  state,
  dispatch,
  words,
  phaseTitle,
  marked = [],
  markLabel = '',
  lang = 'fr',
}: PlaybackControlsProps) {
  const t = useStrings();
  const s = t.step;
  const start = isAtStart(state);
  const end = isAtEnd(state);
  const btn = (testId: string, label: string, keys: string, icon: IconName, action: PlaybackAction, disabled: boolean) => (
    <button
      type="button"
      className="pb__btn"
      data-testid={testId}
      aria-label={label}
      title={`${label} (${keys})`}
      disabled={disabled}
      onClick={() => dispatch(action)}
    >
      <Icon name={icon} />
    </button>
  );
  // The step chips stay on one line (words appear as they are decoded: wrapping would move the
  // stage below); the current chip is kept in sight inside the line.
  const stepsRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const ol = stepsRef.current;
    const chip = ol?.children[state.step] as HTMLElement | undefined;
    if (!ol || !chip) return;
    const left = chip.offsetLeft - ol.offsetLeft;
    if (left < ol.scrollLeft) ol.scrollLeft = left - 8;
    else if (left + chip.offsetWidth > ol.scrollLeft + ol.clientWidth)
      ol.scrollLeft = left + chip.offsetWidth - ol.clientWidth + 8;
  }, [state.step]);
  // A step's word is known once its output phase ran.
  const known = (i: number): boolean => i < state.step || (i === state.step && state.phase === state.phases.length - 1);
  return (
    <div
      className="pb"
      data-testid="playback"
      data-step={state.step + 1}
      data-phase={state.phases[state.phase]}
      data-playing={state.playing ? 'true' : 'false'}
      data-speed={state.speed}
    >
      <div className="pb__row">
        <div className="pb__buttons" role="group" aria-label={s.heading}>
          {btn('first', s.first, 'Home', 'first', { type: 'first' }, start)}
          {btn('prev-step', s.prevStep, 'Shift + ←', 'prevStep', { type: 'prevStep' }, start)}
          {btn('prev-phase', s.prevPhase, '←', 'prevPhase', { type: 'prevPhase' }, start)}
          <button
            type="button"
            className="pb__btn pb__btn--play"
            data-testid="play"
            aria-label={state.playing ? s.pause : s.play}
            aria-pressed={state.playing}
            title={`${state.playing ? s.pause : s.play} (Space)`}
            onClick={() => dispatch({ type: 'toggle' })}
          >
            <Icon name={state.playing ? 'pause' : 'play'} />
            <span className="pb__play-text">{state.playing ? s.pause : s.play}</span>
          </button>
          {btn('next-phase', s.nextPhase, '→', 'nextPhase', { type: 'nextPhase' }, end)}
          {btn('next-step', s.nextStep, 'Shift + →', 'nextStep', { type: 'nextStep' }, end)}
          {btn('last', s.last, 'End', 'last', { type: 'last' }, end)}
        </div>
        <label className="pb__speed">
          <span>{s.speed}</span>
          <select
            data-testid="speed"
            value={state.speed}
            onChange={(e) => dispatch({ type: 'speed', speed: Number(e.target.value) })}
          >
            {SPEEDS.map((v) => (
              <option key={v} value={v}>
                {v}×
              </option>
            ))}
          </select>
        </label>
        <p className="pb__where" data-testid="step-label">
          <strong>{s.stepOf(state.step + 1, lastStep(state) + 1)}</strong> · {s.phaseOf(state.phase + 1, state.phases.length)}:{' '}
          {phaseTitle(state.phases[state.phase]!)}
        </p>
      </div>

      <ol className="pb__phases" aria-label={s.phasesLabel}>
        {state.phases.map((p, i) => (
          <li key={p}>
            <button
              type="button"
              className={`pb__phase${i === state.phase ? ' pb__phase--current' : ''}${i < state.phase ? ' pb__phase--done' : ''}`}
              data-testid="phase-pill"
              data-phase={p}
              aria-current={i === state.phase ? 'step' : undefined}
              onClick={() => dispatch({ type: 'jump', step: state.step, phase: i })}
            >
              <span className="pb__phase-num">{i + 1}</span> {phaseTitle(p)}
            </button>
          </li>
        ))}
      </ol>

      <ol className="pb__steps" aria-label={s.steps} ref={stepsRef}>
        {words.map((w, i) => (
          <li key={i}>
            <button
              type="button"
              className={`pb__step${i === state.step ? ' pb__step--current' : ''}${known(i) ? '' : ' pb__step--pending'}${marked[i] ? ' pb__step--marked' : ''}`}
              data-testid="step-chip"
              data-step={i + 1}
              data-marked={marked[i] ? 'true' : undefined}
              aria-current={i === state.step ? 'step' : undefined}
              aria-label={s.stepChip(i + 1, known(i) ? w : s.pendingWord) + (marked[i] && markLabel ? ` (${markLabel})` : '')}
              title={marked[i] && markLabel ? markLabel : undefined}
              onClick={() => dispatch({ type: 'jump', step: i })}
            >
              <span className="pb__step-t">{i + 1}</span>
              <span className="pb__step-word" lang={lang}>
                {known(i) ? w : s.pendingWord}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
