/** A pair's unknown-word dictionary (`public/models/<pair>/unk-dict.json`, optional), fetched once per pair. */
import type { UnkDictionary } from '../../model/unkReplace';

const cache = new Map<string, Promise<UnkDictionary | undefined>>();

/** Checks a parsed dictionary: an object of string → string (anything else: no dictionary). */
export function parseUnkDictionary(raw: unknown): UnkDictionary | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const entries = (raw as { entries?: unknown }).entries;
  const obj = typeof entries === 'object' && entries !== null && !Array.isArray(entries) ? entries : raw;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) if (typeof v === 'string') out[k] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The pair's dictionary, or undefined when it has none (words are then copied). Never rejects. */
export function fetchUnkDictionary(pair: string): Promise<UnkDictionary | undefined> {
  let p = cache.get(pair);
  if (!p) {
    p = fetch(`${import.meta.env.BASE_URL}models/${pair}/unk-dict.json`, { cache: 'no-cache' })
      .then(async (res) =>
        res.ok && !(res.headers.get('content-type') ?? '').includes('text/html')
          ? parseUnkDictionary(await res.json())
          : undefined,
      )
      .catch(() => undefined);
    cache.set(pair, p);
  }
  return p;
}
