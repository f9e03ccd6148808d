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
  rowsLabel: 'Heatmap rows',
  rowsOwn: 'each model’s own translation',
  rowsShared: 'one shared output for all (teacher-forced)',
  alignLabel: 'Shared output',
  alignModel: (name: string) => `the translation of ${name}`,
  alignReference: 'a reference I type',
  fromReference: 'your reference',
  referenceLabel: 'Reference translation (target language)',
  referenceApply: 'Align on it',
  referenceEmpty: 'Type a reference translation first.',
  aligning: 'Teacher-forcing every model on the shared output…',
  alignFailed: (msg: string) => `Could not align the rows: ${msg}`,
  alignedOn: (words: string, from: string) =>
    `Rows aligned by teacher forcing: every model is fed the same words “${words}” (${from}), so row t is the same output word in every heatmap and |Δα| shows where the scoring functions look differently, not which words they chose.`,
  forcedWord: (t: number, word: string, p: string, own: string) =>
    own === word
      ? `step ${t} is fed “${word}” (p = ${p}, its own pick too)`
      : `step ${t} is fed “${word}” (p = ${p}); on its own it would pick “${own}”`,
  forcedUnknown: (words: string) => `Not in this model’s vocabulary, fed as <unk>: ${words}`,
  diffHeading: 'Difference mode: where do two models look differently?',
  diffIntro:
    'Each cell is |α_A − α_B|, the absolute difference of two models’ attention weights when both are fed the same output words. Pick any two models; the matrix gives the mean |Δα| of every pair.',
  diffA: 'Model A',
  diffB: 'Model B',
  diffNeedAttention: 'Both models need attention for a difference: pick two models other than the baseline.',
  diffSame: 'Pick two different models.',
  diffLegend: '|α_A − α_B|',
  diffCell: (word: string, src: string, d: string) => `${word} ← ${src}: |Δα| = ${d}`,
  diffCaption: 'Absolute difference of the attention weights of models A and B per cell, on the shared output',
  diffSummary: (rows: number, cols: number, step: number, word: string, src: string, d: string) =>
    `Attention difference |α_A − α_B| over ${rows} steps and ${cols} source words; largest at step ${step} (${word}) ← ${src}: ${d}`,
  diffGrid: 'Difference cells: arrow keys move, Home / End go to the first / last cell of the row.',
  diffNoWeights: 'No attention weights to compare.',
  matrixHeading: 'Mean |Δα| of every pair',
  matrixCaption:
    'Mean absolute difference of the attention weights for every pair of models, on the shared output (0: they look at the same source words).',
  matrixCell: (a: string, b: string, v: string) => `${a} vs ${b}: mean |Δα| = ${v}`,
  matrixNone: 'no attention',
  matrixPick: (a: string, b: string) => `Show the difference of ${a} and ${b}`,
};
