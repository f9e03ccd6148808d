/**
 * The whole model on tiny random weights: greedy traces, tensor hygiene, save → load, forced
 * decoding against the training objective, and the hand-written cross-entropy gradient.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { greedyBatch } from './batchGreedy';
import { ATTENTION_KINDS, type AttentionKind } from './config';
import { greedyDecode } from './greedy';
import { crossEntropy, targetLogProbs, type BatchArrays } from './loss';
import { disposeModel, prepareSource, type Seq2SeqModel } from './model';
import { paramShapes } from './paramShapes';
import { maxAbsDiff, tinyModel, useCpu } from './testUtils';
import type { DecodeTrace } from './trace';
import { BOS, EOS } from './vocab';
import { encodeWeights, modelFromFiles, type ModelJson, type Quantization, type VocabJson } from './weights';

beforeAll(async () => {
  await useCpu();
});

const SOURCES = ['a b c d', 'h g', 'b b b b b e', 'c', 'a zzz f'];

/** Serialises a model's parameters (config-order, EMB_T cache excluded) into the three model files. */
async function saveModel(
  model: Seq2SeqModel,
  q: Quantization,
): Promise<{ json: ModelJson; vocab: VocabJson; bytes: ArrayBuffer }> {
  const tensors = [];
  for (const [name, shape] of Object.entries(paramShapes(model.cfg))) {
    tensors.push({ name, shape, values: (await model.params[name]!.data()) as Float32Array });
  }
  const { specs, data } = encodeWeights(tensors, () => q);
  const json: ModelJson = {
    format: 'attention-seq2seq/1',
    config: model.cfg,
    weightsManifest: [{ paths: ['weights.bin'], weights: specs }],
  };
  const vocab: VocabJson = { src: [...model.src.tokens], tgt: [...model.tgt.tokens], caseTable: model.caseTable };
  return { json, vocab, bytes: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer };
}

/** A one-sentence batch exactly as the trainer builds it (src ends with </s>, tgtIn = <s> y, tgtOut = y </s>). */
function pairBatch(model: Seq2SeqModel, text: string, y: number[]): BatchArrays {
  const src = prepareSource(model, text).ids;
  return {
    B: 1,
    S: src.length,
    T: y.length + 1,
    src: Int32Array.from(src),
    tgtIn: Int32Array.from([BOS, ...y]),
    tgtOut: Int32Array.from([...y, EOS]),
  };
}

/** A random model with weights scaled ×4, so its distributions are peaked like a trained model's. */
function sharpened(kind: AttentionKind, seed: number): Seq2SeqModel {
  const m = tinyModel(kind, seed);
  for (const [k, v] of Object.entries(m.params)) {
    m.params[k] = tf.mul(v, 4);
    v.dispose();
  }
  return m;
}

async function logProbs(model: Seq2SeqModel, b: BatchArrays): Promise<number[]> {
  const t = targetLogProbs(model.params, model.cfg, b);
  const v = Array.from(await t.data());
  t.dispose();
  return v;
}

