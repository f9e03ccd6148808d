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
  await testInfo.attach(`axe-${name}.json`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: 'application/json',
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${name}: ${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(0, 2).join(' ')}`,
      ),
    );
}

/**
 * Pictures that assistive technology would meet without a name: every visible <svg> or <canvas>
 * outside an aria-hidden subtree must be an image or a group with a one-line summary.
 */
async function unnamedCharts(page: Page, view: string): Promise<string[]> {
  const bad = await page.evaluate(() =>
    Array.from(document.querySelectorAll('svg, canvas'))
      .filter((el) => el.getClientRects().length > 0 && !el.closest('[aria-hidden="true"]') && !el.parentElement?.closest('svg'))
      .filter(
        (el) => !['img', 'group'].includes(el.getAttribute('role') ?? '') || (el.getAttribute('aria-label') ?? '').trim() === '',
      )
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} role=${el.getAttribute('role')} label=${el.getAttribute('aria-label')}`,
      ),
  );
  return bad.map((b) => `${view}: unnamed chart ${b}`);
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
    await expect(page.locator('[data-testid="compare-status"][data-status="ready"]')).toHaveCount(3);
    await expect(page.getByTestId('diff-heatmap')).toBeVisible();
    await expect(page.getByTestId('bottleneck-chart')).toBeVisible();
    await check(`compare-${theme}`);

    await page.getByTestId('tab-models').click();
    await expect(page.getByTestId('models-table')).toBeVisible();
    await check(`models-${theme}`);
  }
}

test('axe finds no serious or critical WCAG 2 A/AA violation on any view, light or dark; every chart is named', async ({
  page,
}, testInfo) => {
  test.setTimeout(360_000);
  // (the compare view's default choice, the first three shipped models, includes two with attention: its difference heatmap is drawn)
  await open(page, '?backend=wasm&model=luong-general');
  await translate(page, SENTENCE);
  const found: string[] = [];
  await everyView(page, async (view) => {
    found.push(...(await seriousViolations(page, testInfo, view)));
    found.push(...(await unnamedCharts(page, view)));
  });
  expect(found).toEqual([]);
});

/** The heatmap's cells as drawn: weight by row and column, and the row / column labels. */
async function heatmapData(page: Page): Promise<{ rows: string[]; cols: string[]; w: number[][] }> {
  const hm = page.getByTestId('panel-main').getByTestId('heatmap');
  const rows = (await hm.getByTestId('heatmap-row-label').allTextContents()).map((x) => x.trim());
  const cols = (await page.getByTestId('source-token').locator('.token__text').allTextContents()).map((x) => x.trim());
  const cells = await hm
    .locator('rect[data-weight]')
    .evaluateAll((els) =>
      els.map((e) => [
        Number(e.getAttribute('data-row')),
        Number(e.getAttribute('data-col')),
        Number(e.getAttribute('data-weight')),
      ]),
    );
  const w = rows.map(() => cols.map(() => 0));
  for (const [r, c, v] of cells) w[r!]![c!] = v!;
  return { rows, cols, w };
}

test('the alignment heatmap is a keyboard grid: one Tab stop, arrows / Home / End move, the focused cell shows its exact weight, Enter opens its step', async ({
  page,
}) => {
  await open(page, '?backend=wasm&model=luong-general');
  await translate(page, SENTENCE);
  const { rows, cols, w } = await heatmapData(page);
  const T = rows.length;
  const S = cols.length;
  const stage = page.getByTestId('stage');
  const tip = page.getByTestId('heatmap-tooltip');
  const table = page.getByTestId('panel-main').getByTestId('heatmap-table');
  const readout = (r: number, c: number): string => `${rows[r]} ← ${cols[c]}: ${w[r]![c]!.toFixed(3)}`;

  // The picture is an image named by its summary, computed from the same weights.
  let best = { r: 0, c: 0 };
  w.forEach((row, r) => row.forEach((v, c) => v > w[best.r]![best.c]! && (best = { r, c })));
  await expect(page.getByTestId('panel-main').locator('svg.heatmap__svg')).toHaveAttribute('role', 'img');
  await expect(page.getByTestId('panel-main').locator('svg.heatmap__svg')).toHaveAttribute(
    'aria-label',
    `Alignment of ${T} output words over ${S} source words; strongest: ${rows[best.r]} ← ${cols[best.c]} ${w[best.r]![best.c]!.toFixed(2)}`,
  );

  // Tab from the active view tab lands in the grid: one Tab stop.
  await page.mouse.move(0, 0);
  await page.getByTestId('tab-main').focus();
  await page.keyboard.press('Tab');
  await expect(table.locator('td:focus')).toHaveAttribute('data-row', '0');
  await expect(table.locator('td:focus')).toHaveAttribute('data-col', '0');
  await expect(tip).toHaveText(readout(0, 0));
  await expect(page.getByTestId('panel-main').locator('.heatmap__focus')).toHaveCount(1);

  const go = async (key: string, r: number, c: number): Promise<void> => {
    await page.keyboard.press(key);
    await expect(table.locator('td:focus')).toHaveAttribute('data-row', String(r));
    await expect(table.locator('td:focus')).toHaveAttribute('data-col', String(c));
    await expect(tip).toHaveText(readout(r, c));
    // roving tabindex: the focused cell is the only Tab stop
    await expect(table.locator('td[tabindex="0"]')).toHaveCount(1);
    await expect(table.locator('td[tabindex="0"]')).toHaveAttribute('data-col', String(c));
  };
  await go('ArrowRight', 0, 1);
  await go('End', 0, S - 1);
  await go('ArrowRight', 0, S - 1); // stops at the edge
  await go('Home', 0, 0);
  await go('ArrowDown', 1, 0);
  await go('Control+End', T - 1, S - 1);
  await go('PageUp', 0, S - 1);
  await go('Control+Home', 0, 0);
  // The grid's keys never reached the step view's page-wide keys.
  await expect(stage).toHaveAttribute('data-step', '1');
  await expect(stage).toHaveAttribute('data-phase', 'rnn');

  // Enter opens the step of the focused row.
  await go('PageDown', T - 1, 0);
  await page.keyboard.press('Enter');
  await expect(stage).toHaveAttribute('data-step', String(T));

  // Leaving the grid puts the readout away; coming back returns to the last cell.
  await page.keyboard.press('Shift+Tab');
  await expect(tip).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(table.locator('td:focus')).toHaveAttribute('data-row', String(T - 1));
  await expect(tip).toHaveText(readout(T - 1, 0));
});

