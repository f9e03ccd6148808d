/**
 * The translation with its unknown words replaced through attention (Luong et al. 2015), each
 * replaced word marked; hovering or focusing one shows the source word it came from and its α.
 * Also the on/off switch of the replacement.
 */
import type { UnkReplaced } from '../model/unkReplace';
import { markReplaced } from '../app/unk/unkSetting';
import { useStrings } from './i18n';
import { outputLanguage } from './languages';

/** Props of {@link UnkReplacedLine}. */
export interface UnkReplacedLineProps {
  /** replacement is on */
  on: boolean;
  /** the user turned the replacement on or off */
  onToggle: (on: boolean) => void;
  /** the replaced translation (null: off, or nothing replaced yet) */
  replaced: (UnkReplaced & { text: string }) | null;
  /** whether the model's output has any `<unk>` at all */
  hasUnknown: boolean;
  /** the model's language pair, e.g. `en-de` (marks the output's language) */
  pair?: string;
}

/** The switch and, when there is one, the replaced translation with marked words. */
export function UnkReplacedLine({ on, onToggle, replaced, hasUnknown, pair }: UnkReplacedLineProps) {
  const t = useStrings();
  const U = t.unk;
  const reps = replaced?.replacements ?? [];
  return (
    <div className="card unk" data-testid="unk-line">
      <label className="unk__toggle small">
        <input type="checkbox" data-testid="unk-toggle" checked={on} onChange={(e) => onToggle(e.target.checked)} /> {U.toggle}
      </label>
      {on && hasUnknown && replaced && reps.length > 0 ? (
        <>
          <p className="muted small">{U.summary(reps.length)}</p>
          <p className="unk__text" lang={outputLanguage(pair) ?? ''} data-testid="unk-translation" aria-label={U.heading}>
            {markReplaced(
              replaced.text,
              reps.map((r) => r.word),
            ).map((piece, i) => {
              if (piece.mark === undefined) return <span key={i}>{piece.text}</span>;
              const r = reps[piece.mark]!;
              const how = r.via === 'dictionary' ? U.dictionary : U.copied;
              const tip = U.from(r.sourceWord, r.alpha.toFixed(2), how);
              return (
                <mark
                  key={i}
                  className="unk__word"
                  // focusable so that keyboard users can read where the word came from (the tip shows on focus)
                  // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
                  tabIndex={0}
                  data-testid="unk-replaced"
                  data-source={r.sourceWord}
                  data-alpha={r.alpha.toFixed(3)}
                  data-via={r.via}
                  aria-label={`${piece.text}: ${tip}`}
                >
                  {piece.text}
                  <span className="unk__tip" role="tooltip">
                    {tip}
                  </span>
                </mark>
              );
            })}
          </p>
        </>
      ) : null}
    </div>
  );
}
