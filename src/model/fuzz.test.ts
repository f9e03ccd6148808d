/**
 * Fuzz: 10,000+ seeded random inputs (other scripts, emoji sequences, control and bidi characters,
 * lone surrogates, markup and script text, strings up to 10k characters, whitespace only, empty,
 * unknown words, vocabulary words) through tokenize and the model, on the cpu backend in Node.
 *
 * - tiny random models (every attention kind in turn): all 10,000 inputs through the traced
 *   greedy decode the page uses; every 10th also through beam search, and every 10th through
 *   forced decoding with a what-if attention override made of garbage numbers;
 * - the shipped luong-general model: a smaller sample (the cpu backend needs ~20 ms per step
 *   at V = 10k), plus source preparation of all 10,000 inputs against its vocabulary.
 *
 * Every decode must finish without an exception, in bounded time, give a string, keep the source
 * within maxSrcLen, and flag truncation exactly when the tokenized input is longer than the
 * model accepts. Inputs are deterministic (seeded), so a failure names a reproducible case.
 */
import { existsSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModelDir } from '../train/export';
import { beamSearch } from './beam';
import { ATTENTION_KINDS, type AttentionKind } from './config';
import { greedyDecode } from './greedy';
import { disposeModel, prepareSource, type Seq2SeqModel } from './model';
import { tinyModel, TINY_WORDS, useCpu } from './testUtils';
import { MAX_INPUT_CHARS, tokenize, truecase } from './tokenize';
import type { DecodeTrace } from './trace';
import { SPECIALS } from './vocab';
import { mulberry32 as rng } from '../train/rng';
import { fuzzInput } from './fuzzInputs';

/** How many fuzz inputs go through the tiny models. */
const N = 10_000;
/** Per-input time bounds (generous: the machine is shared with training runs). */
const TINY_MS = 2_000;
const REAL_MS = 20_000;
const REAL_DIR = 'public/models/en-fr/luong-general';

/** Describes an input for failure messages without dumping 10k characters. */
function show(i: number, kind: string, text: string): string {
  const head = JSON.stringify(text.slice(0, 80));
  return `#${i} (${kind}, ${text.length} chars): ${head}${text.length > 80 ? '…' : ''}`;
}

/** How many source words a model keeps (maxSrcLen counts `</s>`). */
function keepOf(model: Seq2SeqModel): number {
  return Math.max(1, model.cfg.maxSrcLen - (model.cfg.srcEos !== false ? 1 : 0));
}

/** Checks one trace against the contract; returns the first violation or undefined. */
function checkTrace(model: Seq2SeqModel, text: string, tr: DecodeTrace, maxLen = model.cfg.maxTgtLen): string | undefined {
  const words = tokenize(text, 'src');
  const keep = keepOf(model);
  const enc = tr.encoder;
  if (typeof tr.translation !== 'string') return 'translation is not a string';
  if (!Array.isArray(tr.outputTokens) || tr.outputTokens.some((t) => typeof t !== 'string'))
    return 'outputTokens are not strings';
  if (tr.steps.length < 1 || tr.steps.length > maxLen) return `${tr.steps.length} steps (limit ${maxLen})`;
  if (enc.ids.length < 1 || enc.ids.length > model.cfg.maxSrcLen)
    return `${enc.ids.length} source ids (maxSrcLen ${model.cfg.maxSrcLen})`;
  if (enc.tokens.length !== enc.ids.length || enc.unknown.length !== enc.ids.length)
    return 'encoder tokens/ids/unknown lengths differ';
  if (enc.ids.some((id) => !Number.isInteger(id) || id < 0 || id >= model.cfg.srcVocabSize)) return 'source id out of range';
  if (enc.annotations.length !== enc.ids.length) return 'one annotation per source position expected';
  const cutExpected = words.length > keep || text.length > MAX_INPUT_CHARS; // too many tokens, or characters cut before tokenizing
  if (enc.truncated !== cutExpected)
    return `truncated=${enc.truncated} but ${words.length} tokens (keep ${keep}), ${text.length} chars`;
  if (words.length > keep && enc.ids.length !== model.cfg.maxSrcLen) return 'truncated source should fill maxSrcLen';
  for (const st of tr.steps) {
    if (!(st.chosen.p >= 0 && st.chosen.p <= 1)) return `step ${st.t}: p(chosen) = ${st.chosen.p}`;
    if (!Number.isInteger(st.chosen.id) || st.chosen.id < 0 || st.chosen.id >= model.cfg.tgtVocabSize)
      return `step ${st.t}: chosen id ${st.chosen.id}`;
    if (model.cfg.attention !== 'none') {
      if (st.weights.length !== enc.ids.length)
        return `step ${st.t}: ${st.weights.length} weights for ${enc.ids.length} positions`;
      const sum = st.weights.reduce((a, b) => a + b, 0);
      if (!(Math.abs(sum - 1) < 1e-3) || st.weights.some((w) => !(w >= 0))) return `step ${st.t}: weights sum to ${sum}`;
    }
    if (st.state.some((v) => !Number.isFinite(v))) return `step ${st.t}: non-finite state`;
  }
  return undefined;
}

