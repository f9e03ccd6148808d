/**
 * The step-by-step view: translate, walk through every phase of step 1 with the keyboard, and check
 * that each phase's picture shows the trace's numbers (read back from data attributes and checked
 * against each other: softmax of the scores, Σ α_j h̄_j, the concat halves, the top-k words).
 * A screenshot of every phase is saved as a test artifact.
 *
 * Model outputs change while models are retrained: nothing here depends on a particular translation.
 */
import { bars, encoderStrips, expect, open, press, shoot, test, translate, values, watches, watchPages } from './stepHelpers';

watchPages();

test('steps through every phase of step 1 with the keyboard, with the trace values', async ({ page }, testInfo) => {
  await open(page, '?backend=wasm&model=luong-general');
  await translate(page, 'I am a student.');
  const stage = page.getByTestId('stage');
  const S = await page.getByTestId('source-token').count();
  const T = await page.getByTestId('step-chip').count();
  expect(T).toBeGreaterThan(0);
  const H = Number(await stage.getAttribute('data-h'));
  expect(H).toBeGreaterThan(0);

  const phases = await page.getByTestId('phase-pill').evaluateAll((els) => els.map((e) => e.getAttribute('data-phase')));
  expect(phases).toEqual(['rnn', 'scores', 'softmax', 'context', 'concat', 'attentional', 'output']);

  // Leave the text field: keys typed there are not ours.
  await page.mouse.move(0, 0);
  await page.getByTestId('step-picture').focus();
  await expect(stage).toHaveAttribute('data-phase', 'rnn');
  await expect(stage).toHaveAttribute('data-step', '1');
  await expect(page.locator('[data-testid="heatmap-current-row"]')).toHaveAttribute('data-row', '0');
  // A fresh translation shows its whole alignment; stepping then reveals rows with the cursor.
  const cells = page.locator('[data-testid="heatmap"] rect[data-weight]');
  await expect(cells).toHaveCount(S * T);
  await expect(page.locator('[data-testid="heatmap"] rect[data-revealed="false"]')).toHaveCount(0);

  const pictures: string[] = [];
  for (let i = 0; i < phases.length; i++) {
    const phase = phases[i]!;
    if (i > 0) await press(page, 'ArrowRight', 1, phase);
    await expect(page.getByTestId('formula')).toHaveAttribute('data-phase', phase);
    await expect(page.locator('[data-testid="formula-tex"] .katex').first()).toBeVisible();
    await expect(page.getByTestId('step-label')).toContainText(`${i + 1} of ${phases.length}`);

    switch (phase) {
      case 'rnn': {
        const h = await values(page.getByTestId('strip-state'));
        const z = await values(page.getByTestId('strip-z'));
        expect(h).toHaveLength(H);
        expect(z).toHaveLength(H);
        for (const v of h) expect(Math.abs(v)).toBeLessThanOrEqual(1);
        for (const v of z) expect(v >= 0 && v <= 1).toBe(true);
        await expect(page.getByTestId('score-bars')).toHaveCount(0);
        await expect(page.getByTestId('strip-context')).toHaveCount(0);
        break;
      }
      case 'scores': {
        await expect(page.getByTestId('score-bars')).toHaveAttribute('data-mode', 'scores');
        const b = await bars(page);
        expect(b).toHaveLength(S);
        for (const x of b) expect(Number.isFinite(x.score)).toBe(true);
        // the user is stepping: no row's weights are computed yet at step 1's scores
        await expect(page.locator('[data-testid="heatmap"] rect[data-revealed="false"]')).toHaveCount(S * T);
        break;
      }
      case 'softmax': {
        await expect(page.getByTestId('score-bars')).toHaveAttribute('data-mode', 'weights');
        const b = await bars(page);
        expect(b).toHaveLength(S);
        const sum = b.reduce((s, x) => s + x.weight, 0);
        expect(Math.abs(sum - 1), `weights sum to ${sum}`).toBeLessThanOrEqual(1e-5);
        // The weights are the softmax of the scores shown one phase earlier (the same bars).
        const m = Math.max(...b.map((x) => x.score));
        const z = b.reduce((s, x) => s + Math.exp(x.score - m), 0);
        for (const x of b) expect(Math.abs(x.weight - Math.exp(x.score - m) / z)).toBeLessThanOrEqual(1e-4);
        await expect(page.getByTestId('bars-caption')).toContainText('Σ = 1.000');
        // …and they are row 1 of the heatmap, which appears when the step completes (its output phase).
        const row0 = await page
          .locator('[data-testid="heatmap"] rect[data-weight][data-row="0"]')
          .evaluateAll((els) =>
            els.map((e) => [Number(e.getAttribute('data-weight')), e.getAttribute('data-revealed')] as const),
          );
        expect(row0.map((r) => r[0])).toEqual(b.map((x) => x.weight));
        expect(row0.every((r) => r[1] === 'false')).toBe(true);
        // The whole page once: translation, heatmap (row 1 outlined) and the step view.
        const pagePath = testInfo.outputPath('luong-general-page-softmax.png');
        await page.screenshot({ path: pagePath, fullPage: true, animations: 'disabled' });
        await testInfo.attach('luong-general-page-softmax', { path: pagePath, contentType: 'image/png' });
        break;
      }
      case 'context': {
        const b = await bars(page);
        const enc = await encoderStrips(page);
        const c = await values(page.getByTestId('strip-context'));
        expect(enc).toHaveLength(S);
        expect(c).toHaveLength(H);
        const weightsOnStrips = await page
          .getByTestId('strip-enc')
          .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-weight'))));
        expect(weightsOnStrips).toEqual(b.map((x) => x.weight));
        for (const d of [0, 1, 7, Math.floor(H / 2), H - 1]) {
          const expected = enc.reduce((s, h, j) => s + b[j]!.weight * h[d]!, 0);
          expect(Math.abs(c[d]! - expected), `c_t[${d}]`).toBeLessThanOrEqual(1e-3);
        }
        // the weighted sum: one piece α_j·h̄_j per source token, each leaving its annotation for c_t
        await expect(page.locator('[data-testid="wsum-ghost"]')).toHaveCount(S);
        expect(
          await page.locator('[data-testid="wsum-ghost"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-from'))),
        ).toEqual(Array.from({ length: S }, (_, j) => `enc-${j}`));
        break;
      }
      case 'concat': {
        expect(await page.getByTestId('concat-part-context').getAttribute('data-values')).toBe(
          await page.getByTestId('strip-context').getAttribute('data-values'),
        );
        expect(await page.getByTestId('concat-part-state').getAttribute('data-values')).toBe(
          await page.getByTestId('strip-state').getAttribute('data-values'),
        );
        await expect(page.getByTestId('strip-concat')).toHaveAttribute('data-n', String(2 * H));
        break;
      }
      case 'attentional': {
        const a = await values(page.getByTestId('strip-attentional'));
        expect(a).toHaveLength(H);
        for (const v of a) expect(Math.abs(v)).toBeLessThanOrEqual(1);
        await expect(page.getByTestId('topk')).toHaveCount(0);
        break;
      }
      case 'output': {
        const rows = await page.getByTestId('topk-row').evaluateAll((els) =>
          els.map((e) => ({
            token: e.getAttribute('data-token'),
            p: Number(e.getAttribute('data-p')),
            chosen: e.getAttribute('data-chosen') === 'true',
          })),
        );
        expect(rows.length).toBeGreaterThan(1);
        // the step is complete: its heatmap row is there now
        await expect(page.locator('[data-testid="heatmap"] rect[data-weight][data-row="0"][data-revealed="false"]')).toHaveCount(
          0,
        );
        for (let k = 1; k < rows.length; k++) expect(rows[k]!.p).toBeLessThanOrEqual(rows[k - 1]!.p);
        expect(rows.reduce((s, r) => s + r.p, 0)).toBeLessThanOrEqual(1 + 1e-5);
        const chosen = rows.filter((r) => r.chosen);
        expect(chosen).toHaveLength(1);
        expect(chosen[0]!.token).toBe(rows[0]!.token); // greedy: the most probable word
        const firstRow = (await page.getByTestId('heatmap-row-label').first().textContent())?.trim();
        expect(chosen[0]!.token).toBe(firstRow);
        await expect(page.getByTestId('stage-output')).toHaveAttribute('data-token', chosen[0]!.token!);
        break;
      }
    }
    pictures.push(await stage.evaluate((el) => el.outerHTML));
    await shoot(page, testInfo, `luong-general-step1-${i + 1}-${phase}`);
  }

  // Stepping back restores every previous phase exactly.
  for (let i = phases.length - 2; i >= 0; i--) {
    await press(page, 'ArrowLeft', 1, phases[i]!);
    expect(await stage.evaluate((el) => el.outerHTML), `back to ${phases[i]}`).toBe(pictures[i]);
  }
  await expect(page.getByTestId('prev-phase')).toBeDisabled();

  // Shift+→: the same phase of the next step; its h_{t-1} is step 1's h_t.
  if (T > 1) {
    const h1 = await page.getByTestId('strip-state').getAttribute('data-values');
    await press(page, 'Shift+ArrowRight', 2, 'rnn');
    expect(await page.getByTestId('strip-prev').getAttribute('data-values')).toBe(h1);
    await expect(page.locator('[data-testid="heatmap-current-row"]')).toHaveAttribute('data-row', '1');
    await press(page, 'Shift+ArrowLeft', 1, 'rnn');
  }
  // End / Home.
  await press(page, 'End', T, 'output');
  await expect(page.locator('[data-testid="heatmap"] rect[data-revealed="false"]')).toHaveCount(0);
  await press(page, 'Home', 1, 'rnn');
  // Jump to a step from the timeline.
  await page
    .getByTestId('step-chip')
    .nth(T - 1)
    .click();
  await expect(stage).toHaveAttribute('data-step', String(T));
  await press(page, 'Home', 1, 'rnn');

  // Space plays and pauses.
  await page.getByTestId('step-picture').focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('playback')).toHaveAttribute('data-playing', 'true');
  await expect(stage).toHaveAttribute('data-phase', 'scores', { timeout: 10_000 });
  await page.keyboard.press('Space');
  await expect(page.getByTestId('playback')).toHaveAttribute('data-playing', 'false');
  await press(page, 'Home', 1, 'rnn');

  // Keys typed into the text field are left alone.
  const input = page.getByTestId('source-input');
  await input.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.keyboard.press('End');
  await expect(input).toHaveValue('I am a student. ');
  await expect(stage).toHaveAttribute('data-phase', 'rnn');
  await expect(page.getByTestId('playback')).toHaveAttribute('data-playing', 'false');

  // Linked highlighting: a source token lights up its strip, its bar, its heatmap column and the formula term.
  await page.getByTestId('step-picture').focus();
  await press(page, 'ArrowRight', 1, 'scores');
  await press(page, 'ArrowRight', 1, 'softmax');
  await page.getByTestId('source-token').nth(1).hover();
  await expect(page.locator('[data-testid="strip-enc"][data-index="1"]')).toHaveClass(/vstrip--active/);
  await expect(page.locator('[data-testid="score-bar"][data-index="1"]')).toHaveClass(/bar--active/);
  await expect(page.getByTestId('heatmap-col-highlight')).toHaveCount(1);
  await expect(page.getByTestId('formula')).toHaveAttribute('data-active', /src/);
  await expect(page.locator('[data-testid="formula-tex"] .tm-src').first()).toBeVisible();
  await expect(page.getByTestId('formula-live')).toContainText('source token 2');
  // The same from the token label inside the picture (kept under the pointer for the screenshot).
  await page.mouse.move(0, 0);
  await expect(page.locator('[data-testid="score-bar"].bar--active')).toHaveCount(0);
  await page.getByTestId('step-panel').scrollIntoViewIfNeeded();
  await page.locator('[data-testid="stage-token"][data-index="1"]').hover();
  await expect(page.locator('[data-testid="strip-enc"][data-index="1"]')).toHaveClass(/vstrip--active/);
  await expect(page.locator('[data-testid="score-bar"][data-index="1"]')).toHaveClass(/bar--active/);
  await expect(page.getByTestId('source-token').nth(1)).toHaveClass(/token--active/);
  await expect(page.getByTestId('formula')).toHaveAttribute('data-active', /src/);
  await shoot(page, testInfo, 'luong-general-linked-highlight');

  // Hovering a strip shows the dimension and its value, and the formula spells out that dimension
  // (with every dimension drawn: the toggle beside the stage).
  await press(page, 'ArrowRight', 1, 'context');
  await page.getByTestId('vectors-full').click();
  await expect(stage).toHaveAttribute('data-compact', 'false');
  await page.getByTestId('step-picture').focus();
  const box = await page.locator('[data-testid="strip-context"] canvas').boundingBox();
  const rowPx = box!.height / H;
  await page.mouse.move(box!.x + box!.width / 2, box!.y + rowPx * 40.5);
  await expect(page.getByTestId('stage-tooltip')).toContainText('dim 41');
  await expect(page.getByTestId('stage-crosshair')).toHaveCount(1);
  await expect(page.getByTestId('formula-live')).toContainText('dimension 41');
  await expect(page.getByTestId('formula')).toHaveAttribute('data-active', 'ctx');
  await shoot(page, testInfo, 'luong-general-context-hover');

  // The KaTeX fonts came from this origin (checked for every request in afterEach).
  expect(watches.get(page)!.fonts.length).toBeGreaterThan(0);
});

