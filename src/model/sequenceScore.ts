/** How a decoded sequence is scored: one home for its log-probability and length normalisation. */

/** Smallest probability counted (a word of p = 0 would make the sum −∞). */
const MIN_P = 1e-45;

/** log p(y) = Σ_t log p(y_t | y_<t, x) of a sequence from its words' probabilities. */
export function sequenceLogp(probs: Iterable<number>): number {
  let s = 0;
  for (const p of probs) s += Math.log(Math.max(p, MIN_P));
  return s;
}

/** The length-normalised score log p / |y|^α (α = 0: the raw log-probability), as beam search ranks. */
export function lengthNorm(logp: number, length: number, alpha: number): number {
  return logp / Math.pow(Math.max(1, length), alpha);
}
