/**
 * "Watch it learn" on wasm, training in a Web Worker: the reverse task (baseline unchecked) reaches
 * ≥ 95 % held-out exact match in bounded time with an anti-diagonal probe alignment; a click on
 * pause is confirmed by the worker within 300 ms and no step follows; leaving the tab pauses;
 * reset and switching the task return the worker's tensor count to its value before training.
 * The trained model opens in the step view under its own pair and reverses a probe there; it is
 * kept in this browser: after a reload the link reopens it, and once removed the link says it is
 * gone. Screenshots of the trained view (light, dark, phone) are attached.
 */
import { expect, test, type Page } from '@playwright/test';
import { check, watch } from './pageWatch';

test.beforeEach(async ({ page, baseURL }) => watch(page, baseURL!));
test.afterEach(async ({ page }) => check(page));

/**
 * Held-out accuracy must reach 95 % within this many seconds of pressing Train. Idle, the worker
 * learns it in well under a minute; on this 2-core machine shared by eight sessions and two
 * trainings (load average 20–28) a step took ~0.5 s.
 */
const LEARN_SECONDS = 300;

/**
 * The bottleneck test: the length, the settings, the time limit, and the held-out accuracies
 * attention must reach and the baseline never pass. Measured in Node (wasm, the same numbers as
 * the page's worker): at length 10 with hidden size 32 and lr 0.02, general attention reached 64 %
 * at the third evaluation (150 steps) while the no-attention baseline stayed at ≤ 1 %; with the
 * defaults (H 64, lr 0.01) attention needed 250 steps (53 %, 0 % before 200), i.e. ~1.7× as many
 * steps of a larger model. At length 6 the baseline reaches 52 %, so a short length shows no bottleneck.
 */
const BOTTLENECK_LENGTH = 10;
const BOTTLENECK_HIDDEN = '32';
const BOTTLENECK_LR = '0.02';
const BOTTLENECK_SECONDS = 400;
const BOTTLENECK_ATTENTION = 0.3;
const BOTTLENECK_BASELINE = 0.1;

const status = (page: Page) => page.getByTestId('learn-status');
const workerTensors = async (page: Page): Promise<number> => Number(await status(page).getAttribute('data-tensors'));
/** Waits until the worker has confirmed every command sent. */
const settled = (page: Page) => expect(status(page)).toHaveAttribute('data-pending', 'false');

/** The latest value of a curve in the accuracy chart (the second learning-curves figure). */
async function accuracy(page: Page, series: string): Promise<number> {
  const v = await page.getByTestId('learning-curves').nth(1).locator(`li[data-series="${series}"]`).getAttribute('data-latest');
  return v ? Number(v) : 0;
}

