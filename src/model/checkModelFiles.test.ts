/**
 * The checks a model's files go through before any tensor is made: every kind of damage is named
 * (model, file, field or weight), and a rejected file leaves no tensor behind.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkModelJson, checkVocabJson, checkWeightsFinite, checkWeightsSize } from './checkModelFiles';
import type { ModelConfig } from './config';
import { disposeModel } from './model';
import { describeModelFileProblem, ModelFileError, type ModelFileProblem } from './modelFileError';
import { paramShapes } from './paramShapes';
import { SPECIALS } from './vocab';
import { encodeWeights, modelFromFiles, type ModelJson, type VocabJson } from './weights';

const CFG: ModelConfig = {
  attention: 'general',
  embDim: 4,
  hidden: 6,
  srcVocabSize: 7,
  tgtVocabSize: 8,
  maxSrcLen: 10,
  maxTgtLen: 10,
};

/** Valid files of a tiny model (zero weights; embeddings uint8, the rest float16). */
function files(): { json: ModelJson; vocab: VocabJson; bytes: ArrayBuffer } {
  const tensors = Object.entries(paramShapes(CFG)).map(([name, shape]) => ({
    name,
    shape,
    values: new Float32Array(shape.reduce((a, b) => a * b, 1)),
  }));
  const { specs, data } = encodeWeights(tensors, (name) => (name.endsWith('/emb') ? 'uint8' : 'float16'));
  return {
    json: {
      format: 'attention-seq2seq/1',
      config: { ...CFG },
      weightsManifest: [{ paths: ['weights.bin'], weights: specs }],
      sha256: 'ab'.repeat(32),
    },
    vocab: { src: [...SPECIALS, 'a', 'b', 'c'], tgt: [...SPECIALS, 'x', 'y', 'z', 'w'], caseTable: { x: 'X' } },
    bytes: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
  };
}

/** The problem `f` throws (it must throw a ModelFileError naming "m"). */
function problem(f: () => unknown): ModelFileProblem {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ModelFileError);
    expect((e as ModelFileError).model).toBe('m');
    expect((e as Error).message).toBe(`m: ${describeModelFileProblem((e as ModelFileError).problem)}`);
    return (e as ModelFileError).problem;
  }
  throw new Error('no error thrown');
}

/** A JSON copy of model.json with `edit` applied. */
function editedJson(edit: (j: Record<string, any>) => void): unknown {
  const j = JSON.parse(JSON.stringify(files().json)) as Record<string, any>;
  edit(j);
  return j;
}

