/**
 * The UI languages, as a tiny module without side effects (the URL parser needs the list; i18n.ts
 * starts i18next), and the output language of a language pair as the views name and mark it.
 */
import { parsePair } from '../model/languages';

/** The languages the UI is written in. */
export const LANGUAGES = ['en', 'ko'] as const;
/** A UI language code. */
export type Lang = (typeof LANGUAGES)[number];

/** True if `x` is one of {@link LANGUAGES}. */
export const isLang = (x: unknown): x is Lang => typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);

/**
 * The code of a language pair's output language (`en-de` → `de`), for `lang` attributes and
 * language names; undefined for a pair that names no languages (a task trained in the page).
 */
export function outputLanguage(pair: string | null | undefined): string | undefined {
  return parsePair(pair ?? '')?.tgt;
}

/** The name of `pair`'s output language in `names` (the texts' `languageNames`), their `other` when it has none. */
export function outputLanguageName(names: Readonly<Record<string, string>>, pair: string | null | undefined): string {
  const code = outputLanguage(pair);
  return (code !== undefined ? names[code] : undefined) ?? names.other ?? '';
}
