/**
 * Compare like with like (issue 20): all five shipped en→fr models at 1280×800 with every column and
 * every heatmap cell in sight (no box scrolls any of it away), the difference of two models that
 * translate differently computed on one shared output (both teacher-forced on the same words), the
 * pair matrix, and the models table fitting the screen with its length buckets in order. Then the
 * compare view on the en→de models.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, open, SHIPPED_IDS, test, watchPages } from './stepHelpers';

watchPages();

const SENTENCE = 'The little girl was afraid of the big black dog.';

/** Every element matching `selector` lies inside the viewport's width and inside every clipping (scrolling or hidden-overflow) box around it. */
async function clipped(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => {
    const bad: string[] = [];
    const vw = document.documentElement.clientWidth;
    for (const el of els) {
      const r = el.getBoundingClientRect();
      const name = `${el.closest('[data-variant]')?.getAttribute('data-variant') ?? '?'} ${el.tagName} r${el.getAttribute('data-row') ?? ''} c${el.getAttribute('data-col') ?? ''}`;
      if (r.width <= 0 || r.height <= 0) bad.push(`${name}: not drawn`);
      if (r.left < -0.5 || r.right > vw + 0.5) bad.push(`${name}: outside the viewport (${r.left}..${r.right} of ${vw})`);
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const b = p.getBoundingClientRect();
        const left = b.left + p.clientLeft;
        const top = b.top + p.clientTop;
        if (
          r.left < left - 0.5 ||
          r.right > left + p.clientWidth + 0.5 ||
          r.top < top - 0.5 ||
          r.bottom > top + p.clientHeight + 0.5
        )
          bad.push(`${name}: clipped by ${p.className}`);
      }
    }
    return bad;
  });
}

const weightsOf = (page: Page, id: string): Promise<number[][]> =>
  page.locator(`[data-testid="compare-col"][data-variant="${id}"] [data-testid="heatmap"] rect[data-col]`).evaluateAll((els) => {
    const m: number[][] = [];
    for (const e of els)
      (m[Number(e.getAttribute('data-row'))] ??= [])[Number(e.getAttribute('data-col'))] = Number(e.getAttribute('data-weight'));
    return m;
  });

const rowLabels = (page: Page, id: string): Promise<string[]> =>
  page
    .locator(`[data-testid="compare-col"][data-variant="${id}"] [data-testid="heatmap-row-label"]`)
    .evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));

