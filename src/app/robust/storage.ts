/**
 * The page's localStorage, guarded: a browser that refuses site data (blocked cookies, a sandboxed
 * or about:blank frame) throws "Access is denied for this document" on the mere `localStorage`
 * lookup, and one in a private mode may throw on `setItem`. Every reader and writer goes through
 * here (or catches the same way), and {@link storageDenied} tells the page to say what it cannot do.
 */

/** The page's localStorage, or null where the browser refuses it (never throws). */
export function safeLocalStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : (window.localStorage ?? null);
  } catch {
    return null;
  }
}

/** Reads a key; null when missing or when storage is refused. */
export function readStored(key: string): string | null {
  try {
    return safeLocalStorage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes a key; false when storage is refused or full (the value then lasts for this page only). */
export function writeStored(key: string, value: string): boolean {
  try {
    const s = safeLocalStorage();
    if (!s) return false;
    s.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

const PROBE_KEY = 'attention-viz.storage-probe';

/**
 * Whether this page cannot keep anything in localStorage (refused outright, or every write fails),
 * tried once with a probe key that is removed again. Never throws.
 */
export function storageDenied(): boolean {
  if (typeof window === 'undefined') return false;
  try {
    const s = window.localStorage;
    if (!s) return true;
    s.setItem(PROBE_KEY, '1');
    s.removeItem(PROBE_KEY);
    return false;
  } catch {
    return true;
  }
}
