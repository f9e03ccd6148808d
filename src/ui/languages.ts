/** The UI languages, as a tiny module without side effects (the URL parser needs the list; i18n.ts starts i18next). */

/** The languages the UI is written in. */
export const LANGUAGES = ['en', 'ko'] as const;
/** A UI language code. */
export type Lang = (typeof LANGUAGES)[number];

/** True if `x` is one of {@link LANGUAGES}. */
export const isLang = (x: unknown): x is Lang => typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
