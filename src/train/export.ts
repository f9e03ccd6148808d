/** Writes a servable model folder: model.json, weights.bin, vocab.json and card.json (Node only). */
import type { ModelCard } from '../model/card';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ModelConfig } from '../model/config';
import { encodeWeights, modelFromFiles, type ModelJson, type Quantization, type VocabJson } from '../model/weights';
import type { Seq2SeqModel } from '../model/model';
import type { StoredTensor } from './checkpoint';

/** How to quantize: one format for everything, or 'mixed' (uint8 embeddings, float16 elsewhere). */
export type QuantPolicy = Quantization | 'mixed';

/** Chooses a per-tensor quantization for a policy. */
export function quantFor(policy: QuantPolicy): (name: string) => Quantization {
  if (policy !== 'mixed') return () => policy;
  return (name) => (name.endsWith('/emb') ? 'uint8' : 'float16');
}

function writeAtomic(file: string, data: string | Uint8Array): void {
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
}

/** Writes the model files into `dir` and returns the weights' byte size. */
export function exportModel(
  dir: string,
  cfg: ModelConfig,
  tensors: StoredTensor[],
  vocab: VocabJson,
  policy: QuantPolicy,
  card: object,
): number {
  mkdirSync(dir, { recursive: true });
  const { specs, data } = encodeWeights(tensors, quantFor(policy));
  const sha256 = createHash('sha256').update(data).digest('hex');
  const json: ModelJson = {
    format: 'attention-seq2seq/1',
    config: cfg,
    weightsManifest: [{ paths: ['weights.bin'], weights: specs }],
    sha256,
  };
  writeAtomic(path.join(dir, 'weights.bin'), data);
  writeAtomic(path.join(dir, 'vocab.json'), JSON.stringify(vocab));
  writeAtomic(path.join(dir, 'model.json'), JSON.stringify(json, null, 1));
  writeAtomic(path.join(dir, 'card.json'), JSON.stringify({ ...card, weightsBytes: data.length, quantization: policy }, null, 2));
  return data.length;
}

/** Loads a model folder from disk (Node host). */
export function loadModelDir(dir: string): Seq2SeqModel {
  const json = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8')) as ModelJson;
  const vocab = JSON.parse(readFileSync(path.join(dir, 'vocab.json'), 'utf8')) as VocabJson;
  const buf = readFileSync(path.join(dir, json.weightsManifest[0]?.paths[0] ?? 'weights.bin'));
  const bytes = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  if (json.sha256 && createHash('sha256').update(buf).digest('hex') !== json.sha256) {
    throw new Error(`${dir}: weights checksum mismatch`);
  }
  return modelFromFiles(dir, json, vocab, bytes);
}

/** Reads a model's card.json (or an empty object). */
export function readCard(dir: string): ModelCard {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'card.json'), 'utf8')) as ModelCard;
  } catch {
    return {};
  }
}
