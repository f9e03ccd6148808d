/**
 * Training checkpoints: one file holding a JSON header (position in the data, schedule, history)
 * followed by float32 tensors (parameters and Adam moments). Written to a temporary file, flushed
 * and renamed, so a kill at any moment leaves either the old or the new checkpoint, never half.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';

/** A named tensor's values as stored. */
export interface StoredTensor {
  name: string;
  shape: number[];
  values: Float32Array;
}

/** Reads tensors to host memory as float32. */
export async function readTensors(named: { name: string; tensor: tf.Tensor }[]): Promise<StoredTensor[]> {
  const out: StoredTensor[] = [];
  for (const { name, tensor } of named) {
    const data = await tensor.data();
    // int32 tensors (Adam's iteration counter) are stored as float32 values, not as raw bytes.
    out.push({ name, shape: tensor.shape, values: data instanceof Float32Array ? data : Float32Array.from(data as ArrayLike<number>) });
  }
  return out;
}

/** Atomically writes `header` and `tensors` to `file`. */
export function writeCheckpoint(file: string, header: object, tensors: StoredTensor[]): void {
  const meta = { header, tensors: tensors.map((t) => ({ name: t.name, shape: t.shape, length: t.values.length })) };
  const json = Buffer.from(JSON.stringify(meta), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length, 0);
  const tmp = `${file}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, len);
    writeSync(fd, json);
    for (const t of tensors) writeSync(fd, new Uint8Array(t.values.buffer, t.values.byteOffset, t.values.byteLength));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/** Reads a checkpoint written by {@link writeCheckpoint}, or null if there is none. */
export function readCheckpoint<H>(file: string): { header: H; tensors: StoredTensor[] } | null {
  if (!existsSync(file)) return null;
  const buf = readFileSync(file);
  const n = buf.readUInt32LE(0);
  const meta = JSON.parse(buf.subarray(4, 4 + n).toString('utf8')) as {
    header: H;
    tensors: { name: string; shape: number[]; length: number }[];
  };
  let o = 4 + n;
  const tensors = meta.tensors.map((t) => {
    const bytes = buf.subarray(o, o + t.length * 4);
    o += t.length * 4;
    if (bytes.length !== t.length * 4) throw new Error(`checkpoint ${file} is truncated at ${t.name}`);
    return { name: t.name, shape: t.shape, values: new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)) };
  });
  return { header: meta.header, tensors };
}
