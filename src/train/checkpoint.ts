/**
 * Training checkpoints: one file holding a JSON header (position in the data, schedule, history)
 * followed by float32 tensors (parameters and Adam moments). Written to a temporary file, flushed
 * and renamed, so a kill at any moment leaves either the old or the new checkpoint, never half.
 */
import { CliError } from '../cli/cliError';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as tf from '@tensorflow/tfjs-core';

/** A named tensor's values as stored. */
export interface StoredTensor {
  name: string;
  shape: number[];
  values: Float32Array;
  /** on-disk encoding: float32 (default, exact) or bfloat16 (top 16 bits; for optimizer moments) */
  encoding?: 'f32' | 'bf16';
}

const bytesPer = (e: StoredTensor['encoding']): number => (e === 'bf16' ? 2 : 4);

function encode(t: StoredTensor): Uint8Array {
  if (t.encoding !== 'bf16') return new Uint8Array(t.values.buffer, t.values.byteOffset, t.values.byteLength);
  const bits = new Uint32Array(Float32Array.from(t.values).buffer);
  const out = new Uint16Array(bits.length);
  for (let i = 0; i < bits.length; i++) out[i] = (bits[i]! + 0x7fff + ((bits[i]! >>> 16) & 1)) >>> 16; // round to nearest even
  return new Uint8Array(out.buffer);
}

function decode(bytes: Uint8Array, encoding: StoredTensor['encoding']): Float32Array {
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
  if (encoding !== 'bf16') return new Float32Array(copy);
  const half = new Uint16Array(copy);
  const bits = new Uint32Array(half.length);
  for (let i = 0; i < half.length; i++) bits[i] = half[i]! << 16;
  return new Float32Array(bits.buffer);
}

/** Reads tensors to host memory as float32. */
export async function readTensors(named: { name: string; tensor: tf.Tensor }[]): Promise<StoredTensor[]> {
  const out: StoredTensor[] = [];
  for (const { name, tensor } of named) {
    const data = await tensor.data();
    // int32 tensors (Adam's iteration counter) are stored as float32 values, not as raw bytes.
    out.push({
      name,
      shape: tensor.shape,
      values: data instanceof Float32Array ? data : Float32Array.from(data as ArrayLike<number>),
    });
  }
  return out;
}

/** Atomically writes `header` and `tensors` to `file` (gzip-compressed when it ends with `.gz`). */
export function writeCheckpoint(file: string, header: object, tensors: StoredTensor[]): void {
  const meta = {
    header,
    tensors: tensors.map((t) => ({
      name: t.name,
      shape: t.shape,
      length: t.values.length,
      ...(t.encoding === 'bf16' ? { encoding: 'bf16' } : {}),
    })),
  };
  const json = Buffer.from(JSON.stringify(meta), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length, 0);
  const tmp = `${file}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    if (file.endsWith('.gz')) {
      writeSync(fd, gzipSync(Buffer.concat([len, json, ...tensors.map(encode)]), { level: 6 }));
    } else {
      writeSync(fd, len);
      writeSync(fd, json);
      for (const t of tensors) writeSync(fd, encode(t));
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/** Reads a checkpoint written by {@link writeCheckpoint}, or null if there is none. */
export function readCheckpoint<H>(file: string): { header: H; tensors: StoredTensor[] } | null {
  if (!existsSync(file)) return null;
  const raw = readFileSync(file);
  let buf: Buffer;
  try {
    buf = file.endsWith('.gz') ? gunzipSync(raw) : raw;
  } catch {
    throw new CliError(`checkpoint ${file} is not a valid gzip file (truncated?)`);
  }
  if (buf.length < 4) throw new CliError(`checkpoint ${file} is truncated (no header)`);
  const n = buf.readUInt32LE(0);
  if (buf.length < 4 + n) throw new CliError(`checkpoint ${file} is truncated in its header`);
  let meta: { header: H; tensors: { name: string; shape: number[]; length: number; encoding?: 'bf16' }[] };
  try {
    meta = JSON.parse(buf.subarray(4, 4 + n).toString('utf8')) as typeof meta;
  } catch {
    throw new CliError(`checkpoint ${file} has a corrupt header`);
  }
  let o = 4 + n;
  const tensors = meta.tensors.map((t) => {
    const size = t.length * bytesPer(t.encoding);
    const bytes = buf.subarray(o, o + size);
    o += size;
    if (bytes.length !== size) throw new CliError(`checkpoint ${file} is truncated at ${t.name}`);
    return { name: t.name, shape: t.shape, values: decode(bytes, t.encoding) };
  });
  if (o !== buf.length) throw new CliError(`checkpoint ${file} has ${buf.length - o} unexpected trailing bytes`);
  return { header: meta.header, tensors };
}
