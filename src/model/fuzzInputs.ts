/**
 * The fuzz test's inputs (src/model/fuzz.test.ts): seeded random text of many families (other
 * scripts, emoji sequences, control and bidi characters, lone surrogates, markup, very long strings,
 * whitespace, vocabulary words), deterministic per seed and index so a failure names its case.
 * Test support only: nothing in the app imports it.
 */
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
export const KINDS = [
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
/** One kind of fuzz input. */
export type FuzzKind = (typeof KINDS)[number];

/**
 * The i-th fuzz input (deterministic for a seed). `words` are vocabulary words of the model under
 * test, so that some inputs are understood and some are long enough to be truncated.
 */
export function fuzzInput(i: number, seed: number, words: readonly string[]): { kind: FuzzKind; text: string } {
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
