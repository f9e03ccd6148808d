/**
 * The compare view's one step control for all columns: ← slider → on the shared playback cursor
 * (src/app/playback.ts), stepping whole decoder steps (the columns show no phases).
 */
import type { Dispatch, KeyboardEvent } from 'react';
import type { PlaybackAction, PlaybackState } from '../app/playback';
import { useStrings } from './i18n';

/** Props of {@link CompareStepper}. */
export interface CompareStepperProps {
  /** the playback cursor over the longest shown alignment */
  state: PlaybackState;
  dispatch: Dispatch<PlaybackAction>;
}

/** Maps a key on the slider to a step action (← → ↑ ↓ Home End), or null. */
function sliderAction(key: string): PlaybackAction | null {
  if (key === 'ArrowRight' || key === 'ArrowUp') return { type: 'nextStep' };
  if (key === 'ArrowLeft' || key === 'ArrowDown') return { type: 'prevStep' };
  if (key === 'Home') return { type: 'first' };
  if (key === 'End') return { type: 'last' };
  return null;
}

/** The step row of the compare view: previous, slider, next, and "t = x of n". */
export function CompareStepper({ state, dispatch }: CompareStepperProps) {
  const C = useStrings().compare;
  const n = state.nSteps;
  const step = state.step;
  const onKey = (e: KeyboardEvent<HTMLElement>): void => {
    const a = sliderAction(e.key);
    if (!a) return;
    e.preventDefault();
    dispatch(a);
  };
  return (
    <>
      <label htmlFor="compare-step">{C.stepLabel}</label>
      <div className="cmp-stepper__row">
        <button
          type="button"
          className="button"
          onClick={() => dispatch({ type: 'prevStep' })}
          disabled={step <= 0}
          aria-label={C.prev}
          data-testid="compare-prev"
        >
          ←
        </button>
        <input
          id="compare-step"
          type="range"
          min={0}
          max={Math.max(0, n - 1)}
          value={step}
          onChange={(e) => dispatch({ type: 'jump', step: Number(e.target.value) })}
          onKeyDown={onKey}
          disabled={n === 0}
          data-testid="compare-step-slider"
          aria-valuetext={C.stepOf(step + 1, n)}
        />
        <button
          type="button"
          className="button"
          onClick={() => dispatch({ type: 'nextStep' })}
          disabled={step >= n - 1}
          aria-label={C.next}
          data-testid="compare-next"
        >
          →
        </button>
        <span className="cmp-stepper__t" data-testid="compare-step-label" data-step={step}>
          {C.stepOf(step + 1, n)}
        </span>
      </div>
      <p className="small muted">{C.keysHelp}</p>
    </>
  );
}
