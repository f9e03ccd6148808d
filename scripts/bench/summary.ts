/**
 * The bench's closing summary: the decode table, CPU times, and one line per cold-load figure.
 */
import os from 'node:os';
import { decodeResults } from './decode';
import { RUNS, VARIANT, WARMUP } from './options';
import { emit, figures, r2 } from './output';

/** The Markdown summary on stderr, and the closing `summary` figure. */
export function summary(): void {
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
      `${String(f['visit'])} visit → first live translation (${String(f['backend'])}, on ${String(f['ran_on'])}): median ${String(f['median'])} ms, p90 ${String(f['p90'])} ms (n = ${String(f['n'])}); precomputed example at ${String(f['example_shown_median'])} ms; ` +
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
