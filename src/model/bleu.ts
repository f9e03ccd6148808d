/**
 * BLEU exactly as sacreBLEU 2.x computes it (default `13a` tokenizer, mixed
 * case, max n-gram order 4). Pure TypeScript: no DOM, no Node APIs.
 *
 * Reference: sacrebleu/tokenizers/tokenizer_13a.py, tokenizer_re.py and
 * sacrebleu/metrics/bleu.py (`BLEU.compute_bleu`, `_get_closest_ref_len`,
 * `_compute_segment_statistics`).
 */

/** Maximum n-gram order (sacreBLEU's MAX_NGRAM_ORDER). */
export const MAX_ORDER = 4;

/**
 * Python's `str.isspace()` set, used by `str.split()` / `str.strip()`.
 * It differs from JS `\s`: includes U+001C..U+001F and U+0085, excludes U+FEFF.
 */
const PY_WS = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_WS_RUN = new RegExp(`[${PY_WS}]+`);
const PY_WS_TRAIL = new RegExp(`[${PY_WS}]+$`);

/** Python `line.split()`: split on whitespace runs, dropping empty pieces. */
function pySplit(line: string): string[] {
  return line.split(PY_WS_RUN).filter((t) => t !== '');
}

/**
 * The mteval-v13a regex rules of sacreBLEU's `TokenizerRegexp`, in order.
 * Rule 1's class `[\{-\~\[-\` -\&\(-\+\:-\@\/]` written as code-point ranges:
 * `{|}~`, `[\]^_\``, space to `&`, `()*+`, `:;<=>?@`, and `/`.
 * Apostrophe (0x27) and hyphen (0x2D) are NOT in it.
 */
const RULES_13A: ReadonlyArray<readonly [RegExp, string]> = [
  [/([\x20-\x26\x28-\x2b\x2f\x3a-\x40\x5b-\x60\x7b-\x7e])/g, ' $1 '],
  // tokenize period and comma unless preceded by a digit
  [/([^0-9])([.,])/g, '$1 $2 '],
  // tokenize period and comma unless followed by a digit
  [/([.,])([^0-9])/g, ' $1 $2'],
  // tokenize dash when preceded by a digit
  [/([0-9])(-)/g, '$1 $2 '],
];

/** Language-independent replacements of the 13a tokenizer, applied in order. */
const UNESCAPES: ReadonlyArray<readonly [string, string]> = [
  ['<skipped>', ''],
  ['-\n', ''],
  ['\n', ' '],
  ['&quot;', '"'],
  ['&amp;', '&'],
  ['&lt;', '<'],
  ['&gt;', '>'],
];

/**
 * sacreBLEU's `13a` tokenizer (mteval-v13a.pl), case-sensitive.
 * Removes `<skipped>`, joins `-\n`, maps `\n` to space, unescapes
 * `&quot; &amp; &lt; &gt;` (sequentially, so `&amp;lt;` becomes `<`), then
 * applies the four regex rules and splits on whitespace.
 * E.g. `"Hello, world!"` → `["Hello", ",", "world", "!"]`; `l'eau`, `est-ce`
 * and `3.5` stay single tokens; `U.S.A.` → `U . S . A .`.
 */
export function tokenize13a(line: string): string[] {
  let s = line;
  for (const [from, to] of UNESCAPES) s = s.split(from).join(to);
  s = ` ${s} `;
  for (const [re, repl] of RULES_13A) s = s.replace(re, repl);
  return pySplit(s);
}

/** sacreBLEU's segment preprocessing: `tokenizer(sent.rstrip())`. */
function preprocess(sent: string): string[] {
  return tokenize13a(sent.replace(PY_WS_TRAIL, ''));
}

/** Sufficient statistics of BLEU; arrays are indexed by n-1 for n = 1..4. */
export interface BleuStats {
  /** Clipped n-gram matches per order. */
  matches: number[];
  /** Number of hypothesis n-grams per order. */
  totals: number[];
  hypLen: number;
  /** Closest reference length (summed over segments for a corpus). */
  refLen: number;
}

/** Smoothing methods of sacreBLEU (Chen & Cherry 2014). */
export type SmoothMethod = 'none' | 'floor' | 'add-k' | 'exp';

/** How BLEU is computed from n-gram statistics. */
export interface BleuOptions {
  /**
   * 'none' (default for corpus BLEU here): a zero precision makes BLEU 0.
   * 'exp' (sacreBLEU's sentence-BLEU default, used by {@link sentenceBleu}):
   * NIST/mteval geometric decay, the k-th order with zero matches gets
   * precision 1 / (2^k · total).
   * 'floor': zero matches count as `smoothValue` (default 0.1).
   * 'add-k': add `smoothValue` (default 1) to matches and totals for n > 1.
   */
  smooth?: SmoothMethod;
  smoothValue?: number;
  /** Average only over orders up to the last one with a non-zero total (sentence BLEU). */
  effectiveOrder?: boolean;
}

