/**
 * The stage layout of one phase of one decoder step: every element the picture draws, keyed, with
 * its box, opacity, values and where it comes from. Pure (plain data in, plain data out):
 * trace step + phase + the decode's fixed frame → scene. Consecutive scenes share keys, so a
 * phase change is a move from one scene to the next (see motion.ts).
 *
 * Keys that cross steps carry the step: `h-3` is h_3 (the state of step 3, which is h_{t−1} of
 * step 4: it slides from the h_t slot to the h_{t−1} slot), `out-3` the third output word (it
 * flies out of the top-k list into the translation, and from there into the next input chip).
 */
import { fmt, weightColor, type AttentionKind, type StagePhase } from '../stepLayout';
import { barBox } from './bars';
import { textWidth, type Box, type PipeSlot, type StageFrame } from './frame';
import { addOutput } from './sceneOutput';
import type { StageGroup, StageItem, StageLabels, StageScene, StageStep, StripId } from './types';

/** Everything a scene is made of. */
export interface SceneInput {
  frame: StageFrame;
  kind: AttentionKind;
  tokens: readonly string[];
  unknown?: readonly boolean[];
  /** h̄_j [S][H] */
  annotations: readonly (readonly number[])[];
  step: StageStep;
  phase: StagePhase;
  /** phases computed so far in this step, the current one included */
  reached: readonly StagePhase[];
  /** the words emitted before this step (y_1 … y_{t−1}) */
  outputs: readonly string[];
  labels: StageLabels;
}

const wColor = weightColor();
/** Fill of raw score bars (weights take their colour from the weight scale). */
export const SCORE_FILL = '#8b95a7';

const center = (b: Box): Box => ({ x: b.x + b.w / 2 - 2, y: b.y + b.h / 2 - 2, w: 4, h: 4 });

