/**
 * Training throughput: target tokens/s of the real training step in Node on wasm.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stats } from '../../src/bench/measure';
import { TRAIN_DEFAULTS, type ModelConfig } from '../../src/model/config';
import { initParams } from '../../src/model/params';
import { createTrainState, disposeTrainState, learningRate, trainStep } from '../../src/model/trainStep';
import { Vocab } from '../../src/model/vocab';
import type { VocabJson } from '../../src/model/weights';
import { epochBatches, makeBatch, readPairs, toExamples } from '../../src/train/data';
import { initBackend } from '../../src/train/wasmNode';
import { MODEL_DIR, TRAIN_STEPS, TRAIN_TSV, TRAIN_WARMUP, VARIANT } from './options';
import { emit, note } from './output';

/** Emits `train_target_tokens_per_s`. */
export async function trainFigure(): Promise<void> {
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
