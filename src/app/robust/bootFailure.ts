/**
 * The one message shown when the page's own code cannot be downloaded (src/main.tsx): the rest of
 * the UI is not there to word it, so it is chosen here from the two text sets directly.
 */
import { robustEn } from '../../ui/strings/robust';
import { robustKo } from '../../ui/strings/robust.ko';

/** The boot-failure text in Korean where the page or the browser is Korean, else in English. */
export function bootFailureText(
  e: unknown,
  lang: string,
  browser: readonly string[] = globalThis.navigator?.languages ?? [],
): string {
  const why = e instanceof Error ? e.message : String(e);
  const ko = lang === 'ko' || (lang !== 'en' && browser[0]?.toLowerCase().startsWith('ko'));
  return (ko ? robustKo : robustEn).bootFailed(why);
}
