/**
 * The first screen: the precomputed example shows at once, labelled as not live, while the model
 * is still downloading (its weights are held back here); the first live translation replaces it.
 * And the code split: the page loads the code of the backend it runs on and nothing of the other
 * two, KaTeX only once a formula comes into view (or the page is idle with the model ready), and
 * the other views only after the model is ready. On a slow network, the first model's files are
 * asked for while the page's code still loads, each once (src/app/earlyDownloads.ts).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { PrecomputedExample } from '../src/app/precomputed';
import { check, watch } from './pageWatch';

test.beforeEach(async ({ page, baseURL }) => watch(page, baseURL!));
test.afterEach(async ({ page }) => check(page));

const EXAMPLE = JSON.parse(readFileSync('public/examples/precomputed-trace.json', 'utf8')) as PrecomputedExample;

/** Holds back the default model's weights until the returned function is called. */
async function holdWeights(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(`**/models/en-fr/${EXAMPLE.variant}/weights.bin`, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The JavaScript files the page has loaded so far (file names only). */
async function scripts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname.split('/').pop()!)
      .filter((f) => f.endsWith('.js')),
  );
}

test('the precomputed example shows while the model loads, labelled; the first live translation replaces it', async ({
  page,
}) => {
  const release = await holdWeights(page);
  await page.goto('./');
  const notice = page.getByTestId('precomputed-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Precomputed example');
  await expect(notice).toContainText('not in your browser');
  await expect(notice).toContainText(EXAMPLE.sentence);
  await expect(notice).toHaveAttribute('data-model-ready', 'false');
  // The model is really still loading: no live result, the page is busy.
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'true');

  // The example is the full translation view of the shipped trace.
  const result = page.locator('[data-testid="result"][data-precomputed="true"]');
  await expect(result).toHaveAttribute('data-source', EXAMPLE.sentence);
  await expect(result).toHaveAttribute('data-backend', 'precomputed');
  await expect(result.getByTestId('translation')).toHaveText(EXAMPLE.trace.translation);
  await expect(result.getByTestId('stats')).toContainText('precomputed (not run in this browser)');
  const S = EXAMPLE.trace.encoder.tokens.length;
  const T = EXAMPLE.trace.steps.length;
  await expect(result.locator('[data-testid="heatmap"] rect[data-weight]')).toHaveCount(S * T);
  const w = Number(await result.locator('[data-testid="heatmap"] rect[data-row="1"][data-col="1"]').getAttribute('data-weight'));
  expect(w).toBeCloseTo(EXAMPLE.trace.steps[1]!.weights[1]!, 3);
  // Its step view works like a live one, formulas included (KaTeX loads when they are scrolled to).
  await expect(page.getByTestId('step-panel')).toBeVisible();
  await page.getByTestId('formula').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-testid="formula-tex"] .katex').first()).toBeVisible();
  await expect(page.getByTestId('stage')).toHaveAttribute('data-phase', 'rnn');
  await page.getByTestId('next-phase').click();
  await expect(page.getByTestId('stage')).toHaveAttribute('data-phase', 'scores');

  // The model arrives: the notice says so, and the first live translation replaces the example.
  release();
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(notice).toHaveAttribute('data-model-ready', 'true');
  await expect(notice).toContainText('The live model is ready');
  await page.getByTestId('source-input').fill('I am a student.');
  await page.getByTestId('translate').click();
  const live = page.locator('[data-testid="result"]:not([data-precomputed])');
  await expect(live).toHaveAttribute('data-source', 'I am a student.');
  await expect(live).toHaveAttribute('data-backend', 'wasm');
  await expect(notice).toHaveCount(0);
  await expect(page.locator('[data-precomputed]')).toHaveCount(0);
});

test('in Korean the notice is Korean; another model shows no precomputed example', async ({ page }) => {
  await page.goto('./?backend=wasm&model=none');
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('model-select')).toHaveValue('none');
  await expect(page.getByTestId('precomputed-notice')).toHaveCount(0);

  await page.goto('./?backend=wasm');
  await page.getByLabel('Language', { exact: true }).selectOption('ko');
  const notice = page.getByTestId('precomputed-notice');
  await expect(notice).toContainText('미리 계산한 예시');
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(notice).toContainText('실제 모델이 준비되었습니다');
});

