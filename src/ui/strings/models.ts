/** English texts: the `models` section of the UI strings (src/ui/strings.ts). */

/** The `models` texts in English. */
export const modelsEn = {
  heading: 'Models: one table of results',
  intro:
    'Every model is trained on the same data, with the same sizes and schedule, for the same number of steps (column Steps). The numbers come from each model’s card.',
  unequalBudget:
    'Not every model listed has had the same number of training steps yet (column Steps): compare their scores with that in mind.',
  loading: 'Loading the model cards…',
  model: 'Model',
  score: 'Score function',
  bleuSet: (set: string) => `BLEU (${set} set)`,
  greedy: 'greedy',
  beam5: 'beam 5',
  byLength: (set: string) => `BLEU by source length (${set} set, greedy)`,
  parameters: 'Parameters',
  weights: 'Weights size',
  trainingTime: 'Training time',
  steps: 'Steps (epochs)',
  tokensPerSecond: 'Target tokens/s',
  missing: '—',
  setNote:
    'Test-set BLEU is shown where it has been measured; otherwise the dev-set BLEU, which was also used to choose checkpoints, so it is slightly optimistic. The set is named in the column header (and in each cell when the models were measured on different sets).',
  noCard: 'no model card',
  mb: (mb: string) => `${mb} MB`,
  duration: (h: number, m: number) => (h > 0 ? `${h} h ${m} min` : `${m} min`),
  epochs: (epochs: string) => `${epochs} epochs`,
};
