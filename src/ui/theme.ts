/**
 * Light / dark theme. The user's choice (light, dark or system: follow `prefers-color-scheme`) is
 * remembered in localStorage; the resolved theme is the `data-theme` attribute of <html>, which
 * selects the colour variables in src/styles/theme.css.
 */
import { useEffect, useState } from 'react';
import { readStored, writeStored } from '../app/robust/storage';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type Theme = 'light' | 'dark';

/** localStorage key of the user's choice. */
export const THEME_KEY = 'attention-viz.theme';
const QUERY = '(prefers-color-scheme: dark)';

const isChoice = (x: unknown): x is ThemeChoice => typeof x === 'string' && (THEME_CHOICES as readonly string[]).includes(x);

/** The saved choice, or 'system'. */
export function savedThemeChoice(): ThemeChoice {
  const v = readStored(THEME_KEY);
  return isChoice(v) ? v : 'system';
}

/** The theme a choice means now. */
export function resolveTheme(choice: ThemeChoice): Theme {
  if (choice !== 'system') return choice;
  return typeof window !== 'undefined' && window.matchMedia?.(QUERY).matches ? 'dark' : 'light';
}

/** Sets `data-theme` on <html> for `choice`. */
export function applyTheme(choice: ThemeChoice): void {
  if (typeof document !== 'undefined') document.documentElement.dataset.theme = resolveTheme(choice);
}

/** The theme choice with its setter (saves it); keeps `data-theme` in sync, also with system changes. */
export function useThemeChoice(): [ThemeChoice, (c: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(savedThemeChoice);
  useEffect(() => {
    applyTheme(choice);
    if (choice !== 'system') return;
    const mq = window.matchMedia?.(QUERY);
    if (!mq) return;
    const on = (): void => applyTheme('system');
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, [choice]);
  const set = (c: ThemeChoice): void => {
    writeStored(THEME_KEY, c); // storage refused: the choice lasts for this page only
    setChoice(c);
  };
  return [choice, set];
}
