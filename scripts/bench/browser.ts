/**
 * The browser host: `vite preview` of dist-e2e/, Chromium (+ SwiftShader WebGL) launched and torn
 * down, and the decode figures measured on bench.html for webgl, wasm and cpu.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser, BrowserType } from 'playwright-core';
import { launchOptions, WEBGL_ARGS } from '../../e2e/chromium';
import type { PageBenchResult, PageInfo } from '../../src/bench/benchPage';
import { decodeFigures, decodeResults } from './decode';
import { RUNS, WARMUP } from './options';
import { emit, note } from './output';

const children: ChildProcess[] = [];
const browsers: Browser[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts `vite preview` on dist-e2e/ (own process group, so it can be stopped with everything it spawned). */
export async function startPreview(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      path.resolve('node_modules/vite/bin/vite.js'),
      'preview',
      '--mode',
      'e2e',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  children.push(child);
  child.stderr?.on('data', (d: Buffer) => note(`vite preview: ${d.toString().trim()}`));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      const res = await fetch(url + 'bench.html');
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('vite preview did not start within 60 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  note(`vite preview on ${url}`);
  return { url, stop: () => killGroup(child) };
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** Playwright's Chromium driver. */
export async function chromium(): Promise<BrowserType> {
  // Loaded at run time (not bundled by esbuild): playwright-core carries its own assets.
  const mod = 'playwright-core';
  return ((await import(mod)) as { chromium: BrowserType }).chromium;
}

/** A fresh headless Chromium (empty profile), closed by {@link cleanup} if still open at the end. */
export async function launch(bt: BrowserType): Promise<Browser> {
  const b = await bt.launch({ ...launchOptions(WEBGL_ARGS), headless: true });
  browsers.push(b);
  return b;
}

/** Closes a browser of {@link launch}. */
export async function closeBrowser(b: Browser): Promise<void> {
  await b.close().catch(() => undefined);
  browsers.splice(browsers.indexOf(b), 1);
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>(
      (_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms)),
    ),
  ]);
}

/** The browser and its WebGL renderer, read from bench.html once. */
export let pageInfo: PageInfo | undefined;

/** The decode figures on bench.html for webgl, wasm and cpu (a fresh context each). */
export async function browserDecodeFigures(bt: BrowserType, url: string): Promise<void> {
  const browser = await launch(bt);
  try {
    for (const backend of ['webgl', 'wasm', 'cpu']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('console', (m) => note(`chromium ${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => note(`chromium pageerror: ${e.message}`));
      try {
        await page.goto(url + 'bench.html');
        await page.waitForFunction(() => window.benchReady === true, undefined, { timeout: 60_000 });
        pageInfo ??= await page.evaluate(() => window.benchInfo!());
        const r = await withTimeout(
          page.evaluate(({ b, o }) => window.runBench!(b, o), { b: backend, o: { runs: RUNS, warmup: WARMUP } }),
          20 * 60_000,
          `bench.html ${backend}`,
        );
        decodeResults.push({ host: 'chromium', r });
        decodeFigures('chromium', r);
        emit({
          figure: 'model_build_ms',
          backend,
          host: 'chromium',
          value: (r as PageBenchResult).loadMs,
          note: 'fetch (warm HTTP cache after the first backend) + SHA-256 + tensors on the backend',
        });
      } catch (e) {
        note(`chromium ${backend}: FAILED ${e instanceof Error ? e.message : String(e)}`);
        emit({ figure: 'error', backend, host: 'chromium', message: e instanceof Error ? e.message : String(e) });
      } finally {
        await context.close().catch(() => undefined);
      }
    }
  } finally {
    await closeBrowser(browser);
  }
}

/** Stops every server and browser still running (end of run, signal, watchdog). */
export function cleanup(): void {
  for (const c of children) killGroup(c);
  for (const b of browsers) void b.close().catch(() => undefined);
}
