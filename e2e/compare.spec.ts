/**
 * The compare view: three shipped, trained models (Luong general, Bahdanau and the no-attention
 * baseline) side by side for one typed sentence, the shared step cursor, the difference mode, the
 * bottleneck chart (from public/models/en-fr/bottleneck.json) and the models' results table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, open, SHIPPED_IDS, test, watchPages } from './stepHelpers';

watchPages();

const SENTENCE = 'I am a student.';
/** "i am a student ." + </s> */
const SRC_TOKENS = 6;
const IDS = ['luong-general', 'bahdanau', 'none'];
const ATTENTION_IDS = ['luong-general', 'bahdanau'];

const bottleneck = JSON.parse(readFileSync(path.resolve(process.cwd(), 'public/models/en-fr/bottleneck.json'), 'utf8')) as {
  set: string;
  buckets: { key: string }[];
  variants: { id: string }[];
};

async function openCompare(page: Page): Promise<void> {
  await open(page, '?backend=wasm');
  await page.getByTestId('tab-compare').click();
  await expect(page.getByTestId('compare-view')).toBeVisible();
  // the view preselects the first three shipped models: choose exactly these three
  const box = (id: string): Locator => page.locator(`[data-testid="compare-check"][data-variant="${id}"]`);
  for (const id of IDS) await box(id).check();
  for (const id of SHIPPED_IDS) if (!IDS.includes(id)) await box(id).uncheck();
}

const col = (page: Page, id: string): Locator => page.locator(`[data-testid="compare-col"][data-variant="${id}"]`);

