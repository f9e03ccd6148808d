/**
 * The attention phases of the stage layout: the score bars (each grows from zero as h_t meets h̄_j),
 * the same bars morphing into the weights α_t (softmax), and the baseline's fixed context made of
 * the encoder's two final halves.
 */
import { fmt, weightColor } from '../stepLayout';
import { barBox } from './bars';
import { center, type Box } from './frame';
import type { SceneInput } from './scene';
import type { StageGroup, StageItem } from './types';

const wColor = weightColor();
/** Fill of raw score bars (weights take their colour from the weight scale). */
export const SCORE_FILL = '#8b95a7';

/** Adds the score bars (scores phase) or weight bars (later phases), queried by the vector keyed `queryKey`. */
export function addBars(inp: SceneInput, add: (it: StageItem) => void, groups: StageGroup[], queryKey: string): void {
  const { frame: f, step, phase, tokens, labels } = inp;
  const mode = phase === 'scores' ? 'scores' : 'weights';
  const values = mode === 'weights' ? step.weights : step.scores;
  const sum = step.weights.reduce((a, v) => a + v, 0);
  const overridden = mode === 'weights' && step.attentionOverridden === true;
  const top = values.reduce((b, v, j) => (v > (values[b] ?? -Infinity) ? j : b), 0);
  const say = labels.summary?.[mode === 'weights' ? 'weights' : 'scores'];
  groups.push({
    key: 'bars',
    testId: 'score-bars',
    role: 'group',
    label: say ? say(tokens.length, tokens[top] ?? '', fmt(values[top] ?? 0, 2)) : undefined,
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

/** Adds the baseline's fixed context: →h_T and ←h_1 (the halves of the last and first annotations) slide into c. */
export function addFixedHalves(inp: SceneInput, add: (it: StageItem) => void, groups: StageGroup[]): void {
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