/** A BLEU score with everything it was computed from. */
export interface BleuResult {
  /** BLEU on a 0..100 scale. */
  bleu: number;
  /** (Smoothed) n-gram precisions, 0..100; all 0 when nothing matched. */
  precisions: number[];
  /** Brevity penalty. */
  bp: number;
  hypLen: number;
  refLen: number;
  /** hypLen / refLen (0 when refLen is 0). */
  ratio: number;
  /** Raw (unsmoothed) clipped matches and totals. */
  matches: number[];
  totals: number[];
}

/** Counts of the n-grams of one order, keyed by space-joined tokens (tokens hold no spaces). */
function countNgrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Non-empty references, tokenized; throws like sacreBLEU when none are left. */
function prepareRefs(refs: string[]): string[][] {
  const kept = refs.filter((r) => r !== '');
  if (kept.length === 0) throw new Error('BLEU: empty reference sentence found');
  return kept.map(preprocess);
}

/** Max count of each order-n n-gram over all references (sacreBLEU's reference merge). */
function maxRefCounts(refTokens: string[][], n: number): Map<string, number> {
  const merged = new Map<string, number>();
  for (const toks of refTokens) {
    for (const [k, c] of countNgrams(toks, n)) merged.set(k, Math.max(merged.get(k) ?? 0, c));
  }
  return merged;
}

/** Reference length closest to hypLen; ties go to the shorter reference. */
function closestRefLen(hypLen: number, refLens: number[]): number {
  let bestDiff = -1;
  let best = -1;
  for (const len of refLens) {
    const diff = Math.abs(hypLen - len);
    if (bestDiff === -1 || diff < bestDiff) {
      bestDiff = diff;
      best = len;
    } else if (diff === bestDiff && len < best) {
      best = len;
    }
  }
  return best;
}

/**
 * Segment statistics of one hypothesis against its references (13a-tokenized):
 * clipped matches against the max count over references, hypothesis n-gram
 * totals, hypothesis length and closest reference length (tie → shorter).
 * Empty-string references are ignored (sacreBLEU's variable-reference rule).
 */
export function sentenceStats(hyp: string, refs: string[]): BleuStats {
  const refTokens = prepareRefs(refs);
  const hypTokens = preprocess(hyp);
  const matches: number[] = [];
  const totals: number[] = [];
  for (let n = 1; n <= MAX_ORDER; n++) {
    const refCounts = maxRefCounts(refTokens, n);
    let m = 0;
    for (const [k, c] of countNgrams(hypTokens, n)) m += Math.min(c, refCounts.get(k) ?? 0);
    matches.push(m);
    totals.push(Math.max(0, hypTokens.length - n + 1));
  }
  const refLen = closestRefLen(
    hypTokens.length,
    refTokens.map((t) => t.length),
  );
  return { matches, totals, hypLen: hypTokens.length, refLen };
}

/** Element-wise sum of two statistics (corpus BLEU sums segment statistics). */
export function addStats(a: BleuStats, b: BleuStats): BleuStats {
  return {
    matches: a.matches.map((m, i) => m + (b.matches[i] ?? 0)),
    totals: a.totals.map((t, i) => t + (b.totals[i] ?? 0)),
    hypLen: a.hypLen + b.hypLen,
    refLen: a.refLen + b.refLen,
  };
}

/** Statistics with all counts zero (identity of `addStats`). */
export function emptyStats(): BleuStats {
  return { matches: [0, 0, 0, 0], totals: [0, 0, 0, 0], hypLen: 0, refLen: 0 };
}

/** sacreBLEU's `my_log`: log with log(0) = -9999999999. */
function myLog(x: number): number {
  return x === 0 ? -9999999999 : Math.log(x);
}

/**
 * BLEU from sufficient statistics, a port of sacreBLEU's `BLEU.compute_bleu`.
 * Default: no smoothing (the corpus-level setting this project reports; sacreBLEU's
 * CLI default is 'exp', which differs only when some n-gram order has zero matches), no
 * effective order. As in sacreBLEU, if no n-gram of any order matched the
 * score is 0 whatever the smoothing; bp = exp(1 - refLen/hypLen) when
 * hypLen < refLen (0 when hypLen is 0), else 1.
 */
