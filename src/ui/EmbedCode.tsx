/**
 * "Embed" in the export bar: pick a view (heatmap, step picture, beam tree, compare) and copy an
 * <iframe> snippet of it with the page's current state (the address bar carries it), for a slide or
 * a course page. Where the clipboard is refused, the snippet is shown selected, to copy by hand.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { EMBED_KINDS, embedSnippet, type EmbedKind } from '../app/embed';
import { useStrings } from './i18n';

/** Props of {@link EmbedCode}. */
export interface EmbedCodeProps {
  /** the English sentence shown (names the frame for screen readers) */
  sentence: string;
  /** the model has attention (else there is no heatmap to embed) */
  hasAttention: boolean;
}

/** Renders the embed group: the view choice, the copy button, its status, and the snippet when it must be copied by hand. */
export function EmbedCode({ sentence, hasAttention }: EmbedCodeProps) {
  const t = useStrings().exports;
  const id = useId();
  const kinds = EMBED_KINDS.filter((k) => hasAttention || k !== 'heatmap');
  const [kind, setKind] = useState<EmbedKind>(kinds[0]!);
  const [state, setState] = useState<{ kind: 'idle' | 'copied' | 'manual'; snippet: string }>({ kind: 'idle', snippet: '' });
  const field = useRef<HTMLTextAreaElement>(null);
  const copy = async (): Promise<void> => {
    const snippet = embedSnippet(window.location.href, kind, t.embedFrameTitle(t.embedKinds[kind], sentence));
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(snippet);
      setState({ kind: 'copied', snippet });
    } catch {
      setState({ kind: 'manual', snippet });
    }
  };
  useEffect(() => {
    if (state.kind !== 'manual') return;
    field.current?.focus();
    field.current?.select();
  }, [state]);
  return (
    <div className="exports__group exports__group--embed" role="group" aria-label={t.embed}>
      <span className="exports__label">{t.embed}</span>
      <label className="visually-hidden" htmlFor={`${id}-kind`}>
        {t.embedView}
      </label>
      <select
        id={`${id}-kind`}
        className="exports__select"
        value={kind}
        data-testid="embed-kind"
        onChange={(e) => setKind(e.target.value as EmbedKind)}
      >
        {kinds.map((k) => (
          <option key={k} value={k}>
            {t.embedKinds[k]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small"
        data-testid="embed-copy"
        data-snippet={state.snippet || undefined}
        title={t.embedCopyTitle}
        onClick={() => void copy()}
      >
        {t.embedCopy}
      </button>
      <span className="muted small" role="status" data-testid="embed-status">
        {state.kind === 'copied' ? t.embedCopied : ''}
      </span>
      {state.kind === 'manual' ? (
        <div className="exports__embed-manual">
          <label htmlFor={`${id}-code`} className="small">
            {t.embedManual}
          </label>
          <textarea id={`${id}-code`} ref={field} readOnly rows={3} value={state.snippet} data-testid="embed-code" />
        </div>
      ) : null}
    </div>
  );
}