describe('checkModelJson', () => {
  it('accepts valid files, which build a model', () => {
    const { json, vocab, bytes } = files();
    expect(checkModelJson('m', json)).toBe(json);
    const model = modelFromFiles('m', json, vocab, bytes);
    expect(model.tgt.size).toBe(8);
    disposeModel(model);
  });

  it('rejects what is not this model format', () => {
    for (const j of [null, 42, 'text', [], {}, { format: 'attention-seq2seq/2', config: CFG }]) {
      expect(problem(() => checkModelJson('m', j))).toEqual({ kind: 'notModel', file: 'model.json' });
    }
  });

  it.each<[string, (j: Record<string, any>) => void, string]>([
    ['no config', (j) => delete j.config, 'config.'],
    ['an unknown attention', (j) => (j.config.attention = 'magic'), 'config.attention'],
    ['an odd hidden size', (j) => (j.config.hidden = 7), 'config.hidden'],
    ['a string size', (j) => (j.config.embDim = '4'), 'config.embDim'],
    ['a negative vocabulary', (j) => (j.config.srcVocabSize = -8), 'config.srcVocabSize'],
    ['an absurd output length', (j) => (j.config.maxTgtLen = 1e9), 'config.maxTgtLen'],
    ['a non-boolean srcEos', (j) => (j.config.srcEos = 'yes'), 'config.srcEos'],
    ['no manifest', (j) => delete j.weightsManifest, 'weightsManifest'],
    ['two weight groups', (j) => j.weightsManifest.push(j.weightsManifest[0]), 'weightsManifest'],
    ['a weights path with a folder', (j) => (j.weightsManifest[0].paths = ['../index.html']), 'weightsManifest[0].paths'],
    ['a weights URL', (j) => (j.weightsManifest[0].paths = ['https://example.com/w.bin']), 'weightsManifest[0].paths'],
    ['no weights list', (j) => (j.weightsManifest[0].weights = {}), 'weightsManifest[0].weights'],
    ['a weight without a name', (j) => delete j.weightsManifest[0].weights[2].name, 'weightsManifest[0].weights[2].name'],
    [
      'a duplicated weight',
      (j) => (j.weightsManifest[0].weights[3].name = j.weightsManifest[0].weights[2].name),
      'weightsManifest[0].weights[3].name',
    ],
    ['a fractional dimension', (j) => (j.weightsManifest[0].weights[1].shape = [8, 4.5]), 'weightsManifest[0].weights[1].shape'],
    ['an int32 weight', (j) => (j.weightsManifest[0].weights[1].dtype = 'int32'), 'weightsManifest[0].weights[1].dtype'],
    [
      'an unknown quantization',
      (j) => (j.weightsManifest[0].weights[1].quantization = { dtype: 'int4' }),
      'weightsManifest[0].weights[1].quantization',
    ],
    [
      'uint8 without its scale',
      (j) => delete j.weightsManifest[0].weights[0].quantization.scale,
      'weightsManifest[0].weights[0].quantization',
    ],
    ['a checksum that is not SHA-256 hex', (j) => (j.sha256 = 'abc'), 'sha256'],
  ])('names the field of %s', (_what, edit, field) => {
    expect(problem(() => checkModelJson('m', editedJson(edit)))).toEqual({ kind: 'malformed', file: 'model.json', field });
  });

  it('names a weight with the wrong shape, a missing weight and a weight of another variant', () => {
    const shapeOf = (name: string) => (j: Record<string, any>) =>
      (j.weightsManifest[0].weights.find((w: { name: string }) => w.name === name).shape = [3, 12]);
    expect(problem(() => checkModelJson('m', editedJson(shapeOf('bridge/W'))))).toEqual({
      kind: 'shape',
      weight: 'bridge/W',
      shape: [3, 12],
      expected: [6, 6],
    });
    const drop = (j: Record<string, any>) =>
      (j.weightsManifest[0].weights = j.weightsManifest[0].weights.filter((w: { name: string }) => w.name !== 'att/Wa'));
    expect(problem(() => checkModelJson('m', editedJson(drop)))).toEqual({ kind: 'missingWeight', weight: 'att/Wa' });
    // general-attention files declared as a dot model: W_a is not part of a dot model
    expect(
      problem(() =>
        checkModelJson(
          'm',
          editedJson((j) => (j.config.attention = 'dot')),
        ),
      ),
    ).toEqual({ kind: 'extraWeight', weight: 'att/Wa' });
  });
});

describe('checkVocabJson', () => {
  const vocab = (edit: (v: Record<string, any>) => void): unknown => {
    const v = JSON.parse(JSON.stringify(files().vocab)) as Record<string, any>;
    edit(v);
    return v;
  };

  it('names a missing or non-text token list, and a bad case table', () => {
    expect(problem(() => checkVocabJson('m', null, CFG))).toEqual({ kind: 'malformed', file: 'vocab.json', field: 'src' });
    expect(
      problem(() =>
        checkVocabJson(
          'm',
          vocab((v) => delete v.tgt),
          CFG,
        ),
      ),
    ).toEqual({ kind: 'malformed', file: 'vocab.json', field: 'tgt' });
    expect(
      problem(() =>
        checkVocabJson(
          'm',
          vocab((v) => v.src.push(5)),
          CFG,
        ),
      ),
    ).toEqual({ kind: 'malformed', file: 'vocab.json', field: 'src' });
    expect(
      problem(() =>
        checkVocabJson(
          'm',
          vocab((v) => (v.caseTable = { x: 1 })),
          CFG,
        ),
      ),
    ).toEqual({ kind: 'malformed', file: 'vocab.json', field: 'caseTable' });
  });

  it('names missing special tokens and sizes that differ from the configuration', () => {
    expect(
      problem(() =>
        checkVocabJson(
          'm',
          vocab((v) => v.tgt.reverse()),
          CFG,
        ),
      ),
    ).toEqual({ kind: 'vocabSpecials', side: 'tgt' });
    expect(
      problem(() =>
        checkVocabJson(
          'm',
          vocab((v) => v.src.pop()),
          CFG,
        ),
      ),
    ).toEqual({ kind: 'vocabSize', src: 6, tgt: 8, expectedSrc: 7, expectedTgt: 8 });
  });
});

