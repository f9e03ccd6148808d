/** English texts: the `pairs` section of the UI strings (src/ui/strings.ts). */

/** The `pairs` texts in English. */
export const pairsEn = {
  label: 'Language pair',
  names: {
    'en-fr': 'English → French',
    'en-de': 'English → German',
    'learned-reverse': 'Trained here: reverse',
    'learned-sort': 'Trained here: sort',
    'learned-date': 'Trained here: dates',
  } as Record<string, string>,
  /** a sentence added to the page intro for a pair, saying what its pictures show */
  introNotes: {
    'en-de': 'German moves participles and verbs to the end, so the picture is far from diagonal.',
  } as Record<string, string>,
  training: (step: string, planned: string) =>
    `Training in progress (step ${step} of ${planned}): this model is under-trained, so its translations are still poor.`,
  noBottleneck: 'No BLEU-by-length data for this language pair yet: its models have not been evaluated on the test set.',
  noExamples: 'No test-set examples for this language pair yet.',
};
