/** The language-pair switch beside the model choice (en→fr, en→de). */
import { PAIRS } from '../app/pairs/pairs';
import { useStrings } from './i18n';

/** Props of {@link PairSelect}. */
export interface PairSelectProps {
  /** the pair shown */
  value: string;
  /** pairs of the user's own models, listed after the shipped ones when not among them */
  extra?: readonly string[];
  disabled?: boolean;
  onChange: (pair: string) => void;
}

/** A labelled select of the shipped language pairs. */
export function PairSelect({ value, extra = [], disabled, onChange }: PairSelectProps) {
  const t = useStrings();
  const pairs = [...new Set<string>([...PAIRS, ...extra, value])];
  return (
    <div className="field">
      <label htmlFor="pair-select">{t.pairs.label}</label>
      <select
        id="pair-select"
        data-testid="pair-select"
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      >
        {pairs.map((p) => (
          <option key={p} value={p}>
            {t.pairs.names[p] ?? p}
          </option>
        ))}
      </select>
    </div>
  );
}
