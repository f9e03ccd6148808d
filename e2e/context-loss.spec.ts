/**
 * A lost WebGL context (forced with the WEBGL_lose_context extension through the page's test hook,
 * src/app/testHooks.ts): the page recovers without a reload, says so, and translates correctly
 * again: on a restarted WebGL, or on wasm when WebGL will not come back.
 */
import { expect, test, type Page } from '@playwright/test';
import { refuseWebGL, translateOn as translate } from './backendHelpers';
import { check, watch } from './pageWatch';

test.beforeEach(async ({ page, baseURL }) => watch(page, baseURL!));
test.afterEach(async ({ page }) => check(page));

const SENTENCE = 'I am a student.';
const OTHER = 'He is reading a book in the garden.';

async function open(page: Page): Promise<void> {
  await page.goto('./?backend=webgl');
  await expect(page.getByTestId('backend')).toHaveText('webgl');
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('model-error')).toHaveCount(0);
}

const loseContext = (page: Page): Promise<boolean> => page.evaluate(() => window.__attviz!.loseWebglContext());

test('after a lost context WebGL restarts, the page says so, and translations are the same as before', async ({ page }) => {
  await open(page);
  const before = await translate(page, SENTENCE, 'webgl');
  const tensors = await page.evaluate(() => window.__attviz!.memory().numTensors);

  expect(await loseContext(page)).toBe(true);
  const notice = page.getByTestId('backend-notice');
  await expect(notice).toHaveText(
    'The WebGL context was lost (the GPU was reset, or the browser took it back). WebGL was restarted and the model reloaded: translating works as before.',
  );
  await expect(page.getByTestId('backend')).toHaveText('webgl');
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('model-error')).toHaveCount(0);

  await translate(page, OTHER, 'webgl');
  expect(await translate(page, SENTENCE, 'webgl')).toBe(before);
  // the old model's tensors were released with the dead context, the rebuilt one has as many
  await expect.poll(() => page.evaluate(() => window.__attviz!.memory().numTensors)).toBe(tensors);

  // and a second loss is survived the same way
  expect(await loseContext(page)).toBe(true);
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await translate(page, OTHER, 'webgl');
  expect(await translate(page, SENTENCE, 'webgl')).toBe(before);
  await expect(page.getByTestId('translate-error')).toHaveCount(0);

  // choosing another backend by hand afterwards: the old notice goes, and nothing restarts WebGL
  await page.getByTestId('backend-select').selectOption('wasm');
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.locator('[data-testid="result"][data-backend="wasm"]')).toHaveAttribute('data-source', SENTENCE);
  await expect(page.getByTestId('backend-notice')).toHaveCount(0);
  await page.waitForTimeout(1000); // a late context-loss event would bring the notice back
  await expect(page.getByTestId('backend-notice')).toHaveCount(0);
  await expect(page.getByTestId('backend')).toHaveText('wasm');
});

test('a context lost in the middle of a translation: the translation is redone on the restarted WebGL', async ({ page }) => {
  await open(page);
  const before = await translate(page, SENTENCE, 'webgl');
  await translate(page, OTHER, 'webgl');
  const tensors = await page.evaluate(() => window.__attviz!.memory().numTensors);
  await page.getByTestId('source-input').fill(SENTENCE);
  await page.getByTestId('translate').click();
  // lost while the decode runs (SwiftShader needs far longer than this for one)
  const lost = await page.evaluate(() => ({
    busy: document.querySelector('[data-testid="status"]')?.getAttribute('data-busy'),
    lost: window.__attviz!.loseWebglContext(),
  }));
  expect(lost).toEqual({ busy: 'true', lost: true });
  await expect(page.locator('[data-testid="result"][data-backend="webgl"]')).toHaveAttribute('data-source', SENTENCE);
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('translation')).toHaveText(before);
  await expect(page.getByTestId('backend-notice')).toContainText('The WebGL context was lost');
  await expect(page.getByTestId('translate-error')).toHaveCount(0);
  // the interrupted decode released its tensors too (once the background WebGL warm-up decode is done)
  await expect.poll(() => page.evaluate(() => window.__attviz!.memory().numTensors)).toBe(tensors);
});

test('when WebGL will not come back, the page falls back to wasm, says why, and translates', async ({ page }) => {
  await open(page);
  const before = await translate(page, SENTENCE, 'webgl');
  // From now on the browser refuses new WebGL contexts (as after repeated GPU resets).
  await page.evaluate(refuseWebGL);
  expect(await loseContext(page)).toBe(true);
  const notice = page.getByTestId('backend-notice');
  await expect(notice).toContainText('The WebGL context was lost and WebGL could not be restarted (');
  await expect(notice).toContainText('so the model now runs on wasm.');
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  // the same model on wasm: the same words as on WebGL
  expect(await translate(page, SENTENCE, 'wasm')).toBe(before);
});
