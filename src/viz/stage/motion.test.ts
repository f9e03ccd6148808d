/** The motion plans: what moves from where, how it grows, when labels come, and what never moves. */
import { describe, expect, it } from 'vitest';
import { isForward } from '../StepStage';
import { flipTransform, LABEL_FADE_MS, motionPlan } from './motion';
import type { StageItem } from './types';

const item = (key: string, x: number, y: number, w: number, h: number, extra: Partial<StageItem> = {}): StageItem => ({
  key,
  kind: 'vec',
  box: { x, y, w, h },
  opacity: 1,
  ...extra,
});
const map = (...items: StageItem[]) => new Map(items.map((it) => [it.key, it]));

/** Applies a "translate(…px, …px) scale(…, …)" transform to a point. */
function apply(t: string, x: number, y: number): [number, number] {
  const m = /translate\((-?[\d.]+)px, (-?[\d.]+)px\) scale\((-?[\d.]+), (-?[\d.]+)\)/.exec(t)!;
  const [tx, ty, sx, sy] = m.slice(1).map(Number) as [number, number, number, number];
  return [x * sx + tx, y * sy + ty];
}

describe('motionPlan', () => {
  it('moves an element kept from the last phase from its old box to its new one', () => {
    const next = item('h-2', 100, 50, 16, 88);
    const plan = motionPlan(next, map(item('h-2', 300, 50, 16, 88)), map(next), 400)!;
    expect(plan.start).toEqual({ x: 300, y: 50, w: 16, h: 88 });
    // the first keyframe puts the new box exactly on the old one
    const [x0, y0] = apply(plan.keyframes[0]!.transform as string, 100, 50);
    const [x1, y1] = apply(plan.keyframes[0]!.transform as string, 116, 138);
    expect([x0, y0, x1, y1].map((v) => Math.round(v * 100) / 100)).toEqual([300, 50, 316, 138]);
    expect(plan.keyframes[1]!.transform).toBe('none');
  });

  it('brings a new element out of the element it comes from (previous scene first, else this one)', () => {
    const ghost = item('w-0', 500, 400, 16, 88, { from: 'enc-0', arrive: true, opacity: 0, startOpacity: 0.7 });
    const plan = motionPlan(ghost, map(item('enc-0', 40, 120, 14, 88)), map(ghost), 400)!;
    expect(plan.start).toEqual({ x: 40, y: 120, w: 14, h: 88 });
    // it keeps its opacity on the way and vanishes where it lands
    expect(plan.keyframes.map((k) => k.opacity)).toEqual([0.7, 0.7, 0]);
    const word = item('out-3', 600, 20, 40, 18, { kind: 'text', from: 'topk-word-0', delay: 0.5 });
    const p2 = motionPlan(word, map(), map(word, item('topk-word-0', 700, 300, 80, 14, { kind: 'text' })), 400)!;
    expect(p2.start.x).toBe(700);
    // text moves but never stretches
    expect(p2.keyframes[0]!.transform).toMatch(/scale\(1\.0000, 1\.0000\)/);
    expect(p2.timing.delay).toBe(200);
  });

  it('grows a new bar from its zero line, fades other new elements in, and shows labels after the motion', () => {
    const bar = item('bar-1', 10, 40, 20, 30, { kind: 'bar', grow: 'up' });
    expect(motionPlan(bar, map(), map(bar), 400)!.start).toEqual({ x: 10, y: 70, w: 20, h: 0 });
    const label = item('barv-1-scores', 20, 36, 28, 10, { kind: 'text', delay: 1 });
    const p = motionPlan(label, map(), map(label), 400)!;
    expect(p.keyframes.map((k) => k.opacity)).toEqual([0, 1]);
    expect(p.timing).toMatchObject({ delay: 400, duration: LABEL_FADE_MS });
  });

  it('leaves alone what did not change', () => {
    const a = item('enc-1', 10, 10, 14, 88);
    expect(motionPlan(a, map({ ...a }), map(a), 400)).toBeNull();
  });

  it('maps boxes exactly (flip transform)', () => {
    const t = flipTransform({ x: 0, y: 100, w: 10, h: 0 }, { x: 0, y: 50, w: 10, h: 50 }, true);
    // a bar growing up from its zero line at y = 100: its top and its bottom both start there
    expect(apply(t, 0, 50)[1]).toBeCloseTo(100, 6);
    expect(apply(t, 0, 100)[1]).toBeCloseTo(100, 1);
  });
});

describe('isForward', () => {
  it('is one phase on, or from the output phase to the next step; nothing else', () => {
    expect(isForward({ t: 2, n: 3, phase: 'softmax' }, { t: 2, n: 4 })).toBe(true);
    expect(isForward({ t: 2, n: 7, phase: 'output' }, { t: 3, n: 1 })).toBe(true);
    expect(isForward({ t: 2, n: 4, phase: 'context' }, { t: 2, n: 3 })).toBe(false); // back
    expect(isForward({ t: 2, n: 3, phase: 'softmax' }, { t: 3, n: 3 })).toBe(false); // next step, same phase
    expect(isForward({ t: 2, n: 1, phase: 'rnn' }, { t: 2, n: 3 })).toBe(false); // a jump
    expect(isForward(null, { t: 1, n: 1 })).toBe(false);
  });
});
