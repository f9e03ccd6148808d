/**
 * How a model the user opened from a folder (or trained in the page) is kept between visits: its raw files (names and
 * bytes, exactly as read) with its id, display name and pair, as one IndexedDB record. Raw files,
 * not parsed ones, so a restored model goes through the same checks as a freshly opened one. Pure:
 * building a record, reading one back (anything malformed is dropped, never thrown), naming.
 */
import type { FolderFile } from '../../model/modelFolder';
import { MODEL_FOLDER_FILES } from '../../model/modelFolder';

/** One stored user model. */
export interface UserModelRecord {
  /** registry id (`opened:<name>` for a folder the user opened, `trained:<variant>` for a model trained in the page) */
  id: string;
  /** display name (the folder's name) */
  name: string;
  /** language pair from its config, e.g. `en-de` */
  pair: string;
  /** the folder's model files (model.json, vocab.json, weights file, card.json), bytes as read */
  files: { name: string; bytes: ArrayBuffer }[];
  /** when it was opened (ms since the epoch) */
  added: number;
}

const baseName = (name: string): string => name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);

/** The name of the folder the files came from (the first path part of a picked folder), else `fallback`. */
export function folderName(paths: readonly string[], fallback = 'my-model'): string {
  for (const p of paths) {
    const parts = p.split(/[/\\]/).filter(Boolean);
    if (parts.length > 1) return parts[parts.length - 2]!;
  }
  return fallback;
}

/** A display name cut to something a select can show (letters kept, control characters removed, ≤ 40 chars). */
export function cleanModelName(name: string): string {
  const clean = name
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 40);
  return clean === '' ? 'my-model' : clean;
}

/** An id-safe form of a name (`[A-Za-z0-9._-]`, ≤ 40 chars) for `opened:<…>` ids. */
export function idPart(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 40);
  return s === '' ? 'model' : s;
}

/** Keeps only the files a model folder needs (by base name: model.json, vocab.json, the weights file, card.json). */
export function modelFilesOnly(files: readonly FolderFile[], weightsFile = 'weights.bin'): FolderFile[] {
  const wanted = new Set<string>([...MODEL_FOLDER_FILES, weightsFile]);
  return files.filter((f) => wanted.has(baseName(f.name)));
}

/** The record of a checked model. */
export function toRecord(
  id: string,
  name: string,
  pair: string,
  files: readonly FolderFile[],
  added = Date.now(),
): UserModelRecord {
  return {
    id,
    name,
    pair,
    files: files.map((f) => ({
      name: baseName(f.name),
      bytes:
        f.bytes instanceof Uint8Array
          ? (f.bytes.buffer.slice(f.bytes.byteOffset, f.bytes.byteOffset + f.bytes.byteLength) as ArrayBuffer)
          : f.bytes,
    })),
    added,
  };
}

const isString = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** A record read back from storage, or null when it is not one (old format, damaged). */
export function fromRecord(raw: unknown): UserModelRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Partial<UserModelRecord>;
  if (!isString(r.id) || !/^(opened|trained):/.test(r.id) || !isString(r.name) || !isString(r.pair)) return null;
  if (!Array.isArray(r.files) || r.files.length === 0) return null;
  const files = r.files.filter(
    (f): f is { name: string; bytes: ArrayBuffer } =>
      typeof f === 'object' && f !== null && isString(f.name) && f.bytes instanceof ArrayBuffer,
  );
  if (files.length !== r.files.length) return null;
  return { id: r.id, name: r.name, pair: r.pair, files, added: typeof r.added === 'number' ? r.added : 0 };
}
