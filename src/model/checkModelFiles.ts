/**
 * Checks a model's files before any tensor is made from them: model.json (format, configuration,
 * weights manifest, shapes), vocab.json, and the weights file's length. Each check throws a
 * {@link ModelFileError} naming the model and saying what is wrong; the files come from a server
 * or a disk and may be truncated, stale, hand-edited or of another variant. Pure.
 */
import type * as tf from '@tensorflow/tfjs-core';
import { ATTENTION_KINDS, type ModelConfig } from './config';
import { isLanguageCode } from './languages';
import { ModelFileError } from './modelFileError';
import { paramShapes } from './paramShapes';
import { SPECIALS } from './vocab';
import type { ModelJson, VocabJson } from './weights';

/** The model format this code reads. */
export const MODEL_FORMAT = 'attention-seq2seq/1';

/** Longest source or output (tokens) a configuration may ask for. */
const MAX_LENGTH = 1000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown, min = 1): v is number => Number.isInteger(v) && (v as number) >= min;
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Bytes per stored value of a manifest entry (its quantized dtype, else float32). */
function bytesPerValue(e: tf.io.WeightsManifestEntry): number {
  const dt = e.quantization?.dtype;
  return dt === 'uint8' ? 1 : dt === 'float16' || dt === 'uint16' ? 2 : 4;
}

/** Bytes the manifest says the weights file must have. */
export function expectedByteLength(specs: tf.io.WeightsManifestEntry[]): number {
  return specs.reduce((s, e) => s + e.shape.reduce((a, b) => a * b, 1) * bytesPerValue(e), 0);
}

/** The weights file named by a (checked) model.json. */
export function weightsFileName(json: ModelJson): string {
  return json.weightsManifest[0]!.paths[0]!;
}

function checkConfig(label: string, c: unknown): ModelConfig {
  const bad = (field: string): never => {
    throw new ModelFileError(label, { kind: 'malformed', file: 'model.json', field: `config.${field}` });
  };
  if (!isObject(c)) return bad('');
  if (!ATTENTION_KINDS.includes(c.attention as never)) bad('attention');
  if (!isCount(c.embDim)) bad('embDim');
  if (!isCount(c.hidden, 2) || (c.hidden as number) % 2 !== 0) bad('hidden'); // split in two encoder directions
  if (!isCount(c.srcVocabSize, SPECIALS.length + 1)) bad('srcVocabSize');
  if (!isCount(c.tgtVocabSize, SPECIALS.length + 1)) bad('tgtVocabSize');
  if (!isCount(c.maxSrcLen) || (c.maxSrcLen as number) > MAX_LENGTH) bad('maxSrcLen');
  if (!isCount(c.maxTgtLen) || (c.maxTgtLen as number) > MAX_LENGTH) bad('maxTgtLen');
  if (c.srcEos !== undefined && typeof c.srcEos !== 'boolean') bad('srcEos');
  if (c.srcLang !== undefined && !isLanguageCode(c.srcLang)) bad('srcLang');
  if (c.tgtLang !== undefined && !isLanguageCode(c.tgtLang)) bad('tgtLang');
  return c as unknown as ModelConfig;
}

function checkManifest(label: string, m: unknown): tf.io.WeightsManifestEntry[] {
  const bad = (field: string): never => {
    throw new ModelFileError(label, { kind: 'malformed', file: 'model.json', field: `weightsManifest${field}` });
  };
  if (!Array.isArray(m) || m.length !== 1 || !isObject(m[0])) return bad('');
  const group = m[0];
  // one weights file, named plainly (no folder, no URL)
  if (!isStringArray(group.paths) || group.paths.length !== 1 || !/^[\w-][\w.-]*$/.test(group.paths[0]!)) bad('[0].paths');
  if (!Array.isArray(group.weights)) bad('[0].weights');
  const seen = new Set<string>();
  (group.weights as unknown[]).forEach((e, i) => {
    const at = `[0].weights[${i}]`;
    if (!isObject(e) || typeof e.name !== 'string' || seen.has(e.name)) return bad(`${at}.name`);
    seen.add(e.name);
    if (!Array.isArray(e.shape) || !e.shape.every((d) => isCount(d, 0))) bad(`${at}.shape`);
    if (e.dtype !== 'float32') bad(`${at}.dtype`);
    const q = e.quantization;
    if (q === undefined) return;
    if (!isObject(q) || !['uint8', 'uint16', 'float16'].includes(q.dtype as string)) return bad(`${at}.quantization`);
    if (q.dtype !== 'float16' && !(Number.isFinite(q.scale) && Number.isFinite(q.min))) bad(`${at}.quantization`);
  });
  return group.weights as tf.io.WeightsManifestEntry[];
}

