/**
 * "Watch it learn" on wasm: training the reverse task live in the page reaches ≥ 95 % held-out
 * exact-match accuracy in bounded time, the probe's alignment is anti-diagonal, a click on pause
 * takes effect within 300 ms while training runs, leaving the tab pauses, and reset (or switching
 * the task) returns tfjs's tensor count to its value before training (plus the opened model's
 * weights, which the engine keeps). The trained model opens in the step view ("Open this model in
 * the other views"), under its own pair, and reverses a probe there with its heatmap drawn. Screenshots of the trained view (light, dark, phone) are attached.
 */
import { expect, test, type Page } from '@playwright/test';
import { check, watch } from './pageWatch';

test.beforeEach(async ({ page, baseURL }) => watch(page, baseURL!));
test.afterEach(async ({ page }) => check(page));

/**
 * Held-out accuracy must reach 95 % within this many seconds of pressing Train. On this 2-core
 * machine under the load of two trainings and other sessions (load average 11–20) the attention
 * model alone took ~200 s (~500 steps at ~2.5 steps/s); idle it is several times faster.
 */
const LEARN_SECONDS = 420;

const numTensors = (page: Page): Promise<number> => page.evaluate(() => window.__attviz!.memory().numTensors);

/** The latest value of a curve in the accuracy chart (the second learning-curves figure). */
async function accuracy(page: Page, series: string): Promise<number> {
  const v = await page.getByTestId('learning-curves').nth(1).locator(`li[data-series="${series}"]`).getAttribute('data-latest');
  return v ? Number(v) : 0;
}

