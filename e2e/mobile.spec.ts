/**
 * A phone: 360 × 740 CSS pixels, touch, mobile viewport. Translate, tap a heatmap cell and read its
 * weight, step through the decoder with the buttons; the page itself never scrolls sideways (wide
 * pictures scroll inside their own boxes), tap targets are at least 24 px, and every view is usable.
 * Screenshots of each view are attached.
 */
import type { Page, TestInfo } from '@playwright/test';
import { contrastRatio } from '../src/viz/contrast';
import { expect, open, test, translate, watchPages } from './stepHelpers';

watchPages();
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

/** Saves a full-page screenshot to test-results/ and attaches it to the report. */
async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/**
 * The document's sideways overflow in px (0: no horizontal page scroll); when there is some, the
 * elements that stick out (outside any scrolling box) are logged to explain it.
 */
async function pageOverflow(page: Page): Promise<number> {
  const { over, culprits } = await page.evaluate(() => {
    const root = document.documentElement;
    const over = root.scrollWidth - root.clientWidth;
    const culprits: string[] = [];
    if (over > 0) {
      const inScroller = (el: Element): boolean => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const o = getComputedStyle(p).overflowX;
          if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
        }
        return false;
      };
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        const r = el.getBoundingClientRect();
        const pr = el.parentElement?.getBoundingClientRect();
        if (r.width > 0 && r.right > root.clientWidth + 0.5 && (!inScroller(el) || (pr && pr.right <= root.clientWidth + 0.5)))
          culprits.push(`${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '')} right=${r.right.toFixed(0)}`);
      }
    }
    return { over, culprits: culprits.slice(0, 12) };
  });
  if (over > 0) console.log('sticking out:', culprits.join(' | '));
  return over;
}

