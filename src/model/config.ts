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
