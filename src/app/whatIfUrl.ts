/**
 * What-if manipulations in a URL, so that a shared link reopens a manipulated decode:
 * `force=3.145,5.20` (step t . target id) and `att=2_0_1_0,4_0.5_0.5` (step t _ α₁ _ α₂ …).
 * Pure string functions. Parsing drops every malformed piece; whether the pieces fit the model and
 * the sentence (ids inside the vocabulary, one weight per source token) is checked by
 * {@link fitWhatIf} once both are known.
 */
import type { WhatIf } from './whatIf';
import { isForcible, isManipulated, normalised } from './whatIf';

/** Largest decoder step a what-if in a URL may name. */
export const MAX_WHATIF_STEP = 200;
/** Most source positions an attention override in a URL may carry. */
export const MAX_WHATIF_WEIGHTS = 200;

const STEP = /^\d{1,3}$/;
const WEIGHT = /^\d{1,3}(\.\d{1,8})?$/;

const stepOf = (s: string): number | null => {
  if (!STEP.test(s)) return null;
  const t = Number(s);
  return t >= 1 && t <= MAX_WHATIF_STEP ? t : null;
};

/** Parses `force` and `att` URL values; null when neither holds a valid manipulation. */
export function parseWhatIf(force: string | null, att: string | null): WhatIf | null {
  const w: WhatIf = { force: [], attention: [] };
  for (const piece of (force ?? '').split(',')) {
    const m = /^(\d{1,3})\.(\d{1,6})$/.exec(piece.trim());
    const t = m ? stepOf(m[1]!) : null;
    if (t === null || w.force[t - 1] !== undefined) continue;
    while (w.force.length < t) w.force.push(undefined);
    w.force[t - 1] = Number(m![2]);
  }
  for (const piece of (att ?? '').split(',')) {
    const [ts, ...ws] = piece.trim().split('_');
    const t = ts ? stepOf(ts) : null;
    if (
      t === null ||
      ws.length === 0 ||
      ws.length > MAX_WHATIF_WEIGHTS ||
      !ws.every((x) => WEIGHT.test(x)) ||
      w.attention[t - 1] !== undefined
    )
      continue;
    const v = ws.map(Number);
    if (!(v.reduce((a, b) => a + b, 0) > 0)) continue;
    while (w.attention.length < t) w.attention.push(undefined);
    w.attention[t - 1] = normalised(v);
  }
  return isManipulated(w) ? w : null;
}

/** A weight as a short decimal (6 significant digits at most, no exponent). */
const num = (x: number): string => String(Math.round(x * 1e6) / 1e6);

/** The `force` and `att` URL values of `w` (null where it has none). */
export function serializeWhatIf(w: WhatIf | null): { force: string | null; att: string | null } {
  if (!w || !isManipulated(w)) return { force: null, att: null };
  const force = w.force.flatMap((id, i) => (id === undefined ? [] : [`${i + 1}.${id}`])).join(',');
  const att = w.attention.flatMap((a, i) => (a === undefined ? [] : [[String(i + 1), ...a.map(num)].join('_')])).join(',');
  return { force: force || null, att: att || null };
}

const trimEnd = <T>(xs: (T | undefined)[]): (T | undefined)[] => {
  while (xs.length > 0 && xs[xs.length - 1] === undefined) xs.pop();
  return xs;
};

/**
 * The part of `w` that fits a model with `vocabSize` target words and a sentence of `sourceLength`
 * tokens: forced ids inside the vocabulary and not `<pad>` or `<s>` ({@link isForcible}), overrides
 * with one weight per source token. Null if nothing is left.
 */
export function fitWhatIf(w: WhatIf | null, vocabSize: number, sourceLength: number): WhatIf | null {
  if (!w) return null;
  const fit: WhatIf = {
    force: w.force.map((id) => (id !== undefined && isForcible(id) && id < vocabSize ? id : undefined)),
    attention: w.attention.map((a) => (a !== undefined && a.length === sourceLength ? a.slice() : undefined)),
  };
  fit.force = trimEnd(fit.force);
  fit.attention = trimEnd(fit.attention);
  return isManipulated(fit) ? fit : null;
}

/**
 * The part of `w` a decode of `steps` steps actually used: a manipulation at a step the decode
 * never reached (it ended earlier) changed nothing and is dropped, so a link such as `force=150.5`
 * does not mark an unchanged translation as manipulated. Null if nothing is left.
 */
export function withinDecode(w: WhatIf, steps: number): WhatIf | null {
  const used: WhatIf = { force: trimEnd(w.force.slice(0, steps)), attention: trimEnd(w.attention.slice(0, steps)) };
  return isManipulated(used) ? used : null;
}
