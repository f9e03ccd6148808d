/** English texts: the `step` section of the UI strings (src/ui/strings.ts). */

/** The `step` texts in English. */
export const stepEn = {
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
  /** step 0: the encoder, before the first decoder step */
  encoderStep: {
    open: 'Step 0: the encoder',
    back: 'Back',
    next: 'Next',
    toStep1: 'On to step 1',
    label: 'Step 0, the encoder',
    phaseOf: (i: number, n: number) => `phase ${i} of ${n}`,
    titles: {
      embed: 'Source embeddings',
      fwd: 'Forward GRU',
      bwd: 'Backward GRU',
      bridge: 'Annotations and the bridge',
    },
    /** the live line of each phase, with its numbers */
    announce: {
      embed: (n: number, e: number) => `Step 0, the encoder: ${n} source tokens, each looked up as an embedding of ${e} numbers.`,
      fwd: (last: string, v: string) =>
        `Step 0: the forward GRU reads left to right; its last state →h at “${last}” has its largest number ${v}.`,
      bwd: (first: string, v: string) =>
        `Step 0: the backward GRU reads right to left; its last state ←h at “${first}” has its largest number ${v}.`,
      bridge: (n: number, h: number, v: string) =>
        `Step 0: ${n} annotations h̄_j of ${h} numbers; the bridge gives the decoder its first state s_0 (largest number ${v}).`,
    },
  },
  /** additions to the live line (a11y.announce): the next largest weights after the top one */
  summary: {
    others: (list: string) => ` Next: ${list}.`,
    item: (token: string, w: string) => `“${token}” ${w}`,
  },
  /** the target language's name in the texts of the step view (a code without a name: the code itself) */
  targetLanguage: (code: string) => (({ fr: 'French', de: 'German', en: 'English' }) as Record<string, string>)[code] ?? code,
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
      body: 'The output layer gives every word of the {language} vocabulary a score, and softmax turns the scores into probabilities (here the ten most probable). Greedy decoding writes the most probable word, “{chosen}”, which becomes the input of the next step. The output matrix is tied to the target embeddings: $W_s = E_y P$.',
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
    encoder: {
      embed: 'step 0: each source word is looked up: x_j = E_x(x_j)',
      fwd: 'the forward GRU reads left to right: →h_j from →h_j−1 and x_j',
      bwd: 'the backward GRU reads right to left: ←h_j from ←h_j+1 and x_j',
      bridge: 'h̄_j = [→h_j, ←h_j]; the bridge: s_0 = tanh(W_b [→h_T, ←h_1])',
      embedding: (j: number, token: string) => `embedding x_${j + 1} of “${token}”`,
      forward: (j: number, token: string) => `forward state →h_${j + 1} at “${token}”`,
      backward: (j: number, token: string) => `backward state ←h_${j + 1} at “${token}”`,
      initial: 'the decoder’s first state s_0 (the bridge)',
    },
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
};
