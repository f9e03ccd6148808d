/**
 * The service worker's notices, in a corner of the page: "saved for offline use" once after the
 * first visit, and "the app was updated — Reload" when a new deployment waits
 * (registerOffline.ts). Polite live region; each notice can be dismissed. The first is news only,
 * and on a phone it sits over the sentence box: it goes by itself after READY_SHOWN_MS (not while
 * the pointer is on it or focus is in it); the update notice, which asks for a reload, stays.
 */
import { useEffect, useState } from 'react';
import { useStrings } from '../../ui/i18n';
import { READY_SHOWN_MS } from './readyNotice';
import { offlineState, onOfflineState, reloadToUpdate, type OfflineState } from './registerOffline';

/** The notice of the current {@link OfflineState} (nothing while idle or dismissed). */
export function OfflineNotice() {
  const t = useStrings().offline;
  const [state, setState] = useState<OfflineState>(offlineState);
  const [dismissed, setDismissed] = useState<OfflineState | null>(null);
  /** the pointer is on the notice or focus is in it: it does not go by itself */
  const [held, setHeld] = useState({ pointer: false, focus: false });
  useEffect(() => onOfflineState(setState), []);
  const shown = state !== 'idle' && dismissed !== state ? state : null;
  const holding = held.pointer || held.focus;
  useEffect(() => {
    if (shown !== 'ready' || holding) return;
    const timer = setTimeout(() => setDismissed('ready'), READY_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [shown, holding]);
  return (
    <div className="offline-notice" role="status" aria-live="polite">
      {shown && (
        <div
          className="offline-notice__box"
          data-testid={`offline-${shown}`}
          onPointerEnter={() => setHeld((h) => ({ ...h, pointer: true }))}
          onPointerLeave={() => setHeld((h) => ({ ...h, pointer: false }))}
          onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget)) setHeld((h) => ({ ...h, focus: false }));
          }}
        >
          <span>{shown === 'ready' ? t.ready : t.updated}</span>
          {shown === 'updated' && (
            <button type="button" className="offline-notice__reload" onClick={reloadToUpdate} data-testid="offline-reload">
              {t.reload}
            </button>
          )}
          <button type="button" className="offline-notice__dismiss" onClick={() => setDismissed(shown)}>
            {t.dismiss}
          </button>
        </div>
      )}
    </div>
  );
}