describe.each(ATTENTION_KINDS)('greedy trace (%s)', (kind: AttentionKind) => {
  it('has the right shapes and internally consistent values', async () => {
    const model = tinyModel(kind);
    const H = model.cfg.hidden;
    const trace: DecodeTrace = await greedyDecode(model, 'a zzz c', { topK: 5 });
    const embRows = (await model.params['tgt/emb']!.array()) as number[][]; // [V, E]
    // encoder: 3 words + </s>; the unknown word is flagged
    expect(trace.attention).toBe(kind);
    expect(trace.encoder.tokens).toEqual(['a', 'zzz', 'c', '</s>']);
    expect(trace.encoder.ids).toEqual([4, 1, 6, EOS]);
    expect(trace.encoder.unknown).toEqual([false, true, false, false]);
    expect(trace.encoder.annotations).toHaveLength(4);
    expect(trace.encoder.annotations.every((a) => a.length === H)).toBe(true);
    expect(trace.encoder.bridge).toHaveLength(H);
    expect(trace.encoder.truncated).toBe(false);
    expect(trace.steps.length).toBeGreaterThan(0);
    expect(trace.steps.length).toBeLessThanOrEqual(model.cfg.maxTgtLen);

    trace.steps.forEach((st, i) => {
      expect(st.t).toBe(i + 1);
      // y_0 = <s>, then each step reads the previous step's choice and state
      expect(st.inputId).toBe(i === 0 ? BOS : trace.steps[i - 1]!.chosen.id);
      expect(st.prevState).toEqual(i === 0 ? trace.encoder.bridge : trace.steps[i - 1]!.state);
      for (const v of [st.prevState, st.state, st.context, st.attentional, st.gates.z, st.gates.r]) expect(v).toHaveLength(H);
      if (kind === 'none') {
        expect(st.scores).toEqual([]);
        expect(st.weights).toEqual([]);
      } else {
        expect(st.scores).toHaveLength(4);
        expect(st.weights).toHaveLength(4);
        expect(Math.abs(st.weights.reduce((s, w) => s + w, 0) - 1)).toBeLessThan(1e-5);
        expect(st.weights.every((w) => w >= 0 && w <= 1)).toBe(true);
        // c_t = Σ_j α_tj h̄_j
        const c = Array.from({ length: H }, (_, d) =>
          st.weights.reduce((s, w, j) => s + w * trace.encoder.annotations[j]![d]!, 0),
        );
        expect(maxAbsDiff(st.context, c)).toBeLessThan(1e-5);
      }
      // Bahdanau's readout reads E_y(y_{t-1}): its trace carries that embedding row, the others none
      if (kind === 'bahdanau') expect(maxAbsDiff(st.embedding!, embRows[st.inputId]!)).toBe(0);
      else expect(st.embedding).toBeUndefined();
      expect(st.topK).toHaveLength(5);
      for (let k = 1; k < st.topK.length; k++) expect(st.topK[k - 1]!.p).toBeGreaterThanOrEqual(st.topK[k]!.p);
      expect(st.topK.reduce((s, c) => s + c.p, 0)).toBeLessThanOrEqual(1 + 1e-6);
      expect(st.chosen).toEqual(st.topK[0]);
      expect(st.topK.every((c) => c.token === model.tgt.token(c.id))).toBe(true);
    });
    // output text and the stop reason follow the chosen tokens
    const chosen = trace.steps.map((s) => s.chosen.id);
    expect(trace.outputTokens).toEqual(chosen.filter((id) => id !== EOS).map((id) => model.tgt.token(id)));
    expect(trace.hitMaxLength).toBe(chosen[chosen.length - 1] !== EOS);
    disposeModel(model);
  });
});

describe('greedy edge cases', () => {
  it('empty input decodes against </s> alone (one attention weight of 1)', async () => {
    const model = tinyModel('general');
    const trace = await greedyDecode(model, '   ');
    expect(trace.encoder.tokens).toEqual(['</s>']);
    expect(trace.steps[0]!.weights).toHaveLength(1);
    expect(trace.steps[0]!.weights[0]).toBeCloseTo(1, 6);
    disposeModel(model);
  });

  it('input longer than maxSrcLen is cut (</s> counted) and flagged', async () => {
    const model = tinyModel('dot'); // maxSrcLen 20
    const trace = await greedyDecode(model, 'a b '.repeat(15), { maxLen: 2 }); // 30 words
    expect(trace.encoder.tokens).toHaveLength(20);
    expect(trace.encoder.tokens[19]).toBe('</s>');
    expect(trace.encoder.truncated).toBe(true);
    expect(trace.steps).toHaveLength(trace.steps[0]!.chosen.id === EOS ? 1 : 2); // maxLen respected
    expect(trace.steps[0]!.weights).toHaveLength(20);
    disposeModel(model);
  });
});

