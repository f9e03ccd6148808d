/**
 * The page's query string made safe before anything else reads it. TensorFlow.js parses
 * `location.search` itself the moment it loads (tfjs-core's `Environment.populateURLFlags`, run by
 * `getOrMakeEngine()` at import): it `decodeURIComponent`s every parameter, so one malformed
 * percent-escape or an escaped lone surrogate (`%ED%A0%80`) throws "URI malformed" and the page never
 * mounts; and its `?tfjsflags=` debug flags change how the model computes (`WEBGL_FORCE_F16_TEXTURES`)
 * or throw on a value they cannot parse (`?tfjsflags=PROD`). {@link repairQuery} drops every
 * parameter that does not decode, and `tfjsflags` unless the caller keeps well-formed ones (the dev
 * server only); {@link guardPageUrl} puts the repaired query into the address bar in place and
 * remembers what it dropped, for the page's notice. Pure but for `guardPageUrl`.
 */

/** The parameter tfjs-core reads its debug flags from. */
export const TFJS_FLAGS_PARAM = 'tfjsflags';

/** A `tfjsflags` value tfjs can parse without throwing: `NAME:value` pairs, comma-separated. */
const WELL_FORMED_FLAGS = /^[A-Z][A-Z0-9_]*:[A-Za-z0-9._-]+(?:,[A-Z][A-Z0-9_]*:[A-Za-z0-9._-]+)*$/;

/** What {@link repairQuery} did to a query string. */
export interface UrlRepair {
  /** the query to use (`?…`, or '' when nothing is left) */
  search: string;
  /** names of the parameters left out because they do not decode (as far as they can be shown) */
  dropped: string[];
  /** a `tfjsflags` parameter was left out */
  flagsIgnored: boolean;
}

/**
 * `s` percent-decoded, or null where decodeURIComponent throws (a bad escape, or bytes that are not
 * UTF-8, e.g. an escaped lone surrogate). The decoded value is returned and used: a minifier drops
 * a call to this built-in whose result is unused, and with it the check.
 */
function tryDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** A parameter's name for the notice: decoded where it can be, else as written; short, no control characters. */
function shownName(raw: string): string {
  return (tryDecode(raw) ?? raw).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').slice(0, 40) || '?';
}

/**
 * Repairs a query string (`?a=b&…`, the `?` optional): every `&`-separated piece that does not
 * percent-decode is left out (whole: name and value), so does any `tfjsflags` piece unless
 * `keepTfjsFlags` and it is well formed. The pieces kept are kept byte for byte, in order. The
 * result never makes `decodeURIComponent` throw on any part of it, which is all tfjs needs.
 */
export function repairQuery(search: string, opts: { keepTfjsFlags: boolean }): UrlRepair {
  const dropped: string[] = [];
  let flagsIgnored = false;
  const kept: string[] = [];
  for (const piece of search.replace(/^\?/, '').split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const rawName = eq < 0 ? piece : piece.slice(0, eq);
    // Name and value split at an ASCII character: if both decode, so does every other split of the
    // piece (tfjs also splits on `?`), since no escape spans an ASCII character.
    const name = tryDecode(rawName);
    const value = eq < 0 ? '' : tryDecode(piece.slice(eq + 1));
    if (name === null || value === null) {
      dropped.push(shownName(rawName));
      continue;
    }
    // (`+` is a space in a query; tfjs does not know that, but a flag name has neither)
    if (name.split('?').includes(TFJS_FLAGS_PARAM)) {
      if (!(opts.keepTfjsFlags && WELL_FORMED_FLAGS.test(value))) {
        flagsIgnored = true;
        continue;
      }
    }
    kept.push(piece);
  }
  return { search: kept.length > 0 ? `?${kept.join('&')}` : '', dropped, flagsIgnored };
}

/** Whether a repair changed anything the user should hear about. */
export function repairNeedsNotice(r: Pick<UrlRepair, 'dropped' | 'flagsIgnored'>): boolean {
  return r.dropped.length > 0 || r.flagsIgnored;
}

let lastRepair: UrlRepair | null = null;

/** What {@link guardPageUrl} dropped from this page's URL (null before it ran or when nothing). */
export function pageUrlRepair(): UrlRepair | null {
  return lastRepair && repairNeedsNotice(lastRepair) ? lastRepair : null;
}

/**
 * Repairs the page's own query in place (history.replaceState: no reload, no new history entry)
 * before TensorFlow.js is imported. Never throws: where the address bar cannot be rewritten, the
 * query is left as it was.
 */
export function guardPageUrl(keepTfjsFlags: boolean): UrlRepair {
  const { pathname, search, hash } = window.location;
  const repair = repairQuery(search, { keepTfjsFlags });
  lastRepair = repair;
  if (repair.search !== search) {
    try {
      window.history.replaceState(window.history.state, '', `${pathname}${repair.search}${hash}`);
    } catch {
      // an opaque-origin frame may refuse: nothing better to do than to go on
    }
  }
  return repair;
}
