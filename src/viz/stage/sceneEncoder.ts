/**
 * Step 0 of the stage: the encoder. Pure, like scene.ts: the source embeddings E_x(x_j) appear
 * over their tokens; the forward GRU runs left to right (→h_j comes out of →h_{j−1} and x_j), the
 * backward GRU right to left (←h_j out of ←h_{j+1} and x_j); the two halves are the annotation
 * h̄_j = [→h_j ; ←h_j]; the bridge sends →h_T and ←h_1 into the decoder's first state s_0.
 *
 * The keys it shares with step 1 (`tok-j`, `enc-j`, `h-0`, `sym-prev`) sit where step 1 has them,
 * so going on to step 1 keeps the annotations and s_0 in place.
 */
import type { AttentionKind, EncoderPhase } from '../stepLayout';
import { ENCODER_PHASES } from '../stepLayout';
import { center, textWidth, type Box, type StageFrame } from './frame';
import type { StageGroup, StageItem, StageLabels, StageScene } from './types';

/** What step 0's scene is made of (plain numbers of the encoder trace). */
export interface EncoderSceneInput {
  frame: StageFrame;
  kind: AttentionKind;
  tokens: readonly string[];
  unknown?: readonly boolean[];
  /** E_x(x_j) [S][E]; absent from older traces (drawn as placeholders) */
  embeddings?: readonly (readonly number[])[];
  /** h̄_j = [→h_j ; ←h_j] [S][H] */
  annotations: readonly (readonly number[])[];
  /** s_0 [H] */
  bridge: readonly number[];
  phase: EncoderPhase;
  labels: StageLabels;
}

/** The label of source token j (the same item in step 0 and in every decoder step). */
export function tokenItem(
  f: StageFrame,
  tokens: readonly string[],
  unknown: readonly boolean[] | undefined,
  j: number,
): StageItem {
  const at = f.tokens[j]!;
  const tok = tokens[j]!;
  return {
    key: `tok-${j}`,
    kind: 'text',
    group: 'encoder',
    box: { x: at.x, y: at.y, w: at.maxW, h: 14 },
    opacity: 1,
    text: tok,
    anchor: at.rotate ? 'end' : f.orientation === 'tall' ? 'start' : 'middle',
    rotate: at.rotate,
    cls: `stage__token${unknown?.[j] ? ' stage__token--unknown' : ''}`,
    testId: 'stage-token',
    data: { index: String(j), ...(unknown?.[j] ? { unknown: 'true' } : {}) },
    src: j,
    title: tok,
  };
}

/** The first (→h) or second (←h) half of an annotation's box, a 2 px gap between them. */
export function halfBox(f: StageFrame, j: number, first: boolean): Box {
  const b = f.enc[j]!;
  if (f.vecVertical) {
    const h = (b.h - 2) / 2;
    return { x: b.x, y: first ? b.y : b.y + h + 2, w: b.w, h };
  }
  const w = (b.w - 2) / 2;
  return { x: first ? b.x : b.x + w + 2, y: b.y, w, h: b.h };
}

