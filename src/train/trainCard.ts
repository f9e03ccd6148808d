/** The model card the trainer writes beside each exported model, as the one {@link ModelCard} type. */
import path from 'node:path';
import type { ModelCard, TrainingHistoryEntry } from '../model/card';
import type { ModelConfig } from '../model/config';
import { countParams } from '../model/params';
import type { TrainOptions } from './trainer';

/** Where training stood when the model was selected. */
export interface CardProgress {
  step: number;
  /** epochs done, fractions included */
  epochs: number;
  wallSeconds: number;
  targetTokens: number;
  history: TrainingHistoryEntry[];
}

/** The card of a model selected at `progress` with dev BLEU `devBleu` (the exporter adds the weights' size and quantization). */
export function trainCard(
  o: TrainOptions,
  cfg: ModelConfig,
  variant: string,
  trainPairsUsed: number,
  progress: CardProgress,
  devBleu: number,
): ModelCard {
  return {
    variant,
    config: cfg,
    parameters: countParams(cfg),
    data: {
      train: o.dataNote ?? `${path.basename(o.dataDir)}/train.tsv (tatoeba.org via manythings.org/anki, CC BY 2.0)`,
      trainPairsUsed,
      maxPairTokens: o.maxLen,
      selection: 'dev.tsv greedy corpus BLEU',
    },
    vocab: { src: cfg.srcVocabSize, tgt: cfg.tgtVocabSize },
    training: {
      steps: progress.step,
      epochs: +progress.epochs.toFixed(3),
      batchSize: o.batchSize,
      optimizer: `Adam lr ${o.lr}, halved at epochs ${o.lrDecayAt.join(', ')}, clip ${o.clipNorm}`,
      wallSeconds: Math.round(progress.wallSeconds),
      targetTokensPerSecond: Math.round(progress.targetTokens / Math.max(1, progress.wallSeconds)),
      backend: 'tfjs-core 4.22 wasm (SIMD, 1 thread), Node ' + process.version,
      seed: o.seed,
    },
    devBleu: +devBleu.toFixed(2),
    history: progress.history,
  };
}
