/**
 * Decode benchmarks shared by the browser bench page and the Node bench script: pure TypeScript on
 * tfjs-core and src/model (no DOM, no Node APIs), so both hosts measure exactly the same thing.
 *
 * Per backend it times, interleaved round-robin so that machine noise hits every variant alike:
 *  - greedy: `greedyDecode` with its full trace (what the page runs for a translation);
 *  - beam5: `beamSearch` with k = 5;
 *  - floor: the same encoder and decoder ops for the same number of steps, reading back nothing
 *    but the argmax id each step (no softmax/top-k, no trace packing): the cost of the model itself.
 * It also counts kernels per decoder step (`tf.profile`) and readbacks per decoder step (wrapping
 * `Tensor.prototype.data/dataSync` for explicit reads and the backend's `read/readSync`, which also
 * sees kernels that fall back to the CPU, e.g. WebGL TopK below 100k elements).
 */
import * as tf from '@tensorflow/tfjs-core';
import { beamSearch } from '../model/beam';
import { Decoding } from '../model/decodeCore';
import { greedyDecode } from '../model/greedy';
import { prepareSource, type Seq2SeqModel } from '../model/model';
import { BOS } from '../model/vocab';

/** Summary statistics of a list of milliseconds. */
export interface Stats {
  median: number;
  p90: number;
  mean: number;
  min: number;
  max: number;
  n: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

const round = (x: number, d = 2): number => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);

/** Median, p90, mean, min, max of samples (rounded to 0.01). */
export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return {
    median: round(percentile(s, 50)),
    p90: round(percentile(s, 90)),
    mean: round(mean),
    min: round(s[0] ?? NaN),
    max: round(s[s.length - 1] ?? NaN),
    n: s.length,
  };
}

/** Sentences to choose from: the bench uses the one whose greedy output is closest to 10 tokens. */
export const CANDIDATE_SENTENCES = [
  'He is reading a book in the garden.',
  'We will go to the beach tomorrow if it does not rain.',
  'I would like to know where the train station is.',
  'My brother and my sister live in a big house near the river.',
  'She does not like coffee but she drinks tea every morning.',
  'Tom told me that he had never seen such a beautiful city.',
  'I am a student.',
];

/** Output tokens the chosen sentence should produce. */
export const TARGET_TOKENS = 10;

/**
 * The floor: encoder, then `steps` decoder steps with argmax feedback, reading back one int per
 * step. Exactly the ops of a greedy step minus softmax, top-k, the traced-vector packing and its
 * readback (and minus the encoder-annotation readback).
 */
export async function floorDecode(model: Seq2SeqModel, srcIds: number[], steps: number): Promise<number[]> {
  const { decoding } = await Decoding.start(model, [srcIds]);
  try {
    const out: number[] = [];
    let prev = BOS;
    for (let t = 0; t < steps; t++) {
      prev = (await decoding.step([prev], ({ logits }) => tf.argMax(logits, 1)))[0]!; // next [1]
      out.push(prev);
    }
    return out;
  } finally {
    decoding.dispose();
  }
}

/** Readbacks seen while a function ran. */
export interface ReadCounts {
  /** `Tensor.data()` / `dataSync()` calls (explicit reads by our code) */
  explicit: number;
  /** backend `read` / `readSync` calls (explicit reads plus kernels that read inputs on the host) */
  backend: number;
  /** backend reads whose data lived only on the GPU (a real GPU→CPU download; WebGL only) */
  gpu: number;
}

/** Runs `fn` while counting readbacks. */
export async function countReads(fn: () => Promise<unknown>): Promise<ReadCounts> {
  const counts: ReadCounts = { explicit: 0, backend: 0, gpu: 0 };
  const proto = tf.Tensor.prototype as unknown as Record<'data' | 'dataSync', (...a: unknown[]) => unknown>;
  const backend = tf.backend() as unknown as Record<'read' | 'readSync', (dataId: object, ...a: unknown[]) => unknown> & {
    texData?: { get(id: object): { values?: unknown } | undefined };
  };
  const orig = { data: proto.data, dataSync: proto.dataSync, read: backend.read, readSync: backend.readSync };
  const onGpu = (id: object): boolean => backend.texData !== undefined && backend.texData.get(id)?.values == null;
  proto.data = function (this: unknown, ...a: unknown[]) {
    counts.explicit++;
    return orig.data.apply(this, a);
  };
  proto.dataSync = function (this: unknown, ...a: unknown[]) {
    counts.explicit++;
    return orig.dataSync.apply(this, a);
  };
  // Own properties shadow the prototype methods on this backend instance only.
  backend.read = function (this: unknown, id: object, ...a: unknown[]) {
    counts.backend++;
    if (onGpu(id)) counts.gpu++;
    return orig.read.call(this, id, ...a);
  };
  backend.readSync = function (this: unknown, id: object, ...a: unknown[]) {
    counts.backend++;
    if (onGpu(id)) counts.gpu++;
    return orig.readSync.call(this, id, ...a);
  };
  try {
    await fn();
  } finally {
    proto.data = orig.data;
    proto.dataSync = orig.dataSync;
    delete (backend as Partial<typeof backend>).read;
    delete (backend as Partial<typeof backend>).readSync;
    if (backend.read !== orig.read) backend.read = orig.read;
    if (backend.readSync !== orig.readSync) backend.readSync = orig.readSync;
  }
  return counts;
}