test('three models side by side: heatmaps, synchronised steps, difference, bottleneck chart', async ({ page }, testInfo) => {
  await openCompare(page);
  await page.getByTestId('compare-input').fill(SENTENCE);
  await page.getByTestId('compare-run').click();
  for (const id of IDS) await expect(col(page, id).getByTestId('compare-status')).toHaveAttribute('data-status', 'ready');
  await expect(page.getByTestId('compare-col')).toHaveCount(3);
  await expect(
    page.getByTestId('compare-col').evaluateAll((els) => els.map((e) => e.getAttribute('data-variant'))),
  ).resolves.toEqual(IDS);

  // Score formulas per column (KaTeX), by attention kind.
  await expect(col(page, 'luong-general').getByTestId('compare-formula')).toHaveAttribute('data-kind', 'general');
  await expect(col(page, 'bahdanau').getByTestId('compare-formula')).toHaveAttribute('data-kind', 'bahdanau');
  await expect(col(page, 'none').getByTestId('compare-formula')).toHaveAttribute('data-kind', 'none');
  await expect(col(page, 'luong-general').locator('.katex')).toHaveCount(1);

  // Heatmaps: rows × source tokens cells for each model with attention; the baseline has none.
  const rows: Record<string, number> = {};
  for (const id of IDS) rows[id] = Number(await col(page, id).getAttribute('data-rows'));
  for (const id of ATTENTION_IDS) {
    expect(rows[id]).toBeGreaterThan(0);
    const hm = col(page, id).getByTestId('heatmap');
    await expect(hm).toHaveCount(1);
    await expect(hm.locator('rect[data-col]')).toHaveCount(rows[id]! * SRC_TOKENS);
    await expect(hm.getByTestId('heatmap-row-label')).toHaveCount(rows[id]!);
    // the whole alignment fits its column (cells shrink to it): nothing to scroll sideways
    const overflow = await hm.locator('.heatmap__scroll').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  }
  await expect(col(page, 'none').getByTestId('heatmap')).toHaveCount(0);
  await expect(col(page, 'none').getByTestId('compare-no-attention')).toBeVisible();
  await expect(page.getByTestId('compare-view').getByTestId('heatmap')).toHaveCount(2);
  const maxRows = Math.max(...Object.values(rows));

  // One step control moves every column.
  const expectStep = async (step: number): Promise<void> => {
    await expect(page.getByTestId('compare-step-label')).toHaveAttribute('data-step', String(step));
    for (const id of IDS) {
      if (step < rows[id]!) {
        await expect(col(page, id)).toHaveAttribute('data-current-row', String(step));
        if (id !== 'none')
          await expect(col(page, id).getByTestId('heatmap-current-row')).toHaveAttribute('data-row', String(step));
        if (id !== 'none') await expect(col(page, id).getByTestId('step-bar')).toHaveCount(SRC_TOKENS);
      } else {
        await expect(col(page, id)).toHaveAttribute('data-current-row', '');
        await expect(col(page, id).getByTestId('compare-finished')).toBeVisible();
      }
    }
  };
  await expectStep(0);
  // the step bars carry the current row of the heatmap
  const w0 = await col(page, 'luong-general')
    .getByTestId('step-bar')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-weight'))));
  const row0 = await col(page, 'luong-general')
    .locator('rect[data-col][data-row="0"]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-weight'))));
  expect(w0).toEqual(row0);
  await page.getByTestId('compare-step-slider').focus();
  await page.keyboard.press('ArrowRight');
  await expectStep(Math.min(1, maxRows - 1));
  await page.keyboard.press('End');
  await expectStep(maxRows - 1);
  await page.getByTestId('compare-prev').click();
  await expectStep(Math.max(0, maxRows - 2));
  await page.getByTestId('compare-step-slider').focus();
  await page.keyboard.press('Home');
  await expectStep(0);
  await page.getByTestId('compare-view').screenshot({ path: testInfo.outputPath('compare-columns.png') });

  // Difference mode (on the shared output, the first model's translation: e2e/compare-shared.spec.ts
  // checks its numbers): general vs Bahdanau, one row per word of general's translation.
  const diff = page.getByTestId('compare-diff');
  await expect(diff).toHaveAttribute('data-status', 'ready');
  await expect(diff.getByTestId('diff-a')).toHaveValue('luong-general');
  await expect(diff.getByTestId('diff-b')).toHaveValue('bahdanau');
  await expect(diff.getByTestId('diff-cell')).toHaveCount(rows['luong-general']! * SRC_TOKENS);
  await expect(diff.getByTestId('diff-row-label')).toHaveText(
    await col(page, 'luong-general').getByTestId('heatmap-row-label').allTextContents(),
  );
  // a pair with the baseline has no difference to show
  await diff.getByTestId('diff-b').selectOption('none');
  await expect(diff.getByTestId('diff-unavailable')).toBeVisible();
  await diff.getByTestId('diff-b').selectOption('bahdanau');
  await diff.screenshot({ path: testInfo.outputPath('compare-diff.png') });

  // The bottleneck chart: one line per variant of the data file.
  const chart = page.getByTestId('bottleneck-chart');
  await expect(chart.getByTestId('bottleneck-line')).toHaveCount(bottleneck.variants.length);
  expect(await chart.getByTestId('bottleneck-line').evaluateAll((els) => els.map((e) => e.getAttribute('data-variant')))).toEqual(
    bottleneck.variants.map((v) => v.id),
  );
  await expect(chart.locator('circle.bottleneck__point')).toHaveCount(bottleneck.variants.length * bottleneck.buckets.length);
  await expect(chart.getByTestId('bottleneck-xtick')).toHaveCount(bottleneck.buckets.length);
  await expect(page.getByTestId('bottleneck-set')).toHaveAttribute('data-set', bottleneck.set);
  await expect(page.getByTestId('bottleneck-steps').locator('li')).toHaveCount(bottleneck.variants.length);
  await page.getByTestId('bottleneck').screenshot({ path: testInfo.outputPath('bottleneck.png') });

  // The results table: one row per listed model.
  await page.getByTestId('tab-models').click();
  await expect(page.getByTestId('models-row')).toHaveCount(SHIPPED_IDS.length);
  // the shipped models had one training budget: no warning about unequal steps
  await expect(page.getByTestId('models-unequal')).toHaveCount(0);
  await expect(page.locator('[data-testid="models-row"][data-variant="luong-general"]')).toHaveAttribute(
    'data-set',
    /^(dev|test)$/,
  );
  await page.getByTestId('models-view').screenshot({ path: testInfo.outputPath('models.png') });
});

test('a malformed bottleneck.json is rejected with a clear message', async ({ page }) => {
  await page.route('**/models/en-fr/bottleneck.json', (route) =>
    route.fulfill({ status: 200, json: { set: 'dev', buckets: [], variants: [] } }),
  );
  await open(page, '?backend=wasm');
  await page.getByTestId('tab-compare').click();
  await expect(page.getByTestId('bottleneck-error')).toContainText(
    'bottleneck.json is malformed: "buckets" must be a non-empty array',
  );
  await expect(page.getByTestId('bottleneck-line')).toHaveCount(0);
});
