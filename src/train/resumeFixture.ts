/** Options of the checkpoint-compatibility fixture (src/train/fixtures, made by scripts/make-resume-fixture.ts). */
import type { TrainOptions } from './trainer';

/** The tiny-corpus run the fixture checkpoints come from (paths are filled in by the caller). */
export const RESUME_FIXTURE_OPTIONS: Omit<TrainOptions, 'dataDir' | 'outDir' | 'ckptDir'> = {
  attention: 'general',
  epochs: 2,
  batchSize: 8,
  embDim: 8,
  hidden: 8,
  srcVocab: 40,
  tgtVocab: 40,
  maxLen: 16,
  lr: 0.01,
  lrDecayAt: [1.5],
  clipNorm: 5,
  seed: 3,
  resume: false,
  ckptMinutes: 60,
  evalEvery: 5,
  quant: 'float32',
  logEvery: 1000,
  attLrScale: 0.25,
};
