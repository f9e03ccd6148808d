/** English texts: the `bottleneck` section of the UI strings (src/ui/strings.ts). */

/** The `bottleneck` texts in English. */
export const bottleneckEn = {
  heading: 'The bottleneck attention removes: BLEU vs source length',
  caption:
    'Corpus BLEU of greedy translations by source-sentence length, one line per model. As in Bahdanau et al. (2015, fig. 2), the model without attention has to squeeze the whole sentence into one fixed vector, so its curve falls as sentences get longer; attention keeps longer sentences translatable.',
  set: (set: string, source: string) => `Data: the ${set} set (${source}).`,
  steps: (name: string, steps: number | null) =>
    `${name}: ${steps === null ? 'training steps unknown' : `${steps.toLocaleString('en')} training steps`}`,
  x: 'source length (English words)',
  y: 'BLEU',
  point: (name: string, bucket: string, bleu: string, n: number) => `${name}, ${bucket} words: BLEU ${bleu} (${n} sentences)`,
  data: 'Show the numbers (BLEU per length bucket)',
  loading: 'Loading the BLEU-by-length data…',
  error: (msg: string) => `The chart could not be drawn: ${msg}`,
};
