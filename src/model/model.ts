/** A loaded model: configuration, parameters, vocabularies and casing table, ready to decode. */
import * as tf from '@tensorflow/tfjs-core';
import type { ModelConfig } from './config';
import { languagesOf } from './languages';
import type { Params } from './params';
import { MAX_INPUT_CHARS, tokenize, type CaseTable } from './tokenize';
import { EOS, UNK, Vocab } from './vocab';

/** Everything needed to run a trained model. */
export interface Seq2SeqModel {
  cfg: ModelConfig;
  params: Params;
  src: Vocab;
  tgt: Vocab;
  caseTable: CaseTable;
}

/** Source tokens and ids as the model reads them (`</s>` appended unless `cfg.srcEos` is false). */
export interface PreparedSource {
  tokens: string[];
  ids: number[];
  unknown: boolean[];
  truncated: boolean;
}

/** Tokenizes (by the source language's rules), truncates to `cfg.maxSrcLen` (counting `</s>`) and looks up ids; never empty. */
export function prepareSource(model: Seq2SeqModel, text: string): PreparedSource {
  const all = tokenize(text, languagesOf(model.cfg).src);
  const eos = model.cfg.srcEos !== false;
  const keep = Math.max(1, model.cfg.maxSrcLen - (eos ? 1 : 0));
  const words = all.slice(0, keep);
  const ids = eos ? [...model.src.encode(words), EOS] : model.src.encode(words);
  if (ids.length === 0) ids.push(EOS); // an empty input still gives the encoder one position
  return {
    tokens: ids.length > words.length ? [...words, model.src.token(EOS)] : words,
    ids,
    unknown: ids.map((id) => id === UNK),
    truncated: all.length > keep || text.length > MAX_INPUT_CHARS,
  };
}

/** Releases the model's tensors. */
export function disposeModel(model: Seq2SeqModel): void {
  tf.dispose(Object.values(model.params));
}