describe('no tensor leaks', () => {
  it('100 greedy decodes (20 per variant, forced and free) leave tf.memory().numTensors unchanged', async () => {
    const models = ATTENTION_KINDS.map((k) => tinyModel(k));
    for (const m of models) await greedyDecode(m, 'a b'); // warm-up (kernels, caches)
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) {
      for (const m of models) {
        await greedyDecode(m, SOURCES[i % SOURCES.length]!, i % 2 ? { force: [5, 6, EOS] } : {});
      }
    }
    expect(tf.memory().numTensors).toBe(before);
    models.forEach(disposeModel);
  });

  it('20 greedyBatch calls leave tf.memory().numTensors unchanged', async () => {
    const models = ATTENTION_KINDS.map((k) => tinyModel(k));
    await greedyBatch(models[0]!, SOURCES);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) await greedyBatch(models[i % models.length]!, SOURCES, 2);
    expect(tf.memory().numTensors).toBe(before);
    models.forEach(disposeModel);
  });

  it('greedyBatch (padded batches) chooses the same words as greedyDecode', async () => {
    for (const kind of ATTENTION_KINDS) {
      const model = tinyModel(kind, 11);
      const batched = await greedyBatch(model, SOURCES, 3);
      for (let i = 0; i < SOURCES.length; i++) {
        const tr = await greedyDecode(model, SOURCES[i]!);
        const ids = tr.steps.map((s) => s.chosen.id).filter((id) => id !== EOS);
        expect(batched[i]!.ids, `${kind}: "${SOURCES[i]}"`).toEqual(ids);
      }
      disposeModel(model);
    }
  });
});

describe.each(ATTENTION_KINDS)('save → load (%s)', (kind: AttentionKind) => {
  const y = [5, 7, 9];
  const text = 'a b c d';

  it('float32 files reproduce the model exactly', async () => {
    const model = tinyModel(kind, 3);
    const { json, vocab, bytes } = await saveModel(model, 'float32');
    const loaded = modelFromFiles(`test-${kind}`, json, vocab, bytes);
    expect(loaded.cfg).toEqual(model.cfg);
    expect(loaded.tgt.tokens).toEqual(model.tgt.tokens);
    // identical greedy traces (every number of every step) and identical log-probabilities
    const a = await greedyDecode(model, text);
    const b = await greedyDecode(loaded, text);
    expect(b).toEqual(a);
    expect(await logProbs(loaded, pairBatch(loaded, text, y))).toEqual(await logProbs(model, pairBatch(model, text, y)));
    disposeModel(model);
    disposeModel(loaded);
  });

  // Weights scaled ×4 (see sharpened) so log-probabilities depend on them noticeably.
  // Measured on these models: float16 ≤ 2.0e-3, uint8 ≤ 1.7e-2 nats.
  it.each([
    ['float16', 5e-3],
    ['uint8', 5e-2],
  ] as const)('%s files stay within %s nats of the float32 log-probabilities', async (q, tol) => {
    const model = sharpened(kind, 3);
    const full = await saveModel(model, 'float32');
    const { json, vocab, bytes } = await saveModel(model, q);
    expect(bytes.byteLength).toBe(full.bytes.byteLength / (q === 'float16' ? 2 : 4));
    const loaded = modelFromFiles(`test-${kind}-${q}`, json, vocab, bytes);
    // every parameter is within half a quantization step of the original
    for (const name of Object.keys(paramShapes(model.cfg))) {
      const a = await model.params[name]!.data();
      const b = await loaded.params[name]!.data();
      expect(loaded.params[name]!.shape, name).toEqual(model.params[name]!.shape);
      let lo = Infinity;
      let hi = -Infinity;
      for (const v of a) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
      const halfStep = (hi - lo) / 255 / 2;
      for (let i = 0; i < a.length; i++) {
        const bound = q === 'float16' ? Math.abs(a[i]!) * 2 ** -11 + 3e-8 : halfStep * (1 + 1e-4) + 1e-6;
        if (!(Math.abs(a[i]! - b[i]!) <= bound)) throw new Error(`${name}[${i}]: ${b[i]} vs ${a[i]} (bound ${bound})`);
      }
    }
    const ref = await logProbs(model, pairBatch(model, text, y));
    const got = await logProbs(loaded, pairBatch(loaded, text, y));
    expect(Math.max(...ref) - Math.min(...ref)).toBeGreaterThan(0.5); // the model is not uniform
    const diff = maxAbsDiff(got, ref);
    expect(diff).toBeLessThan(tol);
    expect(diff).toBeGreaterThan(0); // the quantization really happened
    disposeModel(model);
    disposeModel(loaded);
  });
});

