/** Model configuration: the variant and the sizes. Saved in every model's files. */

/** The attention variants the project trains and compares. */
export type AttentionKind = 'dot' | 'general' | 'concat' | 'bahdanau' | 'none';

/** All variants, in display order. */
export const ATTENTION_KINDS: readonly AttentionKind[] = ['general', 'dot', 'concat', 'bahdanau', 'none'];

/** Directory/variant name of each attention kind as shipped under `public/models/en-fr/`. */
export const VARIANT_NAME: Record<AttentionKind, string> = {
  dot: 'luong-dot',
  general: 'luong-general',
  concat: 'luong-concat',
  bahdanau: 'bahdanau',
  none: 'none',
};

/** Hyper-parameters that fix every tensor shape of a model. */
export interface ModelConfig {
  /** Scoring function (Luong dot/general/concat, Bahdanau additive) or the no-attention baseline. */
  attention: AttentionKind;
  /** Word embedding size E (source and target). */
  embDim: number;
  /** Decoder state size H; each encoder direction has H/2, so annotations have size H. */
  hidden: number;
  /** Source vocabulary size including the 4 special tokens. */
  srcVocabSize: number;
  /** Target vocabulary size including the 4 special tokens. */
  tgtVocabSize: number;
  /** Longest source (in tokens) the model accepts; longer input is truncated. */
  maxSrcLen: number;
  /** Longest output the decoder produces before it stops. */
  maxTgtLen: number;
  /** Whether the source ends with `</s>` (absent: true). */
  srcEos?: boolean;
  /** Source language code, which picks the tokenization rules (absent: `en`; see languages.ts). */
  srcLang?: string;
  /** Target language code (absent: `fr`). */
  tgtLang?: string;
}

/** True for the two Luong-style variants that run the RNN before attention (and the baseline). */
export function isLuongFamily(kind: AttentionKind): boolean {
  return kind !== 'bahdanau';
}

/**
 * How many words a decode may emit for a source of `sourceLength` tokens: min(maxTgtLen, 2·S + 10).
 * Every decoder (greedy with traces, beam search, batch evaluation, the bench) stops here, so the
 * BLEU that evaluation reports is measured on what the browser shows, looping decodes included.
 */
export function maxDecodeLen(cfg: Pick<ModelConfig, 'maxTgtLen'>, sourceLength: number): number {
  return Math.max(1, Math.min(cfg.maxTgtLen, 2 * sourceLength + 10));
}

/** Whether a model of this kind attends (every kind but the no-attention baseline). */
export function hasAttention(cfg: Pick<ModelConfig, 'attention'> | AttentionKind): boolean {
  return (typeof cfg === 'string' ? cfg : cfg.attention) !== 'none';
}

/** The sizes a training run chooses (vocabulary sizes include the 4 special tokens). */
export interface ModelSizes {
  /** word embedding size E */
  embDim: number;
  /** decoder state size H */
  hidden: number;
  /** most source words kept */
  srcVocab: number;
  /** most target words kept */
  tgtVocab: number;
}

/** Named model sizes for `npm run train -- --size …`. */
export type SizePreset = 'tiny' | 'small' | 'base';

/**
 * Size presets. `base` is the size of the shipped models (E 128, H 256, vocabularies 8,004/12,004);
 * `tiny` trains a few thousand pairs in minutes on two CPU cores.
 */
export const SIZE_PRESETS: Readonly<Record<SizePreset, Readonly<ModelSizes>>> = {
  tiny: { embDim: 32, hidden: 64, srcVocab: 2004, tgtVocab: 3004 },
  small: { embDim: 64, hidden: 128, srcVocab: 4004, tgtVocab: 6004 },
  base: { embDim: 128, hidden: 256, srcVocab: 8004, tgtVocab: 12004 },
};

/** The preset used when none is named (the shipped models' size). */
export const DEFAULT_SIZE: SizePreset = 'base';

/**
 * Training defaults of the Node trainer (scripts/train.ts). Changing one changes what a resumed run
 * does (batches, schedule): the en→de runs resume with these.
 */
export const TRAIN_DEFAULTS = {
  epochs: 8,
  batchSize: 64,
  /** longest training pair in tokens (either side) */
  maxLen: 16,
  lr: 0.001,
  /** learning-rate factor of the attention parameters (1/√H for H 256) */
  attLrScale: 0.0625,
  clipNorm: 5,
  seed: 1,
  ckptMinutes: 5,
  evalEvery: 1000,
  logEvery: 50,
  /** weights quantization of exported models: uint8 embeddings, float16 elsewhere */
  quant: 'mixed',
  /** longest source a trained model accepts, in tokens (its config's maxSrcLen) */
  maxSrcLen: 50,
  /** longest output a trained model produces (its config's maxTgtLen) */
  maxTgtLen: 60,
} as const;

/**
 * Training defaults that differ by size (scripts/train.ts, where the option is not given): a tiny
 * model on a few thousand pairs needs more passes to learn anything. The base size (the shipped
 * models, the resumed en→de runs) keeps {@link TRAIN_DEFAULTS}.
 */
export const SIZE_TRAIN_DEFAULTS: Readonly<
  Record<SizePreset, Partial<Pick<typeof TRAIN_DEFAULTS, 'epochs' | 'batchSize' | 'lr' | 'attLrScale'>>>
> = {
  tiny: {},
  small: {},
  base: {},
};

/** The default schedule: halve the learning rate at 70 % and 85 % of the epochs. */
export function defaultLrDecayAt(epochs: number): number[] {
  return [0.7 * epochs, 0.85 * epochs];
}
