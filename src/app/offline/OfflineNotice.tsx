/**
 * The service worker's notices, in a corner of the page: "saved for offline use" once after the
 * first visit, and "the app was updated — Reload" when a new deployment waits
 * (registerOffline.ts). Polite live region; each notice can be dismissed.
 */
import { useEffect, useState } from 'react';
import { useStrings } from '../../ui/i18n';
import { offlineState, onOfflineState, reloadToUpdate, type OfflineState } from './registerOffline';

/** The notice of the current {@link OfflineState} (nothing while idle or dismissed). */
export function OfflineNotice() {
  const t = useStrings().offline;
  const [state, setState] = useState<OfflineState>(offlineState);
  const [dismissed, setDismissed] = useState<OfflineState | null>(null);
  useEffect(() => onOfflineState(setState), []);
  const shown = state !== 'idle' && dismissed !== state ? state : null;
  return (
    <div className="offline-notice" role="status" aria-live="polite">
      {shown && (
        <div className="offline-notice__box" data-testid={`offline-${shown}`}>
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
