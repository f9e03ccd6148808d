/**
 * node scripts/run.mjs scripts/make-resume-fixture.ts
 * Writes src/train/fixtures/: a checkpoint stopped at step 5 (`mid.ckpt`) and the final checkpoint
 * of the uninterrupted run (`full.ckpt`), both on the tiny corpus with the options of
 * src/train/resume.test.ts. Made once with the trainer as it was before the training step moved to
 * src/model/trainStep.ts (commit 0e28e88), so the compatibility test can check that a checkpoint
 * written by that trainer resumes to the same parameters with today's code.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { writeTinyCorpus } from '../src/train/tinyCorpus';
import { train } from '../src/train/trainer';
import { RESUME_FIXTURE_OPTIONS } from '../src/train/resumeFixture';

await tf.setBackend('cpu');
const data = writeTinyCorpus('attn-fixture-', 6);
const out = 'src/train/fixtures';
mkdirSync(out, { recursive: true });
for (const [tag, stopAtStep] of [
  ['full', undefined],
  ['mid', 5],
] as const) {
  const root = mkdtempSync(path.join(os.tmpdir(), `attn-fixture-${tag}-`));
  await train(
    { ...RESUME_FIXTURE_OPTIONS, dataDir: data, outDir: path.join(root, 'model'), ckptDir: path.join(root, 'ckpt'), stopAtStep },
    () => {},
  );
  copyFileSync(path.join(root, 'ckpt', 'last.ckpt'), path.join(out, `${tag}.ckpt`));
}
console.log(`wrote ${out}/full.ckpt and ${out}/mid.ckpt`);