test('reverse learns in a worker on wasm: ≥ 95 % held-out, anti-diagonal probe, pause confirmed within 300 ms, reset frees the tensors; the model opens in the step view and is kept across reloads', async ({
  page,
}, testInfo) => {
  test.setTimeout((LEARN_SECONDS + 150) * 1000);
  await page.goto('./?backend=wasm&tab=learn');
  await expect(page.getByTestId('learn-view')).toBeVisible();
  await expect(status(page)).toHaveAttribute('data-where', 'worker');
  await expect(status(page)).toHaveAttribute('data-backend', 'wasm');
  await expect(status(page)).toContainText('wasm');
  await expect(page.getByTestId('learn-fallback')).toHaveCount(0);
  // the attention model alone (the bottleneck test trains both)
  await page.getByTestId('learn-baseline').uncheck();
  await settled(page);
  const before = await workerTensors(page);
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });

  const t0 = Date.now();
  await page.getByTestId('learn-play').click();
  await expect(status(page)).toHaveAttribute('data-playing', 'true');
  // the longest main-thread task from the third batch on (the page's own start-up work is over by then)
  await expect
    .poll(async () => Number(await status(page).getAttribute('data-steps')), { timeout: 120_000 })
    .toBeGreaterThanOrEqual(3);
  await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
  await expect
    .poll(() => accuracy(page, 'main-heldout'), { timeout: LEARN_SECONDS * 1000, intervals: [1000] })
    .toBeGreaterThanOrEqual(0.95);
  const seconds = (Date.now() - t0) / 1000;
  const steps = Number(await status(page).getAttribute('data-steps'));
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  testInfo.annotations.push({ type: 'learned', description: `≥ 95 % held-out after ${seconds.toFixed(0)} s, ${steps} steps` });
  console.log(
    `reverse learned (≥ 95 % held-out) in ${seconds.toFixed(1)} s, ${steps} steps; longest main-thread task ${longest.toFixed(0)} ms`,
  );

  // Pause while training runs: the page shows it within 300 ms (its main thread is free), the
  // worker confirms it after the batch in progress (it cannot cut a batch short), and no step follows.
  const msPerBatch = 1000 / Number((/([\d.]+) steps\/s/.exec((await status(page).textContent())!) ?? [0, 1])[1]);
  const pause = await page.evaluate(async () => {
    const s = document.querySelector<HTMLElement>('[data-testid="learn-status"]')!;
    const start = performance.now();
    document.querySelector<HTMLButtonElement>('[data-testid="learn-play"]')!.click();
    while (s.dataset.playing !== 'false') await new Promise((r) => setTimeout(r, 2));
    const shown = performance.now() - start;
    while (s.dataset.pending !== 'false') await new Promise((r) => setTimeout(r, 2));
    return { shown, confirmed: performance.now() - start };
  });
  console.log(
    `pause shown after ${pause.shown.toFixed(0)} ms, confirmed by the worker after ${pause.confirmed.toFixed(0)} ms (a batch takes ~${msPerBatch.toFixed(0)} ms here)`,
  );
  expect(pause.shown).toBeLessThan(300);
  expect(pause.confirmed).toBeLessThan(Math.max(300, 2.5 * msPerBatch));
  const stepsAfterPause = await status(page).getAttribute('data-steps');
  await page.waitForTimeout(1000);
  await expect(status(page)).toHaveAttribute('data-steps', stepsAfterPause!);

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

  // One batch, measured: the probe's output below is the one of the weights that will be opened.
  const stepsNow = Number(await status(page).getAttribute('data-steps'));
  await page.getByTestId('learn-step').click();
  await expect(status(page)).toHaveAttribute('data-steps', String(stepsNow + 1));
  await settled(page);
  const liveAccuracy = await accuracy(page, 'main-heldout');
  const liveOutput = (await probe.locator('.learn__io > span').first().textContent())!.replace(/^[^:]*:\s*/, '').trim();

  // The trained model opens in the step view like a shipped one and reverses a probe there.
  const target = (await probe.locator('.learn__io .muted').first().textContent())!.replace(/^[^:]*:\s*/, '').trim();
  const source = target.split(/\s+/).reverse().join(' ');
  await page.getByTestId('learn-open').click();
  await expect(page.getByTestId('tab-main')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('pair-select')).toHaveValue('learned-reverse');
  const translateProbe = async (): Promise<void> => {
    await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
    await expect(page.getByTestId('model-error')).toHaveCount(0);
    await page.getByTestId('source-input').fill(source);
    await page.getByTestId('translate').click();
    await expect(page.getByTestId('result')).toHaveAttribute('data-source', source);
    await expect(page.getByTestId('result')).toHaveAttribute('data-variant', /^trained:learned-reverse-/);
    await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
    const output = (await page.getByTestId('translation').textContent())!.trim();
    console.log(
      `trained model in the step view: "${source}" → "${output}" (in the view: "${liveOutput}", expected "${target}", held-out ${liveAccuracy})`,
    );
    // the same weights decode the same way there, and that is (nearly) the reversal: at ≥ 95 % held-out a
    // probe can still be off by a digit a few batches later (seen: 9 8 1 2 1 1 for 9 8 1 2 8 1 at 98 %)
    expect(output.replace(/\s+/g, '')).toBe(liveOutput.replace(/\s+/g, ''));
    const want = target.split(/\s+/);
    const right = output.split(/\s+/).filter((w, i) => w === want[i]).length;
    expect(right).toBeGreaterThanOrEqual(want.length - 1);
  };
  await translateProbe();
  await page.keyboard.press('End'); // the whole heatmap revealed
  const mainCells = page.locator('[data-testid="heatmap"] rect[data-weight]');
  const S0 = source.split(' ').length;
  await expect.poll(() => mainCells.count()).toBeGreaterThanOrEqual(S0 * S0);
  const weights = await mainCells.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-weight'))));
  expect(Math.max(...weights)).toBeGreaterThan(0.5);
  await page.getByTestId('step-panel').screenshot({ path: testInfo.outputPath('learn-opened-in-steps.png') });

  await page.getByTestId('tab-learn').click();
  // Leaving the tab pauses training.
  await page.getByTestId('learn-play').click();
  await expect(status(page)).toHaveAttribute('data-playing', 'true');
  await page.getByTestId('tab-main').click();
  await expect(status(page)).toHaveAttribute('data-playing', 'false');
  await page.getByTestId('tab-learn').click();
  await settled(page);
  expect(await workerTensors(page)).toBeGreaterThan(before);

  // Reset, then a switch of task after one batch, return the worker's tensors.
  await page.getByTestId('learn-reset').click();
  await expect(status(page)).toHaveAttribute('data-steps', '0');
  await settled(page);
  expect(await workerTensors(page)).toBe(before);
  await page.getByTestId('learn-task').selectOption('sort');
  await settled(page);
  await page.getByTestId('learn-step').click();
  await expect(status(page)).toHaveAttribute('data-steps', '1');
  await settled(page);
  expect(await workerTensors(page)).toBeGreaterThan(before);
  await page.getByTestId('learn-task').selectOption('date');
  await expect(status(page)).toHaveAttribute('data-steps', '0');
  await settled(page);
  expect(await workerTensors(page)).toBe(before);

  // Kept in this browser: the page's link (pair=learned-reverse) reopens the model after a reload.
  await page.getByTestId('tab-main').click();
  await expect(page).toHaveURL(/pair=learned-reverse/);
  await page.reload();
  await expect(page.getByTestId('pair-select')).toHaveValue('learned-reverse');
  await expect(page.getByTestId('user-models')).toContainText('reverse');
  await translateProbe();

  // Removed: the same link now says the model is gone instead of failing.
  const link = page.url();
  await page.getByTestId('user-model-remove').click();
  await expect(page.getByTestId('user-models')).toHaveCount(0);
  await page.goto(link);
  await expect(page.getByTestId('model-error')).toContainText('no longer keeps it');
  await expect(page.getByTestId('model-error')).toContainText('Watch it learn');
});

