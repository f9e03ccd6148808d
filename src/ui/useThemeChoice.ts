/** The theme choice as React state (the Preferences menu), kept in sync with `data-theme` (theme.ts). */
import { useEffect, useState } from 'react';
import { writeStored } from '../app/robust/storage';
import { applyTheme, DARK_QUERY, savedThemeChoice, THEME_KEY, type ThemeChoice } from './theme';

/** The theme choice with its setter (saves it); keeps `data-theme` in sync, also with system changes. */
export function useThemeChoice(): [ThemeChoice, (c: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(savedThemeChoice);
  useEffect(() => {
    applyTheme(choice);
    if (choice !== 'system') return;
    const mq = window.matchMedia?.(DARK_QUERY);
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
