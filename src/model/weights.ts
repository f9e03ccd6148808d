/**
 * Model files: TensorFlow.js weights-manifest entries with per-tensor quantization (uint8 affine
 * or float16), decoded by `tf.io.decodeWeights`, plus the JSON that carries config and vocabulary.
 * Pure: the hosts fetch or read the bytes and pass them in.
 */
import * as tf from '@tensorflow/tfjs-core';
import { checkModelJson, checkVocabJson, checkWeightsFinite, checkWeightsSize } from './checkModelFiles';
import type { ModelConfig } from './config';
import { EMB_T } from './decoder';
import type { Seq2SeqModel } from './model';
import type { Params } from './params';
import type { CaseTable } from './tokenize';
import { Vocab } from './vocab';

/** How weights are stored on the wire. */
export type Quantization = 'float32' | 'float16' | 'uint8';

/** `model.json`: configuration and the weights manifest. */
export interface ModelJson {
  format: 'attention-seq2seq/1';
  config: ModelConfig;
  weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
  /** hex SHA-256 of the weights file, checked on load where the host can compute it */
  sha256?: string;
}

/** `vocab.json`: the two vocabularies and the target casing table. */
export interface VocabJson {
  src: string[];
  tgt: string[];
  caseTable: CaseTable;
}

/** Converts a float32 to IEEE half-precision bits (round to nearest even). */
export function toFloat16Bits(v: number): number {
  const f = new Float32Array([v]);
  const x = new Uint32Array(f.buffer)[0]!;
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  const e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    let half = mant >>> shift;
    const rem = mant & ((1 << shift) - 1);
    const mid = 1 << (shift - 1);
    if (rem > mid || (rem === mid && half & 1)) half += 1;
    return sign | half;
  }
  let half = (e << 10) | (mant >>> 13);
  const rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem === 0x1000 && half & 1)) half += 1;
  return sign | half;
}

function quantize(
  values: Float32Array,
  q: Quantization,
): { bytes: Uint8Array; quantization?: tf.io.WeightsManifestEntry['quantization'] } {
  if (q === 'float32')
    return { bytes: new Uint8Array(values.buffer.slice(values.byteOffset, values.byteOffset + values.byteLength)) };
  if (q === 'float16') {
    const out = new Uint16Array(values.length);
    for (let i = 0; i < values.length; i++) out[i] = toFloat16Bits(values[i]!);
    return { bytes: new Uint8Array(out.buffer), quantization: { dtype: 'float16' } };
  }
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const scale = max > min ? (max - min) / 255 : 1;
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = Math.round((values[i]! - min) / scale);
  return { bytes: out, quantization: { dtype: 'uint8', scale, min } };
}

/**
 * Encodes named float32 arrays into one weights buffer and its manifest entries. `choose` picks
 * the quantization per tensor (e.g. uint8 for embeddings, float16 for the rest).
 */
export function encodeWeights(
  tensors: { name: string; shape: number[]; values: Float32Array }[],
  choose: (name: string) => Quantization,
): { specs: tf.io.WeightsManifestEntry[]; data: Uint8Array } {
  const specs: tf.io.WeightsManifestEntry[] = [];
  const parts: Uint8Array[] = [];
  for (const t of tensors) {
    const { bytes, quantization } = quantize(t.values, choose(t.name));
    specs.push({ name: t.name, shape: t.shape, dtype: 'float32', ...(quantization ? { quantization } : {}) });
    parts.push(bytes);
  }
  const data = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    data.set(p, o);
    o += p.length;
  }
  return { specs, data };
}

/**
 * Builds a ready model from its three files. Everything a broken download or a wrong file could get
 * wrong is checked first (`checkModelFiles`), before any tensor is made; errors are
 * `ModelFileError`s naming the model (`label`).
 */
export function modelFromFiles(label: string, json: unknown, vocab: unknown, weights: ArrayBuffer): Seq2SeqModel {
  const model = checkModelJson(label, json);
  const words = checkVocabJson(label, vocab, model.config);
  checkWeightsSize(label, model, weights.byteLength);
  checkWeightsFinite(label, model, weights);
  const params = tf.io.decodeWeights(weights, model.weightsManifest[0]!.weights) as Params;
  params[EMB_T] = tf.tidy(() => tf.transpose(params['tgt/emb']!)); // cached E_yᵀ [E, V]
  return { cfg: model.config, params, src: new Vocab(words.src), tgt: new Vocab(words.tgt), caseTable: words.caseTable ?? {} };
}