/**
 * Checks model.json: this project's format, a sane configuration, a manifest of one weights file
 * whose weights are exactly the configuration's parameters with their shapes.
 */
export function checkModelJson(label: string, json: unknown): ModelJson {
  if (!isObject(json) || json.format !== MODEL_FORMAT) throw new ModelFileError(label, { kind: 'notModel', file: 'model.json' });
  const cfg = checkConfig(label, json.config);
  const specs = checkManifest(label, json.weightsManifest);
  if (json.sha256 !== undefined && !(typeof json.sha256 === 'string' && /^[0-9a-f]{64}$/i.test(json.sha256))) {
    throw new ModelFileError(label, { kind: 'malformed', file: 'model.json', field: 'sha256' });
  }
  const shapes = paramShapes(cfg);
  for (const [name, shape] of Object.entries(shapes)) {
    const spec = specs.find((s) => s.name === name);
    if (!spec) throw new ModelFileError(label, { kind: 'missingWeight', weight: name });
    if (spec.shape.join('x') !== shape.join('x'))
      throw new ModelFileError(label, { kind: 'shape', weight: name, shape: spec.shape, expected: shape });
  }
  const extra = specs.find((s) => !(s.name in shapes));
  if (extra) throw new ModelFileError(label, { kind: 'extraWeight', weight: extra.name });
  return json as unknown as ModelJson;
}

/** Checks vocab.json against the (checked) configuration: two token lists of the right sizes, specials first. */
export function checkVocabJson(label: string, vocab: unknown, cfg: ModelConfig): VocabJson {
  const bad = (field: string): never => {
    throw new ModelFileError(label, { kind: 'malformed', file: 'vocab.json', field });
  };
  if (!isObject(vocab)) return bad('src');
  if (!isStringArray(vocab.src)) bad('src');
  if (!isStringArray(vocab.tgt)) bad('tgt');
  const { src, tgt } = vocab as { src: string[]; tgt: string[] };
  if (
    vocab.caseTable !== undefined &&
    !(isObject(vocab.caseTable) && Object.values(vocab.caseTable).every((v) => typeof v === 'string'))
  )
    bad('caseTable');
  for (const side of ['src', 'tgt'] as const) {
    if (SPECIALS.some((s, i) => (side === 'src' ? src : tgt)[i] !== s))
      throw new ModelFileError(label, { kind: 'vocabSpecials', side });
  }
  if (src.length !== cfg.srcVocabSize || tgt.length !== cfg.tgtVocabSize) {
    throw new ModelFileError(label, {
      kind: 'vocabSize',
      src: src.length,
      tgt: tgt.length,
      expectedSrc: cfg.srcVocabSize,
      expectedTgt: cfg.tgtVocabSize,
    });
  }
  return vocab as unknown as VocabJson;
}

/** Checks that the weights file has exactly the bytes the (checked) manifest describes. */
export function checkWeightsSize(label: string, json: ModelJson, byteLength: number): void {
  const expected = expectedByteLength(json.weightsManifest[0]!.weights);
  if (byteLength !== expected)
    throw new ModelFileError(label, { kind: 'size', file: weightsFileName(json), bytes: byteLength, expected });
}

/**
 * Checks that every stored weight is a finite number (no NaN, no ±Infinity): a damaged weights file
 * of the right length (e.g. all 0xFF bytes, which are NaNs as float32) would otherwise load and
 * decode to "NaN". Quantized uint8/uint16 weights are finite whenever their scale and min are (checked
 * with the manifest); float16 and float32 ones are read. Throws a `nonFinite` error naming the first
 * bad weight. About a millisecond per million weights.
 */
export function checkWeightsFinite(label: string, json: ModelJson, weights: ArrayBuffer): void {
  const view = new DataView(weights);
  let at = 0;
  for (const e of json.weightsManifest[0]!.weights) {
    const n = e.shape.reduce((a, b) => a * b, 1);
    const bytes = n * bytesPerValue(e);
    const dt = e.quantization?.dtype;
    let ok = true;
    if (dt === 'float16') {
      // exponent bits all set: ±Infinity or NaN
      for (let i = 0; i < n && ok; i++) ok = (view.getUint16(at + 2 * i, true) & 0x7c00) !== 0x7c00;
    } else if (dt === undefined) {
      const values = at % 4 === 0 ? new Float32Array(weights, at, n) : new Float32Array(weights.slice(at, at + bytes));
      for (let i = 0; i < n && ok; i++) ok = Number.isFinite(values[i]!);
    }
    if (!ok) throw new ModelFileError(label, { kind: 'nonFinite', file: weightsFileName(json), weight: e.name });
    at += bytes;
  }
}