test('five models at 1280×800: whole columns and heatmaps, difference on a shared output, pair matrix, models table', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, '?backend=wasm');
  await page.getByTestId('tab-compare').click();
  for (const id of SHIPPED_IDS) await page.locator(`[data-testid="compare-check"][data-variant="${id}"]`).check();
  await page.getByTestId('compare-input').fill(SENTENCE);
  await page.getByTestId('compare-run').click();
  const cols = page.getByTestId('compare-col');
  await expect(cols).toHaveCount(5);
  for (const id of SHIPPED_IDS)
    await expect(
      page.locator(`[data-testid="compare-col"][data-variant="${id}"] [data-testid="compare-status"]`),
    ).toHaveAttribute('data-status', 'ready');
  const withAttention = SHIPPED_IDS.filter((id) => id !== 'none');
  await expect(page.getByTestId('compare-view').getByTestId('heatmap')).toHaveCount(withAttention.length);

  // Own translations: every column and every cell in sight, nothing scrolls sideways.
  await expect(page.getByTestId('compare-diff')).toHaveAttribute('data-status', 'ready');
  expect(await clipped(page, '[data-testid="compare-col"]')).toEqual([]);
  expect(await clipped(page, '[data-testid="compare-col"] [data-testid="heatmap"] rect[data-col]')).toEqual([]);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  await page.getByTestId('compare-cols').screenshot({ path: testInfo.outputPath('five-own.png') });

  // Two models with attention that translate differently.
  const translations: Record<string, string> = {};
  for (const id of withAttention)
    translations[id] =
      (await page
        .locator(`[data-testid="compare-col"][data-variant="${id}"] [data-testid="compare-translation"]`)
        .textContent()) ?? '';
  const pairs = withAttention.flatMap((a, i) => withAttention.slice(i + 1).map((b) => [a, b] as const));
  const differ = pairs.find(([a, b]) => translations[a] !== translations[b]);
  expect(differ, `two models that translate differently: ${JSON.stringify(translations)}`).toBeDefined();
  const [A, B] = differ!;
  // their own rows differ (that is why a positional difference would mislead)
  expect(await rowLabels(page, A)).not.toEqual(await rowLabels(page, B));

  // Shared output: every heatmap's rows are the first model's words.
  const first = SHIPPED_IDS[0]!;
  const firstWords = await rowLabels(page, first);
  await page.getByTestId('compare-rows-shared').check();
  for (const id of SHIPPED_IDS)
    await expect(page.locator(`[data-testid="compare-col"][data-variant="${id}"]`)).toHaveAttribute('data-rows-on', 'shared');
  for (const id of withAttention) expect(await rowLabels(page, id)).toEqual(firstWords);
  await expect(page.getByTestId('compare-align-status')).toContainText('teacher forcing');
  expect(await clipped(page, '[data-testid="compare-col"] [data-testid="heatmap"] rect[data-col]')).toEqual([]);

  // Difference of A and B: rows labelled with the shared words, |Δα| = |α_A − α_B| of the forced heatmaps.
  const diff = page.getByTestId('compare-diff');
  await diff.getByTestId('diff-a').selectOption(A);
  await diff.getByTestId('diff-b').selectOption(B);
  await expect(diff.getByTestId('diff-aligned')).toContainText(firstWords.slice(0, -1).join(' '));
  expect(await diff.getByTestId('diff-row-label').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()))).toEqual(
    firstWords,
  );
  const wa = await weightsOf(page, A);
  const wb = await weightsOf(page, B);
  const cells = await diff.getByTestId('diff-cell').evaluateAll((els) =>
    els.map((e) => ({
      r: Number(e.getAttribute('data-row')),
      c: Number(e.getAttribute('data-col')),
      d: Number(e.getAttribute('data-diff')),
    })),
  );
  expect(cells.length).toBe(wa.length * wa[0]!.length);
  let sum = 0;
  for (const x of cells) {
    expect(Math.abs(x.d - Math.abs(wa[x.r]![x.c]! - wb[x.r]![x.c]!))).toBeLessThan(1e-6);
    sum += x.d;
  }
  expect(sum).toBeGreaterThan(0.01); // two scoring functions do not look at exactly the same words

  // The pair matrix: mean |Δα| of A and B is the mean of the cells above; the baseline has none.
  const matrixCell = diff.locator(`[data-testid="diff-matrix-cell"][data-a="${A}"][data-b="${B}"]`);
  expect(Math.abs(Number(await matrixCell.getAttribute('data-mean')) - sum / cells.length)).toBeLessThan(1e-6);
  await expect(diff.locator('[data-testid="diff-matrix-cell"][data-a="none"][data-b="luong-general"]')).toHaveAttribute(
    'data-mean',
    '',
  );
  // picking another pair in the matrix shows its difference
  const [C, D] = pairs.find(([a, b]) => a !== A || b !== B)!;
  await diff.locator(`[data-testid="diff-matrix-cell"][data-a="${C}"][data-b="${D}"] button`).click();
  await expect(diff.getByTestId('diff-a')).toHaveValue(C);
  await expect(diff.getByTestId('diff-b')).toHaveValue(D);
  expect(await clipped(page, '[data-testid="diff-cell"]')).toEqual([]);
  await diff.screenshot({ path: testInfo.outputPath('diff.png') });

  // A typed reference becomes the shared output.
  await page.getByTestId('compare-align-source').selectOption('__reference__');
  await page.getByTestId('compare-reference').fill('La petite fille avait peur du grand chien noir.');
  await page.getByTestId('compare-reference-apply').click();
  const refWords = ['la', 'petite', 'fille', 'avait', 'peur', 'du', 'grand', 'chien', 'noir', '.', '</s>'];
  for (const id of withAttention) await expect.poll(() => rowLabels(page, id)).toEqual(refWords);
  await expect(diff.getByTestId('diff-row-label')).toHaveText(refWords);

  // The models table fits the screen, its length buckets in order.
  await page.getByTestId('tab-models').click();
  const scroll = page.getByTestId('models-view').locator('.models__scroll');
  await expect(page.getByTestId('models-row')).toHaveCount(SHIPPED_IDS.length);
  expect(await scroll.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const heads = await page.getByTestId('models-table').locator('thead tr').nth(1).locator('th').allTextContents();
  expect(heads.slice(2)).toEqual(['1-4', '5-9', '10-14', '10+', '15+']);
  await page.getByTestId('models-view').screenshot({ path: testInfo.outputPath('models.png') });
});

test('the compare view works on the en→de models', async ({ page }) => {
  await open(page, '?backend=wasm&pair=en-de');
  await page.getByTestId('tab-compare').click();
  const checks = page.getByTestId('compare-check');
  // (the view is a lazily loaded chunk: wait for its model list before counting it)
  await expect(checks).not.toHaveCount(0);
  const n = await checks.count();
  expect(n).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < n; i++) await checks.nth(i).check();
  await page.getByTestId('compare-input').fill('I have seen the film.');
  await page.getByTestId('compare-run').click();
  await expect(page.getByTestId('compare-col')).toHaveCount(n);
  for (let i = 0; i < n; i++) await expect(page.getByTestId('compare-status').nth(i)).toHaveAttribute('data-status', 'ready');
  // (the en→de models' ids carry their pair: find the attention model by its kind)
  const general = page.locator('[data-testid="compare-col"][data-kind="general"]');
  await expect(general.getByTestId('heatmap')).toHaveCount(1);
  await expect(page.getByTestId('compare-diff')).toHaveAttribute('data-status', 'ready');
  await page.getByTestId('compare-rows-shared').check();
  await expect(general).toHaveAttribute('data-rows-on', 'shared');
  expect(await clipped(page, '[data-testid="compare-col"] [data-testid="heatmap"] rect[data-col]')).toEqual([]);
  // The pair's own bottleneck chart (public/models/en-de/bottleneck.json): one line per en→de model,
  // test-set BLEU, the baseline lowest on the longest sources.
  const data = JSON.parse(readFileSync('public/models/en-de/bottleneck.json', 'utf8')) as {
    set: string;
    variants: { id: string; points: { key: string; bleu: number }[] }[];
  };
  const chart = page.getByTestId('bottleneck-chart');
  await expect(chart.getByTestId('bottleneck-line')).toHaveCount(3);
  expect(await chart.getByTestId('bottleneck-line').evaluateAll((els) => els.map((e) => e.getAttribute('data-variant')))).toEqual(
    data.variants.map((v) => v.id),
  );
  await expect(page.getByTestId('bottleneck-set')).toHaveAttribute('data-set', 'test');
  const longest = (id: string): number => data.variants.find((v) => v.id === id)!.points.find((p) => p.key === '15+')!.bleu;
  expect(longest('none')).toBeLessThan(Math.min(longest('luong-general'), longest('bahdanau')));
});