/** Lays out one phase of one step (see the file comment). */
export function stageScene(inp: SceneInput): StageScene {
  const { frame: f, kind, tokens, annotations, step, phase, reached, labels } = inp;
  const t = step.t;
  const items: StageItem[] = [];
  const groups: StageGroup[] = [];
  const add = (it: StageItem): void => void items.push(it);
  const has = (p: StagePhase): boolean => reached.includes(p);
  const cur = (p: StagePhase): boolean => phase === p;
  const b = kind === 'bahdanau';
  const attention = kind !== 'none';
  const S = tokens.length;
  const st = b ? 's' : 'h';
  const prevKey = `h-${t - 1}`;
  const stateKey = `h-${t}`;

  // the growing translation, and this step's input word (which came from it)
  addTranslation(inp, add, phase === 'output' ? 1 : 0);
  add({
    key: `in-${t - 1}`,
    kind: 'text',
    box: { x: f.input.x, y: f.input.y + 16, w: textWidth(step.input.length + 8), h: 18 },
    opacity: 1,
    from: t > 1 ? `out-${t - 1}` : undefined,
    text: 'y',
    sub: 't−1',
    after: ` = ${step.input}`,
    cls: 'stg-chip',
    testId: 'stage-input',
    data: { token: step.input },
  });

  // encoder band: token labels and annotations h̄_j (the current phase's ones at full strength)
  const encInvolved = cur('scores') || cur('softmax') || cur('context') || cur('fixed');
  groups.push({ key: 'encoder', testId: 'stage-encoder', cls: encInvolved ? 'stg-encoder is-involved' : 'stg-encoder' });
  if (!attention || !has('scores'))
    add({
      key: 'enc-cap',
      kind: 'text',
      box: { ...f.caption, w: 200, h: 14 },
      opacity: 1,
      text: labels.encoderCaption,
      cls: 'stg-caption',
    });
  tokens.forEach((tok, j) => {
    const at = f.tokens[j]!;
    add({
      key: `tok-${j}`,
      kind: 'text',
      group: 'encoder',
      box: { x: at.x, y: at.y, w: at.maxW, h: 14 },
      opacity: 1,
      text: tok,
      anchor: at.rotate ? 'end' : f.orientation === 'tall' ? 'start' : 'middle',
      rotate: at.rotate,
      cls: `stage__token${inp.unknown?.[j] ? ' stage__token--unknown' : ''}`,
      testId: 'stage-token',
      data: { index: String(j), ...(inp.unknown?.[j] ? { unknown: 'true' } : {}) },
      src: j,
      title: tok,
    });
    const w = step.weights[j] ?? 0;
    add({
      key: `enc-${j}`,
      kind: 'vec',
      group: 'encoder',
      box: f.enc[j]!,
      opacity: encInvolved ? 1 : 0.45,
      values: annotations[j] ?? [],
      display: cur('context') ? (annotations[j] ?? []).map((v) => v * w) : undefined,
      strip: `enc-${j}`,
      testId: 'strip-enc',
      data: { index: String(j), token: tok, ...(cur('context') ? { weight: String(w), scaled: 'true' } : {}) },
      src: j,
      title: labels.names.enc(j, tok),
    });
  });

  // the decoder pipeline
  const vec = (key: string, slot: PipeSlot, strip: StripId, values: readonly number[], extra: Partial<StageItem> = {}): void =>
    add({
      key,
      kind: 'vec',
      box: f.pipe[slot],
      opacity: 1,
      values,
      strip,
      testId: `strip-${strip}`,
      title: labels.names[strip as 'prev'],
      ...extra,
    });
  const sym = (slot: PipeSlot, text: string, sub?: string, delay = 0.6): void =>
    add({
      key: `sym-${slot}`,
      kind: 'text',
      box: { ...f.symbols[slot], w: 24, h: 14 },
      opacity: 1,
      text,
      sub,
      anchor: f.orientation === 'tall' ? 'start' : 'middle',
      cls: 'stage__sym',
      delay,
    });
  sym('prev', st, 't−1', 0);
  const prevActive = cur('rnn') || (b && cur('scores'));
  vec(prevKey, 'prev', 'prev', step.prevState, {
    opacity: prevActive ? 1 : 0.55,
    cls: b && cur('scores') ? 'vstrip--active' : undefined,
  });

  // the GRU cell: its box is always there; the gates and what flows in only in the RNN phase
  add({
    key: 'gru',
    kind: 'box',
    box: f.pipe.gru,
    opacity: cur('rnn') ? 1 : 0.5,
    text: 'GRU',
    cls: `stg-gru${cur('rnn') ? ' is-current' : ''}`,
    testId: 'stage-rnn',
  });
  if (cur('rnn')) {
    const g = f.pipe.gru;
    const vertical = f.vecVertical;
    const gate = (i: number): Box =>
      vertical
        ? { x: g.x + 10 + i * 16, y: g.y + 14, w: 10, h: g.h - 20 }
        : { x: g.x + 30, y: g.y + 4 + i * 14, w: g.w - 36, h: 10 };
    add({
      key: 'z',
      kind: 'vec',
      box: gate(0),
      opacity: 1,
      values: step.gates.z,
      strip: 'z',
      scale: 'unit',
      testId: 'strip-z',
      title: labels.names.z,
      delay: 0.3,
    });
    add({
      key: 'r',
      kind: 'vec',
      box: gate(1),
      opacity: 1,
      values: step.gates.r,
      strip: 'r',
      scale: 'unit',
      testId: 'strip-r',
      title: labels.names.r,
      delay: 0.3,
    });
    add({
      key: 'gin-y',
      kind: 'text',
      box: center(g),
      opacity: 0,
      from: `in-${t - 1}`,
      startOpacity: 1,
      text: step.input,
      cls: 'stg-ghost-word',
      arrive: true,
    });
    add({
      key: 'gin-h',
      kind: 'vec',
      box: center(g),
      opacity: 0,
      from: prevKey,
      startOpacity: 1,
      values: step.prevState,
      arrive: true,
      cls: 'stg-ghost',
    });
    if (b)
      add({
        key: 'gin-c',
        kind: 'vec',
        box: center(g),
        opacity: 0,
        from: 'ctx',
        startOpacity: 1,
        values: step.context,
        arrive: true,
        cls: 'stg-ghost',
      });
  }
  if (has('rnn')) {
    sym('state', st, 't', cur('rnn') ? 0.9 : 0);
    vec(stateKey, 'state', 'state', step.state, {
      from: 'gru',
      delay: 0.45,
      cls: cur('rnn') || (!b && cur('scores')) ? 'vstrip--active' : undefined,
    });
  }

  // scores: the query meets every annotation, each bar grows from zero; softmax: the same bars morph
  if (attention && has('scores')) addBars(inp, add, groups, b ? prevKey : stateKey);

  // the weighted sum: each α_j h̄_j slides into c_t, which fills up
  if (has('context') || has('fixed')) {
    sym('context', 'c', kind === 'none' ? undefined : 't', cur('context') || cur('fixed') ? 0.9 : 0);
    const summing = cur('context') || cur('fixed');
    vec('ctx', 'context', 'context', step.context, { delay: summing ? 0.55 : 0, cls: summing ? 'vstrip--active' : undefined });
    if (cur('context')) {
      const wMax = Math.max(1e-9, ...step.weights);
      groups.push({ key: 'flow', testId: 'context-flow' });
      step.weights.forEach((w, j) =>
        add({
          key: `w-${j}`,
          kind: 'vec',
          group: 'flow',
          box: f.pipe.context,
          opacity: 0,
          from: `enc-${j}`,
          startOpacity: 0.15 + 0.85 * (w / wMax),
          values: (annotations[j] ?? []).map((v) => v * w),
          arrive: true,
          cls: 'stg-ghost',
          testId: 'wsum-ghost',
          data: { index: String(j), weight: String(w) },
        }),
      );
    }
    if (cur('fixed') && S > 0) addFixedHalves(inp, add, groups);
  }

  // concat: the pieces slide together into one vector; tanh squashes it into h̃_t / t_t
  if (has('concat')) {
    const parts: { values?: readonly number[]; from: string; name: string; testId: string; label: string }[] = b
      ? [
          { values: step.state, from: stateKey, name: labels.names.state, testId: 'concat-part-state', label: 's' },
          { values: step.context, from: 'ctx', name: labels.names.context, testId: 'concat-part-context', label: 'c' },
          {
            values: step.embedding,
            from: `in-${t - 1}`,
            name: step.embedding ? labels.names.embedding : `${labels.names.embedding} (${labels.notTraced})`,
            testId: 'concat-part-embedding',
            label: 'E',
          },
        ]
      : [
          { values: step.context, from: 'ctx', name: labels.names.context, testId: 'concat-part-context', label: 'c' },
          { values: step.state, from: stateKey, name: labels.names.state, testId: 'concat-part-state', label: 'h' },
        ];
    const total = parts.reduce((n, p) => n + (p.values?.length ?? 0), 0);
    groups.push({
      key: 'concat',
      testId: 'strip-concat',
      cls: 'stg-concat',
      data: { n: String(total), parts: String(parts.length) },
    });
    add({
      key: 'cat',
      kind: 'box',
      box: grow(f.pipe.concat, 3),
      opacity: 1,
      group: 'concat',
      cls: 'stg-concat-frame',
      delay: cur('concat') ? 0.7 : 0,
    });
    parts.forEach((p, i) =>
      add({
        key: `cat-${i}`,
        kind: 'vec',
        group: 'concat',
        box: f.concatParts[i]!,
        opacity: 1,
        from: p.from,
        values: p.values ?? [],
        strip: `concat-${i}`,
        testId: p.testId,
        title: p.name,
        cls: p.values ? undefined : 'stg-missing',
        data: p.values ? undefined : { placeholder: 'true' },
      }),
    );
    add({
      key: 'sym-concat',
      kind: 'text',
      box: { ...f.symbols.concat, w: 40, h: 14 },
      opacity: 1,
      text: `[${parts.map((p) => p.label).join(';')}]`,
      anchor: f.orientation === 'tall' ? 'start' : 'middle',
      cls: 'stage__sym',
      delay: cur('concat') ? 0.9 : 0,
    });
  }
  if (has('attentional')) {
    sym('attentional', b ? 't' : 'h\u0303', 't', cur('attentional') ? 0.9 : 0);
    vec('att', 'attentional', 'attentional', step.attentional, { from: 'cat' });
  }
  if (has('output')) addOutput(inp, add, groups);
  return { id: `${t}:${phase}`, items, groups };
}

