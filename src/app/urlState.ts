/** The page state kept in the URL: `?backend=webgl|wasm|cpu&model=<variant>`. */
import { DEFAULT_BACKEND, isBackendName, type BackendName } from '../tfjs/browserBackends';

/** The backend and model read from the page URL. */
export interface UrlState {
  /** the backend the URL names, else {@link DEFAULT_BACKEND} (the page may then pick wasm: see `backendChoice`) */
  backend: BackendName;
  /** true when the URL named the backend explicitly: that choice always wins */
  backendForced: boolean;
  /** model variant id from `?model=` (null when absent) */
  model: string | null;
}

/** Parses the URL query (`backend`, `model`); an unknown or missing backend falls back to the default. */
export function readUrlState(search = window.location.search): UrlState {
  const q = new URLSearchParams(search);
  const b = q.get('backend');
  return {
    backend: isBackendName(b) ? b : DEFAULT_BACKEND,
    backendForced: isBackendName(b),
    model: q.get('model'),
  };
}

/** Updates one URL parameter in place (no reload, no history entry). */
export function writeUrlParam(key: 'backend' | 'model', value: string | null): void {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(key);
  else url.searchParams.set(key, value);
  window.history.replaceState(window.history.state, '', url);
}