test('loads only the code it needs: one backend, KaTeX when a formula is scrolled to, the other views after the model', async ({
  page,
}) => {
  const release = await holdWeights(page);
  await page.goto('./?backend=wasm');
  await expect(page.getByTestId('status')).toContainText('Loading model');
  const formula = page.getByTestId('formula');
  await expect(formula).toBeAttached();
  // The example's formulas are below the first screen: KaTeX is not fetched for them yet.
  expect((await formula.boundingBox())!.y).toBeGreaterThan(900 + 200);
  await expect(page.locator('[data-testid="formula-tex"].formula-pending')).toHaveCount(1);
  const early = await scripts(page);
  expect(early.some((f) => f.startsWith('wasmSetup-'))).toBe(true);
  expect(early.filter((f) => f.startsWith('katexRender-'))).toEqual([]);
  expect(early.filter((f) => /^(tfjs-backend-(webgl|cpu)|cpuSetup)-/.test(f))).toEqual([]);
  // While the model loads, no other view's code has been fetched.
  expect(early.filter((f) => /^(BeamView|ForcingView|CompareView|ModelsView)-/.test(f))).toEqual([]);
  // Scrolled to, the formulas load KaTeX and render.
  await formula.scrollIntoViewIfNeeded();
  await expect(page.locator('[data-testid="formula-tex"] .katex').first()).toBeVisible();
  expect((await scripts(page)).some((f) => f.startsWith('katexRender-'))).toBe(true);
  release();
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  // Opening a tab works (its code is preloaded when the page is idle, or fetched now).
  await page.getByTestId('tab-models').click();
  await expect(page.getByTestId('panel-models').getByRole('table').first()).toBeVisible();
  expect((await scripts(page)).some((f) => f.startsWith('ModelsView-'))).toBe(true);
  // Switching to WebGL fetches its backend then.
  await page.getByTestId('backend-select').selectOption('webgl');
  await expect(page.getByTestId('backend')).toHaveText('webgl');
  expect((await scripts(page)).some((f) => f.startsWith('tfjs-backend-webgl-'))).toBe(true);
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
});

test("the WebGL probe waits for the first translation; a repeat visit decides from the last visit's answer", async ({ page }) => {
  // when the probe's worker was asked for, and when the live translation appeared
  let probeAt: number | null = null;
  page.on('request', (r) => {
    if (probeAt === null && /rendererProbe\.worker[^/]*\.js$/.test(r.url())) probeAt = Date.now();
  });
  await page.goto('./');
  // it began on wasm and says that WebGL is checked later
  const notice = page.getByTestId('backend-software-notice');
  await expect(notice).toContainText('checked after the first translation');
  await page.getByTestId('source-input').fill('He is reading a book in the garden.');
  await page.getByTestId('translate').click();
  const translation = page.locator('[data-testid="result"]:not([data-precomputed="true"]) [data-testid="translation"]');
  await expect(translation).not.toBeEmpty();
  const shownAt = Date.now();
  const topBefore = (await translation.boundingBox())!.y;
  expect(probeAt, 'the probe ran before the first translation was shown').toBeNull();
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  // a moment later it has run: WebGL here is SwiftShader, which the notice now says, in its place
  await expect(notice).toContainText('software-rendered (SwiftShader)');
  expect(probeAt! - shownAt).toBeGreaterThan(500);
  expect(Math.abs((await translation.boundingBox())!.y - topBefore), 'the translation moved').toBeLessThanOrEqual(2);
  // A repeat visit knows at once (from storage): the notice is there before the model is ready.
  const release = await holdWeights(page);
  await page.reload();
  await expect(page.getByTestId('status')).toContainText('Loading model');
  await expect(notice).toContainText('software-rendered (SwiftShader)');
  await expect(notice).not.toContainText('checked after');
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  release();
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
});

test("on a slow network the first model's files download while the page's code loads, each once, and it translates", async ({
  page,
}) => {
  // 8 Mbit/s, 40 ms round trip: the page's code takes long enough that a download started only
  // once it has loaded (as before src/app/earlyDownloads.ts) would start after the mark.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 40,
    downloadThroughput: 1_000_000,
    uploadThroughput: 1_000_000,
  });
  await page.goto('./?backend=wasm', { waitUntil: 'commit' }); // (the load event is not what this is about)
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false', { timeout: 120_000 });
  await page.getByTestId('source-input').fill('I am a student.');
  await page.getByTestId('translate').click();
  await expect(page.getByTestId('translation')).toHaveText('Je suis étudiant.');
  const { requests, codeLoaded } = await page.evaluate(() => ({
    requests: performance
      .getEntriesByType('resource')
      .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }))
      .filter((r) => r.path.startsWith('/models/')),
    codeLoaded: performance.getEntriesByName('cold: page code loaded')[0]?.startTime ?? NaN,
  }));
  const files = ['index.json', 'luong-general/model.json', 'luong-general/vocab.json', 'luong-general/weights.bin'];
  for (const f of files) {
    const asked = requests.filter((r) => r.path === `/models/en-fr/${f}`);
    expect(asked, f).toHaveLength(1);
    expect(asked[0]!.start, `${f} asked for before the page's code had loaded`).toBeLessThan(codeLoaded);
  }
});
