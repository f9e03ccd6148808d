/**
 * Every user-visible text of the page in one place: the English set (`en`). The Korean set with the
 * same keys is in strings.ko.ts; src/ui/i18n.ts picks the active one. Components read texts with
 * `const t = useStrings()` (which re-renders them on a language switch); plain functions called
 * during render may use the live `t` below, which always points at the active language. The larger
 * sections live in src/ui/strings/<section>.ts (English) and <section>.ko.ts (Korean): a view's
 * texts are one file, and a new view adds its own pair of files and one line here.
 */
import type { ModelFileProblem } from '../model/modelFileError';
import { learnEn } from './strings/learn';
import { stepEn } from './strings/step';
import { compareEn } from './strings/compare';
import { bottleneckEn } from './strings/bottleneck';
import { modelsEn } from './strings/models';
import { whatIfEn } from './strings/what-if';
import { beamEn } from './strings/beam';
import { forcingEn } from './strings/forcing';
import { bleuEn } from './strings/bleu';
import { exportsEn } from './strings/exports';
import { tourEn } from './strings/tour';
import { pairsEn } from './strings/pairs';
import { userModelsEn } from './strings/user-models';
import { robustEn } from './strings/robust';
import { unkEn } from './strings/unk';
import { offlineEn } from './strings/offline';

/** Names of the languages a pair may translate into, by language code (used for the page title, headings and hints). */
const languageNamesEn: Record<string, string> = { en: 'English', fr: 'French', de: 'German' };