test('reverse learns live on wasm: ≥ 95 % held-out, anti-diagonal probe, pause within 300 ms, reset frees every tensor', async ({
  page,
}, testInfo) => {
  test.setTimeout((LEARN_SECONDS + 120) * 1000);
  await page.goto('./?backend=wasm&tab=learn');
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('learn-view')).toBeVisible();
  expect(await page.evaluate(() => window.__attviz!.memory().backend)).toBe('wasm');
  await expect(page.getByTestId('learn-status')).toContainText('wasm');
  // the attention model alone (the baseline side by side halves its rate on this loaded machine)
  await page.getByTestId('learn-baseline').uncheck();
  const before = await numTensors(page);

  const t0 = Date.now();
  await page.getByTestId('learn-play').click();
  await expect(page.getByTestId('learn-status')).toHaveAttribute('data-playing', 'true');
  await expect
    .poll(() => accuracy(page, 'main-heldout'), { timeout: LEARN_SECONDS * 1000, intervals: [1000] })
    .toBeGreaterThanOrEqual(0.95);
  const seconds = (Date.now() - t0) / 1000;
  const steps = Number(await page.getByTestId('learn-status').getAttribute('data-steps'));
  testInfo.annotations.push({ type: 'learned', description: `≥ 95 % held-out after ${seconds.toFixed(0)} s, ${steps} steps` });
  console.log(`reverse learned (≥ 95 % held-out) in ${seconds.toFixed(1)} s, ${steps} steps of the attention model`);

  // Pause while training runs: the status says so within 300 ms and no step follows.
  const pauseMs = await page.evaluate(async () => {
    const status = document.querySelector('[data-testid="learn-status"]')!;
    const start = performance.now();
    (document.querySelector('[data-testid="learn-play"]') as HTMLButtonElement).click();
    while (status.getAttribute('data-playing') !== 'false') await new Promise((r) => setTimeout(r, 5));
    return performance.now() - start;
  });
  expect(pauseMs).toBeLessThan(300);
  await page.waitForTimeout(300);
  const stepsAfterPause = await page.getByTestId('learn-status').getAttribute('data-steps');
  await page.waitForTimeout(1000);
  await expect(page.getByTestId('learn-status')).toHaveAttribute('data-steps', stepsAfterPause!);

  // The probe's alignment: most of each output row's weight on j = S−1−i.
  const probe = page.getByTestId('learn-probe').first();
  const cells = await probe.locator('rect[data-weight]').evaluateAll((els) =>
    els.map((e) => ({
      row: Number(e.getAttribute('data-row')),
      col: Number(e.getAttribute('data-col')),
      w: Number(e.getAttribute('data-weight')),
    })),
  );
  const cols = Math.max(...cells.map((c) => c.col)) + 1; // source tokens + </s>
  const S = cols - 1;
  let mass = 0;
  for (let i = 0; i < S; i++) mass += cells.find((c) => c.row === i && c.col === S - 1 - i)?.w ?? 0;
  console.log(`probe anti-diagonal mass ${(mass / S).toFixed(3)} over ${S} source tokens`);
  expect(S).toBe(6);
  expect(mass / S).toBeGreaterThanOrEqual(0.8);

  await page.screenshot({ path: testInfo.outputPath('learn-desktop-light.png'), fullPage: true });
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await page.screenshot({ path: testInfo.outputPath('learn-desktop-dark.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('learn-phone-dark.png'), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));

  // The trained model opens in the step view like a shipped one and reverses a probe there.
  const target = (await probe.locator('.learn__io .muted').first().textContent())!.replace(/^[^:]*:\s*/, '').trim();
  const source = target.split(/\s+/).reverse().join(' ');
  const beforeOpen = await numTensors(page);
  await page.getByTestId('learn-open').click();
  await expect(page.getByTestId('tab-main')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('pair-select')).toHaveValue('learned-reverse');
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('model-error')).toHaveCount(0);
  await page.getByTestId('source-input').fill(source);
  await page.getByTestId('translate').click();
  await expect(page.getByTestId('result')).toHaveAttribute('data-source', source);
  await expect(page.getByTestId('result')).toHaveAttribute('data-variant', /^trained:learned-reverse-/);
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  const output = (await page.getByTestId('translation').textContent())!.trim();
  console.log(`trained model in the step view: "${source}" → "${output}" (expected "${target}")`);
  expect(output.replace(/\s+/g, '')).toBe(target.replace(/\s+/g, ''));
  await page.keyboard.press('End'); // the whole heatmap revealed
  const mainCells = page.locator('[data-testid="heatmap"] rect[data-weight]');
  const S0 = source.split(' ').length;
  await expect.poll(() => mainCells.count()).toBeGreaterThanOrEqual(S0 * S0);
  const weights = await mainCells.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-weight'))));
  expect(Math.max(...weights)).toBeGreaterThan(0.5);
  await page.getByTestId('step-panel').screenshot({ path: testInfo.outputPath('learn-opened-in-steps.png') });
  // the engine keeps the opened model's weights; everything else below is measured on top of them
  const engineHeld = (await numTensors(page)) - beforeOpen;
  await page.getByTestId('tab-learn').click();

  // Leaving the tab pauses training.
  await page.getByTestId('learn-play').click();
  await expect(page.getByTestId('learn-status')).toHaveAttribute('data-playing', 'true');
  await page.getByTestId('tab-main').click();
  await expect(page.getByTestId('learn-status')).toHaveAttribute('data-playing', 'false');
  await page.getByTestId('tab-learn').click();

  await page.getByTestId('learn-reset').click();
  await expect(page.getByTestId('learn-status')).toHaveAttribute('data-steps', '0');
  await expect.poll(() => numTensors(page)).toBe(before + engineHeld);

  // Switching the task after a batch starts a fresh run and frees the old one's tensors too.
  await page.getByTestId('learn-task').selectOption('sort');
  await page.getByTestId('learn-step').click();
  await expect(page.getByTestId('learn-status')).toHaveAttribute('data-steps', '1');
  expect(await numTensors(page)).toBeGreaterThan(before + engineHeld);
  await page.getByTestId('learn-task').selectOption('date');
  await expect(page.getByTestId('learn-status')).toHaveAttribute('data-steps', '0');
  await expect.poll(() => numTensors(page)).toBe(before + engineHeld);
});
