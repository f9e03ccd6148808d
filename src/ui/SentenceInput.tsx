/** The English input, the Translate button and the example chips. */
import { useId } from 'react';
import { MAX_INPUT_CHARS } from '../model/tokenize';
import { useStrings } from './i18n';

/** Example English sentences offered as chips under the input. */
export const EXAMPLES = [
  'I am a student.',
  'He is reading a book in the garden.',
  "We will go to the beach tomorrow if it doesn't rain.",
  'Where is the train station?',
  "She doesn't like coffee.",
];

/** Props of {@link SentenceInput}. */
export interface SentenceInputProps {
  value: string;
  onChange: (text: string) => void;
  /** asks for a translation; also while one runs (`busy`): the session then runs the newest one next */
  onTranslate: (text: string) => void;
  /** a translation is running (the button says so; Enter still submits) */
  busy: boolean;
  /** no model to translate with (loading, failed): nothing can be submitted */
  disabled: boolean;
  /** the example chips (default {@link EXAMPLES}) */
  examples?: readonly string[];
}

/** Renders the English sentence input form with its Translate button and example chips (controlled by `value`/`onChange`). */
export function SentenceInput({ value, onChange, onTranslate, busy, disabled, examples = EXAMPLES }: SentenceInputProps) {
  const t = useStrings();
  const id = useId();
  // Enter while a decode runs is not lost: the session queues the newest sentence
  const canSubmit = !disabled && value.trim() !== '';
  return (
    <form
      className="sentence"
      onSubmit={(e) => {
        e.preventDefault();
        if (canSubmit) onTranslate(value);
      }}
    >
      <label htmlFor={id} className="sentence__label">
        {t.inputLabel}
      </label>
      <div className="sentence__row">
        <input
          id={id}
          type="text"
          data-testid="source-input"
          value={value}
          maxLength={MAX_INPUT_CHARS}
          placeholder={t.inputPlaceholder}
          autoComplete="off"
          spellCheck={false}
          lang="en"
          onChange={(e) => onChange(e.target.value)}
        />
        <button type="submit" className="button button--primary" data-testid="translate" disabled={!canSubmit} aria-busy={busy}>
          {busy ? t.translating : t.translate}
        </button>
      </div>
      <div className="chips" role="group" aria-label={t.examples}>
        <span className="chips__label">{t.examples}:</span>
        {examples.map((ex) => (
          <button
            key={ex}
            type="button"
            className="chip"
            data-testid="example"
            disabled={disabled}
            onClick={() => {
              onChange(ex);
              onTranslate(ex);
            }}
          >
            {ex}
          </button>
        ))}
      </div>
    </form>
  );
}