/** The English UI texts. */
export const en = {
  /** the browser tab's title before the page knows its pair, and the title of a pair without a name */
  title: 'Attention, live',
  /** the page title naming the shown pair (e.g. “English → German”) */
  pairTitle: (pairName: string) => `Attention, live: ${pairName}`,
  /** the intro under the title; `tgt` names the output language (a word of {@link languageNames}) */
  intro: (tgt: string) =>
    `A real encoder–decoder translation model with attention runs in your browser. Type an English sentence and see which source words the decoder looked at for every ${tgt} word it wrote.`,
  /** Language names by code; `other` names an output language the page has no name for. */
  languageNames: { ...languageNamesEn, other: 'target-language' } as Record<string, string>,
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
  /** the status line when the model's download or files failed and a retry is offered beside it */
  unavailableRetry: 'No model loaded: retry, choose another model or reload the page.',
  /** the output's heading, naming the model's target language (a code without a name here: the code) */
  translationHeading: (tgt: string) => `${languageNamesEn[tgt] ?? tgt} translation`,
  emptyOutput: '(no words: the model ended the sentence at once)',
  sourceHeading: 'Source tokens as the model reads them',
  unknownTooltip: "not in the model's vocabulary",
  /** Per shipped variant id: the one-line description under the model picker (index.json's is the fallback). */
  variantDescriptions: {
    'luong-general': 'Global attention with the bilinear score h_tᵀ W_a h̄_j (Luong et al., 2015).',
    'luong-dot': 'Global attention with the dot-product score h_tᵀ h̄_j (Luong et al., 2015).',
    'luong-concat': 'Global attention with the concat score v_aᵀ tanh(W_a [h_t; h̄_j]) (Luong et al., 2015).',
    bahdanau: 'Additive attention from the previous state: v_aᵀ tanh(W_a s_{t−1} + U_a h̄_j) (Bahdanau et al., 2015).',
    none: 'The decoder sees one fixed vector for the whole sentence.',
  } as Record<string, string>,
  unknownBadge: '<unk>',
  unknownNote: (n: number) =>
    n === 1
      ? 'One word is not in the model’s vocabulary: the model reads it as <unk>.'
      : `${n} words are not in the model’s vocabulary: the model reads them as <unk>.`,
  truncatedNote: 'The sentence was longer than the model accepts and was cut.',
  hitMaxNote: 'The decoder reached its length limit before writing </s>.',
  heatmapHeading: 'Alignment: where the decoder looked',
  heatmapHelp:
    'Each row is one output word (the last row is the end-of-sentence token </s>); each column is a source token. A cell is the attention weight α: brighter means more attention. Each row sums to 1. Hover or tap a cell to read its weight, or Tab to the cells and move with the arrow keys. While you step through the decoding below, rows the decoder has not computed yet are dimmed. Rows show the tokens as the model writes them (lower case, punctuation split off); the translation above joins them back into text and restores the capitals.',
  /** Default texts of every alignment heatmap (src/viz/AttentionHeatmap.tsx). */
  heatmap: {
    caption: 'Attention weights: each row is one output token, each column one source token; rows sum to 1.',
    legend: 'attention weight α',
    rowHeader: 'output ↓ / source →',
    unknownSuffix: ' (unknown word)',
  },
  noAttention:
    'This model has no attention: the decoder sees only one fixed vector for the whole sentence, so there is no alignment to show.',
  stats: (steps: number, ms: number, backend: string) => `${steps} decoder steps in ${Math.round(ms)} ms on ${backend}`,
  softwareWebgl: (renderer: string) =>
    `WebGL here is software-rendered (${renderer}), so the faster WebAssembly backend is used; choose WebGL to compare.`,
  checkingWebgl:
    'The page began on the WebAssembly backend, which needs no GPU set-up; whether WebGL runs on a GPU here is checked after the first translation.',
  gpuNextVisit:
    'The page began on the WebAssembly backend, which needs no GPU set-up; this device runs WebGL on its GPU, and the next visit starts on it (choose WebGL to use it now).',
  backendFallback: (requested: string, active: string, why: string) =>
    `The ${requested} backend is not available here (${why}), so the model runs on ${active} instead.`,
  contextRestored:
    'The WebGL context was lost (the GPU was reset, or the browser took it back). WebGL was restarted and the model reloaded: translating works as before.',
  contextFallback: (active: string, why: string) =>
    `The WebGL context was lost and WebGL could not be restarted (${why}), so the model now runs on ${active}.`,
  modelError: (name: string, msg: string) => `Could not load the model “${name}”: ${msg}`,
  /** What is wrong with a model's files (src/model/modelFileError.ts), shown after modelError's name. */
  modelFile: (p: ModelFileProblem): string => {
    switch (p.kind) {
      case 'download':
        return `${p.file} could not be downloaded (${p.status !== undefined ? `HTTP ${p.status}` : `network error: ${p.detail ?? '?'}`}).`;
      case 'offline':
        return offlineEn.needsNetwork(p.file);
      case 'notFound':
        return `${p.file} is missing on the server.`;
      case 'missingFile':
        return `${p.file} is not in the folder (a model folder has model.json, weights.bin and vocab.json).`;
      case 'notJson':
        return `${p.file} is not valid JSON (damaged or wrong file).`;
      case 'notModel':
        return `${p.file} is not a model file of this app.`;
      case 'malformed':
        return `${p.file} is malformed: “${p.field}” is missing or invalid.`;
      case 'size':
        return `${p.file} has ${p.bytes} bytes instead of ${p.expected}: the file is truncated or does not belong to this model.`;
      case 'checksum':
        return `${p.file} does not match its checksum: the download is corrupt or out of date.`;
      case 'shape':
        return `model.json gives the weight “${p.weight}” the shape [${p.shape.join(', ')}], but the model needs [${p.expected.join(', ')}].`;
      case 'missingWeight':
        return `model.json lists no weight “${p.weight}”, which the model needs.`;
      case 'extraWeight':
        return `model.json lists a weight “${p.weight}” that this kind of model does not have (files of another model?).`;
      case 'vocabSize':
        return `vocab.json has ${p.src} source and ${p.tgt} target words, but model.json expects ${p.expectedSrc} and ${p.expectedTgt}.`;
      case 'notWeights':
        return robustEn.notWeights(p.file);
      case 'stalled':
        return robustEn.stalled(p.file, p.seconds);
      case 'nonFinite':
        return robustEn.nonFinite(p.file, p.weight);
      case 'vocabSpecials':
        return `vocab.json: the ${p.side === 'src' ? 'source' : 'target'} vocabulary does not start with the special tokens.`;
    }
  },
  translateError: (msg: string) => `Translation failed: ${msg}`,
  indexError: (msg: string) => `Could not load the list of models: ${msg}`,
  card: (bleu: number | undefined, epochs: number | undefined) =>
    [bleu !== undefined ? `dev BLEU ${bleu.toFixed(1)}` : '', epochs !== undefined ? `${epochs.toFixed(2)} epochs trained` : '']
      .filter(Boolean)
      .join(' · '),
  footerPairs: 'Sentence pairs:',
  footerAnd: 'and',
  /** The language and theme pickers in the header. */
  prefs: {
    language: 'Language',
    theme: 'Theme',
    themeSystem: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
  },
  footerNote: 'Everything runs locally in your browser; nothing you type leaves this page.',
  /** The step-by-step view of decoding (StepPanel, StepStage, FormulaPanel). */
  step: stepEn,
  /** The views below the sentence input. */
  tabs: {
    label: 'Views',
    main: 'Translation & steps',
    beam: 'Beam search',
    forcing: 'Teacher forcing & BLEU',
    compare: 'Compare',
    models: 'Models',
    learn: 'Watch it learn',
    manipulated: 'what-if',
  },
  /** Side-by-side comparison of scoring functions (compare view). */
  compare: compareEn,
  /** BLEU against source length (the bottleneck chart). */
  bottleneck: bottleneckEn,
  /** The results table from the model cards. */
  models: modelsEn,
  needResult: 'Translate a sentence first: this view works on the current sentence.',
  loadingView: 'Loading this view…',
  /** The precomputed example the first screen shows while the live model loads. */
  precomputed: {
    badge: 'Precomputed example',
    loading: (model: string) =>
      `Computed ahead of time by the model “${model}”, not in your browser. The live model is loading: your own sentences will be translated here, in your browser, as soon as it is ready.`,
    ready: (model: string) =>
      `Computed ahead of time by the model “${model}”, not in your browser. The live model is ready: type a sentence above and press Translate.`,
    stats: (steps: number) => `${steps} decoder steps, precomputed (not run in this browser)`,
  },
  /** What-if manipulations of the greedy decode (step panel, translation card). */
  whatIf: whatIfEn,
  /** The beam-search view. */
  beam: beamEn,
  /** Teacher forcing on a user reference. */
  forcing: forcingEn,
  /** BLEU, explained on one sentence. */
  bleu: bleuEn,
  /** Copy link: the whole view (sentence, model, tab, step, phase, beam settings, language) lives in the URL. */
  share: {
    copyLink: 'Copy link',
    copyTitle: 'Copy a link to this exact view: sentence, model, tab, step and phase, beam settings and language',
    copied: 'Link copied',
    fallback: 'Copying is not allowed here: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it.',
    linkLabel: 'Link to this view',
  },
  /** Downloads from the translation view (pictures as on screen, the numbers behind them). */
  exports: exportsEn,
  /** The guided tour of one decoding step (shown on the first visit, reopened from the header). */
  tour: tourEn,
  /** Accessible summaries of the charts, the step-by-step announcements and keyboard / touch hints. */
  a11y: {
    alignment: (rows: number, cols: number, out: string, src: string, w: string) =>
      `Alignment of ${rows} output words over ${cols} source words; strongest: ${out} ← ${src} ${w}`,
    noWeights: 'No attention weights to show.',
    grid: 'Attention cells: arrow keys move, Home / End go to the first / last cell of the row, Ctrl + Home / End to the first / last cell, Enter opens that step.',
    unknownMark: '* not in the model’s vocabulary (the model reads <unk>)',
    diff: (rows: number, cols: number, step: number, a: string, b: string, src: string, d: string) =>
      `Attention difference |α_A − α_B| over ${rows} steps and ${cols} source words; largest at step ${step} (${a} / ${b}) ← ${src}: ${d}`,
    diffGrid: 'Difference cells: arrow keys move, Home / End go to the first / last cell of the row.',
    vector: (name: string, n: number, min: string, max: string, dim: number, v: string) =>
      `${name}: ${n} numbers from ${min} to ${max}; largest magnitude at dimension ${dim} (${v})`,
    scores: (n: number, top: string, v: string) => `Raw attention scores e of ${n} source tokens; highest: ${top} ${v}`,
    weights: (n: number, top: string, v: string) =>
      `Attention weights α of ${n} source tokens, summing to 1; most on ${top} ${v}`,
    topk: (n: number, chosen: string, p: string) => `The ${n} most probable next words; written: ${chosen} (p = ${p})`,
    topkForced: (n: number, chosen: string, p: string, top: string) =>
      `The ${n} most probable next words; forced: ${chosen} (p = ${p}), the model’s top word: ${top}`,
    stepBars: (t: number, n: number, top: string, w: string) =>
      `Step ${t}: scores and weights of ${n} source tokens; most weight on ${top} ${w}`,
    beamTree: (step: number, steps: number, live: number, finished: number) =>
      `Hypothesis tree after step ${step} of ${steps}: ${live} live, ${finished} finished`,
    beamTreeBest: (step: number, steps: number, live: number, finished: number, best: string, score: string) =>
      `Hypothesis tree after step ${step} of ${steps}: ${live} live, ${finished} finished; best finished: “${best}” (score ${score})`,
    beamNode: (token: string, t: number, state: string, logp: string) => `“${token}” at step ${t}, ${state}, log p ${logp}`,
    bottleneck: (models: number, first: string, last: string, series: string) =>
      `BLEU by source length, from ${first} to ${last} words, for ${models} models: ${series}`,
    bottleneckSeries: (name: string, from: string, to: string) => `${name} ${from} → ${to}`,
    legend: (name: string, from: string, to: string) => `${name}: colour scale from ${from} to ${to}`,
    /** What the live line says at each phase of a step (one line per cursor move). */
    announce: {
      phase: (t: number, n: number, title: string, detail: string) => `Step ${t} of ${n}, ${title}: ${detail}`,
      rnn: (input: string) => `the decoder reads “${input}” and updates its state.`,
      scores: (top: string, v: string) => `raw scores, the highest for “${top}” (${v}).`,
      softmax: (top: string, w: string) => `weights, most attention on “${top}” (${w}).`,
      context: (top: string, w: string) => `the context vector, mostly from “${top}” (${w}).`,
      fixed: 'the same fixed context vector as at every step.',
      concat: 'the context next to the decoder state.',
      attentional: 'tanh mixes them into the vector the output layer reads.',
      output: (word: string, p: string) => `writes “${word}” (p = ${p}).`,
      outputForced: (word: string, p: string, top: string) =>
        `writes the forced word “${word}” (p = ${p}; the model’s top word is “${top}”).`,
      playing: (t: number, n: number, word: string) => `Step ${t} of ${n}: writes “${word}”.`,
      playingAttention: (t: number, n: number, word: string, top: string, w: string) =>
        `Step ${t} of ${n}: writes “${word}”, looking mostly at “${top}” (${w}).`,
    },
  },
  /** The live-training view (src/ui/strings/learn.ts). */
  learn: learnEn,
  /** The language-pair switch and what differs per pair. */
  pairs: pairsEn,
  /** Models the user opens from a folder on their computer. */
  userModels: userModelsEn,
  /** Unknown-word replacement in the translation. */
  unk: unkEn,
  robust: robustEn,
  offline: offlineEn,
};

/** The shape of the UI texts (the English set's type). */
export type Strings = typeof en;

/** The active language's text set (set by src/ui/i18n.ts; English until then). */
let active: Strings = en;

/** Makes `s` the text set that `t` reads (called by src/ui/i18n.ts on every language change). */
export function setActiveStrings(s: Strings): void {
  active = s;
}

/**
 * The texts in use: a live view of the active language's set (every property read goes to the
 * current set). Components should prefer `useStrings()`, which also re-renders them on a switch.
 */
export const t: Strings = new Proxy(en, {
  get: (_target, key) => (active as Record<PropertyKey, unknown>)[key],
  has: (_target, key) => key in active,
  ownKeys: () => Reflect.ownKeys(active),
  getOwnPropertyDescriptor: (_target, key) => Reflect.getOwnPropertyDescriptor(active, key),
});
