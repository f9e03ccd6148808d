/** English texts: the `forcing` section of the UI strings (src/ui/strings.ts). */

/** The `forcing` texts in English. */
export const forcingEn = {
  heading: 'Teacher forcing: feed the reference',
  /** `lang`: the output language's name (strings.ts `languageNames`) */
  intro: (lang: string) =>
    `Type a ${lang} reference translation (or pick a test sentence below). The decoder is then fed the reference words instead of its own predictions, and each step shows the probability the model gives to the next reference word, next to the word it would have chosen itself.`,
  why: 'Why: training uses teacher forcing because feeding the true previous word lets every step learn from the right context (and all steps run in parallel); at inference there is no reference, so the model must feed back its own predictions, and its mistakes can compound (exposure bias).',
  referencesLabel: 'Reference translation(s), one per line',
  /** `example`: a reference in the output language */
  referencesPlaceholder: (example: string) => `e.g. ${example}`,
  forceLine: 'Reference to feed',
  run: 'Feed this reference',
  running: 'Feeding the reference…',
  error: (msg: string) => `Forced decoding failed: ${msg}`,
  examples: 'Test-set sentences (with their references)',
  examplesHelp: 'From the held-out test split: picking one translates it and fills in all of its references.',
  examplesLoading: 'Loading test sentences…',
  examplesError: 'The test-set examples could not be loaded.',
  fromTestSet: (n: number) =>
    n === 1 ? 'This reference comes from the test set.' : `These ${n} references come from the test set.`,
  otherSentence: (src: string) => `These references belong to “${src}”, not to the current sentence.`,
  tokensHeading: 'Per-token probabilities of the reference',
  caption:
    'For each reference token: the probability the model gives it after the reference prefix, and the model’s own most probable word.',
  step: 't',
  reference: 'reference y_t',
  p: 'p(y_t | y_<t, x)',
  top: 'model’s own top choice',
  agree: 'same as the reference?',
  same: 'the model’s top choice is the reference word',
  differs: 'the model would have chosen another word',
  unknown: (lang: string) => `not in the model’s ${lang} vocabulary: fed and scored as <unk>`,
  unknownNote: (n: number) =>
    n === 1
      ? 'One reference word is not in the model’s vocabulary: it is fed as <unk>, and its probability is that of <unk>.'
      : `${n} reference words are not in the model’s vocabulary: they are fed as <unk>, and their probability is that of <unk>.`,
  truncated: 'The reference was long and was cut.',
  summary: (logp: string, nll: string, ppl: string, agree: number, n: number) =>
    `log p(reference) = ${logp} · mean loss per token = ${nll} (the training loss on this pair) · perplexity ${ppl} · the model’s own choice agrees at ${agree} of ${n} steps`,
  heatmapHeading: 'Attention of the forced path',
  heatmapHelp: 'Rows are the reference tokens fed one by one (</s> last); columns are the source tokens.',
  noAttention: 'This model has no attention: there is no heatmap for the forced path.',
  noReference: 'Type a reference to feed it to the decoder.',
};
