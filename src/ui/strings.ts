/**
 * Every user-visible text of the page in one place: the English set (`en`). The Korean set with the
 * same keys is in strings.ko.ts; src/ui/i18n.ts picks the active one. Components read texts with
 * `const t = useStrings()` (which re-renders them on a language switch); plain functions called
 * during render may use the live `t` below, which always points at the active language.
 */
import type { ModelFileProblem } from '../model/modelFileError';
import { learnEn } from './learnStrings';

/** The English UI texts. */
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
  /** the output's heading, naming the model's target language (a code without a name here: the code) */
  translationHeading: (tgt: string) =>
    `${({ fr: 'French', de: 'German', en: 'English' } as Record<string, string>)[tgt] ?? tgt} translation`,
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
    'Each row is one output word (the last row is the end-of-sentence token </s>); each column is a source token. A cell is the attention weight α: brighter means more attention. Each row sums to 1. Hover or tap a cell to read its weight, or Tab to the cells and move with the arrow keys. While you step through the decoding below, rows the decoder has not computed yet are dimmed.',
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
  slowWebgl: 'WebGL did not start within a second here, so the page began on the WebAssembly backend; choose WebGL to compare.',
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
  step: {
    heading: 'Step by step: inside the decoder',
    intro:
      'Replay how the model wrote the translation, one decoder step and one computation at a time. Every number is the one the model computed; nothing is re-run while you step.',
    keysHelp: 'Keys: ← / → phase · Shift + ← / → step · Space play / pause · Home / End',
    play: 'Play',
    pause: 'Pause',
    first: 'First step',
    last: 'Last step',
    prevStep: 'Previous step',
    nextStep: 'Next step',
    prevPhase: 'Previous phase',
    nextPhase: 'Next phase',
    speed: 'Speed',
    stepOf: (t: number, n: number) => `Step t = ${t} of ${n}`,
    phaseOf: (i: number, n: number) => `phase ${i} of ${n}`,
    steps: 'Decoder steps',
    phasesLabel: 'Phases of this step',
    stepChip: (t: number, token: string) => `Go to step ${t} (“${token}”)`,
    pendingWord: '?',
    vectors: {
      label: 'Vectors',
      compact: 'A few dimensions',
      full: 'All dimensions',
      note: (dims: string, H: number) => `cells: dimensions ${dims} of ${H}, the same in every vector`,
    },
    video: {
      button: 'Video of this step (WebM)',
      busy: 'Recording the step…',
      failed: 'This browser cannot record a WebM video.',
    },
    reducedMotion: 'Animations are off because your system asks for reduced motion.',
    /**
     * Phase titles and short explanations, by architecture where they differ. Inside explanations,
     * `$…$` is inline math (KaTeX) and `{input}` / `{chosen}` are the step's previous and emitted words.
     */
    phases: {
      rnn: {
        title: 'Decoder RNN update',
        luong:
          'The decoder GRU reads the previous word $y_{t-1}$ = “{input}” together with $\\tilde h_{t-1}$, the attentional vector of the previous step (input feeding; zeros at $t = 1$), and updates its state $h_{t-1} \\to h_t$ (at $t = 1$, $h_0$ is the encoder’s summary $s_0$). The update gate $z$ decides, number by number, how much of the old state to keep. The new state $h_t$ is the question attention asks next.',
        bahdanau:
          'Only now does the GRU update its state: it reads the previous word $y_{t-1}$ = “{input}” together with the context $c_t$ that attention has just built, so $s_t$ already knows which source words matter for this word. The update gate $z$ decides, number by number, how much of $s_{t-1}$ to keep.',
        none: 'The decoder GRU reads the previous word $y_{t-1}$ = “{input}” and the same fixed vector $c$ as at every step, and updates its state $h_{t-1} \\to h_t$. Without attention, $c$ is all the decoder ever learns about the source sentence.',
      },
      scores: {
        title: 'Attention scores',
        luong:
          'The new decoder state $h_t$ is compared with every encoder annotation $\\bar h_j$ (one vector per source token): how relevant is this source word for the word about to be written? Each source token gets one raw score $e_{tj}$: any real number, higher means more relevant.',
        bahdanau:
          'Bahdanau attends before the RNN update: the previous state $s_{t-1}$ is compared with every encoder annotation $\\bar h_j$ (one vector per source token). Each source token gets one raw score $e_{tj}$: any real number, higher means more relevant.',
        dot: 'Dot score: a plain dot product, large when $h_t$ and $\\bar h_j$ point the same way. No parameters.',
        general:
          'General score: $h_t$ is compared with $W_a \\bar h_j$, a learned linear map of the annotation, so the two vector spaces need not line up.',
        concat: 'Concat score: a small one-hidden-layer network reads $h_t$ and $\\bar h_j$ together and outputs the score.',
        additive:
          'Additive score: a small one-hidden-layer network adds $W_a s_{t-1}$ and $U_a \\bar h_j$, squashes the sum with tanh and projects it onto $v_a$.',
      },
      softmax: {
        title: 'Softmax: scores → weights',
        body: 'Softmax turns the scores into weights: exponentiate, then divide by the sum. Each weight lies between 0 and 1 and together they add up to 1, so $\\alpha_t$ is a distribution over the source tokens: where the decoder looks for this word. It is this step’s row of the alignment heatmap.',
      },
      context: {
        title: 'Weighted sum: the context vector',
        body: 'The context vector $c_t$ is the weighted average of the annotations: each $\\bar h_j$ is scaled by its weight $\\alpha_{tj}$ (the faded strips) and they are added up. This is how attention removes the bottleneck: instead of one fixed vector for the whole sentence, the decoder gets a fresh summary of the source, focused on the words it needs right now.',
      },
      fixed: {
        title: 'The fixed context (no attention)',
        body: 'Without attention, the decoder’s only view of the source is this one vector: the forward encoder’s last state (top half) and the backward encoder’s first state (bottom half). It is the same at every step: the whole sentence, however long, must be squeezed into these numbers. That is the bottleneck attention removes.',
      },
      concat: {
        title: 'Concatenate',
        luong:
          'The context is put next to the decoder state: $[c_t ; h_t]$, twice as many numbers. What the source says, next to what the decoder has written so far.',
        bahdanau:
          'Bahdanau’s output layer reads three vectors side by side: the new state $s_t$, the context $c_t$ and the embedding of the previous word $E_y(y_{t-1})$ (it has fewer dimensions than the states, so it fills only the top of its strip).',
        none: 'The fixed $c$ is put next to the decoder state: $[c ; h_t]$.',
      },
      attentional: {
        title: 'Attentional vector',
        titleBahdanau: 'Readout vector',
        luong:
          'A learned layer $W_c$ and tanh mix the two into the attentional vector $\\tilde h_t$. It predicts the next word, and it is also fed into the next step’s RNN (input feeding), so the decoder remembers where it looked.',
        bahdanau: 'A learned layer $W_o$ and tanh mix them into $t_t$, the vector the output layer reads.',
        none: 'A learned layer $W_c$ and tanh mix the two into $\\tilde h_t$, the vector the output layer reads.',
      },
      output: {
        title: 'Output distribution',
        body: 'The output layer gives every word of the French vocabulary a score, and softmax turns the scores into probabilities (here the ten most probable). Greedy decoding writes the most probable word, “{chosen}”, which becomes the input of the next step. The output matrix is tied to the target embeddings: $W_s = E_y P$.',
      },
    },
    /** labels drawn inside the step picture */
    stage: {
      scores: 'raw scores e',
      weights: (sum: string) => `weights α (Σ = ${sum})`,
      topk: 'p_t: most probable next words',
      forced: 'forced word',
      overridden: (sum: string) => `weights α set by hand: what-if (Σ = ${sum})`,
      forcedTag: ' (forced)',
      pick: (w: string) => `Force “${w}” at this step`,
      pickSource: (tok: string) => `Put all attention on “${tok}”`,
      encoderCaption: 'encoder annotations h̄_j: one vector per source token',
      legendState: 'vector values (square-root scale)',
      legendUnit: 'gates z, r',
      notTraced: 'not recorded in the trace',
      dim: (d: number) => `dim ${d + 1}`,
      names: {
        prev: 'previous decoder state',
        z: 'update gate z',
        r: 'reset gate r',
        state: 'decoder state',
        context: 'context vector',
        attentional: 'vector the output layer reads',
        embedding: 'embedding of the previous word',
        enc: (j: number, token: string) => `annotation h̄_${j + 1} of “${token}”`,
      },
    },
    formula: {
      heading: 'The equation',
      code: 'In the code',
      live: 'With the numbers',
      hint: 'Hover a source token, a bar, a strip or a word to see its numbers.',
      storage: 'The code stores weights for row vectors (x · W), so each W in the code is the transpose of the W above.',
      dim: (d: number) => `dimension ${d + 1}`,
      token: (j: number, token: string) => `source token ${j + 1} “${token}”`,
      word: (w: string) => `word “${w}”`,
      missing: 'This model has no attention scores.',
    },
  },
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
  compare: {
    heading: 'Compare scoring functions side by side',
    intro:
      'Pick two to five models and one sentence: each model translates it, and the columns show each alignment and, for the current step t, each model’s raw scores e_tj and weights α_tj. One step control moves every column.',
    pick: 'Models to compare',
    pickHelp: (min: number, max: number) =>
      `Choose ${min} to ${max} models. A model is downloaded only when you compare with it.`,
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
  },
  /** BLEU against source length (the bottleneck chart). */
  bottleneck: {
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
  },
  /** The results table from the model cards. */
  models: {
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
      'Test-set BLEU is shown where it has been measured; otherwise the dev-set BLEU, which was also used to choose checkpoints, so it is slightly optimistic. The set is named in each cell.',
    noCard: 'no model card',
    mb: (mb: string) => `${mb} MB`,
    duration: (h: number, m: number) => (h > 0 ? `${h} h ${m} min` : `${m} min`),
    stepsEpochs: (steps: number, epochs: string) => `${steps.toLocaleString('en')} (${epochs} epochs)`,
  },
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
  whatIf: {
    badge: 'What-if: manipulated',
    explain:
      'This is not the model’s own translation: you changed its decoding. Steps before your first change are computed exactly as before; at a changed step the model uses your word or your attention weights, and from there it keeps decoding on its own.',
    forced: (t: number, word: string, own: string, p: string) =>
      `Step ${t}: word forced to “${word}” (the model’s own choice was “${own}”, p = ${p}).`,
    attention: (t: number, token: string, share: string) =>
      `Step ${t}: attention weights set by hand (most weight on “${token}”: ${share}).`,
    own: 'The model’s own translation:',
    reset: 'Reset to the model’s own decoding',
    decoding: 'Re-decoding with your change…',
    heading: 'What if…?',
    hintOutput: (t: number) =>
      `Click another candidate word in the list on the right to force it at step ${t}: the decoder is fed that word and continues from the new prefix.`,
    hintAttention: (t: number) =>
      `Click a source token or its bar to put all of step ${t}’s attention on it, or drag the sliders and apply: the step is recomputed with your weights and decoding continues.`,
    hintOther: 'Go to the softmax phase to change this step’s attention, or to the output phase to force another word.',
    hintNoAttention: 'This model has no attention to change; in the output phase you can force another word.',
    editor: 'Attention weights of this step (renormalised to sum to 1 when applied)',
    apply: 'Apply these weights',
    revert: 'Back to the computed weights',
    overriddenNote: 'At this step the attention weights α were set by hand (what-if): they are not the softmax of the scores e.',
    forcedNote:
      'At this step the word was forced (what-if): the model did not choose it; the bars still show its own distribution.',
    rowMark: 'manipulated step (what-if)',
    stepMark: 'changed by you',
  },
  /** The beam-search view. */
  beam: {
    heading: 'Beam search: keeping k hypotheses',
    intro:
      'Greedy decoding keeps one prefix and takes the most probable word at each step. Beam search keeps the k most probable prefixes, extends each by every word, and keeps the k best of all those candidates (all k rows run as one batch on the backend). A prefix that ends in </s> is set aside as finished; the search stops when k hypotheses have finished or at the length limit, and the finished one with the best length-normalised score wins.',
    k: 'Beam width k',
    kHelp: 'k = 1 keeps a single prefix per step.',
    alpha: 'Length normalisation α',
    alphaHelp: 'score = log p / lengthᵅ; α = 0 turns it off (raw log p favours short outputs).',
    alphaOff: '0 = off',
    showPruned: 'Show pruned candidates',
    running: 'Searching…',
    error: (msg: string) => `Beam search failed: ${msg}`,
    stats: (steps: number, ms: number, backend: string, nodes: number) =>
      `${steps} steps, ${nodes} candidates scored, in ${Math.round(ms)} ms on ${backend}`,
    treeHeading: 'The hypothesis tree',
    treeHelp:
      'One column per decoder step. Each box is a token with the cumulative log-probability of its prefix, log p(y₁…y_t | x) (0 is certain, more negative is less likely). Solid boxes are the live hypotheses, extended at the next step; faded dashed boxes are candidates that did not make the cut (pruned), faded solid ones are branches that died later. Green boxes end in </s>: finished, with their rank and normalised score. Click a box to see its hypothesis.',
    stepSlider: 'Show the tree after step',
    play: 'Grow the tree',
    pause: 'Pause',
    prev: 'Previous step',
    next: 'Next step',
    stepSummary: (t: number, live: number, finished: number, k: number) =>
      `After step ${t}: ${live} live of at most ${k}, ${finished} finished so far.`,
    colStep: (t: number) => `t = ${t}`,
    node: (n: { token: string; t: number; tokenLogp: string; logp: string; score: string; state: string }) =>
      `“${n.token}” at step ${n.t} (${n.state}): log p(token) = ${n.tokenLogp}, log p(prefix) = ${n.logp}, normalised score = ${n.score}`,
    live: 'live hypothesis',
    pruned: 'pruned candidate',
    finished: 'finished (ends in </s>)',
    best: 'best finished hypothesis',
    dead: 'branch that died later',
    finishedTag: (rank: number, score: string) => `#${rank} score ${score}`,
    treeCaption: 'Beam-search hypothesis tree',
    compareHeading: 'Greedy vs beam',
    greedy: 'Greedy (k = 1)',
    beamBest: (k: number, alpha: string) => `Beam search (k = ${k}, α = ${alpha})`,
    logp: 'log p',
    score: (alpha: string) => `score (α = ${alpha})`,
    length: 'length (with </s>)',
    bleu: 'sentence BLEU',
    same: 'Beam search returns the same translation as greedy decoding here.',
    better: 'Beam search found a translation the model scores higher than its greedy one.',
    worse:
      'Here the normalised score ranks the greedy output above every finished beam hypothesis (beam search prunes by raw log p, so this can happen).',
    noFinished: 'No hypothesis reached </s> within the length limit: the live ones are ranked instead.',
    hypsHeading: 'Finished hypotheses, best first',
    hypothesis: (rank: number) => `#${rank}`,
    selectedHeading: 'The selected hypothesis',
    selectedPruned: 'This candidate was pruned: its prefix is shown.',
    path: 'Tokens',
    attentionRows: 'Its attention rows (one per token)',
    stepsHeading: 'This hypothesis, step by step',
    stepsIntro:
      'The selected hypothesis re-run through the same decoder step, fed its own words, so every vector of every step can be inspected. At each step the list on the right is the model’s distribution; the hypothesis’s word is marked (it need not be the most probable one: that is the point of a beam).',
    loadingSteps: 'Computing the steps of this hypothesis…',
    stepNote: (word: string, top: string, p: string) =>
      word === top
        ? `The hypothesis continues with “${word}”, the model’s most probable word here (p = ${p}).`
        : `The hypothesis continues with “${word}”, not the model’s most probable word here, “${top}” (p = ${p}): the beam kept this less likely prefix alive.`,
    noAttention: 'This model has no attention: there are no attention rows to show.',
  },
  /** Teacher forcing on a user reference. */
  forcing: {
    heading: 'Teacher forcing: feed the reference',
    intro:
      'Type a French reference translation (or pick a test sentence below). The decoder is then fed the reference words instead of its own predictions, and each step shows the probability the model gives to the next reference word, next to the word it would have chosen itself.',
    why: 'Why: training uses teacher forcing because feeding the true previous word lets every step learn from the right context (and all steps run in parallel); at inference there is no reference, so the model must feed back its own predictions, and its mistakes can compound (exposure bias).',
    referencesLabel: 'Reference translation(s), one per line',
    referencesPlaceholder: 'e.g. Je suis étudiant.',
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
    unknown: 'not in the model’s French vocabulary: fed and scored as <unk>',
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
  },
  /** BLEU, explained on one sentence. */
  bleu: {
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
  },
  /** Copy link: the whole view (sentence, model, tab, step, phase, beam settings, language) lives in the URL. */
  share: {
    copyLink: 'Copy link',
    copyTitle: 'Copy a link to this exact view: sentence, model, tab, step and phase, beam settings and language',
    copied: 'Link copied',
    fallback: 'Copying is not allowed here: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it.',
    linkLabel: 'Link to this view',
  },
  /** Downloads from the translation view (pictures as on screen, the numbers behind them). */
  exports: {
    heading: 'Export',
    intro: 'Save the pictures as they look on screen, or the numbers behind them.',
    heatmap: 'Alignment heatmap',
    stepPicture: (t: number, phase: string) => `Step picture (step ${t}, ${phase})`,
    data: 'Data',
    asSvg: 'SVG',
    asPng: 'PNG',
    heatmapSvg: 'Alignment heatmap as SVG',
    heatmapPng: 'Alignment heatmap as PNG',
    stepSvg: 'Step picture as SVG',
    stepPng: 'Step picture as PNG',
    json: 'Decode trace (JSON)',
    jsonTitle: 'Every number the model computed for this sentence, with sentence, model, backend and app version',
    csv: 'Alignment matrix (CSV)',
    csvTitle: 'One row per output token, one column per source token: the attention weights',
    noAttention: 'This model has no attention: there is no heatmap or alignment matrix to export.',
    saved: (name: string) => `Saved ${name}`,
    failed: (msg: string) => `Export failed: ${msg}`,
    svgTitle: (what: string, sentence: string, model: string) => `${what} — “${sentence}” (${model})`,
  },
  /** The guided tour of one decoding step (shown on the first visit, reopened from the header). */
  tour: {
    open: 'Take the tour',
    label: 'Guided tour',
    progress: (i: number, n: number) => `${i} of ${n}`,
    start: 'Start',
    next: 'Next',
    back: 'Back',
    skip: 'Skip tour',
    finish: 'Finish',
    close: 'Close the tour',
    keys: '← / → move through the tour · Esc closes it',
    introTitle: 'One decoding step, up close',
    intro:
      'This short tour translates “I am a student.” with the real model, then walks through the first decoding step: how the decoder decides where to look and which French word to write.',
    notReady: 'The model is still loading…',
    translating: 'Translating “I am a student.”…',
    failed: (msg: string) => `The tour could not translate its sentence: ${msg}`,
    noAttentionNote:
      'This model has no attention, so the tour shows only the phases it has. Choose an attention model to see scores, softmax and context.',
    scoresTitle: 'Scores',
    scores:
      'The decoder compares its state with the encoder’s vector of every source token. Each comparison gives one number, a score: the higher it is, the better that source word fits what comes next.',
    softmaxTitle: 'Softmax',
    softmax:
      'Softmax turns the scores into attention weights: all positive, summing to 1. These weights are row 1 of the alignment heatmap.',
    contextTitle: 'Context',
    context:
      'The weights mix the source vectors into one context vector, a weighted average in which the words with the largest weights count most.',
    concatTitle: 'Concat',
    concat:
      'The context vector and the decoder state are joined into one long vector. A tanh layer (the next phase) mixes it into the vector the output layer reads.',
    outputTitle: 'Output',
    output: (word: string) =>
      `The output layer gives every French word of the vocabulary a probability, and the most probable one is written: here “${word}”. It becomes the decoder’s input at step 2.`,
    doneTitle: 'That was one step',
    done: 'The decoder repeats this for every word it writes. Step through the others with the buttons or ← / →, try Beam search, Teacher forcing and Compare, and reopen this tour any time with “Take the tour”.',
  },
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
  /** The live-training view (src/ui/learnStrings.ts). */
  learn: learnEn,
  /** The language-pair switch and what differs per pair. */
  pairs: {
    label: 'Language pair',
    names: {
      'en-fr': 'English → French',
      'en-de': 'English → German',
      'learned-reverse': 'Trained here: reverse',
      'learned-sort': 'Trained here: sort',
      'learned-date': 'Trained here: dates',
    } as Record<string, string>,
    titles: {
      'en-fr': 'Attention, live: English → French',
      'en-de': 'Attention, live: English → German',
    } as Record<string, string>,
    intros: {
      'en-de':
        'A real encoder–decoder translation model with attention runs in your browser. Type an English sentence and see which source words the decoder looked at for every German word it wrote: German moves participles and verbs to the end, so the picture is far from diagonal.',
    } as Record<string, string>,
    training: (step: string, planned: string) =>
      `Training in progress (step ${step} of ${planned}): this model is under-trained, so its translations are still poor.`,
    noBottleneck: 'No BLEU-by-length data for this language pair yet: its models have not been evaluated on the test set.',
    noExamples: 'No test-set examples for this language pair yet.',
  },
  /** Models the user opens from a folder on their computer. */
  userModels: {
    open: 'Open a model folder…',
    hint: 'or drop the folder (or its model.json, vocab.json, weights.bin) here. Nothing is uploaded.',
    reading: (name: string) => `Reading ${name}…`,
    added: (name: string, pair: string) => `Added your model “${name}” (${pair}). It is kept in this browser.`,
    failed: (name: string, detail: string) => `Could not open the model folder “${name}”: ${detail}`,
    notStored: 'It could not be kept in this browser (storage unavailable): it is gone after a reload.',
    yours: (name: string) => `${name} (your model)`,
    remove: (name: string) => `Remove ${name}`,
    removed: (name: string) => `Removed your model “${name}”.`,
    listLabel: 'Your models',
  },
  /** Unknown-word replacement in the translation. */
  unk: {
    toggle: 'Replace unknown words (<unk>) through attention',
    heading: 'Translation with unknown words replaced',
    from: (word: string, alpha: string, how: string) => `<unk> → from “${word}” (α = ${alpha}, ${how})`,
    dictionary: 'dictionary',
    copied: 'copied',
    none: 'No unknown words in this translation.',
    summary: (n: number) => `${n} unknown word${n === 1 ? '' : 's'} replaced through attention.`,
    /** the step view's output phase when the chosen word is <unk>: its replacement, source position j (1-based) and α */
    step: (word: string, how: string, j: number, src: string, alpha: string) =>
      `<unk> → ${word} (${how} from source position ${j}, “${src}”, α = ${alpha})`,
  },
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
