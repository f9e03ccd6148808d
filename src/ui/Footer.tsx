/** Page footer: data attribution (required by the CC BY 2.0 licence of the sentence pairs). */
import { useStrings } from './i18n';

/** Renders the page footer: the sentence-pair attribution and licence, and a note. */
export function Footer() {
  const t = useStrings();
  return (
    <footer className="footer">
      <p data-testid="attribution">
        {t.footerPairs}{' '}
        <a href="https://www.manythings.org/anki/" rel="noopener noreferrer" target="_blank">
          www.manythings.org/anki
        </a>{' '}
        {t.footerAnd}{' '}
        <a href="https://tatoeba.org/" rel="noopener noreferrer" target="_blank">
          tatoeba.org
        </a>
        ,{' '}
        <a href="https://creativecommons.org/licenses/by/2.0/" rel="noopener noreferrer license" target="_blank">
          CC BY 2.0
        </a>
        .
      </p>
      <p className="footer__note">{t.footerNote}</p>
    </footer>
  );
}
