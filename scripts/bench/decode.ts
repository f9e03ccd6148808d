/**
 * Decode figures (greedy, beam-5, floor; kernels and read-backs per step), shared by the Node host
 * and the browser host, and the Node runs on wasm and cpu with the cpu output-layer product.
 */
import * as tf from '@tensorflow/tfjs-core';
import { decodeBench, stats, type DecodeBenchResult, type Stats } from '../../src/bench/measure';
import { EMB_T } from '../../src/model/decoder';
import { disposeModel, type Seq2SeqModel } from '../../src/model/model';
import { loadModelDir } from '../../src/train/export';
import { initBackend } from '../../src/train/wasmNode';
import { MODEL_DIR, RUNS, WARMUP } from './options';
import { emit, note, r2 } from './output';

function statLine(figure: string, backend: string, host: string, s: Stats, extra: Record<string, unknown> = {}): void {
  emit({ figure, backend, host, median: s.median, p90: s.p90, n: s.n, mean: s.mean, min: s.min, ...extra });
}

/** Emits the decode figures of one run of {@link decodeBench}. */
export function decodeFigures(host: string, r: DecodeBenchResult): void {
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

/** Every decode run, for the summary table. */
export const decodeResults: { host: string; r: DecodeBenchResult }[] = [];

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

/** The decode figures in Node on wasm and cpu (and the cpu output-layer product). */
export async function nodeFigures(): Promise<void> {
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
