/**
 * Where a cold load spends its time: one fresh browser, a first visit and a repeat visit (served by
 * the service worker) of the e2e build, each with Chromium's sampling CPU profiler running. Prints,
 * per visit, the cold record of `npm run bench` (example shown, model ready, live translation), the
 * page's `cold: …` marks, the long tasks and every request (start, first byte, end, bytes over the
 * network, ms since navigation), and writes the CPU profiles to
 * `/tmp/cold-<visit>.cpuprofile` (open them in Chromium's DevTools, Performance panel).
 *
 *   npx vite build --mode e2e [--minify false]   # unminified: the profile names the functions
 *   node scripts/run.mjs scripts/profile-cold.ts
 *
 * A diagnosis tool, not a figure: the numbers are `npm run bench`'s (medians over fresh browsers).
 */
import { writeFileSync } from 'node:fs';
import { launchOptions, WEBGL_ARGS } from '../e2e/chromium';
import { chromium, startPreview } from './bench/browser';
import { coldObserver, type ColdRecord } from './bench/coldObserver';
import { COLD_SENTENCE } from './bench/options';

/** One request of the page, ms since navigation start. */
interface Request {
  name: string;
  start: number;
  firstByte: number;
  end: number;
  bytes: number;
}

/** What the page tells about one visit. */
interface VisitReport {
  cold: ColdRecord;
  longTasks: { start: number; ms: number }[];
  requests: Request[];
}

/** Installed before the app's scripts: records the long tasks (> 50 ms) of the main thread. */
function longTaskObserver(): void {
  const tasks: { start: number; ms: number }[] = [];
  (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: Math.round(e.startTime), ms: Math.round(e.duration) });
  }).observe({ type: 'longtask', buffered: true });
}

async function main(): Promise<void> {
  const preview = await startPreview();
  const browser = await (await chromium()).launch(launchOptions(WEBGL_ARGS)); // as `npm run bench`: SwiftShader WebGL
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(coldObserver);
    await context.addInitScript(longTaskObserver);
    for (const visit of ['first', 'repeat'] as const) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await page.goto(preview.url, { waitUntil: 'commit' });
      await page.locator('[data-testid="source-input"]').fill(COLD_SENTENCE, { timeout: 120_000 });
      await page.waitForFunction(() => (window as unknown as { __cold: ColdRecord }).__cold.visibleAt !== null, undefined, {
        timeout: 180_000,
        polling: 50,
      });
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
      writeFileSync(`/tmp/cold-${visit}.cpuprofile`, JSON.stringify(profile));
      const report = await page.evaluate((): VisitReport => ({
        cold: (window as unknown as { __cold: ColdRecord }).__cold,
        longTasks: (window as unknown as { __longTasks: VisitReport['longTasks'] }).__longTasks,
        requests: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
          name: new URL(e.name).pathname,
          start: Math.round(e.startTime),
          firstByte: Math.round(e.responseStart),
          end: Math.round(e.responseEnd),
          bytes: e.transferSize,
        })),
      }));
      const { scripts: _scripts, ...cold } = report.cold;
      console.log(`=== ${visit} visit`);
      console.log(JSON.stringify(cold));
      console.log('long tasks (start ms, duration ms):', report.longTasks.map((t) => `${t.start}+${t.ms}`).join(' '));
      console.log('  start  byte1    end    bytes  request');
      for (const r of report.requests)
        console.log(
          `${[r.start, r.firstByte, r.end].map((n) => String(n).padStart(6)).join(' ')} ${String(r.bytes).padStart(8)}  ${r.name}`,
        );
      console.log(`CPU profile: /tmp/cold-${visit}.cpuprofile`);
      // the repeat visit needs the service worker in charge (the page says "saved for offline use")
      if (visit === 'first') await page.locator('[data-testid="offline-ready"]').waitFor({ timeout: 120_000 });
      await page.close();
    }
  } finally {
    await browser.close();
    preview.stop();
  }
}

void main();