/** Kernels dispatched while `fn` ran (by tfjs-core's profiler), with a histogram of their names. */
export async function countKernels(fn: () => Promise<unknown>): Promise<{ total: number; names: Record<string, number> }> {
  const info = await tf.profile(async () => {
    await fn();
    return [] as tf.Tensor[];
  });
  const names: Record<string, number> = {};
  for (const k of info.kernels) names[k.name] = (names[k.name] ?? 0) + 1;
  return { total: info.kernels.length, names };
}

/** Options of {@link decodeBench}. */
export interface DecodeBenchOptions {
  /** timed runs per variant (default 20) */
  runs?: number;
  /** untimed runs per variant first (default 3) */
  warmup?: number;
  /** beam width (default 5) */
  beamK?: number;
  /** fixed sentence (default: the candidate whose greedy output is closest to {@link TARGET_TOKENS}) */
  sentence?: string;
  /** progress callback */
  log?: (line: string) => void;
  /**
   * A CPU-time clock in ms (Node: `process.cpuUsage`). When given, every timed run is also
   * measured in CPU time, which other jobs on a loaded machine disturb much less than wall time.
   */
  cpuClock?: () => number;
}

/** Per-step counts derived from a full decode and a one-step decode. */
export interface PerStep {
  /** per decoder step (full − one-step) / (steps − 1) */
  perStep: number;
  /** the one-step decode: encoder + first step + fixed overhead */
  firstStep: number;
  /** the full decode */
  total: number;
}

/** What {@link decodeBench} measured for one backend. */
export interface DecodeBenchResult {
  backend: string;
  sentence: string;
  sourceTokens: number;
  translation: string;
  /** decoder steps of the greedy decode (= output tokens + `</s>`), also used by the floor */
  greedySteps: number;
  beamSteps: number;
  beamK: number;
  times: { greedy: Stats; beam: Stats; floor: Stats };
  /** the same runs in CPU time (only with {@link DecodeBenchOptions.cpuClock}) */
  cpuTimes?: { greedy: Stats; beam: Stats; floor: Stats };
  kernels: { greedy: PerStep; beam: PerStep; floor: PerStep; greedyNamesPerStep: Record<string, number> };
  reads: {
    greedy: Record<keyof ReadCounts, PerStep>;
    beam: Record<keyof ReadCounts, PerStep>;
    floor: Record<keyof ReadCounts, PerStep>;
  };
  /** whether the floor produced the same words as the greedy decode (it should) */
  floorMatchesGreedy: boolean;
}

function perStep(full: number, one: number, steps: number): PerStep {
  return { perStep: round(steps > 1 ? (full - one) / (steps - 1) : NaN), firstStep: one, total: full };
}

function readsPerStep(full: ReadCounts, one: ReadCounts, steps: number): Record<keyof ReadCounts, PerStep> {
  return {
    explicit: perStep(full.explicit, one.explicit, steps),
    backend: perStep(full.backend, one.backend, steps),
    gpu: perStep(full.gpu, one.gpu, steps),
  };
}

