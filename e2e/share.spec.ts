/**
 * Shareable links: the whole view lives in the URL. A copied link (read back from the clipboard)
 * opened in a new page shows the same sentence, translation, tab, step and phase and beam settings;
 * the URL's language wins; a hand-edited URL with bad values falls back to defaults without an
 * error (and a sentence in it stays text); where the clipboard is refused the link is selected to
 * copy by hand; a compare link compares the same models at once; a what-if link reopens the
 * manipulated decode; a teacher-forcing link feeds its references.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, open, test, translate, watchPages } from './stepHelpers';

watchPages();
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The main view's step cursor (the beam view has a step view of its own). */
const mainStage = (page: Page) => page.getByTestId('panel-main').getByTestId('stage');

async function waitReady(page: Page): Promise<void> {
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('model-error')).toHaveCount(0);
}

test('a copied link reopens the same sentence, translation, tab, step, phase and beam settings in a new page', async ({
  page,
  context,
}) => {
  const sentence = 'He is reading a book in the garden.';
  await open(page, '?backend=wasm&model=luong-general');
  await translate(page, sentence);
  const translation = await page.getByTestId('translation').textContent();
  expect(translation?.trim()).toBeTruthy();
  const T = await page.getByTestId('step-chip').count();
  const step = Math.min(3, T);

  // Step 3, phase softmax, by the step timeline and the phase list.
  await page.locator(`[data-testid="step-chip"][data-step="${step}"]`).click();
  await page.locator('[data-testid="phase-pill"][data-phase="softmax"]').click();
  await expect(mainStage(page)).toHaveAttribute('data-step', String(step));
  await expect(mainStage(page)).toHaveAttribute('data-phase', 'softmax');
  // The address bar follows (replaceState, no new history entries).
  const historyLength = await page.evaluate(() => history.length);
  await expect(page).toHaveURL(new RegExp(`step=${step}&phase=softmax`));
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  // Beam search tab with k = 5, α = 0.6.
  await page.getByTestId('tab-beam').click();
  await page.getByTestId('beam-k').fill('5');
  await page.getByTestId('beam-alpha').fill('0.6');
  await expect(page.getByTestId('beam-k-value')).toHaveText('5');
  await expect(page.getByTestId('beam-status')).toHaveAttribute('data-busy', 'false');

  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-status')).toHaveText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(link);
  expect(url.origin).toBe(new URL(page.url()).origin);
  expect(Object.fromEntries(url.searchParams)).toEqual({
    backend: 'wasm',
    model: 'luong-general',
    lang: 'en',
    text: sentence,
    tab: 'beam',
    step: String(step),
    phase: 'softmax',
    k: '5',
    alpha: '0.6',
  });
  await expect(page).toHaveURL(link);

  // A new page, from nothing but the link.
  const other = await context.newPage();
  await other.goto(link);
  await waitReady(other);
  await expect(other.getByTestId('tab-beam')).toHaveAttribute('aria-selected', 'true');
  await expect(other.getByTestId('beam-k-value')).toHaveText('5');
  await expect(other.getByTestId('beam-alpha-value')).toHaveText('0.6');
  await expect(other.getByTestId('beam-status')).toHaveAttribute('data-busy', 'false');
  await expect(other.getByTestId('compare-beam')).toBeVisible();
  await expect(other.getByTestId('source-input')).toHaveValue(sentence);
  await expect(other.getByTestId('result')).toHaveAttribute('data-source', sentence);
  await expect(other.getByTestId('translation')).toHaveText(translation!);
  await expect(mainStage(other)).toHaveAttribute('data-step', String(step));
  await expect(mainStage(other)).toHaveAttribute('data-phase', 'softmax');
  // On the main tab: the step view where it was, the heatmap revealed up to that row.
  await other.getByTestId('tab-main').click();
  await expect(mainStage(other)).toBeVisible();
  await expect(other.getByTestId('panel-main').getByTestId('playback')).toHaveAttribute('data-phase', 'softmax');
  const main = other.getByTestId('panel-main');
  await expect(main.getByTestId('heatmap-current-row')).toHaveAttribute('data-row', String(step - 1));
  await expect(main.locator(`[data-testid="heatmap"] rect[data-weight][data-row="${step - 1}"]`).first()).toHaveAttribute(
    'data-revealed',
    'true',
  );
  // …and its address bar says the same view again.
  await expect.poll(() => new URL(other.url()).searchParams.get('tab')).toBeNull();
  expect(new URL(other.url()).searchParams.get('step')).toBe(String(step));
  await other.close();
});

