/**
 * The trainer, end to end on a tiny corpus: a run stopped mid-epoch and resumed with `--resume`
 * ends with the same parameters as an uninterrupted run (same batches, order, Adam state), and
 * exports a loadable model with a card.
 */
import { RESUME_FIXTURE_OPTIONS } from './resumeFixture';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCheckpoint } from './checkpoint';
import { loadModelDir } from './export';
import { writeTinyCorpus } from './tinyCorpus';
import { train, type TrainOptions } from './trainer';

/** The tiny corpus: 60 training pairs. */
const corpus = (): string => writeTinyCorpus('attn-data-', 6);

function options(dataDir: string, tag: string): TrainOptions {
  const root = mkdtempSync(path.join(os.tmpdir(), `attn-${tag}-`));
  // the fixture's tiny run, with the attention parameters at the base learning rate (no scale)
  return {
    ...RESUME_FIXTURE_OPTIONS,
    attLrScale: undefined,
    dataDir,
    outDir: path.join(root, 'model'),
    ckptDir: path.join(root, 'ckpt'),
  };
}

const quiet = (): void => {};

describe('trainer', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('resumes after a stop mid-epoch with the same result as an uninterrupted run', async () => {
    const data = corpus();
    const full = options(data, 'full');
    await train(full, quiet);
    const split = options(data, 'split');
    await train({ ...split, stopAtStep: 5 }, quiet); // 60 pairs / 8 = 8 batches per epoch: stops mid-epoch 1
    const mid = readCheckpoint<{ step: number; epoch: number; batch: number }>(path.join(split.ckptDir, 'last.ckpt'));
    expect(mid?.header).toMatchObject({ step: 5, epoch: 0, batch: 5 });
    const before = tf.memory().numTensors;
    await train({ ...split, resume: true }, quiet);
    expect(tf.memory().numTensors, 'a resumed run leaks no tensor').toBe(before);
    const a = readCheckpoint<{ step: number }>(path.join(full.ckptDir, 'last.ckpt'))!;
    const b = readCheckpoint<{ step: number }>(path.join(split.ckptDir, 'last.ckpt'))!;
    expect(b.header.step).toBe(a.header.step);
    expect(a.header.step).toBe(16);
    for (const t of a.tensors.filter((x) => x.name.startsWith('param:'))) {
      const u = b.tensors.find((x) => x.name === t.name)!;
      let maxDiff = 0;
      t.values.forEach((v, i) => (maxDiff = Math.max(maxDiff, Math.abs(v - u.values[i]!))));
      expect(maxDiff, t.name).toBeLessThan(1e-5);
    }
  });

  it('resumes from the compact pack alone when the checkpoint folder is gone', async () => {
    const data = corpus();
    const full = options(data, 'full2');
    await train(full, quiet);
    const split = { ...options(data, 'pack'), packFile: '' };
    split.packFile = path.join(path.dirname(split.ckptDir), 'state.pack.gz');
    await train({ ...split, stopAtStep: 5 }, quiet);
    rmSync(split.ckptDir, { recursive: true });
    const lines: string[] = [];
    await train({ ...split, resume: true }, (l) => lines.push(l));
    expect(lines.join('\n')).toMatch(/resuming from the pack .*state\.pack\.gz/);
    expect(lines.join('\n')).toMatch(/resumed at epoch 0, batch 5, step 5/);
    const a = readCheckpoint<{ step: number }>(path.join(full.ckptDir, 'last.ckpt'))!;
    const b = readCheckpoint<{ step: number }>(path.join(split.ckptDir, 'last.ckpt'))!;
    expect(b.header.step).toBe(16);
    // Not bit-exact (Adam's first moments restart at 0, second moments were rounded to bfloat16),
    // but the run continues where it stopped: far closer to the uninterrupted run than to a fresh one.
    const pa = a.tensors.find((t) => t.name === 'param:out/Wc')!;
    const pb = b.tensors.find((t) => t.name === 'param:out/Wc')!;
    let diff = 0;
    let norm = 0;
    pa.values.forEach((v, i) => {
      diff += (v - pb.values[i]!) ** 2;
      norm += v ** 2;
    });
    expect(Math.sqrt(diff / norm)).toBeLessThan(0.1);
    expect(diff).toBeGreaterThan(0); // a fresh run with the same seed would match exactly
  });

  it('exports a model that loads, with a card recording the run', async () => {
    const o = options(corpus(), 'export');
    await train(o, quiet);
    expect(existsSync(path.join(o.outDir, 'weights.bin'))).toBe(true);
    const card = JSON.parse(readFileSync(path.join(o.outDir, 'card.json'), 'utf8'));
    expect(card.variant).toBe('luong-general');
    expect(card.training.steps).toBeGreaterThan(0);
    expect(typeof card.devBleu).toBe('number');
    const model = loadModelDir(o.outDir);
    expect(model.cfg.attention).toBe('general');
    tf.dispose(Object.values(model.params));
  });
});
