/**
 * A model download that stalls (issue 21): the weights request of one model is held by the test
 * (no answer ever comes), the page's stall timeout is shortened through its test hooks
 * (window.__attviz.setStallTimeout, src/app/testHooks.ts), and the page must say that the download
 * stalled, naming the file, with a retry button. A retry while the network still hangs starts a
 * fresh download (held too) during which the page stays usable; once the network answers, the
 * model loads and translates.
 */
import { expect, test, type Route } from '@playwright/test';
import { watchErrors } from './pageWatch';

const HELD = '**/models/en-fr/bahdanau/weights.bin';
const STALL_MS = 2_000;

test('a stalled weights download says so after the timeout, names the file, and a retry loads the model', async ({ page }) => {
  const errors = watchErrors(page);
  // while `holding`, the weights of "Bahdanau · additive" never get an answer
  let holding = true;
  const held: Route[] = [];
  await page.route(HELD, async (route) => {
    if (holding) held.push(route);
    else await route.continue();
  });

  await page.goto('./?backend=wasm');
  await expect(page.getByTestId('status')).toHaveText(/^Ready/);
  await page.waitForFunction(() => window.__attviz !== undefined);
  expect(await page.evaluate((ms) => window.__attviz!.setStallTimeout(ms), STALL_MS)).toBe(20_000);

  await page.getByTestId('model-select').selectOption('bahdanau');
  const status = page.getByTestId('status');
  await expect(status).toHaveText('Loading model “Bahdanau · additive”…');
  await expect.poll(() => held.length).toBe(1);

  // after the timeout: what stalled, which file, and a retry
  const alert = page.getByTestId('model-error');
  await expect(alert).toHaveText(
    'Could not load the model “Bahdanau · additive”: weights.bin stopped downloading: nothing arrived for 2 seconds. Check the connection and retry.',
  );
  const retry = page.getByTestId('model-retry');
  await expect(retry).toBeEnabled();
  await expect(status).toHaveAttribute('data-busy', 'false');
  expect(held.length).toBe(1); // given up by the page, not answered

  // a retry while the network still hangs (the normal timeout again): a fresh download, held too…
  await page.evaluate(() => window.__attviz!.setStallTimeout(20_000));
  await retry.click();
  await expect(alert).toHaveCount(0);
  await expect(status).toHaveText('Loading model “Bahdanau · additive”…');
  await expect.poll(() => held.length).toBe(2);
  // …and the page stays usable meanwhile: another view opens and shows its content
  await page.getByRole('tab', { name: 'Models' }).click();
  await expect(page.getByTestId('models-view')).toBeVisible();
  await page.getByRole('tab', { name: 'Translation & steps' }).click();

  // the network answers again: the held download completes, the model loads and translates
  holding = false;
  await held[0]!.continue().catch(() => undefined); // (cancelled by the page long ago)
  await held[1]!.continue();
  await expect(status).toHaveText(/^Ready/);
  await expect(retry).toHaveCount(0);
  const input = page.getByTestId('source-input');
  await input.fill('I am a student.');
  await input.press('Enter');
  const result = page.getByTestId('result');
  await expect(result).toHaveAttribute('data-source', 'I am a student.');
  await expect(result).toHaveAttribute('data-variant', 'bahdanau');
  await expect(page.getByTestId('translation')).not.toHaveText('');
  expect(errors).toEqual([]);
});