/** Lays out one phase of step 0 (see the file comment). */
export function encoderScene(inp: EncoderSceneInput): StageScene {
  const { frame: f, kind, tokens, annotations, phase, labels } = inp;
  const items: StageItem[] = [];
  const add = (it: StageItem): void => void items.push(it);
  const groups: StageGroup[] = [{ key: 'encoder', testId: 'stage-encoder', cls: 'stg-encoder is-involved' }];
  const S = tokens.length;
  const H = annotations[0]?.length ?? 0;
  const D = Math.floor(H / 2);
  const at = ENCODER_PHASES.indexOf(phase);
  const has = (p: EncoderPhase): boolean => ENCODER_PHASES.indexOf(p) <= at;
  const cur = (p: EncoderPhase): boolean => phase === p;
  // a sweep: token j starts its motion at this fraction of the transition
  const sweep = (j: number): number => (S > 1 ? (0.7 * j) / (S - 1) : 0);

  // the phase's caption; too long for the stage (phones), it breaks after its last ':' or ';' onto two lines
  const caption = labels.encoder[phase];
  const room = f.width - f.caption.x - 8;
  const cut = Math.max(caption.lastIndexOf(': '), caption.lastIndexOf('; '));
  const lines =
    textWidth([...caption].length) > room && cut > 0 ? [caption.slice(0, cut + 1), caption.slice(cut + 2)] : [caption];
  lines.forEach((text, i) =>
    add({
      key: `enc0-cap-${phase}-${i}`,
      kind: 'text',
      box: {
        x: f.caption.x,
        y: f.caption.y - (lines.length - 1 - i) * 15,
        w: Math.min(room, textWidth([...text].length)),
        h: 14,
      },
      opacity: 1,
      text,
      cls: 'stg-caption',
      testId: 'encoder-caption',
    }),
  );
  for (let j = 0; j < S; j++) {
    const tok = tokens[j]!;
    add(tokenItem(f, tokens, inp.unknown, j));
    const x = inp.embeddings?.[j];
    add({
      key: `x-${j}`,
      kind: 'vec',
      group: 'encoder',
      box: f.embed[j]!,
      opacity: cur('embed') ? 1 : cur('bridge') ? 0.45 : 0.8,
      grow: f.vecVertical ? 'up' : 'right',
      delay: cur('embed') ? sweep(j) * 0.6 : 0,
      values: x ?? [],
      cls: x ? undefined : 'stg-missing',
      testId: 'strip-embedding',
      data: { index: String(j), token: tok, ...(x ? {} : { placeholder: 'true' }) },
      src: j,
      title: x ? labels.encoder.embedding(j, tok) : `${labels.encoder.embedding(j, tok)} (${labels.notTraced})`,
    });
  }
  // the two GRUs: each state comes out of its neighbour's (the recurrence) and the token's embedding
  const halves = (dir: 'fwd' | 'bwd'): void => {
    const first = dir === 'fwd';
    const running = cur(dir);
    for (let j = 0; j < S; j++) {
      const tok = tokens[j]!;
      const order = first ? j : S - 1 - j;
      const prev = first ? j - 1 : j + 1;
      const box = halfBox(f, j, first);
      const delay = running ? sweep(order) : 0;
      add({
        key: `${dir}-${j}`,
        kind: 'vec',
        group: 'encoder',
        box,
        opacity: cur('bridge') ? 0 : running ? 1 : 0.8,
        from: prev >= 0 && prev < S ? `${dir}-${prev}` : undefined,
        startOpacity: 0.3,
        grow: f.vecVertical ? (first ? 'down' : 'up') : first ? 'right' : 'left',
        delay,
        values: (annotations[j] ?? []).slice(first ? 0 : D, first ? D : H),
        dimBase: first ? 0 : D,
        testId: first ? 'strip-fwd' : 'strip-bwd',
        data: { index: String(j), token: tok },
        src: j,
        title: (first ? labels.encoder.forward : labels.encoder.backward)(j, tok),
      });
      if (running && inp.embeddings?.[j])
        add({
          key: `x-into-${dir}-${j}`,
          kind: 'vec',
          box: center(box),
          opacity: 0,
          from: `x-${j}`,
          startOpacity: 0.9,
          delay: Math.max(0, delay - 0.05),
          values: inp.embeddings[j]!,
          arrive: true,
          cls: 'stg-ghost',
        });
    }
  };
  if (has('fwd')) halves('fwd');
  if (has('bwd')) halves('bwd');
  if (!has('bridge')) return { id: `0:${phase}`, items, groups };

  // h̄_j = [→h_j ; ←h_j]: the annotations the decoder attends to; →h_T and ←h_1 make s_0
  annotations.forEach((a, j) =>
    add({
      key: `enc-${j}`,
      kind: 'vec',
      group: 'encoder',
      box: f.enc[j]!,
      opacity: 1,
      values: a,
      strip: `enc-${j}`,
      testId: 'strip-enc',
      data: { index: String(j), token: tokens[j]! },
      src: j,
      title: labels.names.enc(j, tokens[j]!),
    }),
  );
  const prevSlot = f.pipe.prev;
  const ghost = (key: string, from: string, values: readonly number[]): void =>
    add({ key, kind: 'vec', box: center(prevSlot), opacity: 0, from, startOpacity: 1, values, arrive: true, cls: 'stg-ghost' });
  ghost('bridge-f', `fwd-${S - 1}`, (annotations[S - 1] ?? []).slice(0, D));
  ghost('bridge-b', 'bwd-0', (annotations[0] ?? []).slice(D, H));
  add({
    key: 'sym-prev',
    kind: 'text',
    box: { ...f.symbols.prev, w: 24, h: 14 },
    opacity: 1,
    text: kind === 'bahdanau' ? 's' : 'h',
    sub: '0',
    anchor: f.orientation === 'tall' ? 'start' : 'middle',
    cls: 'stage__sym',
    delay: 0.6,
  });
  add({
    key: 'h-0',
    kind: 'vec',
    box: prevSlot,
    opacity: 1,
    delay: 0.55,
    values: inp.bridge,
    strip: 'prev',
    testId: 'strip-bridge',
    cls: 'vstrip--active',
    title: labels.encoder.initial,
  });
  return { id: `0:${phase}`, items, groups };
}
