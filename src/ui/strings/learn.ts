/** English texts of the "Watch it learn" view (the `learn` section of the UI strings). */
import type { TaskId } from '../../learn/tasks';
import type { AttentionKind } from '../../model/config';

/** The texts of the live-training view. */
export const learnEn = {
  heading: 'Watch attention learn',
  intro:
    'Train a small attention model right here in the page and watch its alignment form. The same encoder, decoder, loss and training step as the shipped models, on a toy task that learns in about a minute.',
  task: 'Task',
  tasks: {
    reverse: 'Reverse a sequence',
    sort: 'Sort digits',
    date: 'Dates: 5 March 2021 → 2021-03-05',
    translate: 'Tiny English → French',
  } satisfies Record<TaskId, string>,
  length: 'Sequence length',
  lengthFixed: '(fixed by the date format)',
  scoring: 'Scoring function',
  scoringNames: {
    general: 'general: hᵀ W_a h̄',
    dot: 'dot: hᵀ h̄',
    concat: 'concat: vᵀ tanh(W [h; h̄])',
    bahdanau: 'Bahdanau (additive)',
    none: 'none (no attention)',
  } satisfies Record<AttentionKind, string>,
  hidden: 'Hidden size',
  lr: 'Learning rate',
  batch: 'Batch size',
  seed: 'Seed',
  probes: 'Probes',
  baseline: 'Train the no-attention baseline side by side',
  play: 'Train',
  pause: 'Pause',
  step: 'One batch',
  slow: 'Slow',
  reset: 'Reset',
  settingsReset: 'Changing a setting starts training again from fresh weights.',
  status: (steps: number, perSecond: string, backend: string) => `${steps} steps · ${perSecond} steps/s · backend ${backend}`,
  where: (backend: string, inWorker: boolean) => (inWorker ? `${backend}, in a background worker` : `${backend}, in the page`),
  inPage: (why: string) =>
    `Training runs in the page itself (a background worker could not start: ${why}); the page may answer more slowly while it trains.`,
  lossTitle: 'Loss per target token',
  accuracyTitle: 'Held-out exact-match accuracy',
  stepAxis: 'training step',
  series: {
    train: (model: string) => `training, ${model}`,
    heldOut: (model: string) => `held-out, ${model}`,
  },
  models: { attention: 'attention', none: 'no attention' },
  probesHeading: 'Where the model looks (probe inputs, never trained on)',
  probe: (i: number) => `Probe ${i}`,
  output: (text: string) => `Output: ${text}`,
  target: (text: string) => `Expected: ${text}`,
  timeline: 'Replay the alignment at step',
  latest: 'latest',
  notYet: 'Press Train (or One batch) to start; the alignments appear after the first measurement.',
  baselineNote: (acc: string) =>
    `The baseline has no attention: one fixed context vector for every output word. Its held-out accuracy: ${acc}.`,
  heatmapCaption: (i: number, step: number) => `Probe ${i}: attention weights at step ${step}`,
  download: 'Download the trained model',
  downloadNote: 'model.json, weights.bin, vocab.json and card.json: the app’s model format.',
  openInViews: 'Open this model in the other views',
  openNote: 'Adds it to the model list and shows it in Translation & steps; beam search and teacher forcing use it too.',
  trainedName: (task: string, scoring: string, steps: number) => `Trained here: ${task}, ${scoring}, ${steps} steps`,
  failed: (msg: string) => `Training stopped: ${msg}`,
  modelGone: (pair: string) =>
    `This link opens a model trained in “Watch it learn” (${pair}), but this browser no longer keeps it (removed, or its storage was cleared). Train it again in the “Watch it learn” tab, or pick a language pair above.`,
  loadingPairs: 'Loading the sentence pairs…',
  pairsError: (msg: string) => `The sentence pairs could not be loaded (${msg}).`,
  attribution: 'Sentence pairs: www.manythings.org/anki and tatoeba.org, CC BY 2.0.',
  badSetting: (name: string, min: number, max: number) => `${name} must be between ${min} and ${max}.`,
};
