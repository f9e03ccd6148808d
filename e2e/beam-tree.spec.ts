/**
 * The beam tree at k = 5 on a 1280×800 screen, with the real model (luong-general on wasm) and a
 * sentence with long French words: every node shows its whole word, inside its box; the arrow keys
 * move focus from node to node (visible focus), and Enter opens the focused node's hypothesis.
 */
import { expect, test, watchPages } from './stepHelpers';

watchPages();
test.use({ viewport: { width: 1280, height: 800 } });

const SENTENCE = 'The little girl was afraid of the big black dog.';

test('k = 5: whole words in the tree, arrow keys between nodes, Enter opens the hypothesis', async ({ page }, testInfo) => {
  await page.goto(`./?backend=wasm&model=luong-general&tab=beam&k=5&text=${encodeURIComponent(SENTENCE)}`);
  const panel = page.getByTestId('panel-beam');
  const tree = panel.getByTestId('beam-tree');
  await expect(tree).toHaveAttribute('data-k', '5');
  await expect(panel.getByTestId('beam-status')).toHaveAttribute('data-busy', 'false');

  // Every label is its whole token (no "peti…"), and the text lies inside its box.
  const labels = await panel.locator('[data-testid="beam-node"]:not(.beamnode--root)').evaluateAll((els) =>
    els.map((g) => {
      const text = g.querySelector<SVGTextElement>('.beamnode__token')!;
      const logp = g.querySelector<SVGTextElement>('.beamnode__logp')!;
      const box = g.querySelector<SVGRectElement>('.beamnode__box')!.getBBox();
      const tb = text.getBBox();
      return {
        token: g.getAttribute('data-token'),
        shown: text.textContent,
        right: tb.x + tb.width,
        logpLeft: logp.getBBox().x,
        w: box.width,
      };
    }),
  );
  expect(labels.length).toBeGreaterThan(20);
  expect(labels.some((l) => [...(l.token ?? '')].length >= 7)).toBe(true); // long words are there to cut
  for (const l of labels) {
    expect(l.shown, `label of “${l.token}”`).toBe(l.token);
    expect(l.right, `“${l.token}” overlaps its log p`).toBeLessThanOrEqual(l.logpLeft);
    expect(l.right).toBeLessThanOrEqual(l.w);
  }
  // the box scrolls sideways only
  const scroll = await panel.locator('.beamtree__scroll').evaluate((e) => ({ sh: e.scrollHeight, ch: e.clientHeight }));
  expect(scroll.sh).toBeLessThanOrEqual(scroll.ch + 1);
  const shot = testInfo.outputPath('beam-tree-k5.png');
  await tree.screenshot({ path: shot, animations: 'disabled' });
  await testInfo.attach('beam-tree-k5', { path: shot, contentType: 'image/png' });

  // Keyboard: the tree is one tab stop, on the open hypothesis's last node.
  const selected = await panel.getByTestId('beam-selected').getAttribute('data-node-id');
  const stop = panel.locator('[data-testid="beam-node"][tabindex="0"]');
  await expect(stop).toHaveCount(1);
  await expect(stop).toHaveAttribute('data-node-id', selected!);
  await stop.focus();
  const focused = () =>
    page.evaluate(() => {
      const e = document.activeElement!;
      return {
        id: e.getAttribute('data-node-id'),
        parent: e.getAttribute('data-parent'),
        step: e.getAttribute('data-step'),
        visible: e.matches(':focus-visible'),
        stroke: getComputedStyle(e.querySelector('.beamnode__box')!).strokeWidth,
      };
    });
  const start = await focused();
  expect(start.id).toBe(selected);
  // ← goes to the parent, one step back
  await page.keyboard.press('ArrowLeft');
  const parent = await focused();
  expect(parent.id).toBe(start.parent);
  expect(Number(parent.step)).toBe(Number(start.step) - 1);
  expect(parent.visible).toBe(true);
  expect(parent.stroke).toBe('3px'); // the focus outline
  // ↓ / ↑ move within the step
  await page.keyboard.press('ArrowDown');
  let other = await focused();
  if (other.id === parent.id) {
    await page.keyboard.press('ArrowUp');
    other = await focused();
  }
  expect(other.id).not.toBe(parent.id);
  expect(other.step).toBe(parent.step);
  // → goes to a child
  await page.keyboard.press('Home');
  const top = await focused();
  expect(top.step).toBe(parent.step);
  await page.keyboard.press('ArrowRight');
  const child = await focused();
  if (child.id !== top.id) expect(child.parent).toBe(top.id);
  // Enter opens the focused node's hypothesis
  await page.keyboard.press('ArrowLeft');
  const target = await focused();
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('beam-selected')).toHaveAttribute('data-node-id', target.id!);
  await expect(panel.getByTestId('beam-selected')).toHaveAttribute('data-steps', target.step!);
  await expect(panel.locator(`[data-testid="beam-node"][data-node-id="${target.id}"]`)).toHaveAttribute('data-selected', 'true');
});
