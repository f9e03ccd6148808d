/**
 * The what-if strip of the step view: a one-line hint for the current phase and, in the softmax
 * phase, sliders to set this step's attention weights by hand ("drag the weights"). The actual
 * re-decoding is the parent's (through the Engine); this only collects the user's change.
 */
import { useState } from 'react';
import type { PhaseId } from '../app/playback';
import { normalised } from '../app/whatIf';
import { fmt } from '../viz/stepLayout';
import { useStrings } from './i18n';

/** Props of {@link WhatIfBox}. */
export interface WhatIfBoxProps {
  phase: PhaseId;
  /** 1-based step */
  step: number;
  hasAttention: boolean;
  tokens: readonly string[];
  /** this step's weights α_t as shown */
  weights: readonly number[];
  busy: boolean;
  /** called with the user's edited attention weights */
  onApply: (weights: number[]) => void;
}

/** Renders the what-if hint for the current phase and, in the softmax phase, sliders to edit the step's attention weights. */
export function WhatIfBox({ phase, step, hasAttention, tokens, weights, busy, onApply }: WhatIfBoxProps) {
  const t = useStrings();
  const w = t.whatIf;
  const hint =
    phase === 'output'
      ? w.hintOutput(step)
      : phase === 'softmax' && hasAttention
        ? w.hintAttention(step)
        : hasAttention
          ? w.hintOther
          : w.hintNoAttention;
  return (
    <div className="whatif-box" data-testid="whatif-box" data-phase={phase}>
      <p className="whatif-box__hint">
        <strong>{w.heading}</strong> {hint}
        {busy ? <span className="muted"> {w.decoding}</span> : null}
      </p>
      {phase === 'softmax' && hasAttention ? (
        <AttentionEditor key={`${step}:${weights.join(',')}`} tokens={tokens} weights={weights} busy={busy} onApply={onApply} />
      ) : null}
    </div>
  );
}

function AttentionEditor({
  tokens,
  weights,
  busy,
  onApply,
}: {
  tokens: readonly string[];
  weights: readonly number[];
  busy: boolean;
  onApply: (w: number[]) => void;
}) {
  const t = useStrings();
  const w = t.whatIf;
  const [values, setValues] = useState<number[]>(() => weights.map((x) => Math.round(x * 100) / 100));
  const norm = normalised(values);
  const changed = values.some((v, j) => Math.abs(v - (weights[j] ?? 0)) > 0.006);
  return (
    <fieldset className="attn-editor" data-testid="attention-editor" disabled={busy}>
      <legend className="attn-editor__legend">{w.editor}</legend>
      <div className="attn-editor__grid">
        {tokens.map((tok, j) => (
          <label key={j} className="attn-editor__row">
            <span className="attn-editor__tok" title={tok}>
              {tok}
            </span>
            <input
              type="range"
              min={0}
              max={1}
              step={0.01}
              value={values[j] ?? 0}
              data-testid="attention-slider"
              data-index={j}
              onChange={(e) => {
                const v = Number(e.target.value);
                setValues((old) => old.map((x, i) => (i === j ? v : x)));
              }}
            />
            <span className="attn-editor__val" data-testid="attention-slider-value">
              {fmt(norm[j] ?? 0, 2)}
            </span>
          </label>
        ))}
      </div>
      <div className="attn-editor__actions">
        <button
          type="button"
          className="button button--small button--primary"
          data-testid="attention-apply"
          disabled={!changed || busy}
          onClick={() => onApply(norm)}
        >
          {w.apply}
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="attention-revert"
          disabled={!changed || busy}
          onClick={() => setValues(weights.map((x) => Math.round(x * 100) / 100))}
        >
          {w.revert}
        </button>
      </div>
    </fieldset>
  );
}