test('the URL language wins; bad values are ignored with defaults; a sentence stays plain text', async ({ page }) => {
  const html = '<img src=x onerror="window.__injected=1">';
  const q = new URLSearchParams({
    backend: 'wasm',
    lang: 'ko',
    model: 'no-such-model',
    text: html,
    tab: 'settings',
    step: '999',
    phase: 'dance',
    k: '1000',
    alpha: 'NaN',
    cmp: '<b>',
  });
  await page.goto(`./?${q}`);
  await waitReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByTestId('lang-select')).toHaveValue('ko');
  // the URL's language is not saved as the user's choice
  expect(await page.evaluate(() => localStorage.getItem('attention-viz.lang'))).toBeNull();
  // unknown model → the default one; unknown tab → the main one
  await expect(page.getByTestId('model-select')).toHaveValue('luong-general');
  await expect(page.getByTestId('tab-main')).toHaveAttribute('aria-selected', 'true');
  // the sentence is translated as text: no element made from it, no script run
  await expect(page.getByTestId('result')).toHaveAttribute('data-source', html);
  await expect(page.getByTestId('source-input')).toHaveValue(html);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
  // step 999 → the last step; an unknown phase → the step's first phase
  const T = await page.getByTestId('step-chip').count();
  await expect(mainStage(page)).toHaveAttribute('data-step', String(T));
  await expect(mainStage(page)).toHaveAttribute('data-phase', 'rnn');
  // k = 1000 → the default width
  await page.getByTestId('tab-beam').click();
  await expect(page.getByTestId('beam-k-value')).toHaveText('3');
  // The address bar is rewritten with the view as it really is.
  await expect(page).toHaveURL(/model=luong-general/);
  const params = new URL(page.url()).searchParams;
  expect(params.get('lang')).toBe('ko');
  expect(params.get('step')).toBe(String(T));
  expect(params.get('phase')).toBe('rnn');
  expect(params.get('k')).toBeNull();
  expect(params.get('cmp')).toBeNull();
});

test('where the clipboard is refused, the link is shown selected to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await open(page, '?backend=wasm&model=luong-general');
  await translate(page, 'I am a student.');
  await page.getByTestId('copy-link').click();
  const field = page.getByTestId('copy-link-field');
  await expect(field).toBeVisible();
  await expect(field).toBeFocused();
  const value = await field.inputValue();
  expect(new URL(value).searchParams.get('text')).toBe('I am a student.');
  const selected = await field.evaluate((e: HTMLInputElement) => [e.selectionStart, e.selectionEnd, e.value.length]);
  expect(selected).toEqual([0, value.length, value.length]);
  await expect(page.getByTestId('copy-manual')).toContainText('Ctrl+C');
});

test('a compare link compares the same models on the same sentence at once', async ({ page }) => {
  await page.goto('./?backend=wasm&tab=compare&cmp=none,luong-general&text=I+am+a+student.&cstep=3');
  await waitReady(page);
  await expect(page.getByTestId('tab-compare')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('compare-input')).toHaveValue('I am a student.');
  const cols = page.getByTestId('compare-col');
  await expect(cols).toHaveCount(2);
  // columns in the model list's order
  expect(await cols.evaluateAll((els) => els.map((e) => e.getAttribute('data-variant')))).toEqual(['luong-general', 'none']);
  await expect(page.getByTestId('compare-translation')).toHaveCount(2);
  for (const id of ['luong-general', 'none'])
    await expect(page.locator(`[data-testid="compare-check"][data-variant="${id}"]`)).toBeChecked();
  // at the shared step (t = 3: index 2), in every column
  await expect(page.getByTestId('compare-step-label')).toHaveAttribute('data-step', '2');
  await expect(cols.first()).toHaveAttribute('data-current-row', '2');
  // the link of this view names the same models, sentence and step
  await page.getByTestId('copy-link').click();
  let link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(link.searchParams.get('tab')).toBe('compare');
  expect(link.searchParams.get('cmp')).toBe('luong-general,none');
  expect(link.searchParams.get('text')).toBe('I am a student.');
  expect(link.searchParams.get('cstep')).toBe('3');
  // moving the step moves the link's
  await page.getByTestId('compare-step-slider').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('compare-step-label')).toHaveAttribute('data-step', '1');
  await page.getByTestId('copy-link').click();
  link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(link.searchParams.get('cstep')).toBe('2');
});

