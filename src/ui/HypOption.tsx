/** One choice of the output BLEU scores (greedy, what-if or beam), as a radio button with its text. */

/** Which output the BLEU panel scores. */
export type HypChoice = 'greedy' | 'whatif' | 'beam';

/** Props of {@link HypOption}. */
export interface HypOptionProps {
  /** the output this option picks */
  value: HypChoice;
  /** the output picked now */
  current: HypChoice;
  /** the user picked this option */
  onPick: (v: HypChoice) => void;
  /** what the output is (e.g. "greedy") */
  label: string;
  /** the output's text */
  text: string;
  /** its language code (the `lang` attribute), e.g. `de` */
  lang: string | undefined;
}

/** Renders one output choice of the BLEU panel: a radio button, the output's name and its quoted text. */
export function HypOption({ value, current, onPick, label, text, lang }: HypOptionProps) {
  return (
    <label
      className={`hyp-pick__opt${current === value ? ' hyp-pick__opt--active' : ''}`}
      data-testid="bleu-hyp-option"
      data-value={value}
    >
      <input type="radio" name="bleu-hyp" value={value} checked={current === value} onChange={() => onPick(value)} />
      <span>
        {label}: <q lang={lang}>{text}</q>
      </span>
    </label>
  );
}
