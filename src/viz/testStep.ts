/** A tiny hand-made decoder step (H = 4, three source tokens) for the viz and formula tests. */
import type { StageLabels, StageStep } from './StepStage';

/** Source tokens of the test step. */
export const TOKENS = ['i', 'am', '</s>'];

/** h̄_j [3][4] */
export const ANNOTATIONS = [
  [0.5, -0.25, 0.75, -1],
  [-0.5, 0.25, 0, 0.5],
  [0.25, 0.5, -0.75, 0.125],
];

const weights = [0.5, 0.25, 0.25];
const context = [0, 1, 2, 3].map((d) => weights.reduce((s, w, j) => s + w * ANNOTATIONS[j]![d]!, 0));

/** The test decoder step (t = 1), with its context consistent with ANNOTATIONS and the weights. */
export const STEP: StageStep = {
  t: 1,
  input: '<s>',
  prevState: [0.1, -0.2, 0.3, -0.4],
  state: [0.25, -0.5, 0.5, 0],
  gates: { z: [0.5, 0.25, 0.75, 1], r: [0.5, 0.5, 0.5, 0.5] },
  scores: [2, 1.30685, 1.30685],
  weights,
  context,
  attentional: [0.125, -0.25, 0.375, -0.5],
  topK: [
    { id: 7, token: 'je', p: 0.75 },
    { id: 9, token: "j'", p: 0.125 },
    { id: 3, token: '</s>', p: 0.0625 },
  ],
  chosen: { id: 7, token: 'je', p: 0.75 },
};

/** Short stage labels for the tests. */
export const LABELS: StageLabels = {
  scores: 'raw scores e',
  weights: (sum) => `weights α (Σ = ${sum})`,
  topk: 'top words',
  forced: 'forced',
  encoderCaption: 'annotations',
  encoder: {
    embed: 'embeddings',
    fwd: 'forward GRU',
    bwd: 'backward GRU',
    bridge: 'bridge',
    embedding: (j, tok) => `x_${j + 1} ${tok}`,
    forward: (j, tok) => `→h_${j + 1} ${tok}`,
    backward: (j, tok) => `←h_${j + 1} ${tok}`,
    initial: 's_0',
  },
  legendState: 'values',
  legendUnit: 'gates',
  notTraced: 'not traced',
  dim: (d) => `dim ${d + 1}`,
  names: {
    prev: 'prev',
    z: 'z',
    r: 'r',
    state: 'state',
    context: 'context',
    attentional: 'attentional',
    embedding: 'embedding',
    enc: (j, tok) => `h̄_${j + 1} ${tok}`,
  },
};