test('the no-attention baseline shows its fixed context honestly (with reduced motion)', async ({ page }, testInfo) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, '?backend=wasm&model=none');
  await translate(page, 'I am a student.');
  const phases = await page.getByTestId('phase-pill').evaluateAll((els) => els.map((e) => e.getAttribute('data-phase')));
  expect(phases).toEqual(['rnn', 'fixed', 'concat', 'attentional', 'output']);
  await page.mouse.move(0, 0);
  await page.getByTestId('step-picture').focus();
  const H = Number(await page.getByTestId('stage').getAttribute('data-h'));
  for (let i = 0; i < phases.length; i++) {
    const phase = phases[i]!;
    if (i > 0) await press(page, 'ArrowRight', 1, phase);
    await expect(page.getByTestId('score-bars')).toHaveCount(0);
    if (phase === 'fixed') {
      // c = [→h_S ; ←h_1]: the forward half of the last annotation, the backward half of the first.
      const enc = await encoderStrips(page);
      const c = await values(page.getByTestId('strip-context'));
      const S = enc.length;
      for (let d = 0; d < H; d++) {
        const expected = d < H / 2 ? enc[S - 1]![d]! : enc[0]![d]!;
        expect(Math.abs(c[d]! - expected), `c[${d}]`).toBeLessThanOrEqual(1e-6);
      }
      await expect(page.getByTestId('fixed-halves')).toBeVisible();
      // prefers-reduced-motion: the two halves are drawn where they land, nothing moves.
      await expect(page.getByTestId('step-panel')).toHaveAttribute('data-reduced-motion', 'true');
      await expect(page.locator('[data-testid="wsum-ghost"]')).toHaveCount(2);
      expect(
        await page.getByTestId('stage').evaluate((el) => el.querySelector('svg')!.getAnimations({ subtree: true }).length),
      ).toBe(0);
    }
    await shoot(page, testInfo, `none-step1-${i + 1}-${phase}`);
  }
  // The context is the same at every step.
  const c1 = await page.getByTestId('concat-part-context').getAttribute('data-values');
  if ((await page.getByTestId('step-chip').count()) > 1) {
    await press(page, 'Shift+ArrowRight', 2, 'output');
    expect(await page.getByTestId('concat-part-context').getAttribute('data-values')).toBe(c1);
  }
});

