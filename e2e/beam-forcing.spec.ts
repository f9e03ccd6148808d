/**
 * Beam search you can watch, teacher forcing on your own reference, BLEU explained, and what-if:
 * driven through the real page and the real model (luong-general on wasm: the same numbers as
 * WebGL, faster under SwiftShader).
 *
 * Model outputs change while models are retrained: nothing here depends on a particular
 * translation; the checks compare the page's numbers with each other and with the definitions.
 */
import type { Locator, TestInfo } from '@playwright/test';
import { expect, open, test, translate, watchPages } from './stepHelpers';

watchPages();

const SENTENCE = 'I am a student.';

async function shot(target: Locator, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await target.screenshot({ path, animations: 'disabled' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

interface TreeNode {
  id: number;
  parent: number;
  step: number;
  live: boolean;
  finished: boolean;
  kept: boolean;
  best: boolean;
  logp: number;
  score: number;
  token: string;
}

async function treeNodes(panel: Locator): Promise<TreeNode[]> {
  return panel.getByTestId('beam-node').evaluateAll((els) =>
    els.map((e) => ({
      id: Number(e.getAttribute('data-node-id')),
      parent: Number(e.getAttribute('data-parent')),
      step: Number(e.getAttribute('data-step')),
      live: e.getAttribute('data-live') === 'true',
      finished: e.getAttribute('data-finished') === 'true',
      kept: e.getAttribute('data-kept') === 'true',
      best: e.getAttribute('data-best') === 'true',
      logp: Number(e.getAttribute('data-logp')),
      score: Number(e.getAttribute('data-score')),
      token: e.getAttribute('data-token') ?? '',
    })),
  );
}

test('beam search with k = 3: a tree with at most 3 live hypotheses per step and a finished best', async ({ page }, testInfo) => {
  await open(page, '?backend=wasm&model=luong-general');
  await translate(page, SENTENCE);
  const greedy = (await page.getByTestId('translation').textContent())?.trim() ?? '';
  await page.getByTestId('tab-beam').click();
  await expect(page.getByTestId('tab-beam')).toHaveAttribute('aria-selected', 'true');
  // The main view is hidden (kept alive), the beam view shows.
  await expect(page.getByTestId('panel-main')).toBeHidden();
  const panel = page.getByTestId('panel-beam');
  await panel.getByTestId('beam-k').fill('3');
  await expect(panel.getByTestId('beam-k-value')).toHaveText('3');
  const tree = panel.getByTestId('beam-tree');
  await expect(tree).toHaveAttribute('data-k', '3');
  await expect(panel.getByTestId('beam-status')).toHaveAttribute('data-busy', 'false');
  const alpha = Number(await tree.getAttribute('data-alpha'));
  const T = Number(await tree.getAttribute('data-steps'));
  expect(T).toBeGreaterThan(0);

  // The whole tree is shown at first.
  const nodes = await treeNodes(panel);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  expect(nodes.filter((n) => n.parent < 0)).toHaveLength(1);
  for (let t = 1; t <= T; t++) {
    const atT = nodes.filter((n) => n.step === t);
    expect(atT.length, `candidates at step ${t}`).toBeGreaterThan(0);
    expect(atT.filter((n) => n.live).length, `live at step ${t}`).toBeLessThanOrEqual(3);
    expect(atT.length).toBeLessThanOrEqual(6); // the 2k candidates considered
  }
  for (const n of nodes) {
    if (n.parent < 0) continue;
    const p = byId.get(n.parent)!;
    expect(p.step).toBe(n.step - 1);
    expect(p.kept).toBe(true); // only kept prefixes are extended
    expect(p.finished).toBe(false); // finished hypotheses are set aside
    expect(n.logp).toBeLessThanOrEqual(p.logp + 1e-6); // log p only goes down
  }
  // Finished: `</s>` nodes; one best, whose score is its log p / length^α and beats the others.
  const finished = nodes.filter((n) => n.finished);
  expect(finished.length).toBeGreaterThan(0);
  expect(finished.length).toBeLessThanOrEqual(3);
  for (const f of finished) {
    expect(f.token).toBe('</s>');
    expect(f.score).toBeCloseTo(f.logp / Math.pow(f.step, alpha), 5);
  }
  const best = nodes.filter((n) => n.best);
  expect(best).toHaveLength(1);
  expect(best[0]!.finished).toBe(true);
  for (const f of finished) expect(best[0]!.score).toBeGreaterThanOrEqual(f.score - 1e-9);
  await expect(panel.getByTestId('beam-finished-tag').first()).toBeVisible();

  // Greedy vs beam, side by side.
  await expect(panel.getByTestId('compare-greedy')).toContainText(greedy);
  await expect(panel.getByTestId('compare-beam')).toHaveAttribute('data-score', String(best[0]!.score));
  const hyps = panel.getByTestId('beam-hypothesis');
  expect(await hyps.count()).toBe(finished.length);
  await expect(hyps.first()).toHaveAttribute('data-node-id', String(best[0]!.id));
  await expect(panel.getByTestId('beam-best-text')).toHaveText((await hyps.first().locator('.hyp__text').textContent())!);
  await shot(panel, testInfo, 'beam-k3');

  // Watching the tree grow: after step 1 only the first column is there.
  await panel.getByTestId('beam-step').fill('1');
  await expect(panel.getByTestId('beam-tree-svg')).toHaveAttribute('data-step', '1');
  const early = await treeNodes(panel);
  expect(Math.max(...early.map((n) => n.step))).toBe(1);
  const summary = panel.getByTestId('beam-step-summary');
  expect(Number(await summary.getAttribute('data-live'))).toBeLessThanOrEqual(3);
  expect(Number(await summary.getAttribute('data-live'))).toBe(early.filter((n) => n.live).length);
  if (T > 1) {
    await panel.getByTestId('beam-next').click();
    await expect(panel.getByTestId('beam-tree-svg')).toHaveAttribute('data-step', '2');
    await shot(panel.getByTestId('beam-tree'), testInfo, 'beam-k3-step2');
  }
  await panel.getByTestId('beam-step').fill(String(T));

  // The best hypothesis is selected: its attention rows (one per token) and its steps.
  const selected = panel.getByTestId('beam-selected');
  await expect(selected).toHaveAttribute('data-node-id', String(best[0]!.id));
  await expect(selected.getByTestId('heatmap-row-label')).toHaveCount(best[0]!.step);
  await expect(selected.getByTestId('heatmap-row-label').last()).toHaveText('</s>');
  await expect(panel.getByTestId('step-panel')).toBeVisible();
  await expect(panel.getByTestId('step-chip')).toHaveCount(best[0]!.step);
  // the whole alignment of the hypothesis shows until its steps are walked through
  await expect(selected.locator('rect[data-weight]').first()).toBeVisible();
  await expect(selected.locator('rect[data-revealed="false"]')).toHaveCount(0);

  // Clicking another node shows that hypothesis: its rows and its step animation.
  const other = nodes.find((n) => n.kept && !n.best && n.step >= 2) ?? nodes.find((n) => n.kept && !n.best && n.parent >= 0)!;
  await panel.locator(`[data-testid="beam-node"][data-node-id="${other.id}"]`).click();
  await expect(selected).toHaveAttribute('data-node-id', String(other.id));
  await expect(selected.getByTestId('heatmap-row-label')).toHaveCount(other.step);
  await expect(panel.getByTestId('step-chip')).toHaveCount(other.step);
  // stepping (a jump to the last step, then back to step 1): step 1's row shows, the rows after it are dimmed
  await panel.getByTestId('step-chip').last().click();
  await panel.getByTestId('step-chip').first().click();
  if (other.step >= 2) await expect(selected.locator('rect[data-revealed="false"]')).not.toHaveCount(0);
  await panel.getByTestId('step-chip').last().click();
  await panel.locator('[data-testid="phase-pill"][data-phase="output"]').click();
  // The step view's emitted word is the hypothesis's token, and its probability is e^(token log p).
  await expect(panel.getByTestId('stage-output')).toHaveAttribute('data-token', other.token);
  await expect(panel.getByTestId('forced-step-note')).toContainText(other.token);
  await shot(selected, testInfo, 'beam-selected');

  // Back on the main view, nothing changed there.
  await page.getByTestId('tab-main').click();
  await expect(page.getByTestId('translation')).toHaveText(greedy);
});

test('teacher forcing: a typed reference shows p(token) per step, the forced attention, and BLEU explained', async ({
  page,
}, testInfo) => {
  await open(page, '?backend=wasm&model=luong-general');
  await translate(page, SENTENCE);
  await page.getByTestId('tab-forcing').click();
  const panel = page.getByTestId('panel-forcing');
  await expect(panel.getByTestId('forcing-why')).toContainText('teacher forcing');
  await panel.getByTestId('reference-input').fill('Je suis étudiant.');
  await panel.getByTestId('force-run').click();
  const result = panel.getByTestId('forcing-result');
  await expect(result).toHaveAttribute('data-reference', 'Je suis étudiant.');
  await expect(panel.getByTestId('forcing-status')).toHaveAttribute('data-busy', 'false');

  const rows = await panel.getByTestId('forced-row').evaluateAll((els) =>
    els.map((e) => ({
      token: e.getAttribute('data-token'),
      p: Number(e.getAttribute('data-p')),
      top: e.getAttribute('data-top'),
      topP: Number(e.getAttribute('data-top-p')),
      unknown: e.getAttribute('data-unknown') === 'true',
      agree: e.getAttribute('data-agree') === 'true',
    })),
  );
  expect(rows.map((r) => r.token)).toEqual(['je', 'suis', 'étudiant', '.', '</s>']);
  for (const r of rows) {
    expect(r.p).toBeGreaterThan(0);
    expect(r.p).toBeLessThanOrEqual(1);
    expect(r.top).toBeTruthy();
    expect(r.topP).toBeGreaterThanOrEqual(r.p - 1e-6); // the model's own choice is its most probable word
    expect(r.agree).toBe(r.top === r.token);
  }
  const logp = rows.reduce((s, r) => s + Math.log(r.p), 0);
  expect(Number(await panel.getByTestId('forcing-summary').getAttribute('data-logp'))).toBeCloseTo(logp, 5);
  // The attention of the forced path: one row per reference token, each summing to 1.
  const heat = panel.getByTestId('forcing-heatmap');
  await expect(heat.getByTestId('heatmap-row-label')).toHaveText(rows.map((r) => r.token!));
  const S = await heat.getByTestId('heatmap-col-label').count();
  const cells = await heat
    .locator('rect[data-weight]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-weight'))));
  expect(cells).toHaveLength(S * rows.length);
  for (let i = 0; i < rows.length; i++) expect(cells.slice(i * S, (i + 1) * S).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
  await shot(panel.locator('section').first(), testInfo, 'teacher-forcing');

  // BLEU of the greedy output against the reference, from the same code as the evaluator.
  const bleu = panel.getByTestId('bleu-panel');
  await expect(bleu).toHaveAttribute('data-smoothing', 'exp');
  await expect(panel.getByTestId('bleu-smoothing')).toContainText('exp');
  const orders = await bleu.getByTestId('bleu-order').evaluateAll((els) =>
    els.map((e) => ({
      n: Number(e.getAttribute('data-n')),
      matches: Number(e.getAttribute('data-matches')),
      total: Number(e.getAttribute('data-total')),
      used: e.getAttribute('data-used') === '' ? null : Number(e.getAttribute('data-used')),
      matchedChips: e.querySelectorAll('[data-testid="bleu-ngram"][data-matched="true"]').length,
      chips: e.querySelectorAll('[data-testid="bleu-ngram"]').length,
    })),
  );
  expect(orders.map((o) => o.n)).toEqual([1, 2, 3, 4]);
  for (const o of orders) {
    expect(o.matchedChips).toBe(o.matches);
    expect(o.chips).toBe(o.total);
    expect(o.matches).toBeLessThanOrEqual(o.total);
  }
  const value = Number(await bleu.getAttribute('data-bleu'));
  const bp = Number(await bleu.getAttribute('data-bp'));
  const used = orders.filter((o) => o.used !== null).map((o) => o.used!);
  const recomputed = orders.some((o) => o.matches > 0)
    ? 100 * bp * Math.exp(used.reduce((s, p) => s + Math.log(p), 0) / used.length)
    : 0;
  expect(value).toBeCloseTo(recomputed, 6);
  await expect(panel.getByTestId('bleu-final')).toContainText(value.toFixed(2));
  // Highlighting another order marks the tokens inside its matched n-grams.
  await bleu.locator('[data-testid="bleu-order-pick"][data-n="2"]').click();
  await shot(panel.getByTestId('bleu-card'), testInfo, 'bleu-explained');

  // An unknown reference word is fed as <unk>, and says so.
  await panel.getByTestId('reference-input').fill('Je suis zorblaxe.');
  await panel.getByTestId('reference-input').press('Enter');
  await expect(result).toHaveAttribute('data-reference', 'Je suis zorblaxe.');
  await expect(panel.locator('[data-testid="forced-row"][data-token="zorblaxe"]')).toHaveAttribute('data-unknown', 'true');
  await expect(panel.getByTestId('forcing-unknown')).toBeVisible();
});

test('a test-set example brings all its references, is fed at once and scored', async ({ page }, testInfo) => {
  await open(page, '?backend=wasm&model=luong-general');
  await page.getByTestId('tab-forcing').click();
  const panel = page.getByTestId('panel-forcing');
  await expect(panel.getByTestId('forcing-need-result')).toBeVisible();
  const example = panel.locator('[data-testid="test-example"]:not([data-refs="1"])').first();
  const en = ((await example.textContent()) ?? '').replace(/×\d+$/, '').trim();
  const nRefs = Number(await example.getAttribute('data-refs'));
  await example.click();
  await expect(page.getByTestId('result')).toHaveAttribute('data-source', en);
  await expect(page.getByTestId('source-input')).toHaveValue(en);
  const lines = ((await panel.getByTestId('reference-input').inputValue()) ?? '').split('\n').filter(Boolean);
  expect(lines).toHaveLength(nRefs);
  await expect(panel.getByTestId('refs-from-test')).toBeVisible();
  // Fed at once (the first reference), and BLEU uses every reference.
  await expect(panel.getByTestId('forcing-result')).toHaveAttribute('data-reference', lines[0]!);
  await expect(panel.getByTestId('bleu-ref')).toHaveCount(nRefs);
  await shot(panel, testInfo, 'test-example');
});

test('what-if: forcing a candidate changes the rest of the translation; an attention override is recomputed, marked and undone', async ({
  page,
}, testInfo) => {
  await open(page, '?backend=wasm&model=luong-general');
  await translate(page, SENTENCE);
  const original = (await page.getByTestId('translation').textContent())?.trim() ?? '';
  const words = async (): Promise<string[]> => page.getByTestId('heatmap-row-label').allTextContents();
  const originalWords = await words();
  await expect(page.getByTestId('whatif-badge')).toHaveCount(0);
  await expect(page.getByTestId('result')).toHaveAttribute('data-manipulated', 'false');

  // Step 1, output phase: the model's candidates can be clicked.
  await page.locator('[data-testid="phase-pill"][data-phase="output"]').click();
  await expect(page.getByTestId('whatif-box')).toHaveAttribute('data-phase', 'output');
  const candidates = await page
    .locator('[data-testid="topk-row"][data-chosen="false"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-token')!));
  expect(candidates.length).toBeGreaterThan(1);
  let changed = false;
  for (const cand of candidates.slice(0, 4)) {
    if (cand === '</s>') continue;
    await page
      .getByTestId('whatif-reset')
      .click({ timeout: 1000 })
      .catch(() => undefined);
    await page.locator('[data-testid="phase-pill"][data-phase="output"]').click();
    await page.getByTestId('step-chip').first().click();
    await page.locator(`[data-testid="topk-row"][data-token="${cand}"]`).click();
    await expect(page.getByTestId('whatif-badge')).toBeVisible();
    await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
    await expect(page.getByTestId('result')).toHaveAttribute('data-manipulated', 'true');
    // The step view opens on the changed step, showing the forced word, marked.
    await expect(page.getByTestId('stage')).toHaveAttribute('data-step', '1');
    await expect(page.getByTestId('stage')).toHaveAttribute('data-forced', 'true');
    await expect(page.getByTestId('stage-output')).toHaveAttribute('data-token', cand);
    await expect(page.locator('[data-testid="topk-row"][data-chosen="true"]')).toHaveAttribute('data-forced', 'true');
    await expect(page.locator('[data-testid="whatif-change"][data-kind="force"][data-step="1"]')).toContainText(cand);
    await expect(page.locator('[data-testid="step-chip"][data-step="1"]')).toHaveAttribute('data-marked', 'true');
    await expect(page.locator('[data-testid="heatmap-row-mark"][data-row="0"]')).toHaveCount(1);
    await expect(page.getByTestId('whatif-own')).toHaveText(original);
    const now = await words();
    expect(now[0]).toBe(cand);
    // Decoding continued from the new prefix: step 2 is fed the forced word.
    if (now.length > 1) {
      await page.locator('[data-testid="step-chip"][data-step="2"]').click();
      await page.locator('[data-testid="phase-pill"][data-phase="rnn"]').click();
      await expect(page.getByTestId('stage-input')).toHaveAttribute('data-token', cand);
      await expect(page.locator('[data-testid="step-chip"][data-step="2"]')).not.toHaveAttribute('data-marked', 'true');
    }
    if (now.slice(1).join(' ') !== originalWords.slice(1).join(' ')) {
      changed = true;
      await shot(page.getByTestId('result'), testInfo, 'whatif-forced-result');
      await page.locator('[data-testid="step-chip"][data-step="1"]').click();
      await page.locator('[data-testid="phase-pill"][data-phase="output"]').click();
      await shot(page.getByTestId('step-panel'), testInfo, 'whatif-forced-step');
      break;
    }
  }
  expect(changed, 'forcing another first word changes the rest of the translation').toBe(true);

  // Reset: the model's own decoding is back.
  await page.getByTestId('whatif-reset').click();
  await expect(page.getByTestId('whatif-badge')).toHaveCount(0);
  await expect(page.getByTestId('translation')).toHaveText(original);
  expect(await words()).toEqual(originalWords);

  // Attention override: in the softmax phase of step 1, click a source token to put all weight on it.
  await page.locator('[data-testid="step-chip"][data-step="1"]').click();
  await page.locator('[data-testid="phase-pill"][data-phase="softmax"]').click();
  await expect(page.getByTestId('whatif-box')).toHaveAttribute('data-phase', 'softmax');
  const S = await page.getByTestId('score-bar').count();
  const j = 0;
  const token = await page.locator(`[data-testid="stage-token"][data-index="${j}"]`).getAttribute('data-index');
  expect(token).toBe(String(j));
  await page.locator(`[data-testid="stage-token"][data-index="${j}"]`).click();
  await expect(page.getByTestId('whatif-badge')).toBeVisible();
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('stage')).toHaveAttribute('data-overridden', 'true');
  await expect(page.getByTestId('stage')).toHaveAttribute('data-phase', 'softmax');
  await expect(page.getByTestId('score-bars')).toHaveAttribute('data-overridden', 'true');
  const weights = await page.getByTestId('score-bar').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-weight'))));
  expect(weights).toHaveLength(S);
  weights.forEach((w, i) => expect(w).toBeCloseTo(i === j ? 1 : 0, 6));
  const row0 = await page
    .locator('[data-testid="heatmap"] rect[data-row="0"][data-weight]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-weight'))));
  row0.forEach((w, i) => expect(w).toBeCloseTo(i === j ? 1 : 0, 6));
  await expect(page.locator('[data-testid="whatif-change"][data-kind="attention"][data-step="1"]')).toBeVisible();
  await expect(page.getByTestId('whatif-step-note')).toBeVisible();
  await expect(page.getByTestId('bars-caption')).toContainText('set by hand');
  await shot(page.getByTestId('step-panel'), testInfo, 'whatif-attention');

  // Dragging the weights: equal sliders on two tokens give 1/2 each.
  await page.locator('[data-testid="attention-slider"]').nth(0).fill('0.5');
  await page.locator('[data-testid="attention-slider"]').nth(1).fill('0.5');
  await page.getByTestId('attention-apply').click();
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.locator('[data-testid="score-bar"][data-index="1"]')).toHaveAttribute('data-weight', /^0\.5/);
  const w2 = await page.getByTestId('score-bar').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-weight'))));
  w2.forEach((w, i) => expect(w).toBeCloseTo(i < 2 ? 0.5 : 0, 6));

  await page.getByTestId('whatif-reset').click();
  await expect(page.getByTestId('whatif-badge')).toHaveCount(0);
  await expect(page.getByTestId('translation')).toHaveText(original);
});

test('beam search and teacher forcing also run on the WebGL backend', async ({ page }) => {
  await open(page, '?backend=webgl&model=luong-general');
  await expect(page.getByTestId('backend')).toHaveText('webgl');
  await translate(page, SENTENCE);
  await page.getByTestId('tab-beam').click();
  const panel = page.getByTestId('panel-beam');
  await expect(panel.getByTestId('beam-tree')).toHaveAttribute('data-k', '3');
  await expect(panel.getByTestId('beam-status')).toContainText('webgl');
  const nodes = await treeNodes(panel);
  expect(nodes.filter((n) => n.best && n.finished)).toHaveLength(1);
  for (let t = 1; t <= Math.max(...nodes.map((n) => n.step)); t++)
    expect(nodes.filter((n) => n.step === t && n.live).length).toBeLessThanOrEqual(3);
  await page.getByTestId('tab-forcing').click();
  const forcing = page.getByTestId('panel-forcing');
  await forcing.getByTestId('reference-input').fill('Je suis étudiant.');
  await forcing.getByTestId('force-run').click();
  await expect(forcing.getByTestId('forced-row')).toHaveCount(5);
});