/**
 * The bottleneck, live: at a longer length the attention model and the no-attention baseline train
 * side by side on the same batches; sampled every second, the attention model's held-out accuracy
 * climbs while the baseline's stays low, and its held-out loss stays above the attention model's.
 */
test(`the bottleneck live: at length ${BOTTLENECK_LENGTH} attention learns reverse while the no-attention baseline on the same data does not`, async ({
  page,
}) => {
  test.setTimeout((BOTTLENECK_SECONDS + 60) * 1000);
  await page.goto('./?backend=wasm&tab=learn');
  await expect(status(page)).toHaveAttribute('data-where', 'worker');
  await page.getByTestId('learn-length').fill(String(BOTTLENECK_LENGTH));
  await expect(page.getByTestId('learn-length-value')).toHaveText(String(BOTTLENECK_LENGTH));
  await page.getByTestId('learn-hidden').selectOption(BOTTLENECK_HIDDEN);
  await page.getByTestId('learn-lr').selectOption(BOTTLENECK_LR);
  await expect(page.getByTestId('learn-baseline')).toBeChecked();
  await settled(page);
  await page.getByTestId('learn-play').click();
  // sampled every second until attention reaches the bar (held-out accuracy changes every 50 steps)
  const samples: { t: number; att: number; base: number }[] = [];
  const t0 = Date.now();
  await expect
    .poll(
      async () => {
        const s = {
          t: (Date.now() - t0) / 1000,
          att: await accuracy(page, 'main-heldout'),
          base: await accuracy(page, 'baseline-heldout'),
        };
        samples.push(s);
        return s.att;
      },
      { timeout: BOTTLENECK_SECONDS * 1000, intervals: [1000] },
    )
    .toBeGreaterThanOrEqual(BOTTLENECK_ATTENTION);
  await page.getByTestId('learn-play').click();
  const last = samples.at(-1)!;
  console.log(
    `bottleneck at length ${BOTTLENECK_LENGTH}: after ${last.t.toFixed(0)} s (${await status(page).getAttribute('data-steps')} steps) attention ${last.att}, baseline ${last.base}; every 10th sample (attention/baseline) ${samples
      .filter((_, i) => i % 10 === 0)
      .map((x) => `${x.att}/${x.base}`)
      .join(' ')}`,
  );
  expect(last.att).toBeGreaterThanOrEqual(BOTTLENECK_ATTENTION);
  // the baseline never gets near: every sample of its curve stays under the bar
  expect(Math.max(...samples.map((x) => x.base))).toBeLessThanOrEqual(BOTTLENECK_BASELINE);
  const loss = async (series: string): Promise<number> =>
    Number(await page.getByTestId('learning-curves').nth(0).locator(`li[data-series="${series}"]`).getAttribute('data-latest'));
  expect(await loss('baseline-heldout')).toBeGreaterThan(await loss('main-heldout'));
});
