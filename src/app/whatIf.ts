/**
 * What-if manipulations of a greedy decode, as plain data: words forced at some steps and attention
 * weights set by hand at others. The model re-decodes the sentence with them
 * (`greedyDecode(model, text, { force, attention })`): steps before the first manipulation are
 * recomputed exactly as before, the manipulated step uses the given word / weights, and decoding
 * continues freely from there. Pure: no React, no model calls.
 *
 * A new manipulation at step t replaces everything after t (the old continuation no longer exists).
 */

import { BOS, PAD } from '../model/vocab';

/**
 * Whether a target id may be forced: any word, `</s>` (end the sentence here) and `<unk>` (which
 * the model itself can write), but never `<pad>` (never produced: masked everywhere) or `<s>` (the
 * decoder's start token, only ever fed in, never written).
 */
export function isForcible(id: number): boolean {
  return Number.isInteger(id) && id >= 0 && id !== PAD && id !== BOS;
}

/** A set of what-if manipulations: per step, a forced target id and/or hand-set attention weights. */
export interface WhatIf {
  /** force[t-1]: target id emitted at step t instead of the argmax */
  force: (number | undefined)[];
  /** attention[t-1]: replacement α for step t */
  attention: (number[] | undefined)[];
}

/** No manipulation: the model's own decoding. */
export const NO_WHAT_IF: WhatIf = { force: [], attention: [] };

/** One manipulated step, for the explanation next to the badge. */
export interface Manipulation {
  /** 1-based decoder step */
  t: number;
  kind: 'force' | 'attention';
}

const trim = <T>(xs: readonly (T | undefined)[]): (T | undefined)[] => {
  const out = xs.slice();
  while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
  return out;
};

/** True if any step is manipulated. */
export function isManipulated(w: WhatIf | undefined): boolean {
  return !!w && (w.force.some((v) => v !== undefined) || w.attention.some((v) => v !== undefined));
}

/** Forces target id `id` at step `t` (1-based): later manipulations are dropped, this step's attention override is kept. */
export function withForcedWord(w: WhatIf, t: number, id: number): WhatIf {
  if (!Number.isInteger(t) || t < 1) throw new Error(`step must be ≥ 1, got ${t}`);
  const force = w.force.slice(0, t - 1);
  while (force.length < t - 1) force.push(undefined);
  force.push(id);
  return { force: trim(force), attention: trim(w.attention.slice(0, t)) };
}

/**
 * Sets the attention weights of step `t` (1-based): a word forced at this step or later, and any
 * later override, are dropped, so the model picks this step's word again from the new context.
 */
export function withAttention(w: WhatIf, t: number, weights: readonly number[]): WhatIf {
  if (!Number.isInteger(t) || t < 1) throw new Error(`step must be ≥ 1, got ${t}`);
  const attention = w.attention.slice(0, t - 1);
  while (attention.length < t - 1) attention.push(undefined);
  attention.push(weights.slice());
  return { force: trim(w.force.slice(0, t - 1)), attention: trim(attention) };
}

/** The manipulated steps, in step order (a step can appear twice: forced word and attention). */
export function manipulations(w: WhatIf | undefined): Manipulation[] {
  if (!w) return [];
  const out: Manipulation[] = [];
  const n = Math.max(w.force.length, w.attention.length);
  for (let i = 0; i < n; i++) {
    if (w.attention[i] !== undefined) out.push({ t: i + 1, kind: 'attention' });
    if (w.force[i] !== undefined) out.push({ t: i + 1, kind: 'force' });
  }
  return out;
}

/** Options for `greedyDecode` (only the parts that are set). */
export function decodeOptions(w: WhatIf | undefined): { force?: (number | undefined)[]; attention?: (number[] | undefined)[] } {
  if (!isManipulated(w)) return {};
  const out: { force?: (number | undefined)[]; attention?: (number[] | undefined)[] } = {};
  if (w!.force.some((v) => v !== undefined)) out.force = w!.force.slice();
  if (w!.attention.some((v) => v !== undefined)) out.attention = w!.attention.map((a) => a?.slice());
  return out;
}

/** All attention on source position `j` of `S`. */
export function oneHot(S: number, j: number): number[] {
  return Array.from({ length: S }, (_, i) => (i === j ? 1 : 0));
}

/** Clips at 0 and scales to sum 1 (uniform when everything is 0): what the model will use. */
export function normalised(w: readonly number[]): number[] {
  const v = w.map((x) => (Number.isFinite(x) && x > 0 ? x : 0));
  const s = v.reduce((a, b) => a + b, 0);
  return s > 0 ? v.map((x) => x / s) : v.map(() => (v.length ? 1 / v.length : 0));
}
