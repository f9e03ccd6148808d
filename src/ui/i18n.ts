/**
 * Korean / English UI with i18next + react-i18next. The two text sets (`en` in strings.ts, `ko` in
 * strings.ko.ts) are i18next resources; since many texts are functions (plurals, numbers), components
 * do not call `t('key')` but read the active set as an object: `const t = useStrings()` keeps the
 * `t.some.key` style and re-renders the component when the language changes.
 *
 * The language: `?lang=` in the page URL (a shared link), else the user's saved choice
 * (localStorage), else the browser's (navigator.languages: ko* → Korean, anything else → English).
 * `<html lang>` follows it (the CSS uses `:lang(ko)`).
 */
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en, setActiveStrings, type Strings } from './strings';
import { ko } from './strings.ko';
import { isLang, LANGUAGES, type Lang } from './languages';
import { readStored, writeStored } from '../app/robust/storage';
import { readUrlState } from '../app/urlState';

export { LANGUAGES, type Lang };

/** The text set of each language. */
export const STRINGS: Record<Lang, Strings> = { en, ko };

/** localStorage key of the user's choice. */
export const LANG_KEY = 'attention-viz.lang';

/** The language of a browser language list: the first `ko*` or `en*` entry decides; default English. */
export function langFromNavigator(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'ko') return 'ko';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/** The saved choice (null where there is none, or where the browser refuses storage). */
function readSaved(): Lang | null {
  const v = readStored(LANG_KEY);
  return isLang(v) ? v : null;
}

/** Which language wins: the URL's (a shared link), else the user's saved choice, else the browser's languages. */
export function pickLang(o: { url: Lang | null; saved: Lang | null; browser: readonly string[] }): Lang {
  return o.url ?? o.saved ?? langFromNavigator(o.browser);
}

/** The language to start in (see {@link pickLang}), read from the page's URL, localStorage and navigator. */
export function initialLang(): Lang {
  return pickLang({
    url: typeof window !== 'undefined' ? readUrlState(window.location.search).lang : null,
    saved: readSaved(), // never throws: a refused storage is no saved choice
    browser:
      typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language ?? 'en'],
  });
}

function apply(lang: Lang): void {
  setActiveStrings(STRINGS[lang]);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lang;
    document.title = STRINGS[lang].title;
  }
}

/** The i18next instance (initialised synchronously: resources are bundled). */
export const i18n = i18next.createInstance();
const start = initialLang();
void i18n.use(initReactI18next).init({
  lng: start,
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  resources: { en: { translation: en }, ko: { translation: ko } },
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
} as Parameters<typeof i18n.init>[0]);
apply(start);
i18n.on('languageChanged', (l) => apply(isLang(l) ? l : 'en'));

/** The active language. */
export function currentLang(): Lang {
  return isLang(i18n.language) ? i18n.language : 'en';
}

/** Switches the language and remembers the choice. */
export function setLang(lang: Lang): void {
  writeStored(LANG_KEY, lang); // storage refused: the choice lasts for this page only
  void i18n.changeLanguage(lang);
}

/** The active language, re-rendering the caller when it changes. */
export function useLang(): Lang {
  const { i18n: inst } = useTranslation();
  return isLang(inst.language) ? inst.language : 'en';
}

/** The active language's texts (typed as the English set), re-rendering the caller on a switch. */
export function useStrings(): Strings {
  return STRINGS[useLang()];
}
