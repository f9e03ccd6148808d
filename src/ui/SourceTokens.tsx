/** The source sentence as the model reads it: one chip per token, unknown words marked. */
import { t } from './strings';

export function SourceTokens({ tokens, unknown }: { tokens: readonly string[]; unknown: readonly boolean[] }) {
  return (
    <ol className="tokens" data-testid="source-tokens" aria-label={t.sourceHeading}>
      {tokens.map((tok, j) => {
        const unk = unknown[j] === true;
        return (
          <li
            key={j}
            className={`token${unk ? ' token--unknown' : ''}${j === tokens.length - 1 ? ' token--special' : ''}`}
            data-testid="source-token"
            data-unknown={unk ? 'true' : 'false'}
            title={unk ? t.unknownTooltip : undefined}
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