/** Runs every decode measurement on the active backend with `model` (built on that backend). */
export async function decodeBench(model: Seq2SeqModel, opts: DecodeBenchOptions = {}): Promise<DecodeBenchResult> {
  const runs = opts.runs ?? 20;
  const warmup = opts.warmup ?? 3;
  const k = opts.beamK ?? 5;
  const log = opts.log ?? (() => undefined);
  const backend = tf.getBackend();

  // The sentence: fixed, or the candidate whose output is closest to TARGET_TOKENS tokens.
  let sentence = opts.sentence ?? '';
  if (!sentence) {
    let best = Infinity;
    for (const c of CANDIDATE_SENTENCES) {
      const n = (await greedyDecode(model, c)).outputTokens.length;
      if (Math.abs(n - TARGET_TOKENS) < best) [best, sentence] = [Math.abs(n - TARGET_TOKENS), c];
    }
  }
  const ref = await greedyDecode(model, sentence);
  const steps = ref.steps.length;
  const srcIds = prepareSource(model, sentence).ids;
  const floorIds = await floorDecode(model, srcIds, steps);
  const floorMatchesGreedy = floorIds.join(' ') === ref.steps.map((s) => s.chosen.id).join(' ');
  const beamRef = await beamSearch(model, sentence, { k });
  const beamSteps = beamRef.beams.length;
  log(`${backend}: "${sentence}" → "${ref.translation}" (${steps} greedy steps, ${beamSteps} beam steps)`);

  const variants: { name: 'greedy' | 'beam' | 'floor'; run: () => Promise<unknown> }[] = [
    { name: 'greedy', run: () => greedyDecode(model, sentence) },
    { name: 'beam', run: () => beamSearch(model, sentence, { k }) },
    { name: 'floor', run: () => floorDecode(model, srcIds, steps) },
  ];
  for (let i = 0; i < warmup; i++) for (const v of variants) await v.run();
  const samples: Record<string, number[]> = Object.fromEntries(variants.map((v) => [v.name, []]));
  const cpu: Record<string, number[]> = Object.fromEntries(variants.map((v) => [v.name, []]));
  const cpuClock = opts.cpuClock;
  for (let i = 0; i < runs; i++) {
    // rotate the order each round so no variant always runs right after another
    for (let j = 0; j < variants.length; j++) {
      const v = variants[(i + j) % variants.length]!;
      const c0 = cpuClock?.() ?? 0;
      const t0 = performance.now();
      await v.run();
      samples[v.name]!.push(performance.now() - t0);
      if (cpuClock) cpu[v.name]!.push(cpuClock() - c0);
    }
    if ((i + 1) % 5 === 0) log(`${backend}: ${i + 1}/${runs} rounds`);
  }

  // Kernels and readbacks: a full decode against a one-step decode gives the per-step cost.
  const kG = await countKernels(() => greedyDecode(model, sentence));
  const kG1 = await countKernels(() => greedyDecode(model, sentence, { maxLen: 1 }));
  const kB = await countKernels(() => beamSearch(model, sentence, { k }));
  const kB1 = await countKernels(() => beamSearch(model, sentence, { k, maxLen: 1 }));
  const kF = await countKernels(() => floorDecode(model, srcIds, steps));
  const kF1 = await countKernels(() => floorDecode(model, srcIds, 1));
  const greedyNamesPerStep: Record<string, number> = {};
  for (const [name, n] of Object.entries(kG.names)) {
    const d = (n - (kG1.names[name] ?? 0)) / Math.max(1, steps - 1);
    if (d > 0) greedyNamesPerStep[name] = round(d);
  }
  const rG = await countReads(() => greedyDecode(model, sentence));
  const rG1 = await countReads(() => greedyDecode(model, sentence, { maxLen: 1 }));
  const rB = await countReads(() => beamSearch(model, sentence, { k }));
  const rB1 = await countReads(() => beamSearch(model, sentence, { k, maxLen: 1 }));
  const rF = await countReads(() => floorDecode(model, srcIds, steps));
  const rF1 = await countReads(() => floorDecode(model, srcIds, 1));

  return {
    backend,
    sentence,
    sourceTokens: srcIds.length,
    translation: ref.translation,
    greedySteps: steps,
    beamSteps,
    beamK: k,
    times: {
      greedy: stats(samples['greedy']!),
      beam: stats(samples['beam']!),
      floor: stats(samples['floor']!),
    },
    ...(cpuClock ? { cpuTimes: { greedy: stats(cpu['greedy']!), beam: stats(cpu['beam']!), floor: stats(cpu['floor']!) } } : {}),
    kernels: {
      greedy: perStep(kG.total, kG1.total, steps),
      beam: perStep(kB.total, kB1.total, beamSteps),
      floor: perStep(kF.total, kF1.total, steps),
      greedyNamesPerStep,
    },
    reads: { greedy: readsPerStep(rG, rG1, steps), beam: readsPerStep(rB, rB1, beamSteps), floor: readsPerStep(rF, rF1, steps) },
    floorMatchesGreedy,
  };
}
