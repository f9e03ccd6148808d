/**
 * `npm run bench` options (see scripts/bench.ts) and the fixed inputs every part measures with.
 */
import path from 'node:path';

const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(`--${name}`);
const opt = (name: string, dflt: number): number => {
  const i = argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : dflt;
};
const quick = flag('quick');
/** measured runs per decode figure */
export const RUNS = opt('runs', quick ? 5 : 20);
/** warm-up runs before them */
export const WARMUP = opt('warmup', quick ? 1 : 3);
/** cold loads (first visit, then a repeat visit in the same browser) with the page's default backend */
export const COLD_DEFAULT = opt('cold-default', quick ? 1 : 5);
/** cold loads (first visit) with `?backend=webgl` */
export const COLD_WEBGL = opt('cold-webgl', quick ? 1 : 3);
/** cold loads (first visit) with `?backend=wasm` and with `?backend=cpu` */
export const COLD_OTHER = opt('cold', quick ? 1 : 3);
/**
 * `--cold-network <Mbit/s>`: the cold loads' page on an emulated network of that download speed and
 * a 40 ms round trip (Chromium's network emulation; 0, the default: localhost at full speed)
 */
export const COLD_NETWORK_MBPS = opt('cold-network', 0);
/**
 * `--cold-cpu-slowdown <factor>`: the cold loads' page with its renderer's main thread slowed by that
 * factor (Chromium's CPU throttling; 1, the default: none): how the cold start would fare on a
 * slower machine. Only an estimate: workers, the service worker and the GPU process run at full speed.
 */
export const COLD_CPU_SLOWDOWN = opt('cold-cpu-slowdown', 1);
/** round trip of the emulated network */
export const COLD_NETWORK_RTT_MS = 40;
/**
 * `--cold-fresh-browser`: each first visit in a browser launched just for it, GPU process starting
 * included; by default the browser has first painted a page of another origin (as a user's
 * browser, already open, has), and the first visit runs in a fresh context of it (empty caches)
 */
export const COLD_FRESH_BROWSER = flag('cold-fresh-browser');
/** measured training steps */
export const TRAIN_STEPS = opt('train-steps', quick ? 3 : 15);
/** warm-up training steps */
export const TRAIN_WARMUP = opt('train-warmup', quick ? 1 : 3);
const skipArg = argv.indexOf('--skip');
/** parts left out (`--skip node,train,browser,cold,live-training`) */
export const SKIP = new Set(skipArg >= 0 ? (argv[skipArg + 1] ?? '').split(',') : []);
/** `--only live-training`: just the in-browser training figure (scripts/benchLiveTraining.ts). */
const onlyArg = argv.indexOf('--only');
export const ONLY = onlyArg >= 0 ? (argv[onlyArg + 1] ?? '') : null;
if (ONLY !== null && ONLY !== 'live-training') throw new Error(`--only knows live-training, not "${ONLY}"`);
if (ONLY === 'live-training') for (const k of ['node', 'train', 'browser', 'cold']) SKIP.add(k);
const liveArg = argv.indexOf('--live-backends');
/** backends of the live-training figure (`--live-backends wasm,cpu`) */
export const LIVE_BACKENDS = liveArg >= 0 ? (argv[liveArg + 1] ?? '').split(',') : ['wasm', 'cpu', 'webgl'];

/** the shipped model every figure uses */
export const VARIANT = 'luong-general';
export const MODEL_DIR = path.resolve('public/models/en-fr', VARIANT);
/** `vite build --mode e2e`: the page plus bench.html */
export const DIST = path.resolve('dist-e2e');
export const TRAIN_TSV = path.resolve('../shared/data/en-fr/train.tsv');
/** what the cold loads translate */
export const COLD_SENTENCE = 'He is reading a book in the garden.';
/** hard limit for the whole run: everything is torn down after it */
export const WATCHDOG_MS = 45 * 60_000;