export function bleuFromStats(stats: BleuStats, opts: BleuOptions = {}): BleuResult {
  const method = opts.smooth ?? 'none';
  const k = opts.smoothValue ?? (method === 'floor' ? 0.1 : 1);
  const { hypLen, refLen } = stats;
  const bp = hypLen < refLen ? (hypLen > 0 ? Math.exp(1 - refLen / hypLen) : 0) : 1;
  const precisions = new Array<number>(MAX_ORDER).fill(0);
  const base = {
    bp,
    hypLen,
    refLen,
    ratio: refLen ? hypLen / refLen : 0,
    matches: stats.matches.slice(),
    totals: stats.totals.slice(),
  };
  if (!stats.matches.some((m) => m !== 0)) return { bleu: 0, precisions, ...base };

  let expDenom = 1;
  let effOrder = MAX_ORDER;
  for (let n = 1; n <= MAX_ORDER; n++) {
    let correct = stats.matches[n - 1] ?? 0;
    let total = stats.totals[n - 1] ?? 0;
    if (method === 'add-k' && n > 1) {
      correct += k;
      total += k;
    }
    if (total === 0) break;
    if (opts.effectiveOrder) effOrder = n;
    if (correct === 0) {
      if (method === 'exp') {
        expDenom *= 2;
        precisions[n - 1] = 100 / (expDenom * total);
      } else if (method === 'floor') {
        precisions[n - 1] = (100 * k) / total;
      }
    } else {
      precisions[n - 1] = (100 * correct) / total;
    }
  }
  const logSum = precisions.slice(0, effOrder).reduce((s, p) => s + myLog(p), 0);
  return { bleu: bp * Math.exp(logSum / effOrder), precisions, ...base };
}

/**
 * Corpus BLEU, equal to `sacrebleu.corpus_bleu(hyps, refStreams)` with default
 * settings except smoothing (13a, mixed case, no smoothing, no effective order): segment
 * statistics are summed, then BLEU is computed once. `refs[i]` holds every
 * reference of `hyps[i]` (any count; empty strings are skipped).
 */
export function corpusBleu(hyps: string[], refs: string[][], opts: BleuOptions = {}): BleuResult {
  if (hyps.length !== refs.length) throw new Error('BLEU: hyps and refs differ in length');
  let stats = emptyStats();
  hyps.forEach((h, i) => {
    stats = addStats(stats, sentenceStats(h, refs[i] ?? []));
  });
  return bleuFromStats(stats, { smooth: 'none', effectiveOrder: false, ...opts });
}

/**
 * Sentence BLEU, equal to `sacrebleu.sentence_bleu(hyp, refs)`: 'exp'
 * smoothing with effective order (orders with no hypothesis n-grams are
 * left out of the geometric mean).
 */
export function sentenceBleu(hyp: string, refs: string[], opts: BleuOptions = {}): BleuResult {
  return bleuFromStats(sentenceStats(hyp, refs), { smooth: 'exp', effectiveOrder: true, ...opts });
}

/** One hypothesis n-gram and whether it counted as a clipped match. */
export interface NgramMatch {
  /** Index of the n-gram's first token in `tokens`. */
  start: number;
  gram: string[];
  matched: boolean;
}

/** Per-order breakdown for a "BLEU explained" view. */
export interface NgramBreakdown {
  n: number;
  /** 13a tokens of the hypothesis. */
  tokens: string[];
  /** Every hypothesis n-gram, left to right. */
  ngrams: NgramMatch[];
  /** Clipped matches (= number of `matched` entries). */
  matches: number;
  /** Number of hypothesis n-grams. */
  total: number;
}

/**
 * For each hypothesis n-gram position of order `n` (>= 1), whether it counted
 * as a clipped match. When an n-gram occurs c times in the hypothesis and at
 * most m times in any single reference, its first min(c, m) occurrences are
 * marked; `matches` equals `sentenceStats(hyp, refs).matches[n - 1]`.
 */
export function ngramMatches(hyp: string, refs: string[], n: number): NgramBreakdown {
  const refCounts = maxRefCounts(prepareRefs(refs), n);
  const tokens = preprocess(hyp);
  const used = new Map<string, number>();
  const ngrams: NgramMatch[] = [];
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n);
    const key = gram.join(' ');
    const u = used.get(key) ?? 0;
    const matched = u < (refCounts.get(key) ?? 0);
    if (matched) used.set(key, u + 1);
    ngrams.push({ start: i, gram, matched });
  }
  return { n, tokens, ngrams, matches: ngrams.filter((g) => g.matched).length, total: ngrams.length };
}
