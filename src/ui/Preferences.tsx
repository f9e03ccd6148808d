/** The language and theme pickers in the page header. */
import { LANGUAGES, setLang, useLang, useStrings, type Lang } from './i18n';
import { THEME_CHOICES, type ThemeChoice } from './theme';
import { useThemeChoice } from './useThemeChoice';

/** Each language's name in itself (the same in both UI languages). */
const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', ko: '한국어' };

/** The language and theme selects. */
export function Preferences() {
  const t = useStrings();
  const lang = useLang();
  const [theme, setTheme] = useThemeChoice();
  const themeName: Record<ThemeChoice, string> = {
    system: t.prefs.themeSystem,
    light: t.prefs.themeLight,
    dark: t.prefs.themeDark,
  };
  return (
    <div className="prefs">
      <div className="field field--inline">
        <label htmlFor="lang-select">{t.prefs.language}</label>
        <select id="lang-select" data-testid="lang-select" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--inline">
        <label htmlFor="theme-select">{t.prefs.theme}</label>
        <select
          id="theme-select"
          data-testid="theme-select"
          value={theme}
          onChange={(e) => setTheme(e.target.value as ThemeChoice)}
        >
          {THEME_CHOICES.map((c) => (
            <option key={c} value={c}>
              {themeName[c]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
