/**
 * Light / dark theme. The user's choice (light, dark or system: follow `prefers-color-scheme`) is
 * remembered in localStorage; the resolved theme is the `data-theme` attribute of <html>, which
 * selects the colour variables in src/styles/theme.css. No React here: the page's first script
 * applies the theme before the first paint (the hook is in useThemeChoice.ts).
 */
import { readStored } from '../app/robust/storage';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type Theme = 'light' | 'dark';

/** localStorage key of the user's choice. */
export const THEME_KEY = 'attention-viz.theme';
/** The media query of the system's dark mode. */
export const DARK_QUERY = '(prefers-color-scheme: dark)';

const isChoice = (x: unknown): x is ThemeChoice => typeof x === 'string' && (THEME_CHOICES as readonly string[]).includes(x);

/** The saved choice, or 'system'. */
export function savedThemeChoice(): ThemeChoice {
  const v = readStored(THEME_KEY);
  return isChoice(v) ? v : 'system';
}

/** The theme a choice means now. */
export function resolveTheme(choice: ThemeChoice): Theme {
  if (choice !== 'system') return choice;
  return typeof window !== 'undefined' && window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light';
}

/** Sets `data-theme` on <html> for `choice`. */
export function applyTheme(choice: ThemeChoice): void {
  if (typeof document !== 'undefined') document.documentElement.dataset.theme = resolveTheme(choice);
}