describe('checkWeightsSize', () => {
  it('names the weights file and both lengths', () => {
    const { json, bytes } = files();
    expect(() => checkWeightsSize('m', json, bytes.byteLength)).not.toThrow();
    expect(problem(() => checkWeightsSize('m', json, bytes.byteLength - 1))).toEqual({
      kind: 'size',
      file: 'weights.bin',
      bytes: bytes.byteLength - 1,
      expected: bytes.byteLength,
    });
  });
});

describe('checkWeightsFinite (the NaN check)', () => {
  /** Valid float32 files of the tiny model (unquantized), weights `fill`. */
  function float32Files(fill: number): { json: ModelJson; bytes: ArrayBuffer } {
    const tensors = Object.entries(paramShapes(CFG)).map(([name, shape]) => ({
      name,
      shape,
      values: new Float32Array(shape.reduce((a, b) => a * b, 1)).fill(fill),
    }));
    const { specs, data } = encodeWeights(tensors, () => 'float32');
    const json = { ...files().json, weightsManifest: [{ paths: ['weights.bin'], weights: specs }] };
    return { json, bytes: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer };
  }

  it('accepts finite weights, float32 and quantized', () => {
    const f32 = float32Files(0.5);
    expect(() => checkWeightsFinite('m', f32.json, f32.bytes)).not.toThrow();
    const q = files();
    expect(() => checkWeightsFinite('m', q.json, q.bytes)).not.toThrow();
  });

  it('refuses weights of 0xFF bytes (NaN), and one infinite value, naming the file and the weight', () => {
    const { json, bytes } = float32Files(0.5);
    const nan = new Uint8Array(bytes.byteLength).fill(0xff).buffer;
    expect(problem(() => checkWeightsFinite('m', json, nan))).toEqual({
      kind: 'nonFinite',
      file: 'weights.bin',
      weight: json.weightsManifest[0]!.weights[0]!.name,
    });
    const inf = bytes.slice(0);
    new Float32Array(inf)[new Float32Array(inf).length - 1] = Infinity;
    expect(problem(() => checkWeightsFinite('m', json, inf))).toMatchObject({
      kind: 'nonFinite',
      weight: json.weightsManifest[0]!.weights.at(-1)!.name,
    });
    // float16: 0x7C00 is +Infinity; the quantized uint8 embeddings cannot be anything but finite
    const q = files();
    const f16 = new Uint8Array(q.bytes.slice(0)).fill(0xff).buffer;
    expect(problem(() => checkWeightsFinite('m', q.json, f16))).toMatchObject({ kind: 'nonFinite' });
    expect((problem(() => checkWeightsFinite('m', q.json, f16)) as { weight: string }).weight).not.toMatch(/\/emb$/);
  });

  it('keeps such a model from loading: modelFromFiles refuses it before making a tensor', async () => {
    await tf.setBackend('cpu');
    const { json, bytes } = float32Files(0.5);
    const before = tf.memory().numTensors;
    const nan = new Uint8Array(bytes.byteLength).fill(0xff).buffer;
    const vocab = files().vocab;
    expect(problem(() => modelFromFiles('m', json, vocab, nan))).toMatchObject({ kind: 'nonFinite' });
    expect(tf.memory().numTensors).toBe(before);
    const ok = modelFromFiles('m', json, vocab, bytes);
    disposeModel(ok);
  });
});

describe('modelFromFiles on broken files', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('makes no tensor before it rejects a file', () => {
    const { json, vocab, bytes } = files();
    const before = tf.memory().numTensors;
    expect(problem(() => modelFromFiles('m', json, vocab, bytes.slice(0, 10)))).toMatchObject({ kind: 'size' });
    expect(problem(() => modelFromFiles('m', json, { ...vocab, src: vocab.src.slice(1) }, bytes))).toMatchObject({
      kind: 'vocabSpecials',
    });
    expect(
      problem(() =>
        modelFromFiles(
          'm',
          editedJson((j) => (j.config.hidden = 8)),
          vocab,
          bytes,
        ),
      ),
    ).toMatchObject({ kind: 'shape' });
    expect(tf.memory().numTensors).toBe(before);
  });
});
