/** The output phase of the stage layout: the top-k bars grow, the chosen word is marked (it flies into the translation). */
import { fmt } from '../stepLayout';
import { textWidth } from './frame';
import type { SceneInput } from './scene';
import type { StageGroup, StageItem } from './types';

const WORD_W = 84;
const VALUE_W = 44;

/** Adds the output distribution p_t of the step to a scene (rows best first; a forced word outside the list gets its own row). */
export function addOutput(inp: SceneInput, add: (it: StageItem) => void, groups: StageGroup[]): void {
  const { frame: f, step, labels } = inp;
  const box = f.topk;
  const rows = [...step.topK];
  const chosenIdx = rows.findIndex((c) => c.token === step.chosen.token && c.id === step.chosen.id);
  const extra = chosenIdx < 0;
  if (extra) rows.push(step.chosen);
  const forced = step.forced === true;
  const say = labels.summary;
  groups.push({
    key: 'topk',
    testId: 'topk',
    role: 'group',
    label: say
      ? forced
        ? say.topkForced(step.topK.length, step.chosen.token, fmt(step.chosen.p, 3), step.topK[0]?.token ?? '')
        : say.topk(step.topK.length, step.chosen.token, fmt(step.chosen.p, 3))
      : undefined,
    cls: `topk${forced ? ' topk--forced' : ''}`,
    data: { k: String(step.topK.length) },
  });
  add({
    key: 'topk-cap',
    kind: 'text',
    group: 'topk',
    box: { x: box.x, y: box.y + 12, w: box.w, h: 14 },
    opacity: 1,
    text: labels.topk,
    cls: 'topk__title',
    delay: 0.8,
  });
  const barX = box.x + WORD_W;
  const barW = Math.max(20, box.w - WORD_W - VALUE_W);
  rows.forEach((c, k) => {
    const chosen = extra ? k === rows.length - 1 : k === chosenIdx;
    const y = box.y + 20 + k * f.topkRow;
    groups.push({
      key: `topk-row-${k}`,
      parent: 'topk',
      testId: 'topk-row',
      cls: `topk__row${chosen ? ' topk__row--chosen' : ''}${chosen && forced ? ' topk__row--forced' : ''}`,
      data: {
        token: c.token,
        p: String(c.p),
        chosen: chosen ? 'true' : 'false',
        ...(chosen && forced ? { forced: 'true' } : {}),
        ...(extra && chosen ? { outside: 'true' } : {}),
      },
      // the chosen word is what happens already: only the others can be forced
      cand: chosen ? undefined : k,
      label: `${c.token}: p = ${fmt(c.p, 4)}`,
    });
    add({
      key: `topk-track-${k}`,
      kind: 'box',
      group: `topk-row-${k}`,
      box: { x: barX, y: y + 4, w: barW, h: f.topkRow - 8 },
      opacity: 1,
      cls: 'topk__track',
    });
    add({
      key: `topk-bar-${k}`,
      kind: 'bar',
      group: `topk-row-${k}`,
      box: { x: barX, y: y + 4, w: Math.max(0.5, barW * Math.min(1, Math.max(0, c.p))), h: f.topkRow - 8 },
      opacity: 1,
      grow: 'right',
      delay: Math.min(0.3, k * 0.03),
      fill: 'topk',
      cls: 'topk__bar',
    });
    const word = c.token;
    const maxChars = Math.max(3, Math.floor((WORD_W - 8) / textWidth(1)));
    add({
      key: `topk-word-${k}`,
      kind: 'text',
      group: `topk-row-${k}`,
      box: { x: barX - 6, y: y + f.topkRow / 2 + 4, w: WORD_W - 6, h: 14 },
      opacity: 1,
      text: [...word].length > maxChars ? `${[...word].slice(0, maxChars - 1).join('')}…` : word,
      anchor: 'end',
      cls: 'topk__word',
      delay: 0.2,
      title: extra && chosen ? `${c.token} (${labels.forced})` : c.token,
    });
    add({
      key: `topk-p-${k}`,
      kind: 'text',
      group: `topk-row-${k}`,
      box: { x: barX + barW + 4, y: y + f.topkRow / 2 + 4, w: VALUE_W - 4, h: 14 },
      opacity: 1,
      text: fmt(c.p, 3),
      cls: 'topk__value',
      delay: 1,
    });
  });
}
