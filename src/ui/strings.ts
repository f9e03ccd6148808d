/**
 * Every user-visible text of the page in one place (English). A later issue adds Korean via i18n;
 * components read texts only from here so that swap touches one file.
 */
export const en = {
  title: 'Attention, live: English → French',
  intro:
    'A real encoder–decoder translation model with attention runs in your browser. Type an English sentence and see which source words the decoder looked at for every French word it wrote.',
  modelLabel: 'Model',
  backendLabel: 'Backend',
  backendHelp: 'Where TensorFlow.js runs the model: WebGL (GPU), WebAssembly or plain JavaScript (CPU).',
  inputLabel: 'English sentence',
  inputPlaceholder: 'Type an English sentence, e.g. I am a student.',
  translate: 'Translate',
  translating: 'Translating…',
  examples: 'Examples',
  loadingModel: (name: string) => `Loading model “${name}”…`,
  switchingBackend: (name: string) => `Switching to ${name}…`,
  startingBackend: 'Starting TensorFlow.js…',
  ready: 'Ready',
  unavailable: 'No model loaded: choose another model or reload the page.',
  translationHeading: 'French translation',
  emptyOutput: '(no words: the model ended the sentence at once)',
  sourceHeading: 'Source tokens as the model reads them',
  unknownTooltip: "not in the model's vocabulary",
  unknownBadge: '<unk>',
  unknownNote: (n: number) =>
    n === 1
      ? 'One word is not in the model’s vocabulary: the model reads it as <unk>.'
      : `${n} words are not in the model’s vocabulary: the model reads them as <unk>.`,
  truncatedNote: 'The sentence was longer than the model accepts and was cut.',
  hitMaxNote: 'The decoder reached its length limit before writing </s>.',
  heatmapHeading: 'Alignment: where the decoder looked',
  heatmapHelp:
    'Each row is one output word (the last row is the end-of-sentence token </s>); each column is a source token. A cell is the attention weight α: brighter means more attention. Each row sums to 1. Hover a cell, or focus the picture and use the arrow keys.',
  noAttention:
    'This model has no attention: the decoder sees only one fixed vector for the whole sentence, so there is no alignment to show.',
  stats: (steps: number, ms: number, backend: string) => `${steps} decoder steps in ${Math.round(ms)} ms on ${backend}`,
  backendFallback: (requested: string, active: string, why: string) =>
    `The ${requested} backend is not available here (${why}), so the model runs on ${active} instead.`,
  modelError: (name: string, msg: string) => `Could not load the model “${name}”: ${msg}`,
  translateError: (msg: string) => `Translation failed: ${msg}`,
  indexError: (msg: string) => `Could not load the list of models: ${msg}`,
  card: (bleu: number | undefined, epochs: number | undefined) =>
    [bleu !== undefined ? `dev BLEU ${bleu.toFixed(1)}` : '', epochs !== undefined ? `${epochs.toFixed(2)} epochs trained` : '']
      .filter(Boolean)
      .join(' · '),
  footerNote: 'Everything runs locally in your browser; nothing you type leaves this page.',
};

export type Strings = typeof en;

/** The texts in use. */
export const t: Strings = en;
