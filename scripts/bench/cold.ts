/**
 * Cold start in the real app page: from navigation to the first live translation on screen, with
 * when the precomputed example appeared, the JavaScript loaded by then and the CPU time used.
 *
 * - First visit: a fresh browser context (empty HTTP cache, no service worker, no compiled shaders)
 *   in a browser that is already running: it has painted a page of another origin first, as a
 *   user's open browser has (its GPU process is up). `--cold-fresh-browser` measures a browser
 *   launched just for the visit instead, whose GPU process starts during the visit (with software
 *   rendering on a 2-core machine, ~1 s of CPU that competes with the page).
 * - Repeat visit (default backend only): the same browser again, once the first visit's service
 *   worker has taken over and cached the app and the model (the page's "saved for offline use"
 *   notice): the page, its scripts and the model come from the caches.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserType, Page } from 'playwright-core';
import { stats } from '../../src/bench/measure';
import { closeBrowser, launch } from './browser';
import { coldObserver, type ColdRecord } from './coldObserver';
import {
  COLD_DEFAULT,
  COLD_FRESH_BROWSER,
  COLD_CPU_SLOWDOWN,
  COLD_NETWORK_MBPS,
  COLD_NETWORK_RTT_MS,
  COLD_OTHER,
  COLD_SENTENCE,
  COLD_WEBGL,
  DIST,
} from './options';
import { emit, note } from './output';
import { sizes } from './static';

/** Which visit a sample measured. */
type Visit = 'first' | 'repeat';

/** Loads the page in a new tab of `context`, types the sentence at once and waits for the live translation. */
async function visit(context: BrowserContext, url: string): Promise<{ page: Page; rec: ColdRecord }> {
  const page = await context.newPage();
  page.on('pageerror', (e) => note(`app pageerror: ${e.message}`));
  // CPU time (thread ticks) is what other jobs on a loaded machine disturb least.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (COLD_NETWORK_MBPS > 0) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: COLD_NETWORK_RTT_MS,
      downloadThroughput: (COLD_NETWORK_MBPS * 1e6) / 8,
      uploadThroughput: (COLD_NETWORK_MBPS * 1e6) / 8,
    });
  }
  if (COLD_CPU_SLOWDOWN > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: COLD_CPU_SLOWDOWN });
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('[data-testid="source-input"]').fill(COLD_SENTENCE, { timeout: 120_000 });
  await page.waitForFunction(() => (window as unknown as { __cold: ColdRecord }).__cold.visibleAt !== null, undefined, {
    timeout: 180_000,
    polling: 50,
  });
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const metric = (name: string): number | undefined => {
    const v = metrics.find((m) => m.name === name)?.value;
    return v === undefined ? undefined : Math.round(v * 1000);
  };
  const rec = await page.evaluate(() => (window as unknown as { __cold: ColdRecord }).__cold);
  return { page, rec: { ...rec, mainThreadCpuMs: metric('ThreadTime'), rendererCpuMs: metric('ProcessTime') } };
}

/**
 * Brings the browser to where a user's open browser is: a page of another origin (a data: URL,
 * nothing of the app) painted in a context of its own, which is then closed.
 */
async function paintElsewhere(browser: Browser): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('data:text/html,<!doctype html><title>elsewhere</title><h1>Another page</h1><p>Some text.</p>');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await context.close();
}

/** One fresh browser: the first visit, and with `repeat` a second visit once the service worker holds everything. */
async function coldLoadOnce(bt: BrowserType, url: string, repeat: boolean): Promise<Partial<Record<Visit, ColdRecord>>> {
  const browser = await launch(bt);
  try {
    if (!COLD_FRESH_BROWSER) await paintElsewhere(browser);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(coldObserver);
    const first = await visit(context, url);
    if (!repeat) return { first: first.rec };
    await first.page.locator('[data-testid="offline-ready"]').waitFor({ timeout: 120_000 });
    await first.page.close();
    const second = await visit(context, url);
    if (!second.rec.controlled) throw new Error('the repeat visit was not served by the service worker');
    return { first: first.rec, repeat: second.rec };
  } finally {
    await closeBrowser(browser);
  }
}

/** gzip bytes of the built JavaScript files the page loaded (paths as the browser saw them). */
function scriptSizes(paths: string[]): { file: string; gzip: number }[] {
  return paths
    .map((p) => p.slice(p.indexOf('/assets/') + 1))
    .filter((f) => existsSync(path.join(DIST, f)))
    .map((f) => ({ file: f, gzip: sizes(path.join(DIST, f)).gzip }));
}

