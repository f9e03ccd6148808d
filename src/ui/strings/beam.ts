/** English texts: the `beam` section of the UI strings (src/ui/strings.ts). */

/** The `beam` texts in English. */
export const beamEn = {
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
};
