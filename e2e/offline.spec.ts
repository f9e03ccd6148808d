/**
 * Offline use and installation (issue 21), against the e2e build with its service worker allowed
 * (every other spec blocks it: playwright.config.ts):
 * - after a first visit, a new deployment (another models hash in sw.js) shows "updated — Reload",
 *   and after Reload the old model cache is gone and the model is downloaded again into the new
 *   one; then a reload with the server gone opens the page, and the model used before translates; a model never used says it needs the network once (no stack, no raw fetch error),
 *   and the used one still works after it;
 * - the web app manifest is linked, served, valid, and its icons are real PNGs of the stated
 *   sizes; the worker's script is this origin's;
 * - dist-e2e/index.html opened from disk (file://) says to run `npm start`.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { READY_SHOWN_MS } from '../src/app/offline/readyNotice';
import { tourSeenState } from './tourState';

test.use({ serviceWorkers: 'allow' });

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(b: Buffer): { width: number; height: number } {
  expect(b.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

async function translate(page: Page, sentence: string): Promise<string> {
  await page.getByTestId('source-input').fill(sentence);
  await page.getByTestId('translate').click();
  const live = page.locator('[data-testid="result"]:not([data-precomputed])');
  await expect(live).toHaveAttribute('data-source', sentence);
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  const text = (await live.getByTestId('translation').textContent())?.trim() ?? '';
  expect(text).not.toBe('');
  return text;
}

/**
 * A `vite preview` of its own over `dir` (a copy of dist-e2e/: a deployment the test can change),
 * so that the test can take the network away by stopping it.
 */
async function startServer(dir: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const vite = path.resolve('node_modules/vite/bin/vite.js');
  const args = [vite, 'preview', '--mode', 'e2e', '--outDir', dir, '--port', String(port), '--strictPort'];
  const child = spawn(process.execPath, args, { stdio: 'ignore' });
  const url = `http://localhost:${port}/`;
  const up = async (): Promise<boolean> =>
    (await fetch(url).then(
      (r) => r.ok,
      () => false,
    )) || child.exitCode !== null;
  await expect.poll(up, { timeout: 30_000 }).toBe(true);
  expect(child.exitCode, 'vite preview exited').toBeNull();
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The page's caches and the model files in each. */
async function cachedModelFiles(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      if (!name.startsWith('attention-models-')) continue;
      const keys = await (await caches.open(name)).keys();
      out[name] = keys.map((r) => new URL(r.url).pathname).sort();
    }
    return out;
  });
}

test('offline after one visit; a new deployment says so and replaces the cached models; a never-used model needs the network', async ({
  browser,
}) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'offline-deploy-'));
  cpSync('dist-e2e', dir, { recursive: true });
  // The network is taken away by stopping the server: Playwright's setOffline also fails the
  // navigations a service worker would answer (its emulation sits in front of the worker).
  const server = await startServer(dir, Number(process.env.E2E_PORT ?? 4173) + 100);
  const context = await browser.newContext({ storageState: tourSeenState(server.url), serviceWorkers: 'allow' });
  try {
    // the CSP (worker-src, manifest-src 'self') lets the worker and the manifest in: no violation anywhere
    await context.addInitScript(() => {
      const list: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = list;
      document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    const cspViolations = (): Promise<string[]> => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}?backend=wasm`);
    await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
    const online = await translate(page, 'I am a student.');
    // the worker took over, from this origin, and holds the app and the model used so far
    const ready = page.getByTestId('offline-ready');
    await expect(ready).toBeVisible();
    // it is news only (on a phone it covers the sentence box): it stays while the pointer is on it…
    await ready.hover();
    await page.waitForTimeout(READY_SHOWN_MS + 1000);
    await expect(ready).toBeVisible();
    // …and goes by itself once the pointer has left
    await page.mouse.move(5, 5);
    await expect(ready).toHaveCount(0, { timeout: READY_SHOWN_MS + 5000 });
    expect(await page.evaluate(() => new URL(navigator.serviceWorker.controller!.scriptURL).origin)).toBe(
      new URL(server.url).origin,
    );
    expect(await cspViolations()).toEqual([]);
    // (the worker answers the page's hand-over before its last cache write has finished)
    const usedModel = ['/models/en-fr/luong-general/model.json', '/models/en-fr/luong-general/weights.bin'];
    await expect.poll(async () => Object.values(await cachedModelFiles(page))).toEqual([expect.arrayContaining(usedModel)]);
    const [oldCache] = Object.keys(await cachedModelFiles(page));

    // a new deployment with other models (their hash names the worker's model cache)
    const sw = path.join(dir, 'sw.js');
    const hash = oldCache!.slice('attention-models-'.length);
    writeFileSync(sw, readFileSync(sw, 'utf8').replaceAll(hash, 'newdeployment01'));
    await page.reload();
    await expect(page.getByTestId('offline-updated')).toContainText('The app was updated');
    await page.getByTestId('offline-reload').click();
    await expect(page.getByTestId('offline-updated')).toHaveCount(0);
    await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
    await expect(page.getByTestId('model-error')).toHaveCount(0);
    expect(await translate(page, 'I am a student.')).toBe(online);
    // the old model cache is gone; the model was downloaded (and checked) again into the new one
    await expect.poll(() => cachedModelFiles(page).then((c) => Object.keys(c))).toEqual(['attention-models-newdeployment01']);
    await expect
      .poll(() => cachedModelFiles(page).then((c) => c['attention-models-newdeployment01']))
      .toEqual(expect.arrayContaining(['/models/en-fr/luong-general/weights.bin']));

    await server.stop();
    await expect(fetch(server.url)).rejects.toThrow();
    await page.reload();
    await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
    await expect(page.getByTestId('model-error')).toHaveCount(0);
    expect(await translate(page, 'I am a student.')).toBe(online);
    await translate(page, 'He is reading a book in the garden.');

    // never used on this device: one clear sentence, not a network error
    await page.getByTestId('model-select').selectOption('luong-dot');
    const error = page.getByTestId('model-error');
    await expect(error).toContainText('needs the network once');
    await expect(error).toContainText('Luong · dot');
    await expect(error).not.toContainText(/TypeError|Failed to fetch|HTTP 504|at \w+ \(/);
    // the model used before still works
    await page.getByTestId('model-select').selectOption('luong-general');
    await expect(error).toHaveCount(0);
    expect(await translate(page, 'I am a student.')).toBe(online);
    expect(await cspViolations()).toEqual([]);
    expect(errors, 'page errors').toEqual([]);
  } finally {
    await context.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the page is installable: manifest linked and valid, icons are PNGs of their sizes', async ({ page, request }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('./manifest.webmanifest');
  const res = await request.get('manifest.webmanifest');
  expect(res.ok()).toBe(true);
  const manifest = (await res.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  expect(manifest.name).toBe('Attention, step by step');
  expect(manifest.start_url).toBe('./');
  expect(manifest.display).toBe('standalone');
  const pngs = manifest.icons.filter((i) => i.type === 'image/png');
  expect(pngs.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(pngs.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of pngs) {
    const r = await request.get(icon.src);
    expect(r.ok(), icon.src).toBe(true);
    const { width, height } = pngSize(await r.body());
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
  }
});

test('index.html opened from disk says to run npm start', async ({ page }) => {
  const file = path.resolve('dist-e2e/index.html');
  expect(readFileSync(file, 'utf8')).toContain('npm start');
  await page.goto(pathToFileURL(file).href);
  const notice = page.getByTestId('file-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('npm start');
  await expect(notice).toContainText('served over HTTP');
});
