/**
 * The fixed frame of the step stage: where every slot of the picture sits for a whole decode. It
 * depends only on the variant, the source length, the top-k size, the vector mode and the box
 * width, never on the step or the phase, so the stage keeps its size and place while stepping.
 *
 * Two orientations: `wide` (≥ {@link TALL_BELOW} px) puts the encoder band (score bars over the
 * source tokens over the annotations) across the top and the decoder pipeline with the output
 * distribution below it; `tall` (phones) stacks one row per source token, then one row per
 * decoder vector, then the output distribution. Columns are squeezed to fit: no sideways scroll.
 */
import type { AttentionKind } from '../stepLayout';

/** A rectangle in stage pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Below this box width the stage is laid out vertically. */
export const TALL_BELOW = 700;
/** The narrowest stage drawn (px); narrower boxes get this width. */
export const MIN_WIDTH = 300;
/** The widest stage drawn (px); wider boxes leave room at the right. */
export const MAX_WIDTH = 1500;
/** Height of one compact vector cell along the vector (px). */
export const CELL = 11;
/** Length of a full (every dimension) vector strip, px. */
export const FULL_LEN = 192;
/** Height of one row of the output distribution, px. */
export const TOPK_ROW = 22;

/** What fixes the frame: nothing here changes from step to step. */
export interface FrameInput {
  kind: AttentionKind;
  /** number of source tokens (`</s>` included) */
  S: number;
  /** number of output candidates shown */
  topK: number;
  /** cells per compact vector; ignored when `full` */
  nDims: number;
  /** full vectors (every dimension) instead of the compact cells */
  full: boolean;
  /** width of the box the stage must fit, px */
  width: number;
}

/** The pipeline slots of the decoder, in the order the variant computes them. */
export type PipeSlot = 'prev' | 'gru' | 'state' | 'context' | 'concat' | 'attentional';

/** Every position of the stage for a decode (px). */
export interface StageFrame {
  kind: AttentionKind;
  orientation: 'wide' | 'tall';
  width: number;
  height: number;
  /** the input chip y_{t-1} */
  input: Box;
  /** the growing translation y_1 … y_{t-1} (one line) */
  translation: Box;
  /** caption of the score bars and of the encoder band */
  caption: { x: number; y: number };
  /** per source token: its label anchor, its bar area and its annotation vector */
  tokens: { x: number; y: number; rotate: boolean; maxW: number }[];
  barArea: Box[];
  /** whether bars grow vertically (wide) or horizontally (tall) */
  barsVertical: boolean;
  /** per source token: where step 0 draws its embedding E_x(x_j) (the score bars' place, free before step 1) */
  embed: Box[];
  enc: Box[];
  /** the decoder pipeline */
  pipe: Record<PipeSlot, Box>;
  /** where each slot's symbol is written (anchor: middle for wide, start for tall) */
  symbols: Record<PipeSlot, { x: number; y: number }>;
  /** the concat's parts (2, or 3 for Bahdanau) */
  concatParts: Box[];
  /** the output distribution: its box and row height */
  topk: Box;
  topkRow: number;
  /** the colour legend */
  legend: { x: number; y: number };
  /** vectors run down (wide) or across (tall) */
  vecVertical: boolean;
}

/** The pipeline order of a variant (Bahdanau computes c_t before the RNN). */
export function pipeOrder(kind: AttentionKind): PipeSlot[] {
  return kind === 'bahdanau'
    ? ['prev', 'context', 'gru', 'state', 'concat', 'attentional']
    : ['prev', 'gru', 'state', 'context', 'concat', 'attentional'];
}

/** A 4 px box at the centre of `b` (where ghosts vanish into a vector). */
export const center = (b: Box): Box => ({ x: b.x + b.w / 2 - 2, y: b.y + b.h / 2 - 2, w: 4, h: 4 });

/** `b` grown by `d` px on every side. */
export function grow(b: Box, d: number): Box {
  return { x: b.x - d, y: b.y - d, w: b.w + 2 * d, h: b.h + 2 * d };
}

/** Pixel width of a label of `n` characters at the stage's 12 px monospace font. */
export const textWidth = (n: number): number => n * 7.2;

/** Lays out the stage frame for a decode (pure; see the file comment). */
export function stageFrame(input: FrameInput): StageFrame {
  const width = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, input.width)));
  return width < TALL_BELOW ? tallFrame(input, width) : wideFrame(input, width);
}

