/**
 * `npm run bench` (= `vite build && node scripts/run.mjs scripts/bench.ts [options]`): every
 * performance figure of the project in one run, side by side, so that ratios are stable on a noisy
 * shared machine. Prints ONE JSON LINE PER FIGURE on stdout (progress and a Markdown summary go to
 * stderr), e.g.
 *   {"figure":"greedy_decode_ms","backend":"wasm","host":"chromium","median":..,"p90":..,"n":20,...}
 *
 * Figures
 *  - static: initial JS of index.html (its module script and every modulepreload, raw and gzip),
 *    weights bytes per shipped model as served;
 *  - node (wasm, cpu): greedy / beam-5 / floor decode ms (wall, and CPU time: cpu_median), ratios
 *    (cpu_value: of CPU times), kernels and readbacks per step; the output layer's product on the
 *    cpu backend, one and five rows, by tfjs-cpu's own kernel and by the row-block patch;
 *  - train (node, wasm): target tokens/s of the real training step (B = 64, real batches);
 *  - browser (Chromium + SwiftShader WebGL, against `vite preview` of dist-e2e/): the same decode
 *    figures for webgl, wasm and cpu on bench.html, and cold load → first live translation shown
 *    in the real app page (a fresh browser per sample): with the default backend (no `?backend=`:
 *    wasm where WebGL is software-rendered, as here) on a first visit and on a repeat visit (the
 *    same browser again, the app and model from the service worker's caches), and with each
 *    backend forced on a first visit; with it, when
 *    the precomputed example appeared, every JavaScript file the page had loaded by then (the
 *    on-demand chunks included, gzip sizes from dist/) and the CPU time the page had used (main
 *    thread, whole renderer: less disturbed by other jobs than wall time).
 *
 * Options: --runs N (20) --warmup N (3) --cold-default N (5) --cold-webgl N (3) --cold N (3, wasm and cpu)
 *          --cold-network MBIT (0: localhost at full speed; else an emulated network of MBIT Mbit/s, 40 ms round trip)
 *          --train-steps N (15) --train-warmup N (3) --skip node,train,browser,cold,live-training --quick
 *          --only live-training --live-backends wasm,cpu,webgl
 *
 * The parts live in scripts/bench/: options, output, static, decode, train, browser, cold (+ its
 * in-page observer), summary; the live-training figure in scripts/benchLiveTraining.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { CHROMIUM_PATH } from '../e2e/chromium';
import { browserDecodeFigures, chromium, cleanup, closeBrowser, launch, pageInfo, startPreview } from './bench/browser';
import { coldFigures } from './bench/cold';
import { nodeFigures } from './bench/decode';
import { DIST, LIVE_BACKENDS, MODEL_DIR, ONLY, RUNS, SKIP, VARIANT, WARMUP, WATCHDOG_MS } from './bench/options';
import { emit, figures, note, r2 } from './bench/output';
import { staticFigures } from './bench/static';
import { summary } from './bench/summary';
import { trainFigure } from './bench/train';
import { liveTrainingFigures } from './benchLiveTraining';

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    note(`watchdog: still running after ${WATCHDOG_MS / 60_000} min, stopping`);
    cleanup();
    process.exit(3);
  }, WATCHDOG_MS);
  watchdog.unref();
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      cleanup();
      process.exit(130);
    });
  }
  if (!existsSync(path.join(DIST, 'bench.html')))
    throw new Error('dist-e2e/bench.html is missing: run `vite build --mode e2e` first (npm run bench does)');
  const chromiumVersion = await new Promise<string>((resolve) => {
    const p = spawn(CHROMIUM_PATH, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let s = '';
    p.stdout.on('data', (d: Buffer) => (s += d.toString()));
    p.on('close', () => resolve(s.trim()));
    p.on('error', () => resolve('unavailable'));
  });
  emit({
    figure: 'environment',
    host: 'node',
    node: process.version,
    tfjs: tf.version_core,
    cpus: os.cpus().length,
    cpu_model: os.cpus()[0]?.model,
    mem_gib: Math.round(os.totalmem() / 2 ** 30),
    loadavg: os.loadavg().map((x) => r2(x)),
    chromium: chromiumVersion,
    runs: RUNS,
    warmup: WARMUP,
    model: VARIANT,
    model_dev_bleu: (JSON.parse(readFileSync(path.join(MODEL_DIR, 'card.json'), 'utf8')) as { devBleu?: number }).devBleu,
    model_mtime: statSync(path.join(MODEL_DIR, 'weights.bin')).mtime.toISOString(),
  });
  if (ONLY === null) staticFigures();
  if (!SKIP.has('node')) await nodeFigures();
  if (!SKIP.has('train')) await trainFigure();
  if (!SKIP.has('browser') || !SKIP.has('cold')) {
    const bt = await chromium();
    const preview = await startPreview();
    try {
      if (!SKIP.has('browser')) await browserDecodeFigures(bt, preview.url);
      if (pageInfo)
        emit({
          figure: 'browser',
          host: 'chromium',
          user_agent: pageInfo.userAgent,
          webgl_renderer: pageInfo.webglRenderer,
          webgl_version: pageInfo.webglVersion,
          hardware_concurrency: pageInfo.hardwareConcurrency,
        });
      if (!SKIP.has('cold')) await coldFigures(bt, preview.url);
    } finally {
      preview.stop();
    }
  }
  if (ONLY === 'live-training' || !SKIP.has('live-training')) {
    const bt = await chromium();
    const preview = await startPreview();
    try {
      await liveTrainingFigures({ launch: () => launch(bt), close: closeBrowser, url: preview.url, emit, note }, LIVE_BACKENDS);
    } finally {
      preview.stop();
    }
  }
  summary();
  clearTimeout(watchdog);
}

main()
  .then(() => {
    cleanup();
    process.exit(figures.some((f) => f.figure === 'error') ? 1 : 0);
  })
  .catch((e: unknown) => {
    note(`FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    cleanup();
    process.exit(1);
  });
