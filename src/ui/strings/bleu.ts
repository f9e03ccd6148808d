/** English texts: the `bleu` section of the UI strings (src/ui/strings.ts). */

/** The `bleu` texts in English. */
export const bleuEn = {
  heading: 'BLEU explained',
  intro:
    'BLEU compares the output with the reference(s) by counting shared word sequences (n-grams, n = 1…4), then penalises outputs shorter than the references. Same code as the evaluator: sacreBLEU’s 13a tokenization, case-sensitive.',
  hypothesisLabel: 'Output scored',
  hypGreedy: 'greedy translation',
  hypWhatIf: 'what-if translation',
  hypBeam: (k: number, alpha: string) => `beam search best (k = ${k}, α = ${alpha})`,
  noReference: 'Add a reference above (or pick a test sentence) to score the output.',
  output: 'Output (13a tokens)',
  referenceN: (i: number) => `Reference ${i}`,
  closest: 'closest in length',
  orderPick: 'Highlight matches of order',
  order: (n: number) => `${n}-grams`,
  matchedTitle: (n: number) => `matched ${n}-gram`,
  unmatchedTitle: (n: number) => `${n}-gram not in any reference (or over its clipped count)`,
  ngramsCol: 'n-grams of the output (matches highlighted)',
  clipped: 'clipped matches',
  precision: 'precision',
  precisionOf: (m: number, total: number) => `${m} / ${total}`,
  noNgrams: 'too short: left out of the mean',
  smoothedNote: (k: number, total: number) => `no match: counted as 1 / (2${k > 1 ? `^${k}` : ''} · ${total}) by exp smoothing`,
  clipNote:
    'Clipped: an n-gram counts at most as often as it occurs in a single reference, so repeating a correct word earns nothing.',
  bpHeading: 'Brevity penalty',
  bpLong: (c: number, r: number) => `Output length c = ${c} ≥ closest reference length r = ${r}: no penalty, BP = 1.`,
  bpShort: (c: number, r: number, bp: string) =>
    `Output length c = ${c} < closest reference length r = ${r}: BP = exp(1 − r / c) = ${bp}.`,
  bpEmpty: 'The output is empty: BP = 0.',
  finalHeading: 'Sentence BLEU',
  smoothing:
    'Sentence BLEU with sacreBLEU’s default “exp” smoothing: an order with no match counts as 1 / (2ᵏ · its n-gram count), k = 1, 2, … for the successive such orders, instead of making BLEU 0; orders the output is too short to have are left out (effective order). The corpus BLEU on the model card sums the counts over all test sentences and needs no smoothing.',
  zero: 'No n-gram of any order matches: BLEU is 0.',
};
