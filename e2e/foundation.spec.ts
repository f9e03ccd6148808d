/**
 * Foundation: the page loads on WebGL (forced with `?backend=webgl`: this headless Chromium's WebGL
 * is software-rendered, so without it the page picks wasm and says so), translates with a real model, shows a consistent alignment
 * heatmap, marks unknown words, and switches backends without changing the answer. Every test also
 * checks that the page logged no errors and never talked to another origin.
 *
 * Model outputs change while models are retrained: nothing here depends on a particular translation.
 */
import { expect, test, type Page } from '@playwright/test';
import { check, watch } from './pageWatch';

test.beforeEach(async ({ page, baseURL }) => watch(page, baseURL!));
test.afterEach(async ({ page }) => check(page));

/** Opens the page and waits until the default model is loaded. */
async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('model-error')).toHaveCount(0);
}

/** Types a sentence, translates it and waits for the result on the expected backend. */
async function translate(page: Page, sentence: string, backend: string, how: 'click' | 'enter' = 'click'): Promise<string> {
  const input = page.getByTestId('source-input');
  await input.fill(sentence);
  if (how === 'enter') await input.press('Enter');
  else await page.getByTestId('translate').click();
  const result = page.locator(`[data-testid="result"][data-backend="${backend}"]`);
  await expect(result).toHaveAttribute('data-source', sentence);
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  const text = (await page.getByTestId('translation').textContent())?.trim() ?? '';
  return text;
}

/** Reads every heatmap cell. */
async function cells(page: Page): Promise<{ row: number; col: number; w: number }[]> {
  return page.locator('[data-testid="heatmap"] rect[data-weight]').evaluateAll((els) =>
    els.map((e) => ({
      row: Number(e.getAttribute('data-row')),
      col: Number(e.getAttribute('data-col')),
      w: Number(e.getAttribute('data-weight')),
    })),
  );
}