/** Emits one `cold_load_to_translation_ms` figure for the samples of one backend and visit. */
function coldFigure(label: string, visitKind: Visit, recs: ColdRecord[]): void {
  const s = stats(recs.map((r) => r.visibleAt!));
  const example = stats(recs.map((r) => r.exampleAt ?? NaN));
  const scripts = scriptSizes(recs[0]!.scripts ?? []);
  emit({
    figure: 'cold_load_to_translation_ms',
    backend: label,
    visit: visitKind,
    ran_on: [...new Set(recs.map((r) => r.backend))].join(','),
    host: 'chromium',
    network: COLD_NETWORK_MBPS > 0 ? `${COLD_NETWORK_MBPS} Mbit/s, ${COLD_NETWORK_RTT_MS} ms round trip (emulated)` : 'localhost',
    ...(COLD_CPU_SLOWDOWN > 1 ? { cpu_slowdown: COLD_CPU_SLOWDOWN } : {}),
    median: s.median,
    p90: s.p90,
    n: s.n,
    min: s.min,
    example_shown_median: example.median,
    example_shown_p90: example.p90,
    model_ready_median: stats(recs.map((r) => r.readyAt ?? NaN)).median,
    dom_content_loaded_median: stats(recs.map((r) => r.domContentLoaded ?? NaN)).median,
    translate_after_ready_median: stats(recs.map((r) => r.visibleAt! - (r.clickedAt ?? NaN))).median,
    main_thread_cpu_median: stats(recs.map((r) => r.mainThreadCpuMs ?? NaN)).median,
    renderer_cpu_median: stats(recs.map((r) => r.rendererCpuMs ?? NaN)).median,
    // the page's own marks (backend chosen/started, model files checked, model built): medians
    marks_median: Object.fromEntries(
      [...new Set(recs.flatMap((r) => Object.keys(r.marks ?? {})))].map((k) => [
        k,
        stats(recs.map((r) => r.marks?.[k] ?? NaN)).median,
      ]),
    ),
    transfer_bytes: recs[0]!.transferBytes,
    js_loaded_gzip: scripts.reduce((a, f) => a + f.gzip, 0),
    js_loaded: scripts,
    sentence: COLD_SENTENCE,
  });
}

/** The cold-load figures: default backend (first and repeat visit), then webgl, wasm and cpu forced (first visit). */
export async function coldFigures(bt: BrowserType, url: string): Promise<void> {
  // null: no ?backend= (the page picks: wasm where WebGL is software-rendered, as here)
  for (const [backend, n] of [
    [null, COLD_DEFAULT],
    ['webgl', COLD_WEBGL],
    ['wasm', COLD_OTHER],
    ['cpu', COLD_OTHER],
  ] as const) {
    const label = backend ?? 'default';
    if (n <= 0) continue;
    const recs: Record<Visit, ColdRecord[]> = { first: [], repeat: [] };
    for (let i = 0; i < n; i++) {
      try {
        const got = await coldLoadOnce(bt, url + (backend === null ? '' : `?backend=${backend}`), backend === null);
        for (const v of ['first', 'repeat'] as const) {
          const rec = got[v];
          if (!rec) continue;
          note(
            `cold ${label} ${v} visit #${i + 1}: translation shown at ${rec.visibleAt?.toFixed(0)} ms (example at ${rec.exampleAt?.toFixed(0) ?? '–'} ms, ready ${rec.readyAt?.toFixed(0)} ms, marks ${JSON.stringify(rec.marks ?? {})}, on ${rec.backend}, ${rec.transferBytes} bytes over the network): "${rec.text}"`,
          );
          if (backend !== null && rec.backend !== backend) throw new Error(`the page ran on ${rec.backend}, not ${backend}`);
          recs[v].push(rec);
        }
      } catch (e) {
        note(`cold ${label} #${i + 1}: FAILED ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (recs.first.length === 0) {
      emit({ figure: 'error', backend: label, host: 'chromium', message: 'no cold load succeeded' });
      continue;
    }
    coldFigure(label, 'first', recs.first);
    if (recs.repeat.length > 0) coldFigure(label, 'repeat', recs.repeat);
  }
}