function grow(b: Box, d: number): Box {
  return { x: b.x - d, y: b.y - d, w: b.w + 2 * d, h: b.h + 2 * d };
}

/** The translation so far (y_1 … y_{t−1}, plus y_t once it is chosen), its last words where the line is full. */
function addTranslation(inp: SceneInput, add: (it: StageItem) => void, extra: number): void {
  const { frame: f, step, outputs } = inp;
  const words = outputs.slice(0, step.t - 1 + extra);
  if (extra) words[step.t - 1] = step.chosen.token;
  const tag = step.forced ? [...(inp.labels.forcedTag ?? '')].length : 0;
  const widths = words.map((w, k) => textWidth([...w].length + (extra && k === step.t - 1 ? tag : 0)) + 8);
  let x = f.translation.x + f.translation.w;
  const xs: number[] = [];
  for (let k = words.length - 1; k >= 0; k--) {
    x -= widths[k]!;
    xs[k] = x;
  }
  // left-aligned while it fits, the last words when it does not
  const shift = Math.max(0, Math.min(...xs.filter((v) => v !== undefined), f.translation.x + f.translation.w) - f.translation.x);
  words.forEach((w, k) => {
    const wx = xs[k]! - shift;
    if (wx < f.translation.x) return;
    const chosen = k === step.t - 1;
    add({
      key: `out-${k + 1}`,
      kind: 'text',
      box: { x: wx, y: f.translation.y + 16, w: widths[k]!, h: 18 },
      opacity: 1,
      text: w,
      cls: chosen ? 'stg-word stg-word--new' : 'stg-word',
      from: chosen
        ? `topk-word-${Math.max(
            0,
            step.topK.findIndex((c) => c.token === step.chosen.token && c.id === step.chosen.id),
          )}`
        : undefined,
      delay: chosen ? 0.55 : 0,
      after: chosen && step.forced ? inp.labels.forcedTag : undefined,
      ...(chosen
        ? { testId: 'stage-output', data: { token: step.chosen.token, ...(step.forced ? { forced: 'true' } : {}) } }
        : {}),
    });
  });
}

