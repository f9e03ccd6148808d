/**
 * "Copy link": copies the link of the current view (built at click time from the page state) with
 * the Clipboard API, and says so politely. Where the clipboard is refused, the link is shown in a
 * field, focused and selected, to copy by hand.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useStrings } from './i18n';

/** Props of {@link CopyLink}. */
export interface CopyLinkProps {
  /** the link of the view as it is now */
  getLink: () => string;
}

/** How long the "copied" confirmation stays, ms. */
const CONFIRM_MS = 4000;

/** Renders the Copy link button, its polite confirmation and (when copying is refused) the selected link. */
export function CopyLink({ getLink }: CopyLinkProps) {
  const t = useStrings().share;
  const id = useId();
  const [state, setState] = useState<{ kind: 'idle' | 'copied' | 'manual'; link: string; n: number }>({
    kind: 'idle',
    link: '',
    n: 0,
  });
  const field = useRef<HTMLInputElement>(null);

  const copy = async (): Promise<void> => {
    const link = getLink();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setState((s) => ({ kind: 'copied', link, n: s.n + 1 }));
    } catch {
      setState((s) => ({ kind: 'manual', link, n: s.n + 1 }));
    }
  };

  useEffect(() => {
    if (state.kind === 'manual') {
      field.current?.focus();
      field.current?.select();
    }
    if (state.kind !== 'copied') return;
    const timer = window.setTimeout(() => setState((s) => (s.kind === 'copied' ? { ...s, kind: 'idle' } : s)), CONFIRM_MS);
    return () => window.clearTimeout(timer);
  }, [state.kind, state.n]);

  return (
    <div className="copylink">
      <button
        type="button"
        className="button button--small"
        data-testid="copy-link"
        data-link={state.link || undefined}
        title={t.copyTitle}
        onClick={() => void copy()}
      >
        {t.copyLink}
      </button>
      <span className="copylink__status" role="status" data-testid="copy-status">
        {state.kind === 'copied' ? t.copied : ''}
      </span>
      {state.kind === 'manual' ? (
        <div className="copylink__manual" data-testid="copy-manual">
          <label htmlFor={id} className="visually-hidden">
            {t.linkLabel}
          </label>
          <input
            id={id}
            ref={field}
            type="text"
            readOnly
            value={state.link}
            data-testid="copy-link-field"
            onFocus={(e) => e.currentTarget.select()}
          />
          <p className="small">{t.fallback}</p>
        </div>
      ) : null}
    </div>
  );
}
