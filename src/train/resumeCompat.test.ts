/**
 * A checkpoint written by the trainer before the training step moved into src/model/trainStep.ts
 * (src/train/fixtures/mid.ckpt, stopped at step 5, made by scripts/make-resume-fixture.ts) resumes
 * with today's code to the same parameters as that trainer's uninterrupted run (fixtures/full.ckpt).
 * This is what the two en→de trainings started with `--resume` rely on.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCheckpoint } from './checkpoint';
import { RESUME_FIXTURE_OPTIONS } from './resumeFixture';
import { writeTinyCorpus } from './tinyCorpus';
import { train } from './trainer';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

describe('checkpoints of the previous trainer', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('resume from step 5 to bit-identical parameters at step 16', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'attn-compat-'));
    const ckptDir = path.join(root, 'ckpt');
    mkdirSync(ckptDir);
    copyFileSync(path.join(FIXTURES, 'mid.ckpt'), path.join(ckptDir, 'last.ckpt'));
    const lines: string[] = [];
    await train(
      {
        ...RESUME_FIXTURE_OPTIONS,
        dataDir: writeTinyCorpus('attn-compat-data-', 6),
        outDir: path.join(root, 'model'),
        ckptDir,
        resume: true,
      },
      (l) => lines.push(l),
    );
    expect(lines.join('\n')).toMatch(/resumed at epoch 0, batch 5, step 5/);
    const want = readCheckpoint<{ step: number }>(path.join(FIXTURES, 'full.ckpt'))!;
    const got = readCheckpoint<{ step: number }>(path.join(ckptDir, 'last.ckpt'))!;
    expect(got.header.step).toBe(16);
    const params = want.tensors.filter((t) => t.name.startsWith('param:'));
    expect(params.length).toBeGreaterThan(15);
    for (const t of params) {
      const u = got.tensors.find((x) => x.name === t.name)!;
      expect(Array.from(u.values), t.name).toEqual(Array.from(t.values));
    }
  });
});
