/**
 * Beside the picture: the current phase's title, its equation exactly as the code computes it
 * (KaTeX), the same equation with the live numbers of the hovered element, and a short plain
 * explanation. Terms tied to the hovered element are highlighted (linked highlighting).
 */
import type { PhaseId } from '../app/playback';
import type { AttentionKind } from '../model/config';
import type { StageStep } from '../viz/StepStage';
import { Formula, RichText } from './Formula';
import type { EncoderPhase } from '../viz/stepLayout';
import { activeTerms, encoderFormula, liveFormula, phaseFormula, type LiveHover, type TermKey } from './formulas';
import { useStrings } from './i18n';
import { ScrollBox } from './ScrollBox';
import { t as liveT } from './strings';

/** Props of {@link FormulaPanel}. */
export interface FormulaPanelProps {
  kind: AttentionKind;
  phase: PhaseId;
  step: StageStep;
  tokens: readonly string[];
  /** encoder annotations, one vector per source token */
  annotations: readonly (readonly number[])[];
  hover: LiveHover;
  /** the heading: the phase's title */
  title: string;
  /** the target language's name (the output phase's explanation names its vocabulary) */
  language: string;
  /** a formula term is hovered (or left: null): the picture marks its element (linked colour) */
  onHoverTerm?: (term: TermKey | null) => void;
  /** step 0 (the encoder) is shown: its phase and explanation replace the decoder phase's */
  encoder?: { phase: EncoderPhase; text: string } | null;
}

/** The term key of the `tm-…` element at or above `el` inside the formula, if any. */
function termAt(el: EventTarget | null, root: HTMLElement): TermKey | null {
  for (let n = el instanceof Element ? el : null; n && n !== root; n = n.parentElement) {
    const m = /(?:^|\s)tm-(\w+)/.exec(n.getAttribute('class') ?? '');
    if (m) return m[1] as TermKey;
  }
  return null;
}

/** The plain explanation of a phase for a variant (from strings.ts; `$…$` is inline math, `{input}`/`{chosen}` placeholders). */
export function phaseExplanation(kind: AttentionKind, phase: PhaseId): string[] {
  const p = liveT.step.phases;
  const fam = kind === 'bahdanau' ? 'bahdanau' : kind === 'none' ? 'none' : 'luong';
  switch (phase) {
    case 'rnn':
      return [p.rnn[fam]];
    case 'scores': {
      const which =
        kind === 'bahdanau'
          ? p.scores.additive
          : kind === 'dot'
            ? p.scores.dot
            : kind === 'concat'
              ? p.scores.concat
              : p.scores.general;
      return [kind === 'bahdanau' ? p.scores.bahdanau : p.scores.luong, which];
    }
    case 'softmax':
      return [p.softmax.body];
    case 'context':
      return [p.context.body];
    case 'fixed':
      return [p.fixed.body];
    case 'concat':
      return [p.concat[fam]];
    case 'attentional':
      return [p.attentional[fam]];
    case 'output':
      return [p.output.body];
  }
}

/** Renders the current phase's title, its equation, the equation with live values of the hovered element, and a plain explanation. */
export function FormulaPanel(props: FormulaPanelProps) {
  const { kind, phase, step, tokens, annotations, hover, title, language, onHoverTerm, encoder = null } = props;
  const t = useStrings();
  const f = t.step.formula;
  const eq = encoder ? encoderFormula(encoder.phase) : phaseFormula(kind, phase);
  const live =
    eq.tex && !encoder
      ? liveFormula(kind, phase, step, tokens, annotations, hover, { dim: f.dim, token: f.token, word: f.word })
      : null;
  const terms = activeTerms(kind, hover);
  return (
    <div
      className="formula"
      data-testid="formula"
      data-phase={encoder ? encoder.phase : phase}
      data-active={terms.join(' ')}
      onMouseOver={onHoverTerm ? (e) => onHoverTerm(termAt(e.target, e.currentTarget)) : undefined}
      onMouseLeave={onHoverTerm ? () => onHoverTerm(null) : undefined}
      onFocus={onHoverTerm ? (e) => onHoverTerm(termAt(e.target, e.currentTarget)) : undefined}
      onBlur={onHoverTerm ? () => onHoverTerm(null) : undefined}
    >
      <h3 className="formula__title">{title}</h3>
      {eq.tex ? (
        <>
          <ScrollBox className="formula__eq" label={f.heading}>
            <Formula tex={eq.tex} testId="formula-tex" />
          </ScrollBox>
          <p className="formula__code">
            <span className="formula__label">{f.code}:</span> <code data-testid="formula-code">{eq.code}</code>
          </p>
          {live ? (
            <ScrollBox className="formula__live" testId="formula-live" label={f.live}>
              <p className="formula__label">
                {f.live}
                {live.subject ? <span className="formula__subject">: {live.subject}</span> : null}
              </p>
              <Formula tex={live.tex} testId="formula-live-tex" />
            </ScrollBox>
          ) : null}
        </>
      ) : (
        <p className="muted">{f.missing}</p>
      )}
      <div className="formula__explain" data-testid="phase-explanation">
        {(encoder ? [encoder.text] : phaseExplanation(kind, phase)).map((para, i) => (
          <p key={i}>
            <RichText text={para} vars={{ input: step.input, chosen: step.chosen.token, language }} />
          </p>
        ))}
      </div>
      <p className="formula__hint muted small">{f.hint}</p>
      <p className="formula__note muted small">{f.storage}</p>
    </div>
  );
}
