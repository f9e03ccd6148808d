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

/** Code point ranges [from, to] by family. */
const RANGES: Record<string, [number, number][]> = {
  ascii: [[0x20, 0x7e]],
  latin: [
    [0xa0, 0x24f],
    [0x1e00, 0x1eff],
  ],
  greekCyrillic: [
    [0x370, 0x3ff],
    [0x400, 0x4ff],
  ],
  rtl: [
    [0x590, 0x5ff],
    [0x600, 0x6ff],
    [0x750, 0x77f],
  ],
  indic: [
    [0x900, 0x97f],
    [0xe00, 0xe7f],
    [0x980, 0x9ff],
  ],
  cjk: [
    [0x3040, 0x30ff],
    [0x4e00, 0x9fff],
    [0xac00, 0xd7a3],
    [0x3000, 0x303f],
    [0xff00, 0xffef],
  ],
  combining: [
    [0x300, 0x36f],
    [0x1ab0, 0x1aff],
    [0x20d0, 0x20ff],
  ],
  control: [
    [0x0, 0x1f],
    [0x7f, 0x9f],
    [0x200b, 0x200f],
    [0x2028, 0x202e],
    [0x2060, 0x206f],
    [0xfeff, 0xfeff],
  ],
  emoji: [
    [0x1f300, 0x1f5ff],
    [0x1f600, 0x1f64f],
    [0x1f680, 0x1f6ff],
    [0x1f900, 0x1f9ff],
    [0x2600, 0x27bf],
  ],
  odd: [
    [0xe000, 0xf8ff],
    [0xfff0, 0xffff],
    [0x10000, 0x1007f],
    [0xe0000, 0xe007f],
    [0x1d400, 0x1d7ff],
  ],
  numbers: [
    [0x30, 0x39],
    [0x660, 0x669],
    [0x2150, 0x218f],
    [0xff10, 0xff19],
  ],
  punct: [
    [0x21, 0x2f],
    [0x3a, 0x40],
    [0x5b, 0x60],
    [0x7b, 0x7e],
    [0x2010, 0x2027],
    [0x2030, 0x205e],
  ],
};
const FAMILIES = Object.keys(RANGES);

const WHITESPACE = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '\u202f',
  '\u2007',
  '\u2009',
  '\u200b',
  '\ufeff',
  '\u3000',
  '\u2028',
  '\u2029',
  '\v',
  '\f',
  '\u1680',
  '\u205f',
];

