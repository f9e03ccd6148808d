/** The model and backend pickers in the page header. */
import type { VariantInfo } from '../app/loadModel';
import { shippedFolder } from '../app/pairs/pairs';
import { BACKENDS, type BackendName } from '../tfjs/browserBackends';
import { useStrings } from './i18n';

const BACKEND_TITLES: Record<BackendName, string> = {
  webgl: 'WebGL (GPU)',
  wasm: 'WebAssembly',
  cpu: 'JavaScript (CPU)',
};

/** The model-variant dropdown (with the selected variant's description below it). */
export function ModelSelect(props: {
  variants: readonly VariantInfo[];
  value: string;
  disabled?: boolean;
  onChange: (id: string) => void;
}) {
  const t = useStrings();
  const { variants, value, disabled, onChange } = props;
  const current = variants.find((v) => v.id === value);
  // a shipped model's description in the page's language (the same folder name in every pair), else the list's
  const folder = current ? shippedFolder(current.id) : null;
  const description = (folder !== null ? t.variantDescriptions[folder] : undefined) ?? current?.description;
  return (
    <div className="field">
      <label htmlFor="model-select">{t.modelLabel}</label>
      <select
        id="model-select"
        data-testid="model-select"
        value={value}
        disabled={disabled || variants.length === 0}
        onChange={(e) => onChange(e.target.value)}
      >
        {variants.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </select>
      {description ? (
        <p className="field__hint" data-testid="model-description">
          {description}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The tfjs backend dropdown with a badge naming the active backend (`active` null: none ready yet);
 * `note`, when set, is a polite notice shown below it (why the default backend was chosen).
 */
export function BackendSelect(props: {
  active: string | null;
  disabled?: boolean;
  note?: string | null;
  onChange: (name: BackendName) => void;
}) {
  const t = useStrings();
  const { active, disabled, note, onChange } = props;
  return (
    <div className="field">
      <label htmlFor="backend-select">{t.backendLabel}</label>
      <div className="field__row">
        <select
          id="backend-select"
          data-testid="backend-select"
          value={active ?? ''}
          disabled={disabled || active === null}
          title={t.backendHelp}
          onChange={(e) => onChange(e.target.value as BackendName)}
        >
          {active === null ? <option value="">…</option> : null}
          {BACKENDS.map((b) => (
            <option key={b} value={b}>
              {BACKEND_TITLES[b]}
            </option>
          ))}
        </select>
        <span className="badge" aria-label={`${t.backendLabel}: ${active ?? '…'}`}>
          <code data-testid="backend">{active ?? ''}</code>
        </span>
      </div>
      {note ? (
        <p className="field__hint field__note" role="status" data-testid="backend-software-notice">
          {note}
        </p>
      ) : null}
    </div>
  );
}
