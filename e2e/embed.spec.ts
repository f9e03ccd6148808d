/**
 * Embedding a view: the export bar's "Embed" copies an <iframe> snippet of the current view; in a
 * frame, that link shows only the chosen view (no header, input, tabs, footer or other view), with
 * the state it was copied in (sentence, model, step and phase; beam width), filling the frame's
 * width. Real page, real model (luong-general on wasm).
 */
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect, open, test, translate, watchPages } from './stepHelpers';

watchPages();

const SENTENCE = 'I am a student.';

/** The page chrome and the views that an embed must not show. */
async function expectHidden(f: FrameLocator, testIds: readonly string[]): Promise<void> {
  for (const id of testIds) {
    const all = f.getByTestId(id);
    const n = await all.count();
    for (let i = 0; i < n; i++) await expect(all.nth(i), id).toBeHidden();
  }
}

/**
 * Fills the page with one iframe of `snippet` and returns it. The host page is served at the app's
 * own address (a route, nothing written): a frame on a blank page would be a request from a public
 * context to localhost, which Chromium refuses.
 */
async function frameOf(page: Page, snippet: string): Promise<{ f: FrameLocator; el: Locator }> {
  const host = new URL('/embed-host.html', page.url() === 'about:blank' ? 'http://localhost/' : page.url()).href;
  await page.route(host, (r) =>
    r.fulfill({ contentType: 'text/html', body: `<!doctype html><title>slide</title><body style="margin:0">${snippet}</body>` }),
  );
  await page.goto(host);
  return { f: page.frameLocator('iframe'), el: page.locator('iframe') };
}

test('Embed copies an iframe of the view; the frame shows only that view, in its state', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '?backend=wasm&model=luong-general');
  await translate(page, SENTENCE);
  await page.locator('[data-testid="step-chip"][data-step="2"]').click();
  await page.locator('[data-testid="phase-pill"][data-phase="softmax"]').click();
  await expect(page.getByTestId('stage')).toHaveAttribute('data-phase', 'softmax');
  // the address bar settles on the cursor
  await expect.poll(() => new URL(page.url()).searchParams.get('phase')).toBe('softmax');

  await page.getByTestId('embed-kind').selectOption('step');
  await page.getByTestId('embed-copy').click();
  await expect(page.getByTestId('embed-status')).toHaveText('Embed code copied.');
  const snippet = (await page.getByTestId('embed-copy').getAttribute('data-snippet'))!;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  expect(snippet).toMatch(
    /^<iframe src="http:\/\/localhost:\d+\/\?[^"]*embed=step[^"]*" title="[^"]+" width="100%" height="\d+"/,
  );

  // The step view in a frame: the same step and phase, nothing else of the page.
  const { f, el } = await frameOf(page, snippet);
  const stage = f.getByTestId('stage');
  await expect(stage).toHaveAttribute('data-step', '2');
  await expect(stage).toHaveAttribute('data-phase', 'softmax');
  await expect(f.getByTestId('step-panel')).toBeVisible();
  await expect(f.getByTestId('step-picture')).toBeVisible();
  await expectHidden(f, ['source-input', 'tabs', 'attribution', 'heatmap', 'translation', 'exports', 'copy-link', 'keys-help']);
  // it fills the frame's width, with no sideways scrolling
  const frameWidth = (await el.boundingBox())!.width;
  const fit = await f.locator('html').evaluate((h) => ({ sw: h.scrollWidth, cw: h.clientWidth }));
  expect(Math.abs(fit.cw - frameWidth)).toBeLessThanOrEqual(20);
  expect(fit.sw).toBeLessThanOrEqual(fit.cw);
  const panel = (await f.getByTestId('step-panel').boundingBox())!;
  expect(panel.width).toBeGreaterThan(frameWidth * 0.9);

  // The beam tree, from a hand-made link: k = 4 restored, only the tree.
  const src = new URL(snippet.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&'));
  src.searchParams.set('embed', 'beam');
  src.searchParams.set('k', '4');
  const beam = await frameOf(page, `<iframe src="${src.href}" title="beam" width="1000" height="600"></iframe>`);
  await expect(beam.f.getByTestId('beam-tree')).toHaveAttribute('data-k', '4');
  await expect(beam.f.getByTestId('beam-tree-svg')).toBeVisible();
  await expectHidden(beam.f, ['beam-k', 'beam-compare', 'beam-selected', 'step-panel', 'tabs', 'source-input', 'heatmap']);

  // The heatmap (as the Embed button links it: no step cursor): the whole alignment, no step view;
  // the frame's address keeps the embed.
  src.searchParams.set('embed', 'heatmap');
  src.searchParams.delete('step');
  src.searchParams.delete('phase');
  const map = await frameOf(page, `<iframe src="${src.href}" title="heatmap" width="700" height="460"></iframe>`);
  await expect(map.f.getByTestId('heatmap')).toBeVisible();
  await expect(map.f.locator('[data-testid="heatmap"] rect[data-revealed="false"]')).toHaveCount(0);
  await expectHidden(map.f, ['step-panel', 'translation', 'tabs', 'source-input', 'exports', 'attribution']);
  const frame = page.frames().find((fr) => fr !== page.mainFrame())!;
  await expect.poll(() => new URL(frame.url()).searchParams.get('embed')).toBe('heatmap');
  await expect.poll(() => new URL(frame.url()).searchParams.get('text')).toBe(SENTENCE);
});
