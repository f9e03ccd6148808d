/** The button under a model-load error that downloads the model again (a stalled or broken download). */
import { useStrings } from '../../ui/i18n';

/** Renders the "Retry loading the model" button; `disabled` while the page is busy. */
export function ModelRetry({ onRetry, disabled }: { onRetry: () => void; disabled: boolean }) {
  const t = useStrings();
  return (
    <p className="model-retry">
      <button type="button" className="button" data-testid="model-retry" disabled={disabled} onClick={onRetry}>
        {t.robust.retryLoad}
      </button>
    </p>
  );
}