/** Visible buttons, links, selects, checkboxes and radios smaller than 24 × 24 px (WCAG 2.5.8), as readable descriptions. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(
      document.querySelectorAll<HTMLElement>(
        'button, a[href], select, input[type="checkbox"], input[type="radio"], summary, [role="button"], [role="tab"]',
      ),
    )) {
      if (el.closest('[hidden], .visually-hidden')) continue;
      // a checkbox or radio is hit through its whole <label> too
      const r =
        el.tagName === 'INPUT' && el.closest('label') ? el.closest('label')!.getBoundingClientRect() : el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // an inline target inside a sentence is exempt (WCAG 2.5.8 "inline")
      if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') continue;
      if (r.width < 24 - 0.01 || r.height < 24 - 0.01)
        out.push(
          `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${(el.textContent ?? '').trim().slice(0, 20)}" ${r.width.toFixed(1)}×${r.height.toFixed(1)}`,
        );
    }
    return out;
  });
}

test('on a 360 px phone: translate, tap a cell to read its weight, step with the buttons, no sideways page scroll', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  await open(page, '?backend=wasm&model=luong-general');
  expect(await pageOverflow(page), 'page overflow before translating').toBeLessThanOrEqual(0);
  await translate(page, 'I am a student.');
  expect(await pageOverflow(page), 'page overflow with a translation').toBeLessThanOrEqual(0);

  // Tap a heatmap cell: its exact weight appears (no hover on a touch screen).
  const cell = page.locator('[data-testid="panel-main"] [data-testid="heatmap"] rect[data-row="1"][data-col="1"]');
  await cell.scrollIntoViewIfNeeded();
  await cell.tap();
  const tip = page.getByTestId('heatmap-tooltip');
  await expect(tip).toBeVisible();
  const w = Number(await cell.getAttribute('data-weight'));
  const rowLabel = (await page.getByTestId('heatmap-row-label').nth(1).textContent())?.trim();
  const colLabel = (await page.getByTestId('source-token').nth(1).locator('.token__text').textContent())?.trim();
  await expect(tip).toHaveText(`${rowLabel} ← ${colLabel}: ${w.toFixed(3)}`);
  // The tap also took the step view to that row's step, as a click does, scrolling the page to it.
  const stage = page.getByTestId('stage');
  await expect(stage).toHaveAttribute('data-step', '2');
  // The weight stays through that scroll (the browser's hover update after it, mouse events at the
  // tap's old point, once took it away ~0.1 s later): still there once the page has stood still.
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let last = -1;
        let still = 0;
        const tick = (): void => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 10) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
  expect(await tip.count(), 'the tapped weight is still shown after the scroll').toBe(1);
  await expect(tip).toHaveText(`${rowLabel} ← ${colLabel}: ${w.toFixed(3)}`);
  // A tap elsewhere puts it away.
  await page.getByTestId('translation').tap();
  await expect(tip).toHaveCount(0);

  // Step through with the buttons (taps).
  await page.getByTestId('first').scrollIntoViewIfNeeded();
  await page.getByTestId('first').tap();
  await expect(stage).toHaveAttribute('data-step', '1');
  await expect(stage).toHaveAttribute('data-phase', 'rnn');
  await page.getByTestId('next-phase').tap();
  await expect(stage).toHaveAttribute('data-phase', 'scores');
  await page.getByTestId('next-phase').tap();
  await expect(stage).toHaveAttribute('data-phase', 'softmax');
  await expect(page.getByTestId('step-announcement')).toContainText('most attention on');
  // Tapping a vector strip reads one of its numbers (hover elsewhere).
  const strip = page.locator('[data-testid="strip-state"] .stg-cell').nth(2);
  await strip.scrollIntoViewIfNeeded();
  await strip.tap();
  const stripTip = page.getByTestId('stage-tooltip');
  await expect(stripTip).toContainText(/dim \d+: [−\d.]+/);
  // ...and it stays: the mouse events Chromium sends after a tap (mouseout/mouseleave on the
  // tapped strip) once hid it again within milliseconds. Two frames later it must still be there.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await stripTip.count(), 'the tapped value is still shown').toBe(1);
  await page.getByTestId('next-step').tap();
  await expect(stage).toHaveAttribute('data-step', '2');
  await page.getByTestId('prev-step').tap();
  await expect(stage).toHaveAttribute('data-step', '1');
  expect(await pageOverflow(page), 'page overflow while stepping').toBeLessThanOrEqual(0);

  // The wide pictures scroll inside their own boxes, not the page.
  for (const box of ['.step-panel__picture', '[data-testid="panel-main"] .heatmap__scroll']) {
    const b = await page.locator(box).first().boundingBox();
    expect(b!.x, `${box} starts inside the viewport`).toBeGreaterThanOrEqual(0);
    expect(b!.x + b!.width, `${box} ends inside the viewport`).toBeLessThanOrEqual(360);
  }
  expect(await smallTargets(page), 'tap targets under 24 px (main view)').toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, testInfo, 'mobile-main');

  // Every other view fits too.
  await page.getByTestId('tab-beam').tap();
  await expect(page.getByTestId('panel-beam').getByTestId('beam-tree')).toBeVisible();
  expect(await pageOverflow(page), 'page overflow: beam').toBeLessThanOrEqual(0);
  expect(await smallTargets(page), 'tap targets under 24 px (beam)').toEqual([]);
  await shot(page, testInfo, 'mobile-beam');

  await page.getByTestId('tab-forcing').tap();
  const forcing = page.getByTestId('panel-forcing');
  await forcing.getByTestId('reference-input').fill('Je suis étudiant.');
  await forcing.getByTestId('force-run').tap();
  await expect(forcing.getByTestId('forced-row')).toHaveCount(5);
  expect(await pageOverflow(page), 'page overflow: teacher forcing').toBeLessThanOrEqual(0);
  expect(await smallTargets(page), 'tap targets under 24 px (teacher forcing)').toEqual([]);
  // a long reference that shares no 4-gram with the output: long token lines and the smoothing note
  await forcing
    .getByTestId('reference-input')
    .fill('Malheureusement, les négociations extraordinairement compliquées ont continué hier à Bruxelles.');
  await forcing.getByTestId('force-run').tap();
  await expect(forcing.getByTestId('forced-row')).toHaveCount(13);
  await expect(page.locator('[data-testid="bleu-order"][data-n="4"][data-smoothed="true"]')).toHaveCount(1);
  expect(await pageOverflow(page), 'page overflow: teacher forcing, long reference').toBeLessThanOrEqual(0);
  await shot(page, testInfo, 'mobile-forcing');

  await page.getByTestId('tab-compare').tap();
  await page.getByTestId('compare-input').fill('I am a student.');
  await page.getByTestId('compare-run').tap();
  // every model picked by default (the first three of the list) is compared: one column each, all ready
  // (this once waited for two, which passed only while the third was still translating)
  const picked = await page.locator('[data-testid="compare-check"]:checked').count();
  expect(picked).toBe(3);
  await expect(page.getByTestId('compare-col')).toHaveCount(picked);
  await expect(page.locator('[data-testid="compare-status"][data-status="ready"]')).toHaveCount(picked);
  expect(await pageOverflow(page), 'page overflow: compare').toBeLessThanOrEqual(0);
  expect(await smallTargets(page), 'tap targets under 24 px (compare)').toEqual([]);
  // the bottleneck chart fits the phone: drawn as wide as its card, every length bucket on screen
  const chart = page.getByTestId('bottleneck-chart');
  await chart.scrollIntoViewIfNeeded();
  const ticks = await chart.getByTestId('bottleneck-xtick').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
  expect(ticks).toHaveLength(4);
  expect(Math.max(...ticks), 'a length bucket off screen').toBeLessThanOrEqual(360);
  expect(await chart.locator('.bottleneck__scroll').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  // the bottleneck chart's numbers (a five-model table) scroll inside their box, not the page
  await page.getByTestId('bottleneck-data').locator('summary').tap();
  await expect(page.getByTestId('bottleneck-data').locator('table')).toBeVisible();
  expect(await pageOverflow(page), 'page overflow: compare, chart numbers open').toBeLessThanOrEqual(0);
  await shot(page, testInfo, 'mobile-compare');

  await page.getByTestId('tab-models').tap();
  await expect(page.getByTestId('models-table')).toBeVisible();
  expect(await pageOverflow(page), 'page overflow: models').toBeLessThanOrEqual(0);
  await shot(page, testInfo, 'mobile-models');
});

test.describe('a narrow window with a mouse', () => {
  test.use({ viewport: { width: 600, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

  test('the chosen tab, a pill here, keeps a readable label while the mouse is over it, light and dark', async ({ page }) => {
    await open(page, '?backend=wasm');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const tab = page.getByRole('tab', { name: 'Models' });
      await tab.click(); // (the mouse stays over it)
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      await tab.hover();
      const [text, background] = await tab.evaluate((el) => {
        const style = getComputedStyle(el);
        return [style.color, style.backgroundColor];
      });
      const ratio = contrastRatio(text, background);
      expect(ratio, `label contrast of the hovered chosen tab (${scheme})`).toBeGreaterThanOrEqual(4.5);
      await page.getByRole('tab', { name: 'Translation & steps' }).click();
    }
  });
});
