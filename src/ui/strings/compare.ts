/** English texts: the `compare` section of the UI strings (src/ui/strings.ts). */

/** The `compare` texts in English. */
export const compareEn = {
  heading: 'Compare scoring functions side by side',
  intro:
    'Pick two to five models and one sentence: each model translates it, and the columns show each alignment and, for the current step t, each model’s raw scores e_tj and weights α_tj. One step control moves every column.',
  pick: 'Models to compare',
  pickHelp: (min: number, max: number) => `Choose ${min} to ${max} models. A model is downloaded only when you compare with it.`,
  inputLabel: 'Sentence to compare',
  run: 'Compare',
  running: 'Comparing…',
  needMore: (min: number) => `Choose at least ${min} models.`,
  tooMany: (max: number) => `At most ${max} models at once.`,
  status: {
    idle: 'not loaded yet',
    queued: 'waiting…',
    downloading: (mb: string, total: string | null) => (total ? `downloading ${mb} of ${total} MB` : `downloading ${mb} MB`),
    building: 'building on the backend…',
    translating: 'translating…',
    ready: 'ready',
    failed: (msg: string) => `failed: ${msg}`,
  },
  stepLabel: 'Decoder step t (all columns)',
  stepOf: (t: number, n: number) => `t = ${t} of ${n}`,
  prev: 'Previous step',
  next: 'Next step',
  keysHelp: 'Keys (with the slider focused): ← / → step · Home / End',
  finished: 'finished: this model wrote </s> before step t',
  stepWord: (t: number, word: string) => `step ${t} writes “${word}”`,
  scoreFormula: 'Score function',
  noAttention:
    'No attention: the decoder sees one fixed vector c for the whole sentence, so there are no scores and no alignment.',
  score: 'score e',
  weight: 'weight α',
  heatmapCaption: (name: string) => `Alignment of ${name}: rows are output tokens, columns source tokens.`,
  diffHeading: 'Difference mode: where do two models look differently?',
  diffIntro:
    'Each cell is |α_A − α_B|, the absolute difference of the two models’ attention weights, over the decoder steps both have. Steps where the two models wrote different words are marked (A’s word ≠ B’s word); from the first such step on, the two decoders are fed different prefixes.',
  diffA: 'Model A',
  diffB: 'Model B',
  diffNeedAttention: 'Both models need attention for a difference: pick two models other than the baseline.',
  diffSame: 'Pick two different models.',
  diffLegend: '|α_A − α_B|',
  diffDiffers: 'the two models wrote different words at this step',
  diffCell: (a: string, b: string, src: string, d: string) => `${a} / ${b} ← ${src}: |Δα| = ${d}`,
  diffCaption: 'Absolute difference of the attention weights of models A and B per cell',
  diffWords: (n: number) =>
    n === 0
      ? 'Both models wrote the same words.'
      : n === 1
        ? 'The models wrote a different word at 1 position.'
        : `The models wrote different words at ${n} positions.`,
};
