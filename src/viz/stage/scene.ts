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
import type { AttentionKind, StagePhase } from '../stepLayout';
import { center, grow, textWidth, type Box, type PipeSlot, type StageFrame } from './frame';
import { addBars, addFixedHalves } from './sceneAttention';
import { tokenItem } from './sceneEncoder';
import { addOutput } from './sceneOutput';
import { addTranslation } from './sceneTranslation';
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
    add(tokenItem(f, tokens, inp.unknown, j));
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
