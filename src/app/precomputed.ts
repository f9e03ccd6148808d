/**
 * The precomputed example: one real greedy decode by a shipped model, computed ahead of time by
 * `npm run example-trace` (scripts/example-trace.ts) and shipped as JSON
 * (public/examples/precomputed-trace.json). The first screen shows it — clearly labelled — while
 * the live model downloads, so the page is never empty; the user's first translation replaces it.
 */
import { hasAttention } from '../model/config';
import type { DecodeTrace } from '../model/trace';

/** The file's format tag. */
export const PRECOMPUTED_FORMAT = 'attention-precomputed/1';

/** Where the page finds the file, relative to the page. */
export const PRECOMPUTED_PATH = 'examples/precomputed-trace.json';

/** The sentence the example decodes (the adjective order changes: red chair → chaise rouge). */
export const EXAMPLE_SENTENCE = 'The cat is sleeping on the red chair.';

/** Significant digits the file keeps of every number (the page shows at most 4). */
export const EXAMPLE_DIGITS = 4;

/** public/examples/precomputed-trace.json. */
export interface PrecomputedExample {
  format: typeof PRECOMPUTED_FORMAT;
  description: string;
  /** the model variant that computed it, and its display name */
  variant: string;
  variantName: string;
  /** the SHA-256 of that model's weights (its model.json `sha256`), to tell a stale file */
  modelSha256: string;
  sentence: string;
  /** how it was computed (decoder, tfjs backend, host) */
  computedWith: string;
  /** ISO date of the computation */
  created: string;
  trace: DecodeTrace;
}

/** `x` rounded to `digits` significant digits (non-finite numbers unchanged). */
export function roundSig(x: number, digits = EXAMPLE_DIGITS): number {
  return Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(digits)) : x;
}

/** A copy of a trace with every number rounded to `digits` significant digits, ids untouched. */
export function roundTrace(trace: DecodeTrace, digits = EXAMPLE_DIGITS): DecodeTrace {
  const r = (v: readonly number[]): number[] => v.map((x) => roundSig(x, digits));
  return {
    ...trace,
    encoder: {
      ...trace.encoder,
      ...(trace.encoder.embeddings ? { embeddings: trace.encoder.embeddings.map(r) } : {}),
      annotations: trace.encoder.annotations.map(r),
      bridge: r(trace.encoder.bridge),
    },
    steps: trace.steps.map((s) => ({
      ...s,
      prevState: r(s.prevState),
      state: r(s.state),
      gates: { z: r(s.gates.z), r: r(s.gates.r) },
      scores: r(s.scores),
      weights: r(s.weights),
      context: r(s.context),
      attentional: r(s.attentional),
      topK: s.topK.map((c) => ({ ...c, p: roundSig(c.p, digits) })),
      chosen: { ...s.chosen, p: roundSig(s.chosen.p, digits) },
    })),
  };
}

const isStr = (x: unknown): x is string => typeof x === 'string';
const isNums = (x: unknown, n?: number): x is number[] =>
  Array.isArray(x) && (n === undefined || x.length === n) && x.every((v) => typeof v === 'number' && Number.isFinite(v));
const isCandidate = (c: unknown): boolean => {
  const o = c as { id?: unknown; token?: unknown; p?: unknown } | null;
  return !!o && Number.isInteger(o.id) && isStr(o.token) && typeof o.p === 'number';
};

/**
 * True if `x` is a well-formed precomputed example: every vector of the hidden size, attention
 * rows as long as the source (none for the baseline), candidates with ids, tokens and
 * probabilities. The page shows nothing rather than a broken picture.
 */
export function isPrecomputedExample(x: unknown): x is PrecomputedExample {
  const e = x as Partial<PrecomputedExample> | null;
  if (
    !e ||
    e.format !== PRECOMPUTED_FORMAT ||
    !isStr(e.variant) ||
    !isStr(e.variantName) ||
    !isStr(e.sentence) ||
    !isStr(e.modelSha256)
  )
    return false;
  const t = e.trace;
  if (
    !t ||
    !isStr(t.attention) ||
    !isStr(t.translation) ||
    !Array.isArray(t.outputTokens) ||
    !Array.isArray(t.steps) ||
    t.steps.length === 0
  )
    return false;
  const enc = t.encoder;
  if (!enc || !Array.isArray(enc.tokens) || !enc.tokens.every(isStr) || enc.tokens.length === 0) return false;
  const S = enc.tokens.length;
  const H = enc.bridge?.length ?? 0;
  if (H === 0 || !isNums(enc.bridge) || !isNums(enc.ids, S) || !Array.isArray(enc.unknown) || enc.unknown.length !== S)
    return false;
  if (!Array.isArray(enc.annotations) || enc.annotations.length !== S || !enc.annotations.every((a) => isNums(a, H)))
    return false;
  const nW = hasAttention(t.attention) ? S : 0;
  return t.steps.every(
    (s, i) =>
      s.t === i + 1 &&
      isStr(s.input) &&
      [s.prevState, s.state, s.gates?.z, s.gates?.r, s.context, s.attentional].every((v) => isNums(v, H)) &&
      isNums(s.scores, nW) &&
      isNums(s.weights, nW) &&
      Array.isArray(s.topK) &&
      s.topK.length > 0 &&
      s.topK.every(isCandidate) &&
      isCandidate(s.chosen),
  );
}

/** Fetches the precomputed example; null when it is missing or malformed (the page then just waits for the model). */
async function download(): Promise<PrecomputedExample | null> {
  try {
    const res = await fetch(`${import.meta.env.BASE_URL}${PRECOMPUTED_PATH}`);
    if (!res.ok) return null;
    const json: unknown = await res.json();
    return isPrecomputedExample(json) ? json : null;
  } catch {
    return null;
  }
}

let pending: Promise<PrecomputedExample | null> | null = null;
let settled: PrecomputedExample | null | undefined;

/**
 * The precomputed example, fetched once per page: the page's first script (src/main.tsx) starts the
 * download while the rest of the page's code loads, so the example is usually in hand when the page
 * first renders ({@link precomputedExampleNow}) and appears with the page instead of a render later.
 */
export function fetchPrecomputedExample(): Promise<PrecomputedExample | null> {
  pending ??= download().then((ex) => (settled = ex));
  return pending;
}

/** The example if its download already finished (null: none to show), undefined while it runs or before it started. */
export function precomputedExampleNow(): PrecomputedExample | null | undefined {
  return settled;
}
