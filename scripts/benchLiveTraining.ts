/**
 * The live-training figure of `npm run bench` (`--only live-training` runs just it): in Chromium, on
 * each backend, the "Watch it learn" view trains the reverse task (its defaults: length 6, general
 * attention, H 64, batch 32, lr 1e-2; the baseline switched off so the rate is one model's) until
 * held-out exact match ≥ 95 % with the probe's anti-diagonal mass ≥ 0.8, or a time limit. Prints
 * {"figure":"live_training","task":"reverse","backend":…,"steps_per_s":…,"seconds_to_learned":…,
 *  "heldout_accuracy":…,"antidiagonal_mass":…,"longest_task_ms":…}; longest_task_ms is the longest
 * main-thread task (PerformanceObserver "longtask") while training after the first three batches
 * (those build the kernels and are reported as longest_task_first_steps_ms). Training runs in a Web
 * Worker (`where`: worker, or page where none started); pause_round_trip_ms is the time from a
 * click on pause until the trainer has confirmed it.
 * `--live-backends wasm,cpu` picks the backends (default wasm, cpu, webgl).
 */
import type { Browser, Page } from 'playwright-core';

/** What the figure needs from the bench harness. */
export interface LiveTrainingHarness {
  /** a fresh headless Chromium */
  launch: () => Promise<Browser>;
  close: (b: Browser) => Promise<void>;
  /** the preview server's URL */
  url: string;
  emit: (f: { figure: string; [k: string]: unknown }) => void;
  note: (line: string) => void;
}

/** Time limit per backend, seconds (webgl is software-rendered here and far slower). */
const LIMIT_S: Record<string, number> = { wasm: 300, cpu: 300, webgl: 180 };

/** Reads the page's live numbers: steps, steps/s, latest held-out accuracy and the first probe's anti-diagonal mass. */
async function readLive(page: Page): Promise<{ steps: number; accuracy: number; mass: number; longest: number }> {
  return page.evaluate(() => {
    const status = document.querySelector('[data-testid="learn-status"]');
    const acc = document.querySelectorAll('[data-testid="learning-curves"]')[1]?.querySelector('li[data-series="main-heldout"]');
    const cells = [...document.querySelectorAll('[data-testid="learn-probe"] rect[data-weight]')].map((e) => ({
      row: Number(e.getAttribute('data-row')),
      col: Number(e.getAttribute('data-col')),
      w: Number(e.getAttribute('data-weight')),
    }));
    const S = cells.length ? Math.max(...cells.map((c) => c.col)) : 0;
    let mass = 0;
    for (let i = 0; i < S; i++) mass += cells.find((c) => c.row === i && c.col === S - 1 - i)?.w ?? 0;
    return {
      steps: Number(status?.getAttribute('data-steps') ?? 0),
      accuracy: Number(acc?.getAttribute('data-latest') || 0),
      mass: S ? mass / S : 0,
      longest: (window as unknown as { __longest?: number }).__longest ?? 0,
    };
  });
}

/** Runs the figure on each of `backends` (wasm, cpu, webgl). */
export async function liveTrainingFigures(h: LiveTrainingHarness, backends: readonly string[]): Promise<void> {
  for (const backend of backends) {
    const browser = await h.launch();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${h.url}?backend=${backend}&tab=learn`);
      await page.waitForSelector('[data-testid="status"][data-busy="false"]', { timeout: 180_000 });
      await page.waitForSelector('[data-testid="learn-view"]', { timeout: 60_000 });
      await page.uncheck('[data-testid="learn-baseline"]');
      await page.waitForSelector('[data-testid="learn-status"][data-pending="false"]', { timeout: 120_000 });
      const where = await page.getAttribute('[data-testid="learn-status"]', 'data-where');
      const active = (await page.getAttribute('[data-testid="learn-status"]', 'data-backend')) ?? '';
      await page.evaluate(() => {
        const w = window as unknown as { __longest: number };
        w.__longest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
        }).observe({ type: 'longtask', buffered: false });
      });
      const t0 = Date.now();
      await page.click('[data-testid="learn-play"]');
      const limit = (LIMIT_S[backend] ?? 180) * 1000;
      // The first batches build every kernel and the gradient tape once: their long task is reported apart.
      let live = await readLive(page);
      while (live.steps < 3 && Date.now() - t0 < limit) {
        await page.waitForTimeout(200);
        live = await readLive(page);
      }
      const warmupLongest = live.longest;
      await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
      let learned: number | null = null;
      while (Date.now() - t0 < limit) {
        await page.waitForTimeout(1000);
        live = await readLive(page);
        if (live.accuracy >= 0.95 && live.mass >= 0.8) {
          learned = (Date.now() - t0) / 1000;
          break;
        }
      }
      const seconds = (Date.now() - t0) / 1000;
      const pauseMs = await page.evaluate(async () => {
        const s = document.querySelector<HTMLElement>('[data-testid="learn-status"]')!;
        const start = performance.now();
        document.querySelector<HTMLButtonElement>('[data-testid="learn-play"]')!.click();
        while (s.dataset.playing !== 'false' || s.dataset.pending !== 'false') await new Promise((r) => setTimeout(r, 2));
        return performance.now() - start;
      });
      h.note(
        `live training ${backend}: ${live.steps} steps in ${seconds.toFixed(0)} s, accuracy ${live.accuracy}, mass ${live.mass.toFixed(3)}`,
      );
      h.emit({
        figure: 'live_training',
        task: 'reverse',
        backend: active,
        host: 'chromium',
        where,
        steps_per_s: Math.round((live.steps / seconds) * 10) / 10,
        seconds_to_learned: learned === null ? null : Math.round(learned),
        heldout_accuracy: live.accuracy,
        antidiagonal_mass: Math.round(live.mass * 1000) / 1000,
        longest_task_ms: Math.round(live.longest),
        longest_task_first_steps_ms: Math.round(warmupLongest),
        pause_round_trip_ms: Math.round(pauseMs),
        steps: live.steps,
        limit_s: limit / 1000,
        settings: 'length 6, general, H 64, E 16, batch 32, lr 1e-2 (attention lr/2), no baseline',
      });
    } catch (e) {
      h.emit({
        figure: 'error',
        backend,
        host: 'chromium',
        message: `live training: ${e instanceof Error ? e.message : String(e)}`,
      });
    } finally {
      await h.close(browser);
    }
  }
}
