/** Plain-data types of the step stage: what it draws (a step of the trace) and what the layout returns (keyed items). */
import type { Box } from './frame';

/** One candidate output word and its probability. */
export interface TopKItem {
  /** vocabulary id (compared to find the chosen word) */
  id?: number;
  token: string;
  p: number;
}

/** What the picture needs of one decoder step (structurally a StepTrace). */
export interface StageStep {
  t: number;
  input: string;
  prevState: readonly number[];
  state: readonly number[];
  gates: { z: readonly number[]; r: readonly number[] };
  scores: readonly number[];
  weights: readonly number[];
  context: readonly number[];
  attentional: readonly number[];
  /** E_y(y_{t-1}) [E] (Bahdanau); without it that part of the concat is a placeholder */
  embedding?: readonly number[];
  topK: readonly TopKItem[];
  chosen: TopKItem;
  /** the emitted word was imposed (teacher forcing / what-if) */
  forced?: boolean;
  /** the weights were set by hand (what-if), not computed by the softmax */
  attentionOverridden?: boolean;
}

/** A strip of the picture: `enc-3` is h̄_3, `concat-1` the second part of the concat. */
export type StripId = 'prev' | 'z' | 'r' | 'state' | 'context' | 'attentional' | `enc-${number}` | `concat-${number}`;

/** A hovered dimension `d` (0-based) of one strip of the picture. */
export interface DimHover {
  strip: StripId;
  d: number;
}

/** How an item that was not on the stage comes in. */
export type Grow = 'up' | 'down' | 'right' | 'left';

/**
 * One keyed element of the stage. Items with the same key in two consecutive scenes are the same
 * thing (it moves / resizes / fades between them); an item new to a scene comes from the item
 * named by `from` in the previous scene, grows from zero (`grow`) or fades in.
 */
export interface StageItem {
  key: string;
  kind: 'vec' | 'bar' | 'text' | 'box';
  /** its rectangle; for text, x/y is the anchor and w/h an estimate of the extent */
  box: Box;
  opacity: number;
  /** key of the item (in the previous scene) it comes out of */
  from?: string;
  /** opacity when it leaves `from` (default: that item's opacity) */
  startOpacity?: number;
  grow?: Grow;
  /** when its motion starts, as a fraction of the transition (1: after everything else moved) */
  delay?: number;
  /** it vanishes into where it lands (the pieces of a weighted sum, the inputs of the GRU) */
  arrive?: boolean;
  /** group it is drawn in (see {@link StageScene.groups}) */
  group?: string;
  /** vectors: the numbers (exact, all of them) and the ones drawn when they differ */
  values?: readonly number[];
  display?: readonly number[];
  /**
   * vectors that are one half of an H-vector (→h_j, ←h_j of step 0): the index of their first
   * entry in it, so the compact picture draws the picked dimensions that fall in this half
   */
  dimBase?: number;
  /** vectors: which strip it is (dimension hover, names) */
  strip?: StripId;
  /** colour scale of a vector: decoder/encoder values or a gate in [0, 1] */
  scale?: 'state' | 'unit';
  /** text content (a symbol's subscript apart), or a bar's fill */
  text?: string;
  sub?: string;
  /** text after the subscript (e.g. " = word") */
  after?: string;
  fill?: string;
  /** text anchor / rotation */
  anchor?: 'start' | 'middle' | 'end';
  rotate?: boolean;
  /** CSS classes, test id and data-* attributes */
  cls?: string;
  testId?: string;
  data?: Record<string, string>;
  /** the source token (hover, what-if pick) or output candidate it stands for */
  src?: number;
  cand?: number;
  /** accessible name / tooltip */
  title?: string;
}

/** A group of items drawn together (an SVG <g>), possibly inside another. */
export interface StageGroup {
  key: string;
  parent?: string;
  testId?: string;
  cls?: string;
  data?: Record<string, string>;
  /** accessible summary (the group's name and tooltip) */
  label?: string;
  /** `group`: a named group whose parts stay reachable (the bars, the output list) */
  role?: 'group';
  /** a candidate / source index: the group is the hover and pick target */
  cand?: number;
  src?: number;
}

/** One phase of one step, laid out: keyed items and their groups. */
export interface StageScene {
  /** step and phase it shows (a new scene id is a transition) */
  id: string;
  items: StageItem[];
  groups: StageGroup[];
}

/** Texts of the picture (from src/ui/strings.ts; math symbols are built here). */
export interface StageLabels {
  scores: string;
  weights: (sum: string) => string;
  topk: string;
  forced: string;
  /** caption of hand-set weights (what-if) */
  overridden?: (sum: string) => string;
  /** appended to the output word when it was forced */
  forcedTag?: string;
  /** accessible names of the what-if click targets */
  pick?: (word: string) => string;
  pickSource?: (token: string) => string;
  encoderCaption: string;
  /** step 0 (the encoder): the caption of each of its phases, and the names of its vectors */
  encoder: {
    embed: string;
    fwd: string;
    bwd: string;
    bridge: string;
    /** E_x(x_j), →h_j, ←h_j of token j (1-based in the text) */
    embedding: (j: number, token: string) => string;
    forward: (j: number, token: string) => string;
    backward: (j: number, token: string) => string;
    /** s_0 (h_0 for Luong) */
    initial: string;
  };
  legendState: string;
  legendUnit: string;
  notTraced: string;
  dim: (d: number) => string;
  /** accessible value summaries of the picture's parts (strings.ts `a11y`): vectors, the bars, the output list */
  summary?: {
    vector: (name: string, n: number, min: string, max: string, dim: number, v: string) => string;
    scores: (n: number, top: string, v: string) => string;
    weights: (n: number, top: string, v: string) => string;
    topk: (n: number, chosen: string, p: string) => string;
    topkForced: (n: number, chosen: string, p: string, top: string) => string;
  };
  names: Record<'prev' | 'z' | 'r' | 'state' | 'context' | 'attentional' | 'embedding', string> & {
    enc: (j: number, token: string) => string;
  };
}