test('loads on WebGL, translates, and draws a consistent alignment heatmap', async ({ page }) => {
  await open(page, '?backend=webgl');
  await expect(page.getByTestId('backend')).toHaveText('webgl');
  await expect(page.getByTestId('backend-notice')).toHaveCount(0);
  // WebGL chosen by the link on this machine's software renderer: the notice stays and says so
  await expect(page.getByTestId('backend-software-notice')).toContainText('software-rendered (SwiftShader)');
  await expect(page.getByTestId('attribution')).toHaveText('Sentence pairs: www.manythings.org/anki and tatoeba.org, CC BY 2.0.');

  const translation = await translate(page, 'I am a student.', 'webgl');
  expect(translation.length).toBeGreaterThan(0);

  const srcTokens = await page.getByTestId('source-token').allTextContents();
  const S = srcTokens.length;
  expect(S).toBeGreaterThan(1);
  expect(srcTokens[S - 1]).toBe('</s>');
  const rowLabels = await page.getByTestId('heatmap-row-label').allTextContents();
  const T = rowLabels.length;
  expect(T).toBeGreaterThan(0);
  expect(rowLabels[T - 1]).toBe('</s>'); // the final </s> step is a row
  expect(await page.getByTestId('heatmap-col-label').count()).toBe(S);

  const all = await cells(page);
  expect(all).toHaveLength(S * T);
  expect(new Set(all.map((c) => c.row)).size).toBe(T);
  expect(new Set(all.map((c) => c.col)).size).toBe(S);
  for (let i = 0; i < T; i++) {
    const row = all.filter((c) => c.row === i);
    expect(row).toHaveLength(S);
    for (const c of row) {
      expect(c.w).toBeGreaterThanOrEqual(0);
      expect(c.w).toBeLessThanOrEqual(1);
    }
    const sum = row.reduce((s, c) => s + c.w, 0);
    expect(Math.abs(sum - 1), `row ${i} sums to ${sum}`).toBeLessThanOrEqual(0.01);
  }

  // Every cell carries its exact weight in a <title>.
  const first = page.locator('[data-testid="heatmap"] rect[data-row="0"][data-col="0"]');
  await expect(first.locator('title')).toHaveText((await first.getAttribute('data-weight'))!);

  // Hover tooltip: "output ← source: 0.734".
  await first.hover();
  const tip = page.getByTestId('heatmap-tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText(`${rowLabels[0]} ← ${srcTokens[0]}: ${all.find((c) => c.row === 0 && c.col === 0)!.w.toFixed(3)}`);

  // Keyboard: the grid's one Tab stop (a cell of its data table) and the arrow keys. (Move the
  // mouse off the picture first: focusing may scroll the page and put another cell under a
  // resting pointer.)
  await page.mouse.move(0, 0);
  await expect(tip).toHaveCount(0);
  await page.locator('[data-testid="heatmap-table"] td[tabindex="0"]').focus();
  await expect(tip).toContainText(`${rowLabels[0]} ← ${srcTokens[0]}: `);
  await page.keyboard.press('ArrowRight');
  await expect(tip).toContainText(`${rowLabels[0]} ← ${srcTokens[1]}: `);

  // The same numbers are in a table for screen readers; a legend explains the colours.
  await expect(page.locator('[data-testid="heatmap-table"] tbody tr')).toHaveCount(T);
  await expect(page.getByTestId('heatmap-legend')).toBeVisible();

  // Enter translates too (a short sentence: SwiftShader WebGL costs CI time per output step).
  await translate(page, 'He is tall.', 'webgl', 'enter');
  await expect(page.getByTestId('translation')).not.toHaveText('');
});

// (on wasm: the marking comes from the vocabulary, not the backend; WebGL under SwiftShader costs CI time)
test('marks a made-up word as unknown', async ({ page }) => {
  await open(page, '?backend=wasm');
  await translate(page, 'I saw a zorblax.', 'wasm');
  const tokens = page.getByTestId('source-token');
  const unknown = tokens.filter({ hasText: 'zorblax' });
  await expect(unknown).toHaveCount(1);
  await expect(unknown).toHaveAttribute('data-unknown', 'true');
  await expect(unknown).toHaveAttribute('title', "not in the model's vocabulary");
  await expect(unknown).toContainText('<unk>');
  await expect(page.locator('[data-testid="source-token"][data-unknown="true"]')).toHaveCount(1);
  await expect(tokens.filter({ hasText: /^saw$/ })).toHaveAttribute('data-unknown', 'false');
});

test('switching the backend to wasm gives the same translation as webgl', async ({ page }) => {
  await open(page, '?backend=webgl');
  await expect(page.getByTestId('backend')).toHaveText('webgl');
  const sentence = 'I am a student.';
  const onWebgl = await translate(page, sentence, 'webgl');

  await page.getByTestId('backend-select').selectOption('wasm');
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  await expect(page.getByTestId('backend-notice')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('backend')).toBe('wasm');
  // The shown result is recomputed on the new backend…
  await expect(page.locator('[data-testid="result"][data-backend="wasm"]')).toBeVisible();
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  // …and translating again gives the same answer.
  const onWasm = await translate(page, sentence, 'wasm');
  expect(onWasm).toBe(onWebgl);
  expect(await page.locator('[data-testid="heatmap"] rect[data-weight]').count()).toBeGreaterThan(0);
});

test('without ?backend=, software-rendered WebGL (SwiftShader) starts on wasm and says so', async ({ page }) => {
  await open(page);
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  const notice = page.getByTestId('backend-software-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toContainText('software-rendered');
  await expect(notice).toContainText('SwiftShader');
  await expect(page.getByTestId('backend-notice')).toHaveCount(0);
  // The default is not written into the URL (a reload detects again).
  expect(new URL(page.url()).searchParams.get('backend')).toBeNull();
  expect((await translate(page, 'I am a student.', 'wasm')).length).toBeGreaterThan(0);

  // Choosing WebGL to compare: the user's choice wins, and the notice stays with the measured slowdown.
  await page.getByTestId('backend-select').selectOption('webgl');
  await expect(page.getByTestId('backend')).toHaveText('webgl');
  await expect(page.locator('[data-testid="result"][data-backend="webgl"]')).toBeVisible();
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(notice).toContainText(
    /software-rendered \(SwiftShader\): a translation takes about [\d.]+× as long as on WebAssembly/,
  );
});

test('?backend=cpu forces the cpu backend, with its faster kernels, translating as wasm does', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => void scripts.push(new URL(r.url()).pathname));
  await open(page, '?backend=cpu');
  await expect(page.getByTestId('backend')).toHaveText('cpu');
  // the cpu backend comes with the kernel patches of src/tfjs/cpuKernelPatches.ts
  expect(scripts.some((f) => /\/assets\/cpuSetup-[^/]+\.js$/.test(f))).toBe(true);
  const sentence = 'I would like to know where the train station is.';
  const onCpu = await translate(page, sentence, 'cpu');
  expect(onCpu.length).toBeGreaterThan(0);
  await page.getByTestId('backend-select').selectOption('wasm');
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  expect(await translate(page, sentence, 'wasm')).toBe(onCpu);
});

test('the no-attention baseline explains why there is no heatmap', async ({ page }) => {
  await open(page, '?backend=webgl');
  await page.getByTestId('model-select').selectOption('none');
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('model-error')).toHaveCount(0);
  await translate(page, 'I am a student.', 'webgl');
  await expect(page.locator('[data-testid="result"]')).toHaveAttribute('data-variant', 'none');
  await expect(page.getByTestId('no-attention')).toContainText('this model has no attention', { ignoreCase: true });
  await expect(page.getByTestId('heatmap')).toHaveCount(0);
});
