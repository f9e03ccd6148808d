import { expect, open, test } from './stepHelpers';

test('phone', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await open(page, '?backend=wasm');
  await page.getByTestId('tab-compare').click();
  await page.locator('[data-testid="compare-check"][data-variant="bahdanau"]').check();
  for (const id of ['luong-dot', 'luong-concat']) await page.locator(`[data-testid="compare-check"][data-variant="${id}"]`).uncheck();
  await page.getByTestId('compare-input').fill('I am a student.');
  await page.getByTestId('compare-run').click();
  await expect(page.locator('[data-testid="compare-status"][data-status="ready"]')).toHaveCount(2);
  await expect(page.getByTestId('compare-diff')).toHaveAttribute('data-status', 'ready');
  const report = () =>
    page.evaluate(() => {
      const vw = document.documentElement.clientWidth;
      const wide = Array.from(document.querySelectorAll<HTMLElement>('body *'))
        .filter((e) => e.getBoundingClientRect().right > vw + 0.5 && e.getClientRects().length > 0)
        .map((e) => `${e.tagName}.${e.className} ${e.getBoundingClientRect().right}`)
        .slice(0, 8);
      const small = Array.from(document.querySelectorAll<HTMLElement>('button, select, input[type="radio"], input[type="checkbox"]'))
        .map((el) => ({ el, r: el.tagName === 'INPUT' && el.closest('label') ? el.closest('label')!.getBoundingClientRect() : el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
        .map(({ el, r }) => `${el.tagName}.${el.className} ${r.width}x${r.height}`);
      return { overflow: document.documentElement.scrollWidth - vw, wide, small };
    });
  console.log('own', JSON.stringify(await report()));
  await page.getByTestId('compare-rows-shared').check();
  await page.getByTestId('compare-align-source').selectOption('__reference__');
  console.log('ref', JSON.stringify(await report()));
  await page.getByTestId('compare-stepper').screenshot({ path: testInfo.outputPath('phone-stepper.png') });
});