function addBars(inp: SceneInput, add: (it: StageItem) => void, groups: StageGroup[], queryKey: string): void {
  const { frame: f, step, phase, tokens, labels } = inp;
  const mode = phase === 'scores' ? 'scores' : 'weights';
  const values = mode === 'weights' ? step.weights : step.scores;
  const sum = step.weights.reduce((a, v) => a + v, 0);
  const overridden = mode === 'weights' && step.attentionOverridden === true;
  groups.push({
    key: 'bars',
    testId: 'score-bars',
    cls: `bars bars--${mode}${overridden ? ' bars--overridden' : ''}`,
    data: { mode, ...(mode === 'weights' ? { sum: String(sum) } : {}), ...(overridden ? { overridden: 'true' } : {}) },
  });
  const caption =
    mode === 'weights' ? (overridden && labels.overridden ? labels.overridden : labels.weights)(fmt(sum, 3)) : labels.scores;
  add({
    key: `bars-cap-${mode}`,
    kind: 'text',
    group: 'bars',
    box: { ...f.caption, w: 220, h: 14 },
    opacity: 1,
    text: caption,
    cls: 'bars__caption',
    testId: 'bars-caption',
    delay: 1,
  });
  const digits = Math.max(...step.scores.map(Math.abs)) >= 10 ? 1 : 2;
  tokens.forEach((tok, j) => {
    groups.push({
      key: `bar-g-${j}`,
      parent: 'bars',
      testId: 'score-bar',
      cls: 'bar',
      src: j,
      data: {
        index: String(j),
        token: tok,
        score: String(step.scores[j]),
        ...(step.weights[j] !== undefined ? { weight: String(step.weights[j]) } : {}),
      },
      label: `${tok}: e = ${fmt(step.scores[j] ?? 0, 3)}${mode === 'weights' ? `, α = ${fmt(step.weights[j] ?? 0, 3)}` : ''}`,
    });
    const v = values[j] ?? 0;
    const area = f.barArea[j]!;
    const bar = barBox(area, values, v, mode, f.barsVertical);
    // a target of at least 24 px around the bar, its value and its label (what-if: tap a bar)
    const hit = f.barsVertical
      ? { x: area.x + area.w / 2 - Math.max(24, area.w + 8) / 2, y: area.y - 14, w: Math.max(24, area.w + 8), h: area.h + 14 }
      : { x: area.x, y: area.y + area.h / 2 - 12, w: area.w + 32, h: 24 };
    add({ key: `bar-hit-${j}`, kind: 'box', group: `bar-g-${j}`, box: hit, opacity: 1, cls: 'bar__hit' });
    add({
      key: `bar-${j}`,
      kind: 'bar',
      group: `bar-g-${j}`,
      box: bar.box,
      opacity: 1,
      grow: bar.grow,
      delay: phase === 'scores' ? 0.45 : 0,
      fill: mode === 'weights' ? wColor(v) : SCORE_FILL,
      cls: 'bar__rect',
    });
    const label = mode === 'weights' ? fmt(v, 2).replace(/^0\./, '.') : fmt(v, digits);
    add({
      key: `barv-${j}-${mode}`,
      kind: 'text',
      group: `bar-g-${j}`,
      box: bar.label,
      opacity: f.barsVertical && f.barArea[j]!.w < 12 ? 0 : 1,
      text: label,
      anchor: f.barsVertical ? 'middle' : 'start',
      cls: 'bar__value',
      delay: 1,
    });
    if (phase === 'scores')
      add({
        key: `q-${j}`,
        kind: 'vec',
        box: center(f.enc[j]!),
        opacity: 0,
        from: queryKey,
        startOpacity: 0.8,
        values: queryKey === `h-${step.t}` ? step.state : step.prevState,
        arrive: true,
        cls: 'stg-ghost',
      });
  });
}

