/** Helpers of the e2e specs about backends: translating on a given one, and a browser without WebGL. */
import { expect, type Page } from '@playwright/test';

/**
 * Translates `sentence` and returns the translation once the page shows it as computed on
 * `backend` (the result's data-backend) and is no longer busy.
 */
export async function translateOn(page: Page, sentence: string, backend: string): Promise<string> {
  await page.getByTestId('source-input').fill(sentence);
  await page.getByTestId('translate').click();
  await expect(page.locator(`[data-testid="result"][data-backend="${backend}"]`)).toHaveAttribute('data-source', sentence);
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  return (await page.getByTestId('translation').textContent())?.trim() ?? '';
}

/**
 * Runs in the page (pass it to `page.addInitScript` or `page.evaluate`): from then on every request
 * for a WebGL context on a canvas or OffscreenCanvas gets null, as on a machine without a usable GPU.
 * Self-contained, as Playwright sends its source text to the browser.
 */
export function refuseWebGL(): void {
  for (const proto of [HTMLCanvasElement.prototype, globalThis.OffscreenCanvas?.prototype]) {
    if (!proto) continue;
    const orig = proto.getContext as (this: unknown, id: string, ...rest: unknown[]) => unknown;
    proto.getContext = function (this: unknown, id: string, ...rest: unknown[]) {
      return /webgl/i.test(id) ? null : orig.call(this, id, ...rest);
    } as typeof proto.getContext;
  }
}
