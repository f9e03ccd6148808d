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
 *    wasm where WebGL is software-rendered, as here) and with each backend forced; with it, when
 *    the precomputed example appeared, every JavaScript file the page had loaded by then (the
 *    on-demand chunks included, gzip sizes from dist/) and the CPU time the page had used (main
 *    thread, whole renderer: less disturbed by other jobs than wall time).
 *
 * Options: --runs N (20) --warmup N (3) --cold-default N (5) --cold-webgl N (3) --cold N (3, wasm and cpu)
 *          --train-steps N (15) --train-warmup N (3) --skip node,train,browser,cold --quick
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as tf from '@tensorflow/tfjs-core';
import type { Browser, BrowserType, Page } from 'playwright-core';
import { CHROMIUM_PATH, launchOptions, WEBGL_ARGS } from '../e2e/chromium';
import type { PageBenchResult, PageInfo } from '../src/bench/benchPage';
import { decodeBench, stats, type DecodeBenchResult, type Stats } from '../src/bench/measure';
import { TRAIN_DEFAULTS, type ModelConfig } from '../src/model/config';
import { EMB_T } from '../src/model/decoder';
import { disposeModel, type Seq2SeqModel } from '../src/model/model';
import { initParams } from '../src/model/params';
import { createTrainState, disposeTrainState, learningRate, trainStep } from '../src/model/trainStep';
import { Vocab } from '../src/model/vocab';
import type { VocabJson } from '../src/model/weights';
import { epochBatches, makeBatch, readPairs, toExamples } from '../src/train/data';
import { loadModelDir } from '../src/train/export';
import { initBackend } from '../src/train/wasmNode';
import { liveTrainingFigures } from './benchLiveTraining';

// ---------------------------------------------------------------------------------------------
// options, output

const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(`--${name}`);
const opt = (name: string, dflt: number): number => {
  const i = argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : dflt;
};
const quick = flag('quick');
const RUNS = opt('runs', quick ? 5 : 20);
const WARMUP = opt('warmup', quick ? 1 : 3);
const COLD_DEFAULT = opt('cold-default', quick ? 1 : 5);
const COLD_WEBGL = opt('cold-webgl', quick ? 1 : 3);
const COLD_OTHER = opt('cold', quick ? 1 : 3);
const TRAIN_STEPS = opt('train-steps', quick ? 3 : 15);
const TRAIN_WARMUP = opt('train-warmup', quick ? 1 : 3);
const skipArg = argv.indexOf('--skip');
const SKIP = new Set(skipArg >= 0 ? (argv[skipArg + 1] ?? '').split(',') : []);
/** `--only live-training`: just the in-browser training figure (scripts/benchLiveTraining.ts). */
const onlyArg = argv.indexOf('--only');
const ONLY = onlyArg >= 0 ? (argv[onlyArg + 1] ?? '') : null;
if (ONLY !== null && ONLY !== 'live-training') throw new Error(`--only knows live-training, not "${ONLY}"`);
if (ONLY === 'live-training') for (const k of ['node', 'train', 'browser', 'cold']) SKIP.add(k);

const VARIANT = 'luong-general';
const MODEL_DIR = path.resolve('public/models/en-fr', VARIANT);
const DIST = path.resolve('dist-e2e'); // `vite build --mode e2e`: the page plus bench.html
const TRAIN_TSV = path.resolve('../shared/data/en-fr/train.tsv');
const COLD_SENTENCE = 'He is reading a book in the garden.';
/** hard limit for the whole run: everything is torn down after it */
const WATCHDOG_MS = 45 * 60_000;

// stdout carries only the JSON lines; route stray console output (tfjs notices) to stderr.
console.log = (...a: unknown[]) => console.error(...a);
const note = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

type Figure = { figure: string; [k: string]: unknown };
const figures: Figure[] = [];
function emit(f: Figure): void {
  figures.push(f);
  process.stdout.write(JSON.stringify(f) + '\n');
}

const r2 = (x: number): number => Math.round(x * 100) / 100;

// ---------------------------------------------------------------------------------------------
// static figures

/** Scripts and module preloads that index.html loads before anything else. */
function initialChunks(html: string): string[] {
  const files: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) if (/type="module"/.test(m[0])) files.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (href) files.push(href);
  }
  return files;
}

function sizes(file: string): { raw: number; gzip: number } {
  const b = readFileSync(file);
  return { raw: b.length, gzip: gzipSync(b).length };
}

