/**
 * Language pairs and the user's own models (issues 18, 19), on wasm: switching to en→de by the
 * control and by `?pair=en-de` translates with the en→de models (German output, training note);
 * the pair is remembered after a reload; a model folder opened through the folder input (a copy of
 * a shipped model in a temp dir) translates and draws its heatmap, is still listed after a reload
 * and can be removed; a folder with a damaged weights file is refused with a message naming the
 * file, and the shipped models keep working.
 */
import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SENTENCE = 'I have seen the film.';

async function translate(page: Page, text: string): Promise<void> {
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await page.getByTestId('source-input').fill(text);
  await page.getByTestId('translate').click();
  await expect(page.locator('[data-testid="result"][data-backend="wasm"]')).toHaveAttribute('data-source', text);
}

/** A copy of a shipped model folder in a fresh temp dir, named `name`; `damage` edits its weights. */
function modelFolderCopy(pairFolder: string, name: string, damage?: (b: Buffer) => Buffer): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'attn-model-')), name);
  cpSync(path.join('public/models', pairFolder), dir, { recursive: true });
  if (damage) writeFileSync(path.join(dir, 'weights.bin'), damage(readFileSync(path.join(dir, 'weights.bin'))));
  return dir;
}

test('en→de by the control: German output, the training note, the pair in the URL and remembered after reload', async ({
  page,
}) => {
  await page.goto('./?backend=wasm');
  await expect(page.getByTestId('pair-select')).toHaveValue('en-fr');
  await translate(page, SENTENCE);
  await page.getByTestId('pair-select').selectOption('en-de');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('German');
  await expect(page.getByTestId('model-select')).toHaveValue('en-de/luong-general');
  await expect(page.getByTestId('training-note')).toContainText(/step 1,000 of 15,000/);
  // the shown sentence is translated again by the en→de model
  await expect(page.locator('[data-testid="result"]')).toHaveAttribute('data-variant', 'en-de/luong-general');
  await expect(page.getByTestId('translation')).not.toHaveText('');
  await expect(page.locator('[data-testid="heatmap"] rect[data-weight]').first()).toBeVisible();
  await expect(page).toHaveURL(/pair=en-de/);
  // the model list holds only the en→de models
  await expect(page.getByTestId('model-select').locator('option')).toHaveText(['Luong · general', 'No attention (baseline)']);

  await page.goto('./?backend=wasm');
  await expect(page.getByTestId('pair-select')).toHaveValue('en-de');
  await expect(page.getByTestId('model-select')).toHaveValue('en-de/luong-general');
  await translate(page, 'I want to buy a new car.');
});

test('?pair=en-de opens the en→de models; the Models and Compare views work with them', async ({ page }) => {
  await page.goto(`./?backend=wasm&pair=en-de&text=${encodeURIComponent(SENTENCE)}`);
  await expect(page.getByTestId('pair-select')).toHaveValue('en-de');
  await expect(page.locator('[data-testid="result"][data-backend="wasm"]')).toHaveAttribute('data-source', SENTENCE);
  await expect(page.locator('[data-testid="result"]')).toHaveAttribute('data-variant', 'en-de/luong-general');
  await page.getByRole('tab', { name: 'Models' }).click();
  await expect(page.getByTestId('models-table').locator('tbody tr')).toHaveCount(2);
  await page.getByRole('tab', { name: 'Compare' }).click();
  await expect(page.getByTestId('bottleneck-none')).toBeVisible();
});

test('a model folder opened through the folder input translates, survives a reload and can be removed; a damaged one is refused', async ({
  page,
}) => {
  await page.goto('./?backend=wasm');
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  // damaged weights: refused, naming the file; the shipped model still translates
  await page
    .getByTestId('model-folder-input')
    .setInputFiles(modelFolderCopy('en-fr/none', 'broken-model', (b) => b.subarray(0, b.length - 100)));
  await expect(page.getByTestId('model-folder-error')).toContainText('broken-model');
  await expect(page.getByTestId('model-folder-error')).toContainText('weights.bin');
  await expect(page.getByTestId('user-models')).toHaveCount(0);
  await translate(page, 'I am a student.');

  // a good folder: added as the user's model of its pair, selected, translates and draws its heatmap
  await page.getByTestId('model-folder-input').setInputFiles(modelFolderCopy('en-fr/luong-general', 'my-general'));
  await expect(page.getByTestId('model-folder-added')).toContainText('my-general');
  await expect(page.getByTestId('model-select')).toHaveValue('opened:my-general');
  await expect(page.locator('[data-testid="result"]')).toHaveAttribute('data-variant', 'opened:my-general');
  await translate(page, 'She is a teacher.');
  await expect(page.getByTestId('translation')).not.toHaveText('');
  await expect(page.locator('[data-testid="heatmap"] rect[data-weight]').first()).toBeVisible();

  // kept for later visits
  await page.goto('./?backend=wasm');
  await expect(page.getByTestId('user-models')).toContainText('my-general');
  await expect(page.getByTestId('model-select').locator('option', { hasText: 'my-general' })).toHaveCount(1);
  await page.getByTestId('model-select').selectOption('opened:my-general');
  await translate(page, 'I am a student.');

  // removed: gone from the list, a shipped model is shown again, and gone after a reload too
  await page.getByTestId('user-model-remove').click();
  await expect(page.getByTestId('model-select').locator('option', { hasText: 'my-general' })).toHaveCount(0);
  await page.goto('./?backend=wasm');
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('user-models')).toHaveCount(0);
});

test('unknown words: a name and a number are copied through attention, marked, with their source word and α on hover; the switch turns it off and is remembered', async ({
  page,
}) => {
  await page.goto('./?backend=wasm');
  await translate(page, 'Tom went to Zanzibar with Mary in 1987.');
  // the model itself writes <unk>; the replaced line carries the source words
  await expect(page.getByTestId('translation')).toContainText('<unk>');
  const marked = page.getByTestId('unk-replaced');
  await expect(marked.first()).toBeVisible();
  await expect(page.getByTestId('unk-translation')).toContainText('Zanzibar');
  await expect(page.getByTestId('unk-translation')).toContainText('1987');
  const zanzibar = marked.filter({ hasText: 'Zanzibar' });
  await expect(zanzibar).toHaveAttribute('data-source', 'zanzibar');
  await expect(zanzibar).toHaveAttribute('data-via', 'copy');
  const alpha = Number(await zanzibar.getAttribute('data-alpha'));
  expect(alpha).toBeGreaterThan(0);
  expect(alpha).toBeLessThanOrEqual(1);
  await zanzibar.hover();
  await expect(zanzibar.getByRole('tooltip')).toBeVisible();
  await expect(zanzibar.getByRole('tooltip')).toContainText(`“zanzibar” (α = ${alpha.toFixed(2)}, copied)`);

  await page.getByTestId('unk-toggle').uncheck();
  await expect(page.getByTestId('unk-replaced')).toHaveCount(0);
  await page.reload();
  await translate(page, 'Tom went to Zanzibar with Mary in 1987.');
  await expect(page.getByTestId('unk-toggle')).not.toBeChecked();
  await expect(page.getByTestId('unk-replaced')).toHaveCount(0);
});