function addFixedHalves(inp: SceneInput, add: (it: StageItem) => void, groups: StageGroup[]): void {
  const { frame: f, annotations, tokens } = inp;
  const S = tokens.length;
  const H = annotations[0]?.length ?? 0;
  const half = (box: Box, first: boolean): Box =>
    f.vecVertical
      ? { x: box.x - 3, y: first ? box.y - 3 : box.y + box.h / 2, w: box.w + 6, h: box.h / 2 + 3 }
      : { x: first ? box.x - 3 : box.x + box.w / 2, y: box.y - 3, w: box.w / 2 + 3, h: box.h + 6 };
  groups.push({ key: 'halves', testId: 'fixed-halves', cls: 'stage__halves' });
  add({ key: 'half-f', kind: 'box', group: 'halves', box: half(f.enc[S - 1]!, true), opacity: 1, cls: 'stage__half', text: '→' });
  add({ key: 'half-b', kind: 'box', group: 'halves', box: half(f.enc[0]!, false), opacity: 1, cls: 'stage__half', text: '←' });
  const fwd = (annotations[S - 1] ?? []).map((v, d) => (d < H / 2 ? v : 0));
  const bwd = (annotations[0] ?? []).map((v, d) => (d < H / 2 ? 0 : v));
  add({
    key: 'w-f',
    kind: 'vec',
    box: f.pipe.context,
    opacity: 0,
    from: `enc-${S - 1}`,
    startOpacity: 1,
    values: fwd,
    arrive: true,
    cls: 'stg-ghost',
    testId: 'wsum-ghost',
  });
  add({
    key: 'w-b',
    kind: 'vec',
    box: f.pipe.context,
    opacity: 0,
    from: 'enc-0',
    startOpacity: 1,
    values: bwd,
    arrive: true,
    cls: 'stg-ghost',
    testId: 'wsum-ghost',
  });
}