function wideFrame(inp: FrameInput, width: number): StageFrame {
  const { kind, S, topK, full } = inp;
  const m = 12;
  const gutter = 28;
  const parts = kind === 'bahdanau' ? 3 : 2;
  const vecLen = full ? FULL_LEN : Math.max(3, inp.nDims) * CELL;
  // encoder band: bars, token labels, annotations
  const colW = Math.min(72, (width - 2 * m - gutter) / Math.max(1, S));
  const rotate = colW < 46;
  const capY = 46;
  // the band of the score bars; step 0 draws the embeddings there, so every variant has it
  const barsTop = 56;
  const barsH = 66;
  const labelTop = barsTop + barsH + 6;
  const labelBand = rotate ? 46 : 20;
  const encTop = labelTop + labelBand + 4;
  const thick = Math.max(5, Math.min(16, colW - 8));
  const x0 = m + gutter;
  const tokens = [];
  const barArea: Box[] = [];
  const enc: Box[] = [];
  const embed: Box[] = [];
  for (let j = 0; j < S; j++) {
    const cx = x0 + colW * (j + 0.5);
    tokens.push(
      rotate
        ? { x: cx + 4, y: labelTop + 8, rotate: true, maxW: labelBand * 1.3 }
        : { x: cx, y: labelTop + 14, rotate: false, maxW: colW - 4 },
    );
    const bw = Math.max(4, Math.min(22, colW * 0.6));
    barArea.push({ x: cx - bw / 2, y: barsTop, w: bw, h: barsH });
    enc.push({ x: cx - thick / 2, y: encTop, w: thick, h: vecLen });
    embed.push({ x: cx - thick / 2, y: barsTop + 4, w: thick, h: barsH - 4 });
  }
  // decoder pipeline: one row of vectors, the output distribution to its right
  const pTop = encTop + vecLen + 62;
  const vw = 16;
  const gap = 36;
  const widths: Record<PipeSlot, number> = {
    prev: vw,
    gru: 58,
    state: vw,
    context: vw,
    concat: parts * vw + (parts - 1) * 2,
    attentional: vw,
  };
  const pipe = {} as Record<PipeSlot, Box>;
  const symbols = {} as Record<PipeSlot, { x: number; y: number }>;
  let x = x0;
  for (const id of pipeOrder(kind)) {
    pipe[id] = { x, y: pTop, w: widths[id], h: vecLen };
    symbols[id] = { x: x + widths[id] / 2, y: pTop - 8 };
    x += widths[id] + gap;
  }
  const concatParts = Array.from({ length: parts }, (_, i) => ({ x: pipe.concat.x + i * (vw + 2), y: pTop, w: vw, h: vecLen }));
  const topkX = x + 8;
  const topkW = Math.max(150, Math.min(300, width - m - topkX));
  const topkRow = TOPK_ROW;
  const topk = { x: topkX, y: pTop - 18, w: topkW, h: (topK + 2) * topkRow };
  const bottom = Math.max(pTop + vecLen + 26, topk.y + topk.h + 6);
  return {
    kind,
    orientation: 'wide',
    width,
    height: bottom + 44,
    input: { x: m, y: 6, w: 170, h: 24 },
    translation: { x: m + 186, y: 6, w: width - 2 * m - 186, h: 24 },
    caption: { x: x0, y: capY },
    tokens,
    barArea,
    barsVertical: true,
    embed,
    enc,
    pipe,
    symbols,
    concatParts,
    topk,
    topkRow,
    legend: { x: m, y: bottom + 6 },
    vecVertical: true,
  };
}

function tallFrame(inp: FrameInput, width: number): StageFrame {
  const { kind, S, topK, full } = inp;
  const m = 8;
  const parts = kind === 'bahdanau' ? 3 : 2;
  const labelW = 66;
  const inner = width - 2 * m;
  // the score bars' column (step 0 draws the embeddings there, so every variant has it)
  const barW = Math.min(110, Math.round(inner * 0.3));
  const vecX = m + labelW + barW + 10;
  const vecLen = Math.min(full ? FULL_LEN : Math.max(3, inp.nDims) * 13, width - m - vecX);
  const rowH = 24; // a source row is a tap target (what-if) of at least 24 px
  const thick = 13;
  const capY = 64;
  const encTop = 74;
  const tokens = [];
  const barArea: Box[] = [];
  const enc: Box[] = [];
  const embed: Box[] = [];
  for (let j = 0; j < S; j++) {
    const y = encTop + j * rowH;
    tokens.push({ x: m, y: y + 14, rotate: false, maxW: labelW - 6 });
    barArea.push({ x: m + labelW, y: y + 5, w: Math.max(10, barW - 34), h: rowH - 10 });
    enc.push({ x: vecX, y: y + (rowH - thick) / 2, w: vecLen, h: thick });
    embed.push({ x: m + labelW, y: y + (rowH - thick) / 2, w: barW, h: thick });
  }
  // decoder pipeline: one row per slot, the symbol at the left
  const pTop = encTop + S * rowH + 30;
  const pRow = 26;
  const pipeX = m + labelW;
  const pipeLen = Math.min(vecLen, width - m - pipeX);
  const pipe = {} as Record<PipeSlot, Box>;
  const symbols = {} as Record<PipeSlot, { x: number; y: number }>;
  let y = pTop;
  for (const id of pipeOrder(kind)) {
    const h = id === 'gru' ? 34 : thick;
    const w = id === 'concat' ? Math.min(width - m - pipeX, parts * pipeLen + (parts - 1) * 3) : pipeLen;
    pipe[id] = { x: pipeX, y, w, h };
    symbols[id] = { x: m, y: y + h / 2 + 4 };
    y += h + pRow - thick;
  }
  const partLen = (pipe.concat.w - (parts - 1) * 3) / parts;
  const concatParts = Array.from({ length: parts }, (_, i) => ({
    x: pipe.concat.x + i * (partLen + 3),
    y: pipe.concat.y,
    w: partLen,
    h: thick,
  }));
  const topkRow = TOPK_ROW;
  const topk = { x: m, y: y + 8, w: inner, h: (topK + 2) * topkRow };
  const bottom = topk.y + topk.h + 6;
  return {
    kind,
    orientation: 'tall',
    width,
    height: bottom + 44,
    input: { x: m, y: 6, w: inner, h: 22 },
    translation: { x: m, y: 32, w: inner, h: 22 },
    caption: { x: m + labelW, y: capY },
    tokens,
    barArea,
    barsVertical: false,
    embed,
    enc,
    pipe,
    symbols,
    concatParts,
    topk,
    topkRow,
    legend: { x: m, y: bottom + 6 },
    vecVertical: false,
  };
}