test('the output phase of a step that writes <unk> shows its replacement: the copied source word, its position j and α', async ({
  page,
}) => {
  await open(page, '?backend=wasm&model=luong-general');
  await translate(page, 'Tom went to Zanzibar with Mary in 1987.');
  await expect(page.getByTestId('unk-replaced').first()).toBeVisible();
  // the heatmap's row labels: the words the model wrote (the step chips show "?" until a step is reached)
  const words = await page.getByTestId('heatmap-row-label').allTextContents();
  const k = words.indexOf('<unk>');
  expect(k, words.join(' ')).toBeGreaterThanOrEqual(0);
  const sources = await page.getByTestId('source-token').allTextContents();

  await page.getByTestId('step-chip').nth(k).click();
  await page.locator('[data-testid="phase-pill"][data-phase="output"]').click();
  await expect(page.getByTestId('stage')).toHaveAttribute('data-phase', 'output');
  const line = page.getByTestId('step-unk');
  await expect(line).toBeVisible();
  const text = (await line.textContent())!;
  const m = /^<unk> → (\S+) \(copied from source position (\d+), “(.+)”, α = (\d\.\d\d)\)$/.exec(text);
  expect(m, text).not.toBeNull();
  const [, word, j, src, alpha] = m!;
  // the copied word is the source word at position j, and α is that step's weight on it (the heatmap's cell)
  expect(sources[Number(j) - 1]?.toLowerCase()).toContain(src!);
  expect(['Zanzibar', '1987']).toContain(word);
  const cell = page.locator(`[data-testid="heatmap"] rect[data-row="${k}"][data-col="${Number(j) - 1}"]`);
  await expect(cell).toHaveCount(1);
  expect(Number(await cell.getAttribute('data-weight')).toFixed(2)).toBe(alpha);
  // another phase of the same step: no replacement line
  await page.locator('[data-testid="phase-pill"][data-phase="softmax"]').click();
  await expect(page.getByTestId('step-unk')).toHaveCount(0);
});
