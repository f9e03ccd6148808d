/**
 * When the requested backend cannot start, the page falls back to another one and says so.
 * Here the browser refuses every WebGL context (as on a machine without a usable GPU).
 */
import { expect, test } from '@playwright/test';
import { refuseWebGL, translateOn } from './backendHelpers';

test('falls back from an unavailable WebGL and shows a notice', async ({ page, baseURL }) => {
  await page.addInitScript(refuseWebGL);
  const pageErrors: string[] = [];
  const foreign: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== new URL(baseURL!).origin) foreign.push(r.url());
  });

  await page.goto('./?backend=webgl');
  const notice = page.getByTestId('backend-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('webgl');
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  // a fallback, not the software-rendering default: only the fallback notice
  await expect(page.getByTestId('backend-software-notice')).toHaveCount(0);
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await translateOn(page, 'I am a student.', 'wasm');
  expect(pageErrors).toEqual([]);
  expect(foreign).toEqual([]);
});
