/**
 * One readback per decoder step: greedy (with its full trace) and beam search each read the
 * backend once per step — on WebGL exactly one GPU→CPU download, no TopK handed to the CPU —
 * measured with the bench page's own counters (src/bench/measure.ts) on the shipped model.
 */
import { expect, test } from '@playwright/test';
import type { PageBenchResult } from '../src/bench/benchPage';
import type { DecodeBenchOptions } from '../src/bench/measure';

type BenchWindow = { benchReady?: boolean; runBench?: (backend: string, opts?: DecodeBenchOptions) => Promise<PageBenchResult> };

for (const backend of ['webgl', 'wasm'] as const) {
  test(`${backend}: greedy and beam-5 read back once per decoder step`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto('./bench.html');
    await page.waitForFunction(() => (window as BenchWindow).benchReady === true);
    const r = await page.evaluate(
      (b) => (window as BenchWindow).runBench!(b, { runs: 1, warmup: 0, sentence: 'I am a student.' }),
      backend,
    );
    expect(r.backend).toBe(backend);
    expect(r.greedySteps).toBeGreaterThan(2);
    expect(r.beamSteps).toBeGreaterThan(2);
    expect(r.reads.greedy.explicit.perStep).toBe(1);
    expect(r.reads.beam.explicit.perStep).toBe(1);
    if (backend === 'webgl') {
      expect(r.reads.greedy.gpu.perStep, 'GPU→CPU downloads per greedy step').toBe(1);
      expect(r.reads.beam.gpu.perStep, 'GPU→CPU downloads per beam step').toBe(1);
    }
    expect(r.kernels.greedyNamesPerStep['TopK'], 'no TopK kernel').toBeUndefined();
    expect(r.floorMatchesGreedy).toBe(true);
  });
}
