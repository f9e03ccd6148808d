/**
 * The bar above the stage that opens step 0 (the encoder) and moves through its phases. It has the
 * same height in both states (a button, or the phase line with Back / Next), so the stage below it
 * never moves.
 */
import { ENCODER_PHASES, type EncoderPhase } from '../viz/stepLayout';
import { useStrings } from './i18n';

/** Props of {@link StepEncoderBar}. */
export interface StepEncoderBarProps {
  /** the current phase of step 0, or null while a decoder step is shown */
  phase: EncoderPhase | null;
  /** show step 0 at `phase` (null: back to the decoder's step 1) */
  onPhase: (phase: EncoderPhase | null) => void;
}

/** Renders the step-0 opener, or step 0's position and its Back / Next buttons (see the file comment). */
export function StepEncoderBar({ phase, onPhase }: StepEncoderBarProps) {
  const s = useStrings().step.encoderStep;
  const i = phase ? ENCODER_PHASES.indexOf(phase) : -1;
  return (
    <div className="step-encoder-bar" data-testid="encoder-bar" data-phase={phase ?? undefined}>
      {phase === null ? (
        <button type="button" className="button button--small" data-testid="encoder-step" onClick={() => onPhase('embed')}>
          {s.open}
        </button>
      ) : (
        <>
          <strong className="step-encoder-bar__where">
            {s.label} · {s.phaseOf(i + 1, ENCODER_PHASES.length)}: {s.titles[phase]}
          </strong>
          <button
            type="button"
            className="button button--small"
            data-testid="encoder-back"
            disabled={i === 0}
            onClick={() => onPhase(ENCODER_PHASES[i - 1] ?? phase)}
          >
            {s.back}
          </button>
          <button
            type="button"
            className="button button--small button--primary"
            data-testid="encoder-next"
            onClick={() => onPhase(ENCODER_PHASES[i + 1] ?? null)}
          >
            {i === ENCODER_PHASES.length - 1 ? s.toStep1 : s.next}
          </button>
        </>
      )}
    </div>
  );
}
