/** The source sentence as the model reads it: one chip per token, unknown words marked. */
import { useStrings } from './i18n';

/** Props of {@link SourceTokens}. */
export interface SourceTokensProps {
  tokens: readonly string[];
  unknown: readonly boolean[];
  /** a token to highlight (linked to the heatmap column) */
  highlight?: number | null;
  /** called when the pointer or focus enters / leaves a token */
  onHover?: (index: number | null) => void;
}

/** Renders the source tokens as a list of chips, marking unknown words and the highlighted token. */
export function SourceTokens({ tokens, unknown, highlight = null, onHover }: SourceTokensProps) {
  const t = useStrings();
  return (
    <ol className="tokens" data-testid="source-tokens" aria-label={t.sourceHeading}>
      {tokens.map((tok, j) => {
        const unk = unknown[j] === true;
        return (
          <li
            key={j}
            className={`token${unk ? ' token--unknown' : ''}${j === tokens.length - 1 ? ' token--special' : ''}${highlight === j ? ' token--active' : ''}`}
            data-testid="source-token"
            data-unknown={unk ? 'true' : 'false'}
            title={unk ? t.unknownTooltip : undefined}
            onMouseEnter={onHover ? () => onHover(j) : undefined}
            onMouseLeave={onHover ? () => onHover(null) : undefined}
          >
            <span className="token__text">{tok}</span>
            {unk ? (
              <span className="token__badge" aria-label={t.unknownTooltip}>
                {t.unknownBadge}
              </span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
