/** The plain-data trace: the contract between the model and every picture. No tensors here. */
import { hasAttention, type AttentionKind } from './config';

/** One candidate of the output distribution. */
export interface Candidate {
  id: number;
  token: string;
  /** p(token | prefix, source) */
  p: number;
}

/** What the encoder computed for one sentence. */
export interface EncoderTrace {
  /** source tokens as the model saw them, `</s>` last */
  tokens: string[];
  ids: number[];
  /** true where the word is not in the source vocabulary (read as `<unk>`) */
  unknown: boolean[];
  /**
   * E_x(x_j), the source word embeddings the encoder read [S][E] (the step view's step 0 draws
   * them); absent from traces made before they were recorded
   */
  embeddings?: number[][];
  /**
   * h̄_j per source position [S][H]: the forward GRU state →h_j in its first H/2 entries, the
   * backward state ←h_j in the last H/2 (h̄_j = [→h_j ; ←h_j])
   */
  annotations: number[][];
  /** s_0, the decoder's initial state [H] */
  bridge: number[];
  /** true if the input was longer than the model accepts and was cut */
  truncated: boolean;
}

/** One decoder step t (1-based), every number the model computed for it. */
export interface StepTrace {
  t: number;
  /** previous output y_{t-1} fed to the decoder (`<s>` at t = 1) */
  inputId: number;
  input: string;
  /** h_{t-1} (Luong) or s_{t-1} (Bahdanau) [H] */
  prevState: number[];
  /** h_t or s_t [H] */
  state: number[];
  /** decoder GRU gates [H] */
  gates: { z: number[]; r: number[] };
  /** raw scores e_t [S] (empty for the no-attention baseline) */
  scores: number[];
  /** attention weights α_t [S] (empty for the baseline) */
  weights: number[];
  /** context c_t [H] */
  context: number[];
  /** h̃_t (Luong, baseline) or t_t (Bahdanau): what the output layer reads [H] */
  attentional: number[];
  /** E_y(y_{t-1}), the previous word's embedding [E]: Bahdanau only, whose t_t reads it */
  embedding?: number[];
  /** most probable next words, best first */
  topK: Candidate[];
  /** the word emitted at this step (argmax, or the forced word) */
  chosen: Candidate;
  /** true if `chosen` was imposed (teacher forcing or a what-if choice), not the argmax */
  forced?: boolean;
  /** true if the attention weights were set by the user (what-if), not computed by the softmax */
  attentionOverridden?: boolean;
}

/** A whole decode: what the page shows and the animation steps through. */
export interface DecodeTrace {
  attention: AttentionKind;
  encoder: EncoderTrace;
  steps: StepTrace[];
  /** output tokens without `</s>` */
  outputTokens: string[];
  /** detokenized, truecased translation */
  translation: string;
  /** true if decoding stopped at the length limit instead of `</s>` */
  hitMaxLength: boolean;
}

/**
 * Whether a decode has an alignment to draw: a model that attends, and one weight per source token
 * at every step (a trace from older files or the baseline has none).
 */
export function traceHasAttention(trace: Pick<DecodeTrace, 'attention' | 'steps' | 'encoder'>): boolean {
  return hasAttention(trace.attention) && trace.steps.every((s) => s.weights.length === trace.encoder.tokens.length);
}
