/** Checkpoint files: exact round trip, crash leftovers, and truncated files. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { useCpu } from '../model/testUtils';
import { readCheckpoint, readTensors, writeCheckpoint, type StoredTensor } from './checkpoint';

let dir: string;

beforeAll(async () => {
  await useCpu();
  dir = mkdtempSync(path.join(tmpdir(), 'ckpt-test-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Header {
  epoch: number;
  batch: number;
  step: number;
  bestDevBleu: number;
  history: { step: number; loss: number; devBleu: number }[];
  options: { attention: string; lrDecayAt: number[]; note: string };
}

const HEADER: Header = {
  epoch: 2,
  batch: 1234,
  step: 98765,
  bestDevBleu: 27.31,
  history: [
    { step: 1000, loss: 3.25, devBleu: 12.5 },
    { step: 2000, loss: 2.125, devBleu: 18.75 },
  ],
  options: { attention: 'general', lrDecayAt: [4.2, 5.1], note: 'déjà vu « ok » 한국어 ✓' },
};

/** Tensors with awkward contents: special floats, a view with an offset, an empty one, a scalar. */
function tensors(): StoredTensor[] {
  const backing = new Float32Array([9, 9, 1.5, -2.25, 3.125, 9]);
  return [
    { name: 'param:src/emb', shape: [2, 3], values: new Float32Array([0.1, -0.2, 1e-30, -0, Number.MAX_VALUE, 1.4e-45]) },
    { name: 'param:specials', shape: [4], values: new Float32Array([NaN, Infinity, -Infinity, 0]) },
    { name: 'opt:view', shape: [3], values: backing.subarray(2, 5) }, // byteOffset 8
    { name: 'opt:empty', shape: [0], values: new Float32Array(0) },
    { name: 'opt:scalar', shape: [], values: new Float32Array([42]) },
  ];
}

/** Bit patterns, so NaN and −0 compare exactly. */
const bits = (v: Float32Array): number[] => Array.from(new Uint32Array(v.buffer, v.byteOffset, v.length));

describe('writeCheckpoint / readCheckpoint', () => {
  it('round-trips the header and every tensor bit for bit', () => {
    const file = path.join(dir, 'roundtrip.ckpt');
    const written = tensors();
    writeCheckpoint(file, HEADER, written);
    expect(existsSync(`${file}.tmp`)).toBe(false); // renamed into place
    const ck = readCheckpoint<Header>(file)!;
    expect(ck).not.toBeNull();
    expect(ck.header).toEqual(HEADER);
    expect(ck.tensors.map((t) => t.name)).toEqual(written.map((t) => t.name));
    ck.tensors.forEach((t, i) => {
      expect(t.shape).toEqual(written[i]!.shape);
      expect(t.values).toBeInstanceOf(Float32Array);
      expect(bits(t.values)).toEqual(bits(written[i]!.values));
    });
    expect(Array.from(ck.tensors[2]!.values)).toEqual([1.5, -2.25, 3.125]); // the view, not its backing array
    // file size: 4-byte length + JSON + 4 bytes per value
    const values = written.reduce((s, t) => s + t.values.length, 0);
    const n = readFileSync(file).readUInt32LE(0);
    expect(readFileSync(file).length).toBe(4 + n + 4 * values);
  });

  it('round-trips tensors read from the backend with readTensors', async () => {
    const file = path.join(dir, 'tf.ckpt');
    const a = tf.randomNormal([3, 4], 0, 1, 'float32', 5);
    const b = tf.tensor1d([1, 2, 3]);
    writeCheckpoint(
      file,
      { step: 1 },
      await readTensors([
        { name: 'a', tensor: a },
        { name: 'b', tensor: b },
      ]),
    );
    const ck = readCheckpoint<{ step: number }>(file)!;
    expect(ck.header.step).toBe(1);
    expect(ck.tensors[0]!.shape).toEqual([3, 4]);
    expect(Array.from(ck.tensors[0]!.values)).toEqual(Array.from(await a.data()));
    expect(Array.from(ck.tensors[1]!.values)).toEqual([1, 2, 3]);
    tf.dispose([a, b]);
  });

  it('returns null when there is no checkpoint', () => {
    expect(readCheckpoint(path.join(dir, 'missing.ckpt'))).toBeNull();
  });

  it('overwrites an older checkpoint atomically', () => {
    const file = path.join(dir, 'overwrite.ckpt');
    writeCheckpoint(file, { step: 1 }, [{ name: 'w', shape: [2], values: new Float32Array([1, 2]) }]);
    writeCheckpoint(file, { step: 2 }, [{ name: 'w', shape: [3], values: new Float32Array([3, 4, 5]) }]);
    const ck = readCheckpoint<{ step: number }>(file)!;
    expect(ck.header.step).toBe(2);
    expect(Array.from(ck.tensors[0]!.values)).toEqual([3, 4, 5]);
  });
});

describe('crashes', () => {
  it('a leftover .tmp from a crash mid-write does not affect reading the last good checkpoint', () => {
    const file = path.join(dir, 'crash.ckpt');
    writeCheckpoint(file, HEADER, tensors());
    // Simulate a kill during the next save: the first half of a newer checkpoint sits in file.tmp.
    const newer = path.join(dir, 'newer.ckpt');
    writeCheckpoint(newer, { ...HEADER, step: HEADER.step + 500 }, tensors());
    const full = readFileSync(newer);
    writeFileSync(`${file}.tmp`, full.subarray(0, Math.floor(full.length / 2)));
    const ck = readCheckpoint<Header>(file)!;
    expect(ck.header.step).toBe(98765);
    expect(bits(ck.tensors[0]!.values)).toEqual(bits(tensors()[0]!.values));
    // and the next save replaces the leftover cleanly
    writeCheckpoint(file, { ...HEADER, step: 99000 }, tensors());
    expect(existsSync(`${file}.tmp`)).toBe(false);
    expect(readCheckpoint<Header>(file)!.header.step).toBe(99000);
  });

  it('a checkpoint truncated in its tensor data throws an error naming the file and the tensor', () => {
    const file = path.join(dir, 'trunc.ckpt');
    writeCheckpoint(file, HEADER, tensors());
    const full = readFileSync(file);
    writeFileSync(file, full.subarray(0, full.length - 5)); // cuts into the last tensors
    expect(() => readCheckpoint(file)).toThrow(`checkpoint ${file} is truncated at opt:`);
    // cut right after the header: the first tensor is missing entirely
    const n = full.readUInt32LE(0);
    writeFileSync(file, full.subarray(0, 4 + n));
    expect(() => readCheckpoint(file)).toThrow(/is truncated at param:src\/emb/);
  });

  it('a checkpoint truncated inside its header (or empty) throws rather than returning garbage', () => {
    const file = path.join(dir, 'trunc-header.ckpt');
    writeCheckpoint(file, HEADER, tensors());
    const full = readFileSync(file);
    // NB: these currently surface as a bare JSON SyntaxError / RangeError that does not name the file.
    writeFileSync(file, full.subarray(0, 40));
    expect(() => readCheckpoint(file)).toThrow();
    writeFileSync(file, full.subarray(0, 2));
    expect(() => readCheckpoint(file)).toThrow();
    writeFileSync(file, Buffer.alloc(0));
    expect(() => readCheckpoint(file)).toThrow();
  });
});