test('a what-if link reopens the manipulated decode (forced word, attention override); the copied link keeps it', async ({
  page,
}) => {
  const vocab = JSON.parse(readFileSync(path.resolve(process.cwd(), 'public/models/en-fr/luong-general/vocab.json'), 'utf8')) as {
    tgt: string[];
  };
  const forced = vocab.tgt.indexOf('es');
  expect(forced).toBeGreaterThan(3);
  // "i am a student . </s>": step 1 looks only at "student", step 2 writes "es"
  await page.goto(
    `./?backend=wasm&model=luong-general&text=I+am+a+student.&force=2.${forced}&att=1_0_0_0_1_0_0&step=2&phase=output`,
  );
  await waitReady(page);
  await expect(page.locator('[data-testid="result"][data-backend="wasm"]')).toHaveAttribute('data-manipulated', 'true');
  await expect(page.getByTestId('whatif-badge')).toBeVisible();
  await expect(page.locator('[data-testid="whatif-change"][data-kind="attention"][data-step="1"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="whatif-change"][data-kind="force"][data-step="2"]')).toContainText('es');
  await expect(mainStage(page)).toHaveAttribute('data-step', '2');
  await expect(mainStage(page)).toHaveAttribute('data-phase', 'output');
  // step 1's weights are the link's: all on "student"
  const row0 = await page
    .locator('[data-testid="panel-main"] [data-testid="heatmap"] rect[data-weight][data-row="0"]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-weight'))));
  expect(row0).toEqual([0, 0, 0, 1, 0, 0]);
  const own = (await page.getByTestId('whatif-own').textContent())?.trim();
  expect(await page.getByTestId('translation').textContent()).not.toBe(own);

  await page.getByTestId('copy-link').click();
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(link.searchParams.get('force')).toBe(`2.${forced}`);
  expect(link.searchParams.get('att')).toBe('1_0_0_0_1_0_0');

  // ids outside the vocabulary and overrides of the wrong length are ignored: the model's own decode
  await page.goto(`./?backend=wasm&model=luong-general&text=I+am+a+student.&force=2.999999&att=1_1_0`);
  await waitReady(page);
  await expect(page.locator('[data-testid="result"][data-backend="wasm"]')).toHaveAttribute('data-manipulated', 'false');
  await expect(page.getByTestId('whatif-badge')).toHaveCount(0);
});

test('a teacher-forcing link feeds its reference at once; typed references go into the copied link', async ({ page }) => {
  await page.goto(
    './?backend=wasm&model=luong-general&tab=forcing&text=I+am+a+student.&ref=Je+suis+%C3%A9tudiant.%0AJe+suis+un+%C3%A9tudiant.',
  );
  await waitReady(page);
  const panel = page.getByTestId('forcing-view');
  await expect(panel.getByTestId('reference-input')).toHaveValue('Je suis étudiant.\nJe suis un étudiant.');
  // "je suis étudiant ." + </s>, fed without a click
  await expect(panel.getByTestId('forced-row')).toHaveCount(5);
  expect(await panel.getByTestId('forced-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-token')))).toEqual([
    'je',
    'suis',
    'étudiant',
    '.',
    '</s>',
  ]);

  await panel.getByTestId('reference-input').fill('Je suis une étudiante.');
  await page.getByTestId('copy-link').click();
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(link.searchParams.get('tab')).toBe('forcing');
  expect(link.searchParams.get('ref')).toBe('Je suis une étudiante.');
});