beforeAll(async () => {
  await useCpu();
});

describe('fuzz: tokenize', () => {
  it(`${N} inputs (both sides) give clean tokens, never throw, and respect MAX_INPUT_CHARS`, () => {
    for (let i = 0; i < N; i++) {
      const { kind, text } = fuzzInput(i, 1, TINY_WORDS);
      for (const side of ['src', 'tgt'] as const) {
        let toks: string[] = [];
        expect(() => (toks = tokenize(text, side)), show(i, kind, text)).not.toThrow();
        const bad = toks.find((t) => typeof t !== 'string' || t === '' || /\s/u.test(t));
        expect(bad, show(i, kind, text)).toBeUndefined();
        // every token comes from the first MAX_INPUT_CHARS characters
        expect(toks.join('').length, show(i, kind, text)).toBeLessThanOrEqual(2 * MAX_INPUT_CHARS);
      }
    }
  });
});

describe('fuzz: gaps found by fuzzing, now fixed', () => {
  it('flags input cut at MAX_INPUT_CHARS characters, not only input over maxSrcLen tokens', () => {
    const model = tinyModel('general', 3, { maxSrcLen: 50 });
    const src = prepareSource(model, 'x'.repeat(MAX_INPUT_CHARS - 1) + ' a'.repeat(3000));
    expect(src.truncated).toBe(true);
    expect(prepareSource(model, 'a b c').truncated).toBe(false);
    disposeModel(model);
  });
  it('truecase ignores Object.prototype keys such as "constructor" in the case table', () => {
    expect(truecase(['le', 'constructor', 'tom'], { tom: 'Tom' })).toEqual(['Le', 'constructor', 'Tom']);
  });
  it('forcing an id outside the vocabulary fails with a clear message and leaks nothing', async () => {
    const model = tinyModel('general', 3);
    const before = tf.memory().numTensors;
    await expect(greedyDecode(model, 'a b', { force: [999] })).rejects.toThrow(/not in the target vocabulary/);
    expect(tf.memory().numTensors).toBe(before);
    disposeModel(model);
  });
});

