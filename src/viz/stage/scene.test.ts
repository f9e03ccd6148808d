/**
 * The stage layout (frame + scene) for every variant × phase, box widths 360–1920 and 1–30 source
 * tokens: nothing overlaps, everything lies inside the stage (which fits the box), and elements
 * that persist from one phase to the next keep their place unless that phase moves them.
 */
import { describe, expect, it } from 'vitest';
import { phasesFor } from '../../app/playback';
import type { AttentionKind, StagePhase } from '../stepLayout';
import { LABELS } from '../testStep';
import { compactDims } from './dims';
import { stageFrame, TALL_BELOW } from './frame';
import { extent, overlap } from './itemExtent';
import { stageScene } from './scene';
import type { StageItem, StageStep } from './types';

const H = 32;
const KINDS: AttentionKind[] = ['dot', 'general', 'concat', 'bahdanau', 'none'];
const WIDTHS = [360, 390, 520, 699, 700, 900, 1280, 1920];
const LENGTHS = [1, 2, 5, 12, 20, 30];

/** A deterministic pseudo-random vector in (−1, 1). */
const vec = (seed: number, n = H): number[] => Array.from({ length: n }, (_, d) => Math.sin(seed * 12.9898 + d * 78.233) * 0.95);

function makeStep(S: number, t: number, kind: AttentionKind, forcedOutside = false): StageStep {
  const scores = Array.from({ length: S }, (_, j) => 3 * Math.sin(j + t) - 1);
  const m = Math.max(...scores);
  const ex = scores.map((e) => Math.exp(e - m));
  const z = ex.reduce((a, b) => a + b, 0);
  const topK = Array.from({ length: 10 }, (_, k) => ({ id: k, token: `mot${k}`, p: 0.5 / (k + 1) }));
  return {
    t,
    input: t === 1 ? '<s>' : 'anticonstitutionnellement',
    prevState: vec(t),
    state: vec(t + 1),
    gates: { z: vec(t + 2).map(Math.abs), r: vec(t + 3).map(Math.abs) },
    scores: kind === 'none' ? [] : scores,
    weights: kind === 'none' ? [] : ex.map((e) => e / z),
    context: vec(t + 4),
    attentional: vec(t + 5),
    embedding: kind === 'bahdanau' ? vec(t + 6, 16) : undefined,
    topK,
    chosen: forcedOutside ? { id: 99, token: 'imposé', p: 0.001 } : topK[0]!,
    forced: forcedOutside,
  };
}

const tokensOf = (S: number): string[] => [
  ...Array.from({ length: S - 1 }, (_, j) => (j % 3 === 0 ? 'extraordinarily' : `w${j}`)),
  '</s>',
];

function scenes(kind: AttentionKind, S: number, width: number, full = false, t = 3, forcedOutside = false) {
  const tokens = tokensOf(S);
  const annotations = tokens.map((_, j) => vec(100 + j));
  const dims = full ? null : compactDims(annotations, H);
  const frame = stageFrame({ kind, S, topK: 10, nDims: dims?.length ?? 8, full, width });
  const step = makeStep(S, t, kind, forcedOutside);
  const phases = phasesFor(kind);
  const outputs = Array.from({ length: 40 }, (_, k) => `mot${k}`);
  return {
    frame,
    phases,
    list: phases.map((phase, i) =>
      stageScene({
        frame,
        kind,
        tokens,
        annotations,
        step,
        phase,
        reached: phases.slice(0, i + 1) as StagePhase[],
        outputs,
        labels: LABELS,
      }),
    ),
  };
}

/** Drawn, solid pieces (ghosts vanish where they land; frames and tracks sit around others by design). */
const solid = (it: StageItem): boolean => it.opacity > 0 && !it.arrive && (it.kind === 'vec' || it.kind === 'bar');

