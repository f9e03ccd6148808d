/**
 * Accessibility: axe-core (WCAG 2 A and AA rules) on every main view after a real translation, in
 * the light and the dark theme; no serious or critical violation is allowed. The charts carry
 * one-line summaries, the alignment heatmap is a keyboard grid (roving tabindex) whose focused cell
 * shows its exact weight, and stepping through the decoder says what each phase shows in a polite
 * live region.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, open, test, translate, watchPages } from './stepHelpers';

watchPages();

const SENTENCE = 'I am a student.';

/** Runs axe on the page (WCAG 2 A + AA) and returns the serious and critical violations, one line each. */
async function seriousViolations(page: Page, testInfo: TestInfo, name: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  await testInfo.attach(`axe-${name}.json`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${name}: ${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(0, 2).join(' ')}`));
}

/** Sets the theme with the header's select and waits for the page to follow. */
async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.getByTestId('theme-select').selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Opens each main view in turn with real content, runs `check` on it in both themes. */
async function everyView(page: Page, check: (view: string) => Promise<void>): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await page.getByTestId('tab-main').click();
    await expect(page.getByTestId('panel-main').getByTestId('step-panel')).toBeVisible();
    await check(`main-${theme}`);

    await page.getByTestId('tab-beam').click();
    await expect(page.getByTestId('panel-beam').getByTestId('beam-tree')).toBeVisible();
    await expect(page.getByTestId('panel-beam').getByTestId('step-panel')).toBeVisible();
    await check(`beam-${theme}`);

    await page.getByTestId('tab-forcing').click();
    const forcing = page.getByTestId('panel-forcing');
    if ((await forcing.getByTestId('forcing-result').count()) === 0) {
      await forcing.getByTestId('reference-input').fill('Je suis étudiant.');
      await forcing.getByTestId('force-run').click();
    }
    await expect(forcing.getByTestId('forced-row')).toHaveCount(5);
    await expect(forcing.getByTestId('bleu-panel')).toBeVisible();
    await check(`forcing-${theme}`);

    await page.getByTestId('tab-compare').click();
    if ((await page.getByTestId('compare-col').count()) === 0) {
      await page.getByTestId('compare-input').fill(SENTENCE);
      await page.getByTestId('compare-run').click();
    }
    await expect(page.locator('[data-testid="compare-status"][data-status="ready"]')).toHaveCount(2);
    await expect(page.getByTestId('compare-diff')).toBeVisible();
    await expect(page.getByTestId('bottleneck-chart')).toBeVisible();
    await check(`compare-${theme}`);

    await page.getByTestId('tab-models').click();
    await expect(page.getByTestId('models-table')).toBeVisible();
    await check(`models-${theme}`);
  }
}

test('axe finds no serious or critical WCAG 2 A/AA violation on any view, light or dark', async ({ page }, testInfo) => {
  test.setTimeout(360_000);
  await open(page, '?backend=wasm&model=luong-general');
  await translate(page, SENTENCE);
  const found: string[] = [];
  await everyView(page, async (view) => {
    found.push(...(await seriousViolations(page, testInfo, view)));
  });
  expect(found).toEqual([]);
});
