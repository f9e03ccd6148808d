/** Writes a servable model folder: model.json, weights.bin, vocab.json and card.json (Node only). */
import type { ModelCard } from '../model/card';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CliError } from '../cli/cliError';
import { checkModelJson, checkVocabJson, checkWeightsSize, weightsFileName } from '../model/checkModelFiles';
import type { ModelConfig } from '../model/config';
import { ModelFileError } from '../model/modelFileError';
import { encodeWeights, modelFromFiles, type ModelJson, type Quantization, type VocabJson } from '../model/weights';
import type { Seq2SeqModel } from '../model/model';
import type { StoredTensor } from './checkpoint';

/** How to quantize: one format for everything, or 'mixed' (uint8 embeddings, float16 elsewhere). */
export type QuantPolicy = Quantization | 'mixed';

/** Every {@link QuantPolicy} (the trainer's `--quant` choices). */
export const QUANT_POLICIES: readonly QuantPolicy[] = ['mixed', 'float32', 'float16', 'uint8'];

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

/** Bytes of `file` in the model folder `dir`; a missing file is a {@link ModelFileError} naming it. */
function readModelFile(dir: string, file: string): Buffer {
  const full = path.join(dir, file);
  try {
    return readFileSync(full);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') throw new ModelFileError(dir, { kind: 'missingFile', file });
    throw new CliError(`${full} cannot be read (${code ?? (e as Error).message})`);
  }
}

/** A JSON file of the model folder, parsed; bytes that are not JSON are a {@link ModelFileError} naming the file. */
function readModelJson(dir: string, file: string): unknown {
  const bytes = readModelFile(dir, file);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ModelFileError(dir, { kind: 'notJson', file });
  }
}

/**
 * Loads a model folder from disk (Node host) with the app's checks, in the app's order: model.json
 * (format, configuration, manifest: its weights path is checked before anything is read), vocab.json,
 * the weights' length (a truncated file is a size error), then their checksum. A folder that does not
 * exist is a {@link CliError}; every problem with its files a {@link ModelFileError} naming the file.
 */
export function loadModelDir(dir: string): Seq2SeqModel {
  let isFolder: boolean;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    throw new CliError(`${dir}: no such model folder`);
  }
  if (!isFolder) throw new CliError(`${dir} is a file; give the folder that holds model.json, vocab.json and weights.bin`);
  const json = checkModelJson(dir, readModelJson(dir, 'model.json'));
  const vocab = checkVocabJson(dir, readModelJson(dir, 'vocab.json'), json.config);
  const weightsFile = weightsFileName(json); // a plain file name (checkModelJson): never outside `dir`
  const buf = readModelFile(dir, weightsFile);
  checkWeightsSize(dir, json, buf.byteLength);
  if (json.sha256 && createHash('sha256').update(buf).digest('hex') !== json.sha256.toLowerCase()) {
    throw new ModelFileError(dir, { kind: 'checksum', file: weightsFile });
  }
  const bytes = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
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