describe('stage layout', () => {
  for (const kind of KINDS)
    it(`${kind}: every phase at widths 360–1920 and 1–30 tokens fits, without overlaps`, () => {
      for (const width of WIDTHS)
        for (const S of LENGTHS)
          for (const full of [false, true]) {
            const { frame, phases, list } = scenes(kind, S, width, full, 3, S === 5);
            const where = `${kind} w=${width} S=${S}${full ? ' full' : ''}`;
            expect(frame.width, where).toBeLessThanOrEqual(Math.max(width, 300));
            expect(frame.orientation, where).toBe(width < TALL_BELOW ? 'tall' : 'wide');
            const bad: string[] = [];
            list.forEach((scene, i) => {
              const at = `${where} ${phases[i]}`;
              for (const it of scene.items) {
                if (it.opacity === 0 || it.rotate) continue;
                const e = extent(it);
                const rightOk = (it.kind === 'text' && it.testId === 'stage-token') || e.x + e.w <= frame.width + 0.5;
                if (e.x < -0.5 || e.y < -0.5 || !rightOk || e.y + e.h > frame.height + 0.5) bad.push(`${at}: ${it.key} outside`);
              }
              const drawn = scene.items.filter(solid);
              for (let a = 0; a < drawn.length; a++)
                for (let b = a + 1; b < drawn.length; b++)
                  if (overlap(drawn[a]!.box, drawn[b]!.box)) bad.push(`${at}: ${drawn[a]!.key} overlaps ${drawn[b]!.key}`);
              // texts never sit on vectors
              const texts = scene.items.filter((it) => it.kind === 'text' && it.opacity > 0 && !it.rotate && !it.arrive);
              for (const tx of texts)
                for (const v of drawn.filter((d) => d.kind === 'vec'))
                  if (overlap(extent(tx), v.box)) bad.push(`${at}: ${tx.key} on ${v.key}`);
            });
            expect(bad.slice(0, 5), where).toEqual([]);
          }
    });

  for (const kind of KINDS)
    it(`${kind}: what persists from one phase to the next keeps its place unless the phase moves it`, () => {
      for (const width of [390, 1280])
        for (const S of [3, 20]) {
          const { phases, list } = scenes(kind, S, width);
          for (let i = 1; i < list.length; i++) {
            const before = new Map(list[i - 1]!.items.map((it) => [it.key, it]));
            for (const it of list[i]!.items) {
              const was = before.get(it.key);
              if (!was) continue;
              // the softmax phase morphs the score bars into weights; their labels are new items
              if (phases[i] === 'softmax' && /^bar-\d/.test(it.key)) continue;
              expect(it.box, `${kind} ${phases[i]} ${it.key}`).toEqual(was.box);
            }
          }
        }
    });

  it('the frame is the same for every step of a decode, and what crosses steps is keyed by step', () => {
    const a = scenes('general', 12, 1280, false, 2);
    const b = scenes('general', 12, 1280, false, 3);
    expect(b.frame).toEqual(a.frame);
    const outA = a.list[a.list.length - 1]!;
    const rnnB = b.list[0]!;
    // h_2 is the state of step 2 and the previous state of step 3: one element, moving slots
    const h2a = outA.items.find((it) => it.key === 'h-2')!;
    const h2b = rnnB.items.find((it) => it.key === 'h-2')!;
    expect(h2a.testId).toBe('strip-state');
    expect(h2b.testId).toBe('strip-prev');
    expect(h2b.box.x).toBeLessThan(h2a.box.x);
    // the word chosen at step 2 enters step 3 as its input, out of the translation
    expect(rnnB.items.find((it) => it.key === 'in-2')?.from).toBe('out-2');
    expect(outA.items.find((it) => it.key === 'out-2')?.from).toMatch(/^topk-word-/);
  });

  it('the weighted sum sends each α_j·h̄_j from its annotation into c_t; the concat takes c_t and h_t', () => {
    const { list, phases } = scenes('dot', 4, 1280);
    const ctx = list[phases.indexOf('context')]!;
    const ghosts = ctx.items.filter((it) => /^w-\d$/.test(it.key));
    expect(ghosts.map((g) => g.from)).toEqual(['enc-0', 'enc-1', 'enc-2', 'enc-3']);
    const c = ctx.items.find((it) => it.key === 'ctx')!;
    for (const g of ghosts) {
      expect(g.box).toEqual(c.box);
      expect(g.arrive).toBe(true);
      const j = Number(g.key.slice(2));
      const w = Number(g.data?.weight);
      expect(g.values).toEqual(vec(100 + j).map((v) => v * w));
    }
    const cat = list[phases.indexOf('concat')]!.items.filter((it) => /^cat-\d$/.test(it.key));
    expect(cat.map((p) => p.from)).toEqual(['ctx', 'h-3']);
  });
});