describe('modelFromFiles rejects broken files', () => {
  it('a truncated weights buffer, naming the model', async () => {
    const model = tinyModel('general');
    const { json, vocab, bytes } = await saveModel(model, 'float32');
    expect(() => modelFromFiles('luong-general', json, vocab, bytes.slice(0, bytes.byteLength - 4))).toThrow(
      /luong-general: weights.bin has \d+ bytes, expected \d+/,
    );
    expect(() => modelFromFiles('luong-general', json, vocab, new ArrayBuffer(0))).toThrow(/luong-general/);
    disposeModel(model);
  });

  it('a weight with the wrong shape (same byte count), naming the model and the weight', async () => {
    const model = tinyModel('general');
    const { json, vocab, bytes } = await saveModel(model, 'float32');
    const specs = json.weightsManifest[0]!.weights;
    const bridge = specs.find((s) => s.name === 'bridge/W')!;
    bridge.shape = [4, 16]; // 64 values like [8, 8]
    expect(() => modelFromFiles('my-model', json, vocab, bytes)).toThrow(
      /my-model: weight "bridge\/W" has shape \[4,16\], expected \[8,8\]/,
    );
    disposeModel(model);
  });

  it('a missing weight, a vocabulary of the wrong size, or a foreign model.json', async () => {
    const model = tinyModel('concat');
    const saved = await saveModel(model, 'float32');
    // drop att/v and its bytes (the last tensors are out/Wc, att/Wq, att/Wk, att/v [8, 1])
    const specs = saved.json.weightsManifest[0]!.weights;
    expect(specs[specs.length - 1]!.name).toBe('att/v');
    const noV: ModelJson = { ...saved.json, weightsManifest: [{ paths: ['weights.bin'], weights: specs.slice(0, -1) }] };
    expect(() => modelFromFiles('m1', noV, saved.vocab, saved.bytes.slice(0, saved.bytes.byteLength - 8 * 4))).toThrow(
      /m1: weight "att\/v" is missing/,
    );
    const smallVocab: VocabJson = { ...saved.vocab, tgt: saved.vocab.tgt.slice(0, -1) };
    expect(() => modelFromFiles('m2', saved.json, smallVocab, saved.bytes)).toThrow(/m2: vocabulary sizes/);
    expect(() => modelFromFiles('m3', { format: 'other' } as unknown as ModelJson, saved.vocab, saved.bytes)).toThrow(
      /m3: model.json/,
    );
    disposeModel(model);
  });
});

describe.each(ATTENTION_KINDS)('forced decoding equals the training objective (%s)', (kind: AttentionKind) => {
  it('log p of each forced word equals targetLogProbs of the same pair', async () => {
    const model = tinyModel(kind, 5);
    const text = 'a b zzz d';
    const y = [4, 11, 6, 6, 9];
    const trace = await greedyDecode(model, text, { force: [...y, EOS] });
    expect(trace.steps.map((s) => s.chosen.id)).toEqual([...y, EOS]);
    expect(trace.hitMaxLength).toBe(false);
    const forcedLogs = trace.steps.map((s) => Math.log(s.chosen.p));
    const lp = await logProbs(model, pairBatch(model, text, y));
    expect(lp).toHaveLength(y.length + 1);
    expect(maxAbsDiff(forcedLogs, lp)).toBeLessThan(1e-4);
    // the forced probabilities are real probabilities, not the argmax's
    expect(trace.steps.some((s) => s.chosen.p < s.topK[0]!.p)).toBe(true);
    disposeModel(model);
  });

  it('targetLogProbs of a padded 2-sentence batch equals each sentence alone', async () => {
    const model = tinyModel(kind, 9);
    const s1 = prepareSource(model, 'a b c d e').ids; // 6 ids
    const s2 = prepareSource(model, 'h g').ids; // 3 ids, padded to 6
    const y1 = [4, 5, 6];
    const y2 = [7, 8, 9, 10, 11]; // longer target: y1 is padded
    const S = 6;
    const T = 6;
    const src = new Int32Array(2 * S);
    src.set(s1, 0);
    src.set(s2, S);
    const tgtIn = new Int32Array(2 * T);
    const tgtOut = new Int32Array(2 * T);
    tgtIn.set([BOS, ...y1], 0);
    tgtOut.set([...y1, EOS], 0);
    tgtIn.set([BOS, ...y2], T);
    tgtOut.set([...y2, EOS], T);
    const both = await logProbs(model, { B: 2, S, T, src, tgtIn, tgtOut });
    const one = await logProbs(model, pairBatch(model, 'a b c d e', y1));
    const two = await logProbs(model, pairBatch(model, 'h g', y2));
    expect(both).toHaveLength(4 + 6);
    expect(maxAbsDiff(both, [...one, ...two])).toBeLessThan(1e-5);
    disposeModel(model);
  });
});

