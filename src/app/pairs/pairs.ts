/**
 * The language pairs the page ships models for, and how a pair is chosen: `?pair=` wins, then the
 * pair remembered from the last visit (localStorage), then en→fr. Shipped models live in
 * `public/models/<pair>/<folder>/`; a shipped model's id is its folder name for en→fr (so older
 * links keep working) and `<pair>/<folder>` for the other pairs, so ids stay unique across pairs.
 * Pure except {@link storedPair}/{@link rememberPair}, which take the storage as an argument.
 */
import { parsePair } from '../../model/languages';
import type { VariantInfo } from '../loadModel';

/** The pairs with shipped models, in display order. */
export const PAIRS = ['en-fr', 'en-de'] as const;
/** One shipped language pair. */
export type PairId = (typeof PAIRS)[number];
/** The pair of a first visit. */
export const DEFAULT_PAIR: PairId = 'en-fr';
/** localStorage key of the remembered pair. */
export const PAIR_STORAGE_KEY = 'attention-pair';

/**
 * The example chips of each pair (English sources, none from dev/test). en→de ones show long
 * reordering: the participle at the end ("Ich habe den Film gesehen."), participle and auxiliary at
 * the end of a subordinate clause ("…, weil ich den ganzen Tag gearbeitet habe.": the row of
 * "gearbeitet" looks back at "worked" after "all day"), a separable verb's particle at the end ("Ich
 * stehe jeden Tag um sieben auf."), modal + infinitive at the end, and the verb before the subject
 * after a fronted adverb. Each is translated whole by every shipped model ("He stays at home because
 * he is tired." was not: luong-general dropped the clause). `null`: the input's own (en→fr) examples.
 */
export const PAIR_EXAMPLES: Record<PairId, readonly string[] | null> = {
  'en-fr': null,
  'en-de': [
    'I have seen the film.',
    'I am tired because I worked all day.',
    'I know that she has read the book.',
    'I get up at seven every day.',
    'I want to buy a new car.',
    'Tomorrow I will call my mother.',
  ],
};

/**
 * The pseudo-pairs of models trained in the page ("Watch it learn") on a generated task: digits
 * and dates are no language pair, so each task's models are listed under their own.
 */
export const LEARNED_PAIRS = ['learned-reverse', 'learned-sort', 'learned-date'] as const;
/** One pseudo-pair of models trained in the page. */
export type LearnedPair = (typeof LEARNED_PAIRS)[number];

/** Whether `v` names a pseudo-pair of models trained in the page. */
export function isLearnedPair(v: unknown): v is LearnedPair {
  return typeof v === 'string' && (LEARNED_PAIRS as readonly string[]).includes(v);
}

/** Whether `v` names a shipped pair. */
export function isPairId(v: unknown): v is PairId {
  return typeof v === 'string' && (PAIRS as readonly string[]).includes(v);
}

/**
 * The pair to open: the URL's (a shipped pair, or the pseudo-pair of a model trained in the page,
 * which is restored from this browser's storage), else the remembered one, else
 * {@link DEFAULT_PAIR} (unknown values ignored).
 */
export function resolvePair(fromUrl: string | null, remembered: string | null): PairId | LearnedPair {
  if (isPairId(fromUrl) || isLearnedPair(fromUrl)) return fromUrl;
  if (isPairId(remembered)) return remembered;
  return DEFAULT_PAIR;
}

/** The id of shipped model `folder` of `pair`. */
export function shippedId(pair: string, folder: string): string {
  return pair === DEFAULT_PAIR ? folder : `${pair}/${folder}`;
}

/** A pair's model-list entries (`index.json`) with their ids in the page ({@link shippedId}). */
export function shippedOf(pair: string, variants: readonly VariantInfo[]): VariantInfo[] {
  return variants.map((v) => ({ ...v, id: shippedId(pair, v.id) }));
}

/**
 * The shipped model a page opens with: the URL's (`model=`) when the pair's list has it, else the
 * list's first; none for a link to a model trained in a browser (`model=` with a `:`).
 */
export function firstShipped(pair: string, variants: readonly VariantInfo[], urlModel: string | null): VariantInfo | undefined {
  if (urlModel?.includes(':')) return undefined;
  const list = shippedOf(pair, variants);
  return list.find((v) => v.id === urlModel) ?? list[0];
}

/** Path of a shipped model's folder under `models/` (`en-fr/luong-general`, `en-de/none`). */
export function shippedPath(id: string): string {
  return id.includes('/') ? id : `${DEFAULT_PAIR}/${id}`;
}

/** The folder name of a shipped model id (`en-de/none` → `none`); null for a model opened or trained in the page (`opened:…`, `trained:…`). */
export function shippedFolder(id: string): string | null {
  if (id.includes(':')) return null;
  return id.includes('/') ? id.slice(id.indexOf('/') + 1) : id;
}

/** The pair of a shipped model id. */
export function pairOfShipped(id: string): string {
  return id.includes('/') ? id.slice(0, id.indexOf('/')) : DEFAULT_PAIR;
}

/** The storage the page remembers its pair in (null where there is none, e.g. blocked storage). */
export type PairStorage = Pick<Storage, 'getItem' | 'setItem'> | null;

/** The remembered pair (null when none or unreadable). */
export function storedPair(storage: PairStorage): string | null {
  try {
    return storage?.getItem(PAIR_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Remembers `pair` for the next visit (silently does nothing where storage is blocked). */
export function rememberPair(storage: PairStorage, pair: PairId): void {
  try {
    storage?.setItem(PAIR_STORAGE_KEY, pair);
  } catch {
    /* storage blocked: the pair is simply not remembered */
  }
}

/** The page's localStorage, or null where the browser blocks it. */
export function pairStorage(): PairStorage {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

let active: string = DEFAULT_PAIR;

/**
 * The pair whose shipped files (index, test examples, bottleneck data) the page reads now. Set by
 * the session when it opens or switches a pair; the views that fetch those files are remounted on
 * a switch (PageTabs keys them by pair), so they read the new pair's files.
 */
export function activePair(): string {
  return active;
}

/**
 * The output language of the {@link activePair} (`fr`, `de`), for the `lang` of translated text;
 * undefined for a pair that names no languages (a live-training task).
 */
export function activeTargetLang(): string | undefined {
  return parsePair(active)?.tgt;
}

/** Sets {@link activePair} (the session does, on start-up and on a pair switch). */
export function setActivePair(pair: string): void {
  active = pair;
}
