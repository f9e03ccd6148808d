/**
 * A model folder the user opens (a folder picker or dropped files): its files arrive as bytes in
 * memory — nothing is uploaded — and go through the same checks as the shipped models
 * (checkModelFiles.ts) plus the ones only a local folder needs (a file missing from the folder,
 * bytes that are not UTF-8 JSON, a card that is not JSON). Every error is a {@link ModelFileError}
 * naming the model and the file. Pure: the host reads the files and, where it can, hashes them.
 */
import { checkModelJson, checkVocabJson, checkWeightsSize, weightsFileName } from './checkModelFiles';
import { languagesOf, type Language } from './languages';
import { ModelFileError } from './modelFileError';
import type { ModelJson, VocabJson } from './weights';

/** One file of the folder: its name (a path such as `my-model/model.json` is fine) and bytes. */
export interface FolderFile {
  name: string;
  bytes: ArrayBuffer | Uint8Array;
}

/** A checked model folder: everything needed to build the model (`modelFromFiles`) and describe it. */
export interface CheckedModelFolder {
  json: ModelJson;
  vocab: VocabJson;
  weights: ArrayBuffer;
  /** card.json when the folder has one */
  card?: Record<string, unknown>;
  /** the model's languages (en→fr when its config names none) */
  languages: { src: Language; tgt: Language };
  /** whether the weights' SHA-256 was compared with model.json's (a `sha256` function was given and the file has one) */
  verified: boolean;
}

/** The files the app reads from a model folder (the weights file is named by model.json). */
export const MODEL_FOLDER_FILES = ['model.json', 'vocab.json', 'weights.bin', 'card.json'] as const;

const baseName = (name: string): string => name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);

const toArrayBuffer = (b: ArrayBuffer | Uint8Array): ArrayBuffer =>
  b instanceof Uint8Array ? (b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer) : b;

/** Parses a JSON file's bytes (UTF-8, an optional BOM), or throws `notJson` naming it. */
function parseJsonFile(label: string, file: string, bytes: ArrayBuffer | Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ModelFileError(label, { kind: 'notJson', file });
  }
}

/**
 * Checks a model folder's files and returns them ready to build. `label` names the model in
 * messages (e.g. the folder's name). `sha256` (lower-case hex, or undefined where the host cannot
 * hash) lets the weights be compared with model.json's checksum. Files other than the model's
 * are ignored; when several have the same name, the first counts.
 */
export async function checkModelFolder(
  label: string,
  files: readonly FolderFile[],
  sha256?: (data: ArrayBuffer) => Promise<string | undefined>,
): Promise<CheckedModelFolder> {
  const byName = new Map<string, ArrayBuffer | Uint8Array>();
  for (const f of files) if (!byName.has(baseName(f.name))) byName.set(baseName(f.name), f.bytes);
  const need = (file: string): ArrayBuffer | Uint8Array => {
    const b = byName.get(file);
    if (!b) throw new ModelFileError(label, { kind: 'missingFile', file });
    return b;
  };
  const json = checkModelJson(label, parseJsonFile(label, 'model.json', need('model.json')));
  const vocab = checkVocabJson(label, parseJsonFile(label, 'vocab.json', need('vocab.json')), json.config);
  const weightsFile = weightsFileName(json);
  const weights = toArrayBuffer(need(weightsFile));
  checkWeightsSize(label, json, weights.byteLength);
  let verified = false;
  if (json.sha256 && sha256) {
    const hash = await sha256(weights);
    if (hash !== undefined) {
      if (hash !== json.sha256.toLowerCase()) throw new ModelFileError(label, { kind: 'checksum', file: weightsFile });
      verified = true;
    }
  }
  const cardBytes = byName.get('card.json');
  let card: Record<string, unknown> | undefined;
  if (cardBytes) {
    const c = parseJsonFile(label, 'card.json', cardBytes);
    if (typeof c !== 'object' || c === null || Array.isArray(c))
      throw new ModelFileError(label, { kind: 'malformed', file: 'card.json', field: '(top level)' });
    card = c as Record<string, unknown>;
  }
  return { json, vocab, weights, ...(card ? { card } : {}), languages: languagesOf(json.config), verified };
}