describe('crossEntropy', () => {
  const N = 5;
  const V = 7;
  const targets = [0, 6, 3, 3, 1];
  const logitsArr = Array.from({ length: N }, (_, n) =>
    Array.from({ length: V }, (_, v) => Math.sin(1.3 * n + 0.7 * v) * 3 + (v === 2 ? 10 : 0)),
  );
  const dyArr = [0.5, -1, 2, 0.25, 1.5]; // non-uniform upstream gradient

  /** The plain formulation: −logSoftmax(x)[n, y_n]. */
  const plain = (x: tf.Tensor2D): tf.Tensor1D =>
    tf.neg(tf.sum(tf.mul(tf.logSoftmax(x), tf.oneHot(tf.tensor1d(targets, 'int32'), V)), 1)) as tf.Tensor1D;

  it('equals −logSoftmax at the targets', async () => {
    const x = tf.tensor2d(logitsArr);
    const got = await crossEntropy(x, targets).data();
    const want = await plain(x).data();
    expect(maxAbsDiff(got, want)).toBeLessThan(1e-5);
    // a by-hand value: row 0, target 0
    const row = logitsArr[0]!;
    const lse = Math.log(row.reduce((s, v) => s + Math.exp(v), 0));
    expect(got[0]!).toBeCloseTo(lse - row[0]!, 4);
  });

  it('has the same gradient as the plain formulation (tf.grad), with a non-uniform dy', async () => {
    const x = tf.tensor2d(logitsArr);
    const dy = tf.tensor1d(dyArr);
    const gCustom = tf.grad((z: tf.Tensor) => tf.sum(tf.mul(crossEntropy(z as tf.Tensor2D, targets), dy)))(x);
    const gPlain = tf.grad((z: tf.Tensor) => tf.sum(tf.mul(plain(z as tf.Tensor2D), dy)))(x);
    expect(gCustom.shape).toEqual([N, V]);
    expect(maxAbsDiff(await gCustom.data(), await gPlain.data())).toBeLessThan(1e-5);
    // rows of (softmax − onehot)·dy sum to 0
    const rows = (await tf.sum(gCustom, 1).data()) as Float32Array;
    expect(maxAbsDiff(rows, new Array(N).fill(0))).toBeLessThan(1e-5);
  });
});

describe('what-if attention override', () => {
  beforeAll(useCpu);

  it('recomputes the step with the given weights, marks it, and changes the context', async () => {
    const model = tinyModel('general', 11);
    const text = 'a b c d';
    const plain = await greedyDecode(model, text, { maxLen: 3 });
    const S = plain.encoder.tokens.length;
    const onehot = Array.from({ length: S }, (_, j) => (j === 1 ? 5 : 0)); // all weight on source position 1 (renormalised)
    const what = await greedyDecode(model, text, { maxLen: 3, attention: [onehot] });
    const st = what.steps[0]!;
    expect(st.attentionOverridden).toBe(true);
    expect(st.weights).toEqual(Array.from({ length: S }, (_, j) => (j === 1 ? 1 : 0)));
    // c_1 = h̄_1 exactly when all weight sits on position 1.
    expect(maxAbsDiff(st.context, plain.encoder.annotations[1]!)).toBeLessThan(1e-5);
    expect(maxAbsDiff(st.context, plain.steps[0]!.context)).toBeGreaterThan(1e-4);
    // Scores are still the model's own; only α was replaced.
    expect(maxAbsDiff(st.scores, plain.steps[0]!.scores)).toBeLessThan(1e-6);
    expect(what.steps[1]?.attentionOverridden).toBeUndefined();
    tf.dispose(Object.values(model.params));
  });
});