describe('fuzz: tiny random models, cpu backend', () => {
  it(`${N} inputs through traced greedy decoding (every 10th also beam and forced + what-if) without errors or leaks`, async () => {
    const models = new Map<AttentionKind, Seq2SeqModel>(
      ATTENTION_KINDS.map((k, j) => [k, tinyModel(k, 11 + j, { maxSrcLen: 10 })]),
    );
    const before = tf.memory().numTensors;
    const failures: string[] = [];
    let slowest = 0;
    let truncated = 0;
    let beams = 0;
    let forced = 0;
    const t0 = performance.now();
    for (let i = 0; i < N && failures.length < 5; i++) {
      const { kind, text } = fuzzInput(i, 2, TINY_WORDS);
      const model = models.get(ATTENTION_KINDS[i % ATTENTION_KINDS.length]!)!;
      const V = model.cfg.tgtVocabSize;
      try {
        const s = performance.now();
        const tr = await greedyDecode(model, text);
        slowest = Math.max(slowest, performance.now() - s);
        const bad = checkTrace(model, text, tr);
        if (bad) failures.push(`${show(i, kind, text)} [${model.cfg.attention}]: ${bad}`);
        if (tr.encoder.truncated) truncated++;
        if (i % 10 === 3) {
          const s2 = performance.now();
          const b = await beamSearch(model, text, { k: 1 + (i % 7), alpha: (i % 3) / 2 });
          slowest = Math.max(slowest, performance.now() - s2);
          beams++;
          if (b.hypotheses.length < 1 || b.hypotheses.some((h) => typeof h.text !== 'string' || !Number.isFinite(h.score))) {
            failures.push(`${show(i, kind, text)} [${model.cfg.attention}] beam: bad hypotheses`);
          }
        }
        if (i % 10 === 7) {
          const r = rng(i);
          const len = 1 + Math.floor(r() * model.cfg.maxTgtLen);
          // any target id, specials included, with holes; attention rows of garbage numbers
          const force = Array.from({ length: len }, () => (r() < 0.2 ? undefined : Math.floor(r() * V)));
          const garbage = [NaN, Infinity, -Infinity, -1, 0, 1e30, -1e-30, 3];
          const attention = Array.from({ length: len }, () =>
            r() < 0.3
              ? undefined
              : Array.from({ length: Math.floor(r() * 30) }, () =>
                  r() < 0.5 ? garbage[Math.floor(r() * garbage.length)]! : r(),
                ),
          );
          const s3 = performance.now();
          const f = await greedyDecode(model, text, { force, attention, topK: 1 + Math.floor(r() * 20), maxLen: len });
          slowest = Math.max(slowest, performance.now() - s3);
          forced++;
          const bad2 = checkTrace(model, text, f, len);
          if (bad2) failures.push(`${show(i, kind, text)} [${model.cfg.attention}] forced/what-if: ${bad2}`);
          f.steps.forEach((st, j) => {
            if (force[j] !== undefined && st.chosen.id !== force[j])
              failures.push(`${show(i, kind, text)}: step ${st.t} ignored the forced word`);
          });
        }
      } catch (e) {
        failures.push(`${show(i, kind, text)} [${model.cfg.attention}]: threw ${e instanceof Error ? e.stack : String(e)}`);
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `fuzz tiny: ${N} greedy + ${beams} beam + ${forced} forced/what-if decodes in ${seconds.toFixed(1)} s; slowest ${slowest.toFixed(0)} ms; ${truncated} truncated`,
    );
    expect(failures).toEqual([]);
    expect(slowest).toBeLessThan(TINY_MS);
    expect(truncated).toBeGreaterThan(N / 20); // the generator really produces over-long inputs
    expect(tf.memory().numTensors).toBe(before);
    models.forEach((m) => disposeModel(m));
  }, 300_000);
});

describe.skipIf(!existsSync(`${REAL_DIR}/model.json`))('fuzz: the shipped luong-general model, cpu backend', () => {
  let model: Seq2SeqModel;
  let words: string[];
  beforeAll(() => {
    // The trainer re-exports the model while it runs: retry once if files were caught mid-write.
    try {
      model = loadModelDir(REAL_DIR);
    } catch {
      model = loadModelDir(REAL_DIR);
    }
    words = model.src.tokens.slice(SPECIALS.length, 3000);
  });

  it(`source preparation of ${N} inputs against the real vocabulary: bounded, flagged when cut`, () => {
    const keep = keepOf(model);
    let cut = 0;
    for (let i = 0; i < N; i++) {
      const { kind, text } = fuzzInput(i, 3, words);
      const src = prepareSource(model, text);
      const n = tokenize(text, 'src').length;
      expect(src.ids.length, show(i, kind, text)).toBeLessThanOrEqual(model.cfg.maxSrcLen);
      expect(src.ids.length, show(i, kind, text)).toBeGreaterThanOrEqual(1);
      expect(src.truncated, show(i, kind, text)).toBe(n > keep || text.length > MAX_INPUT_CHARS);
      if (src.truncated) cut++;
    }
    expect(cut).toBeGreaterThan(N / 20);
  });

  it('a sample of inputs (every kind) decodes greedily, and a few by beam search, in bounded time', async () => {
    const before = tf.memory().numTensors;
    const SAMPLE = 48; // 4 per input kind: ~0.2-1.2 s each on the cpu backend
    const failures: string[] = [];
    let slowest = 0;
    const t0 = performance.now();
    for (let i = 0; i < SAMPLE; i++) {
      const { kind, text } = fuzzInput(i, 4, words);
      try {
        const s = performance.now();
        const tr = await greedyDecode(model, text);
        slowest = Math.max(slowest, performance.now() - s);
        const bad = checkTrace(model, text, tr);
        if (bad) failures.push(`${show(i, kind, text)}: ${bad}`);
        if (i % 12 === 8) {
          const s2 = performance.now();
          const b = await beamSearch(model, text, { k: 3, maxLen: 12 });
          slowest = Math.max(slowest, performance.now() - s2);
          if (b.hypotheses.length < 1 || b.hypotheses.some((h) => typeof h.text !== 'string'))
            failures.push(`${show(i, kind, text)}: beam`);
        }
      } catch (e) {
        failures.push(`${show(i, kind, text)}: threw ${e instanceof Error ? e.stack : String(e)}`);
      }
    }
    console.log(
      `fuzz luong-general: ${SAMPLE} greedy + ${Math.ceil((SAMPLE - 8) / 12)} beam decodes in ${((performance.now() - t0) / 1000).toFixed(1)} s; slowest ${slowest.toFixed(0)} ms`,
    );
    expect(failures).toEqual([]);
    expect(slowest).toBeLessThan(REAL_MS);
    expect(tf.memory().numTensors).toBe(before);
  }, 300_000);

  afterAll(() => {
    if (model) disposeModel(model);
  });
});