test('stepping says what each phase shows in one polite live line; playing says one line per step, not one per phase', async ({
  page,
}) => {
  await open(page, '?backend=wasm&model=luong-general');
  await translate(page, SENTENCE);
  const live = page.getByTestId('panel-main').getByTestId('step-announcement');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  // the only live region of the step view (the position line is not announced twice)
  await expect(page.getByTestId('panel-main').getByTestId('step-panel').locator('[aria-live]')).toHaveCount(1);
  const T = await page.getByTestId('step-chip').count();
  await expect(live).toHaveText(`Step 1 of ${T}, Decoder RNN update: the decoder reads “<s>” and updates its state.`);

  await page.mouse.move(0, 0);
  await page.getByTestId('step-picture').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('stage')).toHaveAttribute('data-phase', 'scores');
  const scores = await page
    .getByTestId('score-bar')
    .evaluateAll((els) => els.map((e) => ({ tok: e.getAttribute('data-token')!, e: Number(e.getAttribute('data-score')) })));
  const top = scores.reduce((a, b) => (b.e > a.e ? b : a));
  await expect(live).toContainText(`Step 1 of ${T}, Attention scores: raw scores, the highest for “${top.tok}”`);
  // the step picture is named by the same line
  await expect(page.getByTestId('stage').locator('svg.stage__svg')).toHaveAttribute('aria-label', (await live.textContent())!);

  await page.keyboard.press('ArrowRight');
  const weights = await page
    .getByTestId('score-bar')
    .evaluateAll((els) => els.map((e) => ({ tok: e.getAttribute('data-token')!, w: Number(e.getAttribute('data-weight')) })));
  const ranked = [...weights].sort((a, b) => b.w - a.w);
  const most = ranked[0]!;
  // the top weight, then the next largest with their numbers (screen readers get the values too)
  await expect(live).toContainText(
    `Step 1 of ${T}, Softmax: scores → weights: weights, most attention on “${most.tok}” (${most.w.toFixed(2)}). Next: “${ranked[1]!.tok}” ${ranked[1]!.w.toFixed(2)}`,
  );

  // Playing at 4×: record every text the live line takes.
  await page.getByTestId('speed').selectOption('4');
  await page.getByTestId('first').click();
  await live.evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { __lines: string[] }).__lines = seen;
    new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await page.getByTestId('play').click();
  await expect(page.getByTestId('playback')).toHaveAttribute('data-playing', 'false', { timeout: 120_000 });
  const lines = [...new Set(await page.evaluate(() => (window as unknown as { __lines: string[] }).__lines))].filter(
    (l) => l !== '',
  );
  const playing = lines.filter((l) => /^Step \d+ of \d+: writes “/.test(l));
  // one line per step while playing (then the final phase's line once it stops)
  expect(playing.length).toBe(T);
  expect(lines.length).toBeLessThanOrEqual(T + 2);
});

test('an unknown word is marked by more than colour in the heatmap', async ({ page }) => {
  await open(page, '?backend=wasm&model=luong-general');
  await translate(page, 'I saw a zorblax.');
  const col = page.getByTestId('panel-main').getByTestId('heatmap-col-label').filter({ hasText: 'zorblax' });
  await expect(col).toContainText('zorblax*'); // (its <title> explains the mark)
  await expect(page.getByTestId('heatmap-unknown-note')).toContainText('* not in the model’s vocabulary');
  await expect(
    page.getByTestId('panel-main').getByTestId('heatmap-table').locator('th').filter({ hasText: 'zorblax' }),
  ).toHaveText('zorblax (unknown word)');
});