const EMOJI_SEQUENCES = ['👨‍👩‍👧‍👦', '🏳️‍🌈', '👍🏽', '🇫🇷', '🇰🇷', '❤️', '🧑🏿‍💻', '1️⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '😀', '🙈🙉🙊', '🤷‍♀️'];

const NASTY = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE users; --",
  '<svg/onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("return this")()}}',
  '${7*7} #{7*7} <%= 7*7 %>',
  '__proto__ constructor prototype toString valueOf hasOwnProperty',
  '<s> </s> <unk> <pad>',
  '&lt;b&gt; &amp; &#x27; &#0;',
  '\\u0000 \\n %00 %0a %s %d %n',
  'null undefined NaN Infinity -0 1e309',
  "l'eau d'abord qu'il n't 'm -ce est-ce ''' --- '-'-' -a- a--b",
  '3.5 1,000 1.2.3 ,,, ... …',
  'Ǆ ǅ ǆ ß ẞ İ ı ﬁ Å Å ᾏ',
  '\u202egnirts desrever\u202c',
  'a\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308 Z̤̙͈̩̫͌͑ͅa̷̢l̵go̴',
  '\ud800 \udfff \ud83d x\udc00',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function codePoint(r: () => number, family: string): string {
  const [a, b] = pick(r, RANGES[family]!);
  const cp = a + Math.floor(r() * (b - a + 1));
  // Lone surrogates are allowed on purpose (String.fromCharCode keeps them unpaired).
  return cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
}

function randomWord(r: () => number, family: string, maxLen = 12): string {
  const n = 1 + Math.floor(r() * maxLen);
  let s = '';
  for (let i = 0; i < n; i++) s += codePoint(r, family);
  return s;
}

/** Text of about `chars` characters from random families, words and separators. */
function mixed(r: () => number, chars: number, words: readonly string[]): string {
  let s = '';
  while (s.length < chars) {
    const x = r();
    if (x < 0.35 && words.length > 0) s += pick(r, words);
    else if (x < 0.45) s += pick(r, EMOJI_SEQUENCES);
    else if (x < 0.5) s += pick(r, NASTY);
    else s += randomWord(r, pick(r, FAMILIES));
    s += r() < 0.85 ? ' ' : pick(r, WHITESPACE);
  }
  return s.slice(0, chars);
}

/** The kinds of input {@link fuzzInput} makes, in rotation. */
const KINDS = [
  'empty',
  'whitespace',
  'script',
  'emoji',
  'control',
  'markup',
  'unknown',
  'vocab',
  'long',
  'veryLong',
  'mixed',
  'punct',
] as const;
type FuzzKind = (typeof KINDS)[number];

/**
 * The i-th fuzz input (deterministic for a seed). `words` are vocabulary words of the model under
 * test, so that some inputs are understood and some are long enough to be truncated.
 */
function fuzzInput(i: number, seed: number, words: readonly string[]): { kind: FuzzKind; text: string } {
  const r = rng(seed * 1_000_003 + i);
  const kind = KINDS[i % KINDS.length]!;
  const len = (max: number): number => 1 + Math.floor(r() * max);
  let text: string;
  switch (kind) {
    case 'empty':
      text = r() < 0.5 ? '' : pick(r, ['', '\u200b', '\ufeff', '\u0000', '\u200d']);
      break;
    case 'whitespace':
      text = Array.from({ length: len(60) }, () => pick(r, WHITESPACE)).join('');
      break;
    case 'script':
      text = Array.from({ length: len(20) }, () =>
        randomWord(r, pick(r, ['latin', 'greekCyrillic', 'rtl', 'indic', 'cjk', 'combining', 'numbers'])),
      ).join(' ');
      break;
    case 'emoji':
      text = Array.from({ length: len(30) }, () => (r() < 0.5 ? pick(r, EMOJI_SEQUENCES) : randomWord(r, 'emoji', 4))).join(
        r() < 0.5 ? ' ' : '',
      );
      break;
    case 'control':
      text = Array.from({ length: len(40) }, () =>
        r() < 0.5 ? codePoint(r, 'control') : r() < 0.5 ? (pick(r, words) ?? 'a') : codePoint(r, 'odd'),
      ).join(r() < 0.5 ? '' : ' ');
      break;
    case 'markup':
      text = Array.from({ length: len(6) }, () => pick(r, NASTY)).join(r() < 0.5 ? ' ' : '');
      break;
    case 'unknown':
      text = Array.from({ length: len(30) }, () => 'zq' + randomWord(r, 'ascii', 8).replace(/[^a-z]/gi, 'x')).join(' ');
      break;
    case 'vocab':
      text = Array.from({ length: len(120) }, () => pick(r, words)).join(r() < 0.8 ? ' ' : pick(r, WHITESPACE));
      break;
    case 'long':
      text = mixed(r, 200 + Math.floor(r() * 1800), words);
      break;
    case 'veryLong':
      // up to 10k characters; sometimes one giant word, sometimes thousands of short ones
      text =
        r() < 0.2
          ? randomWord(r, pick(r, FAMILIES), 1).repeat(2000 + Math.floor(r() * 8000))
          : mixed(r, 2000 + Math.floor(r() * 8000), words);
      break;
    case 'mixed':
      text = mixed(r, len(300), words);
      break;
    case 'punct':
      text = Array.from({ length: len(80) }, () =>
        r() < 0.7 ? codePoint(r, 'punct') : pick(r, ["'", '-', '.', ',', '...', "n't", "'m"]),
      ).join(r() < 0.5 ? '' : ' ');
      break;
  }
  return { kind, text };
}

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
