/**
 * Language pairs and the user's own models (issues 18, 19), on wasm: switching to en→de by the
 * control and by `?pair=en-de` translates with the en→de models (German output, training note);
 * the pair is remembered after a reload; unknown words are replaced through attention. A model
 * folder of the user's own (trained in the test run) is e2e/own-model.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';

const SENTENCE = 'I have seen the film.';

async function translate(page: Page, text: string): Promise<void> {
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await page.getByTestId('source-input').fill(text);
  await page.getByTestId('translate').click();
  await expect(page.locator('[data-testid="result"][data-backend="wasm"]')).toHaveAttribute('data-source', text);
}

/**
 * The training note of an en→de model: "step N of P" while its card's steps are below the planned
 * steps of the model list (read from the served files: they move as training goes on), none after.
 */
async function expectTrainingNote(page: Page, folder: string): Promise<void> {
  const card = (await (await page.request.get(`models/en-de/${folder}/card.json`)).json()) as { training: { steps: number } };
  const index = (await (await page.request.get('models/en-de/index.json')).json()) as {
    variants: { id: string; plannedSteps?: number }[];
  };
  const planned = index.variants.find((v) => v.id === folder)?.plannedSteps;
  const note = page.getByTestId('training-note');
  if (planned !== undefined && card.training.steps < planned)
    await expect(note).toContainText(`step ${card.training.steps.toLocaleString('en')} of ${planned.toLocaleString('en')}`);
  else await expect(note).toHaveCount(0);
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
  await expectTrainingNote(page, 'luong-general');
  // the shown sentence is translated again by the en→de model
  await expect(page.locator('[data-testid="result"]')).toHaveAttribute('data-variant', 'en-de/luong-general');
  await expect(page.getByTestId('translation')).not.toHaveText('');
  await expect(page.locator('[data-testid="heatmap"] rect[data-weight]').first()).toBeVisible();
  await expect(page).toHaveURL(/pair=en-de/);
  // the model list holds only the en→de models
  await expect(page.getByTestId('model-select').locator('option')).toHaveText([
    'Luong · general',
    'Bahdanau · additive',
    'No attention (baseline)',
  ]);
  await page.getByTestId('model-select').selectOption('en-de/bahdanau');
  await expect(page.locator('[data-testid="result"]')).toHaveAttribute('data-variant', 'en-de/bahdanau');
  await expectTrainingNote(page, 'bahdanau');

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
  await expect(page.getByTestId('models-table').locator('tbody tr')).toHaveCount(3);
  await page.getByRole('tab', { name: 'Compare' }).click();
  // the pair's own bottleneck chart: one line per en→de model
  await expect(page.getByTestId('bottleneck-chart').getByTestId('bottleneck-line')).toHaveCount(3);
  // a pair without the file (a deployment that has not evaluated its models yet) says so, calmly
  await page.route('**/models/en-de/bottleneck.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.reload();
  await page.getByRole('tab', { name: 'Compare' }).click();
  await expect(page.getByTestId('bottleneck-none')).toBeVisible();
  await expect(page.getByTestId('bottleneck-error')).toHaveCount(0);
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
