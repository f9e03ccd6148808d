/**
 * The model card (`card.json` beside each model's weights): what the trainer writes (src/train/trainCard.ts) and
 * `npm run eval -- --card` adds to. One type for every reader (the app's status line and results
 * table, eval, models-table, bottleneck-data); every field is optional, since cards of older runs
 * and hand-made models lack some.
 */
import type { ModelConfig } from './config';

/** BLEU of one decoding on one data set, overall and by source length. */
export interface CardBleu {
  bleu?: number;
  /** per length bucket (src/train/evaluate.ts's LENGTH_BUCKETS keys: '1-4', '5-9', '10-14', '15+', '10+') */
  by_length?: Record<string, { bleu: number; sentences: number }>;
  /** set when the float32 training checkpoint was evaluated instead of the shipped weights */
  weights?: string;
}

/** The evaluations of one data set (`eval.dev`, `eval.test`). */
export interface CardEval {
  greedy?: CardBleu;
  beam5?: CardBleu;
  /** unknown-token rates of source and target */
  unk?: { src: number; tgt: number };
  /** distinct sources evaluated */
  sources?: number;
  /** the training step of the evaluated weights */
  trainingSteps?: number;
  /** YYYY-MM-DD */
  date?: string;
}

/** One dev evaluation during training (the card's `history`). */
export interface TrainingHistoryEntry {
  step: number;
  /** epochs done, fractions included */
  epoch: number;
  /** mean training loss since the previous entry */
  loss: number;
  devBleu: number;
  wallSeconds: number;
}

/** A model card. */
export interface ModelCard {
  variant?: string;
  config?: Partial<ModelConfig>;
  parameters?: number;
  weightsBytes?: number;
  /** dev BLEU at selection (the trainer's float32 figure) */
  devBleu?: number;
  training?: {
    steps?: number;
    epochs?: number;
    batchSize?: number;
    optimizer?: string;
    wallSeconds?: number;
    targetTokensPerSecond?: number;
    backend?: string;
    seed?: number;
  };
  data?: Record<string, unknown>;
  vocab?: { src?: number; tgt?: number };
  history?: TrainingHistoryEntry[];
  quantization?: string;
  /** `npm run eval -- --card` results per data set (key: the data file's name without .tsv) */
  eval?: Record<string, CardEval>;
  [key: string]: unknown;
}
