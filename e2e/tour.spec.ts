/**
 * The guided tour on a first visit (fresh storage: no 'seen' mark): it opens by itself with the focus
 * in it, translates “I am a student.” with the real model and moves the real step cursor through
 * step 1 (scores → softmax → context → concat → output), by buttons and by ← / →; finishing or
 * skipping it is remembered; Esc closes it and the focus goes back; it stays closed with `tour=off`
 * and over a shared link; it speaks Korean too.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, watchPages } from './stepHelpers';

watchPages();
// A first visit: no 'seen' mark (the other specs start with one, see tourState.ts).
test.use({ storageState: { cookies: [], origins: [] } });

const mainStage = (page: Page) => page.getByTestId('panel-main').getByTestId('stage');

async function waitReady(page: Page): Promise<void> {
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('model-error')).toHaveCount(0);
}

test('opens on the first visit and walks through step 1 of “I am a student.” with the real model', async ({ page }) => {
  await page.goto('./?backend=wasm');
  // named by its title, which follows the tour's stops
  await expect(page.getByRole('dialog', { name: 'One decoding step, up close' })).toBeVisible();
  const tour = page.getByTestId('tour');
  await expect(tour).toBeFocused();
  await waitReady(page);
  await expect(page.getByTestId('tour-progress')).toHaveText('1 of 7');

  await page.getByTestId('tour-next').click(); // Start
  await expect(page.getByTestId('result')).toHaveAttribute('data-source', 'I am a student.');
  await expect(page.getByTestId('source-input')).toHaveValue('I am a student.');
  const expected: [string, string][] = [
    ['scores', '1. Scores'],
    ['softmax', '2. Softmax'],
    ['context', '3. Context'],
    ['concat', '4. Concat'],
    ['output', '5. Output'],
  ];
  for (const [i, [phase, title]] of expected.entries()) {
    if (i > 0) await page.getByTestId('tour-next').click();
    await expect(tour).toHaveAttribute('data-phase', phase);
    await expect(page.getByTestId('tour-title')).toHaveText(title);
    await expect(mainStage(page)).toHaveAttribute('data-step', '1');
    await expect(mainStage(page)).toHaveAttribute('data-phase', phase);
    await expect(page.getByTestId('tour-progress')).toHaveText(`${i + 2} of 7`);
    if (phase === 'softmax') {
      // the weights it talks about: row 1 of the heatmap, now revealed
      await expect(page.locator('[data-testid="heatmap"] rect[data-weight][data-row="0"]').first()).toHaveAttribute(
        'data-revealed',
        'true',
      );
      const shot = test.info().outputPath('tour-softmax.png');
      await page.screenshot({ path: shot, animations: 'disabled' });
      await test.info().attach('tour-softmax', { path: shot, contentType: 'image/png' });
    }
  }
  // The output stop names the word the model really wrote at step 1.
  const word = await page.locator('[data-testid="step-chip"][data-step="1"] .pb__step-word').textContent();
  expect(word?.trim()).toBeTruthy();
  await expect(page.getByTestId('tour-text')).toContainText(`“${word!.trim()}”`);

  // ← / → move through the tour (not the step cursor behind it).
  await page.keyboard.press('ArrowLeft');
  await expect(tour).toHaveAttribute('data-phase', 'concat');
  await expect(mainStage(page)).toHaveAttribute('data-phase', 'concat');
  await page.keyboard.press('ArrowRight');
  await expect(mainStage(page)).toHaveAttribute('data-phase', 'output');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tour-title')).toHaveText('That was one step');
  await expect(page.getByTestId('tour-next')).toHaveText('Finish');
  await page.getByTestId('tour-next').click();
  await expect(page.getByTestId('tour')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('attention-viz.tour'))).toBe('seen');

  // Not again on the next visit; the header button reopens it, Esc closes it and gives the focus back.
  await page.reload();
  await waitReady(page);
  await expect(page.getByTestId('tour')).toHaveCount(0);
  const reopen = page.getByTestId('tour-open');
  await reopen.click();
  await expect(tour).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tour')).toHaveCount(0);
  await expect(reopen).toBeFocused();
});

test('Skip closes it for good', async ({ page }) => {
  await page.goto('./?backend=wasm');
  await expect(page.getByTestId('tour')).toBeVisible();
  await page.getByTestId('tour-skip').click();
  await expect(page.getByTestId('tour')).toHaveCount(0);
  await waitReady(page);
  // skipping translated nothing (the precomputed first-screen example may still show)
  await expect(page.locator('[data-testid="result"]:not([data-precomputed])')).toHaveCount(0);
  await page.reload();
  await waitReady(page);
  await expect(page.getByTestId('tour')).toHaveCount(0);
});

test('stays closed with tour=off and over a shared link; opens with tour=on', async ({ page }) => {
  await page.goto('./?backend=wasm&tour=off');
  await waitReady(page);
  await expect(page.getByTestId('tour')).toHaveCount(0);
  await page.goto('./?backend=wasm&text=Where+is+the+train+station%3F');
  await waitReady(page);
  await expect(page.getByTestId('result')).toHaveAttribute('data-source', 'Where is the train station?');
  await expect(page.getByTestId('tour')).toHaveCount(0);
  // nothing was marked seen: a plain first visit still gets the tour
  expect(await page.evaluate(() => localStorage.getItem('attention-viz.tour'))).toBeNull();
  await page.goto('./?backend=wasm&tour=on');
  await expect(page.getByTestId('tour')).toBeVisible();
});

test('speaks Korean', async ({ page }) => {
  await page.goto('./?backend=wasm&lang=ko');
  await expect(page.getByRole('dialog', { name: '디코딩 한 단계를 가까이에서' })).toBeVisible();
  await waitReady(page);
  await page.getByTestId('tour-next').click();
  await expect(page.getByTestId('tour-title')).toHaveText('1. 점수');
  await expect(mainStage(page)).toHaveAttribute('data-phase', 'scores');
  await expect(page.getByTestId('tour-skip')).toHaveCount(0);
  await page.getByRole('button', { name: '둘러보기 닫기' }).click();
  await expect(page.getByTestId('tour')).toHaveCount(0);
});

test('the tour, Copy link and the export controls pass axe (WCAG 2 A/AA) in light and dark mode', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./?backend=wasm&tour=on');
    await waitReady(page);
    await page.getByTestId('tour-next').click();
    await expect(page.getByTestId('tour')).toHaveAttribute('data-phase', 'scores');
    await page.getByTestId('copy-link').click();
    await page.getByTestId('export-json').click();
    await expect(page.getByTestId('export-status')).toContainText('Saved');
    const results = await new AxeBuilder({ page })
      .include('[data-testid="tour"]')
      .include('.header__tools')
      .include('[data-testid="exports"]')
      .withTags(['wcag2a', 'wcag2aa'])
      .analyze();
    expect(results.passes.length).toBeGreaterThan(5);
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