function staticFigures(): void {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const js = initialChunks(html).map((f) => ({ file: f, ...sizes(path.join(DIST, f)) }));
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => ({
    file: m[1]!,
    ...sizes(path.join(DIST, m[1]!)),
  }));
  emit({
    figure: 'initial_js_bytes',
    host: 'dist',
    note: 'everything index.html loads eagerly (module script + modulepreloads); backends, KaTeX and the other views load on demand: see js_loaded_gzip of cold_load_to_translation_ms',
    raw: js.reduce((s, f) => s + f.raw, 0),
    gzip: js.reduce((s, f) => s + f.gzip, 0),
    files: js,
    css_gzip: css.reduce((s, f) => s + f.gzip, 0),
  });
  const wasmDir = path.join(DIST, 'assets');
  const wasm = ['tfjs-backend-wasm-simd', 'tfjs-backend-wasm'].map((name) => {
    const f = (existsSync(wasmDir) ? readdirSync(wasmDir) : []).find((x) => x.startsWith(name + '-') && x.endsWith('.wasm'));
    return f ? { file: `assets/${f}`, ...sizes(path.join(wasmDir, f)) } : null;
  });
  if (wasm[0])
    emit({
      figure: 'wasm_binary_bytes',
      host: 'dist',
      note: 'fetched only when the wasm backend is used (SIMD build)',
      ...wasm[0],
    });

  const index = JSON.parse(readFileSync(path.join(DIST, 'models/en-fr/index.json'), 'utf8')) as { variants: { id: string }[] };
  for (const v of index.variants) {
    const dir = path.join(DIST, 'models/en-fr', v.id);
    const files: Record<string, { raw: number; gzip: number }> = {};
    for (const f of ['model.json', 'vocab.json', 'weights.bin', 'card.json'])
      if (existsSync(path.join(dir, f))) files[f] = sizes(path.join(dir, f));
    const needed = ['model.json', 'vocab.json', 'weights.bin'].filter((f) => files[f]);
    emit({
      figure: 'weights_bytes',
      host: 'dist',
      model: v.id,
      weights_bin: files['weights.bin']?.raw,
      model_json: files['model.json']?.raw,
      vocab_json: files['vocab.json']?.raw,
      card_json: files['card.json']?.raw,
      total_to_translate: needed.reduce((s, f) => s + files[f]!.raw, 0),
      total_to_translate_gzip: needed.reduce((s, f) => s + files[f]!.gzip, 0),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// decode figures (shared by both hosts)

function statLine(figure: string, backend: string, host: string, s: Stats, extra: Record<string, unknown> = {}): void {
  emit({ figure, backend, host, median: s.median, p90: s.p90, n: s.n, mean: s.mean, min: s.min, ...extra });
}

function decodeFigures(host: string, r: DecodeBenchResult): void {
  const b = r.backend;
  const common = { sentence: r.sentence, source_tokens: r.sourceTokens };
  const c = r.cpuTimes;
  const cpu = (s: Stats | undefined): Record<string, number> => (s ? { cpu_median: s.median, cpu_p90: s.p90 } : {});
  statLine('greedy_decode_ms', b, host, r.times.greedy, {
    steps: r.greedySteps,
    per_step_median: r2(r.times.greedy.median / r.greedySteps),
    ...cpu(c?.greedy),
    translation: r.translation,
    ...common,
  });
  statLine('beam5_decode_ms', b, host, r.times.beam, {
    steps: r.beamSteps,
    k: r.beamK,
    per_step_median: r2(r.times.beam.median / r.beamSteps),
    ...cpu(c?.beam),
  });
  statLine('floor_decode_ms', b, host, r.times.floor, {
    steps: r.greedySteps,
    per_step_median: r2(r.times.floor.median / r.greedySteps),
    ...cpu(c?.floor),
    same_words_as_greedy: r.floorMatchesGreedy,
  });
  const ratio = (a: Stats, d: Stats): number => r2(a.median / d.median);
  emit({
    figure: 'greedy_over_floor',
    backend: b,
    host,
    value: ratio(r.times.greedy, r.times.floor),
    ...(c ? { cpu_value: ratio(c.greedy, c.floor) } : {}),
  });
  emit({
    figure: 'beam5_over_greedy',
    backend: b,
    host,
    value: ratio(r.times.beam, r.times.greedy),
    ...(c ? { cpu_value: ratio(c.beam, c.greedy) } : {}),
  });
  emit({
    figure: 'kernels_per_step',
    backend: b,
    host,
    greedy: r.kernels.greedy.perStep,
    beam5: r.kernels.beam.perStep,
    floor: r.kernels.floor.perStep,
    greedy_first_step_with_encoder: r.kernels.greedy.firstStep,
    greedy_by_kernel: r.kernels.greedyNamesPerStep,
  });
  emit({
    figure: 'readbacks_per_step',
    backend: b,
    host,
    greedy: {
      explicit: r.reads.greedy.explicit.perStep,
      backend: r.reads.greedy.backend.perStep,
      gpu: r.reads.greedy.gpu.perStep,
    },
    beam5: { explicit: r.reads.beam.explicit.perStep, backend: r.reads.beam.backend.perStep, gpu: r.reads.beam.gpu.perStep },
    floor: { explicit: r.reads.floor.explicit.perStep, backend: r.reads.floor.backend.perStep, gpu: r.reads.floor.gpu.perStep },
    greedy_first_step_with_encoder: { explicit: r.reads.greedy.explicit.firstStep, backend: r.reads.greedy.backend.firstStep },
  });
}

const decodeResults: { host: string; r: DecodeBenchResult }[] = [];

/** tfjs-cpu's own BatchMatMul, taken before `initBackend('cpu')` installs `cpuKernelPatches`. */
const TFJS_CPU_MATMUL = tf.getKernel('BatchMatMul', 'cpu')?.kernelFunc;

/**
 * The output layer's product ([rows, 128] × [128, 12004]) on the cpu backend for rows = 1 (greedy)
 * and 5 (beam): tfjs-cpu's kernel against the row-block patch, interleaved, after warm-up.
 */
function cpuMatMulFigures(model: Seq2SeqModel): void {
  if (!TFJS_CPU_MATMUL || tf.getBackend() !== 'cpu') return;
  const backend = tf.backend();
  const b = model.params[EMB_T]!; // E_yᵀ [128, 12004]
  for (const rows of [1, 5]) {
    const a = tf.randomUniform([rows, b.shape[0]!], -1, 1); // [rows, 128]
    const runs: Record<'tfjs' | 'patched', () => void> = {
      tfjs: () => {
        const out = TFJS_CPU_MATMUL({
          inputs: { a, b },
          backend,
          attrs: { transposeA: false, transposeB: false },
        }) as tf.TensorInfo;
        backend.disposeData(out.dataId);
      },
      patched: () => tf.dispose(tf.matMul(a, b)),
    };
    const times: Record<'tfjs' | 'patched', number[]> = { tfjs: [], patched: [] };
    for (let i = 0; i < WARMUP + RUNS; i++) {
      for (const k of ['tfjs', 'patched'] as const) {
        const s = performance.now();
        runs[k]();
        if (i >= WARMUP) times[k].push(performance.now() - s);
      }
    }
    const tfjs = stats(times.tfjs);
    const patched = stats(times.patched);
    emit({
      figure: 'cpu_output_matmul_ms',
      backend: 'cpu',
      host: 'node',
      rows,
      shape: `[${rows}, ${b.shape[0]}] x [${b.shape.join(', ')}]`,
      tfjs_cpu: tfjs.median,
      row_blocks: patched.median,
      speedup: r2(tfjs.median / patched.median),
    });
    a.dispose();
  }
}

async function nodeFigures(): Promise<void> {
  for (const backend of ['wasm', 'cpu'] as const) {
    await initBackend(backend);
    const model = loadModelDir(MODEL_DIR);
    try {
      const cpuClock = (): number => {
        const u = process.cpuUsage();
        return (u.user + u.system) / 1000;
      };
      const r = await decodeBench(model, { runs: RUNS, warmup: WARMUP, log: (l) => note(`node ${l}`), cpuClock });
      decodeResults.push({ host: 'node', r });
      decodeFigures('node', r);
      cpuMatMulFigures(model);
    } finally {
      disposeModel(model);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// training throughput (node, wasm)

async function trainFigure(): Promise<void> {
  await initBackend('wasm');
  const json = JSON.parse(readFileSync(path.join(MODEL_DIR, 'model.json'), 'utf8')) as { config: ModelConfig };
  const card = JSON.parse(readFileSync(path.join(MODEL_DIR, 'card.json'), 'utf8')) as { data?: { maxPairTokens?: number } };
  const vocab = JSON.parse(readFileSync(path.join(MODEL_DIR, 'vocab.json'), 'utf8')) as VocabJson;
  const cfg = json.config;
  const maxLen = card.data?.maxPairTokens ?? 16;
  const B = TRAIN_DEFAULTS.batchSize;
  const t0 = performance.now();
  const examples = toExamples(readPairs(TRAIN_TSV), new Vocab(vocab.src), new Vocab(vocab.tgt), maxLen, cfg.srcEos !== false);
  const batches = epochBatches(examples, B, 1, 0).slice(0, TRAIN_WARMUP + TRAIN_STEPS);
  note(`train: ${examples.length} pairs read in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // The trainer's step and settings (src/model/trainStep.ts): two Adam optimizers, attention at
  // lr·attLrScale, the schedule's learning rate at epoch 0, global-norm clipping.
  const state = createTrainState(initParams(cfg, 1), 'bench', TRAIN_DEFAULTS.lr, TRAIN_DEFAULTS.attLrScale);
  const lr = learningRate({ lr: TRAIN_DEFAULTS.lr, lrDecayAt: [] }, 0);
  const times: number[] = [];
  let tokens = 0;
  let srcTokens = 0;
  try {
    for (let i = 0; i < batches.length; i++) {
      const b = makeBatch(examples, batches[i]!);
      const s = performance.now();
      const lossT = trainStep(state, cfg, b, lr, TRAIN_DEFAULTS.clipNorm);
      await lossT.data();
      lossT.dispose();
      const ms = performance.now() - s;
      if (i >= TRAIN_WARMUP) {
        times.push(ms);
        tokens += b.tgtOut.reduce((n, y) => n + (y !== 0 ? 1 : 0), 0);
        srcTokens += b.src.reduce((n, y) => n + (y !== 0 ? 1 : 0), 0);
      }
      note(`train: step ${i + 1}/${batches.length} ${ms.toFixed(0)} ms (B=${b.B}, S=${b.S}, T=${b.T})`);
    }
  } finally {
    disposeTrainState(state);
  }
  const st = stats(times);
  emit({
    figure: 'train_target_tokens_per_s',
    backend: 'wasm',
    host: 'node',
    variant: VARIANT,
    value: Math.round(tokens / (times.reduce((a, b) => a + b, 0) / 1000)),
    batch: B,
    steps: times.length,
    warmup_steps: TRAIN_WARMUP,
    step_ms_median: st.median,
    step_ms_p90: st.p90,
    target_tokens: tokens,
    source_tokens: srcTokens,
    config: `H${cfg.hidden} E${cfg.embDim} V${cfg.srcVocabSize}/${cfg.tgtVocabSize} ${cfg.attention}`,
  });
}

// ---------------------------------------------------------------------------------------------
// browser figures

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
async function startPreview(): Promise<{ url: string; stop: () => void }> {
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

async function chromium(): Promise<BrowserType> {
  // Loaded at run time (not bundled by esbuild): playwright-core carries its own assets.
  const mod = 'playwright-core';
  return ((await import(mod)) as { chromium: BrowserType }).chromium;
}

async function launch(bt: BrowserType): Promise<Browser> {
  const b = await bt.launch({ ...launchOptions(WEBGL_ARGS), headless: true });
  browsers.push(b);
  return b;
}

async function closeBrowser(b: Browser): Promise<void> {
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

let pageInfo: PageInfo | undefined;

async function browserDecodeFigures(bt: BrowserType, url: string): Promise<void> {
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

/** What the init script records in the app page (ms since navigation start). */
interface ColdRecord {
  /** when the precomputed example's translation was in the DOM (null: none shown) */
  exampleAt: number | null;
  readyAt: number | null;
  clickedAt: number | null;
  domAt: number | null;
  visibleAt: number | null;
  text: string | null;
  backend: string | null;
  transferBytes?: number;
  domContentLoaded?: number;
  /** paths of every JavaScript file loaded by the time the live translation showed */
  scripts?: string[];
  /** CPU time of the page's main thread and of its whole renderer process by then, ms (CDP, read just after) */
  mainThreadCpuMs?: number;
  rendererCpuMs?: number;
}

/**
 * Installed before the app's scripts: clicks Translate the moment it is enabled with text in the
 * input (a user who typed at once), and notes when the live translation appears (DOM, then next
 * frame) — not the precomputed example the page shows while the model loads, whose first
 * appearance is noted separately.
 */
function coldObserver(): void {
  const rec: ColdRecord = {
    exampleAt: null,
    readyAt: null,
    clickedAt: null,
    domAt: null,
    visibleAt: null,
    text: null,
    backend: null,
  };
  (window as unknown as { __cold: ColdRecord }).__cold = rec;
  const check = (): void => {
    const status = document.querySelector('[data-testid="status"]');
    if (rec.readyAt === null && status?.getAttribute('data-busy') === 'false') rec.readyAt = performance.now();
    const btn = document.querySelector<HTMLButtonElement>('[data-testid="translate"]');
    const input = document.querySelector<HTMLInputElement>('[data-testid="source-input"]');
    if (rec.clickedAt === null && btn && !btn.disabled && input && input.value.trim() !== '') {
      rec.clickedAt = performance.now();
      btn.click();
    }
    const example = document.querySelector('[data-testid="result"][data-precomputed="true"] [data-testid="translation"]');
    if (rec.exampleAt === null && example && (example.textContent ?? '').trim() !== '') rec.exampleAt = performance.now();
    const tr = document.querySelector('[data-testid="result"]:not([data-precomputed="true"]) [data-testid="translation"]');
    if (rec.domAt === null && tr && (tr.textContent ?? '').trim() !== '') {
      rec.domAt = performance.now();
      rec.text = (tr.textContent ?? '').trim();
      rec.backend = tr.closest('[data-testid="result"]')?.getAttribute('data-backend') ?? null;
      requestAnimationFrame(() => {
        rec.visibleAt = performance.now();
        rec.transferBytes = performance
          .getEntries()
          .filter((e): e is PerformanceResourceTiming => 'transferSize' in e)
          .reduce((s, e) => s + e.transferSize, 0);
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        rec.domContentLoaded = nav?.domContentLoadedEventEnd;
        rec.scripts = performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname)
          .filter((p) => p.endsWith('.js'));
      });
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('input', check, true);
}

async function coldLoadOnce(bt: BrowserType, url: string, backend: string | null): Promise<ColdRecord> {
  const browser = await launch(bt); // a fresh browser: empty HTTP cache, no compiled shaders
  try {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => note(`app pageerror: ${e.message}`));
    // CPU time (thread ticks) is what other jobs on a loaded machine disturb least.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.addInitScript(coldObserver);
    await page.goto(url + (backend === null ? '' : `?backend=${backend}`), { waitUntil: 'commit' });
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
    return { ...rec, mainThreadCpuMs: metric('ThreadTime'), rendererCpuMs: metric('ProcessTime') };
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

async function coldFigures(bt: BrowserType, url: string): Promise<void> {
  // null: no ?backend= (the page picks: wasm where WebGL is software-rendered, as here)
  for (const [backend, n] of [
    [null, COLD_DEFAULT],
    ['webgl', COLD_WEBGL],
    ['wasm', COLD_OTHER],
    ['cpu', COLD_OTHER],
  ] as const) {
    const label = backend ?? 'default';
    if (n <= 0) continue;
    const recs: ColdRecord[] = [];
    for (let i = 0; i < n; i++) {
      try {
        const rec = await coldLoadOnce(bt, url, backend);
        note(
          `cold ${label} #${i + 1}: translation shown at ${rec.visibleAt?.toFixed(0)} ms (example at ${rec.exampleAt?.toFixed(0) ?? '–'} ms, ready ${rec.readyAt?.toFixed(0)} ms, on ${rec.backend}): "${rec.text}"`,
        );
        if (backend !== null && rec.backend !== backend) throw new Error(`the page ran on ${rec.backend}, not ${backend}`);
        recs.push(rec);
      } catch (e) {
        note(`cold ${label} #${i + 1}: FAILED ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (recs.length === 0) {
      emit({ figure: 'error', backend: label, host: 'chromium', message: 'no cold load succeeded' });
      continue;
    }
    const s = stats(recs.map((r) => r.visibleAt!));
    const scripts = scriptSizes(recs[0]!.scripts ?? []);
    emit({
      figure: 'cold_load_to_translation_ms',
      backend: label,
      ran_on: [...new Set(recs.map((r) => r.backend))].join(','),
      host: 'chromium',
      median: s.median,
      p90: s.p90,
      n: s.n,
      min: s.min,
      example_shown_median: stats(recs.map((r) => r.exampleAt ?? NaN)).median,
      model_ready_median: stats(recs.map((r) => r.readyAt ?? NaN)).median,
      dom_content_loaded_median: stats(recs.map((r) => r.domContentLoaded ?? NaN)).median,
      translate_after_ready_median: stats(recs.map((r) => r.visibleAt! - (r.clickedAt ?? NaN))).median,
      main_thread_cpu_median: stats(recs.map((r) => r.mainThreadCpuMs ?? NaN)).median,
      renderer_cpu_median: stats(recs.map((r) => r.rendererCpuMs ?? NaN)).median,
      transfer_bytes: recs[0]!.transferBytes,
      js_loaded_gzip: scripts.reduce((a, f) => a + f.gzip, 0),
      js_loaded: scripts,
      sentence: COLD_SENTENCE,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// summary

function summary(): void {
  const rows = decodeResults.map(({ host, r }) => {
    const t = r.times;
    return `| ${host} | ${r.backend} | ${t.greedy.median} (${t.greedy.p90}) | ${r2(t.greedy.median / r.greedySteps)} | ${t.beam.median} (${t.beam.p90}) | ${t.floor.median} (${t.floor.p90}) | ${r2(t.greedy.median / t.floor.median)} | ${r2(t.beam.median / t.greedy.median)} | ${r.kernels.greedy.perStep} / ${r.kernels.beam.perStep} / ${r.kernels.floor.perStep} | ${r.reads.greedy.explicit.perStep} / ${r.reads.beam.explicit.perStep} / ${r.reads.floor.explicit.perStep} | ${r.reads.greedy.gpu.perStep} / ${r.reads.beam.gpu.perStep} / ${r.reads.floor.gpu.perStep} |`;
  });
  const first = decodeResults[0]?.r;
  const md = [
    first
      ? `Sentence: "${first.sentence}" (${first.sourceTokens} source tokens, ${first.greedySteps} greedy steps, ${first.beamSteps} beam steps), model ${VARIANT}; ms median (p90) of ${RUNS} runs after ${WARMUP} warm-up.`
      : '',
    '',
    '| host | backend | greedy ms | greedy ms/step | beam-5 ms | floor ms | greedy/floor | beam5/greedy | kernels/step greedy/beam/floor | reads/step greedy/beam/floor | GPU→CPU downloads/step greedy/beam/floor |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ];
  for (const { host, r } of decodeResults) {
    const c = r.cpuTimes;
    if (c)
      md.push(
        `${host} ${r.backend} in CPU time: greedy ${c.greedy.median} ms, beam-5 ${c.beam.median} ms, floor ${c.floor.median} ms; beam5/greedy ${r2(c.beam.median / c.greedy.median)}, greedy/floor ${r2(c.greedy.median / c.floor.median)}`,
      );
  }
  for (const f of figures.filter((x) => x.figure === 'cpu_output_matmul_ms')) {
    md.push(
      `node cpu output layer ${String(f['shape'])}: tfjs-cpu ${String(f['tfjs_cpu'])} ms, row blocks ${String(f['row_blocks'])} ms (${String(f['speedup'])}× faster)`,
    );
  }
  for (const f of figures.filter((x) => x.figure === 'cold_load_to_translation_ms')) {
    md.push(
      `cold load → first live translation (${String(f['backend'])}, on ${String(f['ran_on'])}): median ${String(f['median'])} ms, p90 ${String(f['p90'])} ms (n = ${String(f['n'])}); precomputed example at ${String(f['example_shown_median'])} ms; ` +
        `main-thread CPU by then ${String(f['main_thread_cpu_median'])} ms (renderer ${String(f['renderer_cpu_median'])} ms); JS loaded by then ${(Number(f['js_loaded_gzip']) / 1000).toFixed(1)} kB gzip`,
    );
  }
  process.stderr.write('\n' + md.join('\n') + '\n');
  emit({
    figure: 'summary',
    host: 'all',
    figures: figures.length,
    errors: figures.filter((f) => f.figure === 'error').length,
    machine: `${os.cpus().length} vCPU (${os.cpus()[0]?.model ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, load average at end ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  });
}

// ---------------------------------------------------------------------------------------------

function cleanup(): void {
  for (const c of children) killGroup(c);
  for (const b of browsers) void b.close().catch(() => undefined);
}

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
      const i = argv.indexOf('--live-backends');
      const backends = i >= 0 ? (argv[i + 1] ?? '').split(',') : ['wasm', 'cpu', 'webgl'];
      await liveTrainingFigures({ launch: () => launch(bt), close: closeBrowser, url: preview.url, emit, note }, backends);
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
