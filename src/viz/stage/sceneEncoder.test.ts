/**
 * Step 0's layout (the encoder): for every variant, box widths 360–1920 and 1–30 source tokens,
 * every phase fits the stage without overlaps (its real English captions too); the GRUs' states come out of their neighbours in
 * reading order; and what step 1 keeps (tokens, annotations, s_0) stands where step 1 has it.
 */
import { describe, expect, it } from 'vitest';
import { phasesFor } from '../../app/playback';
import { ENCODER_PHASES, type AttentionKind, type StagePhase } from '../stepLayout';
import { stepEn } from '../../ui/strings/step';
import { LABELS } from '../testStep';
import { compactDims } from './dims';
import { stageFrame } from './frame';
import { extent, overlap } from './itemExtent';
import { stageScene } from './scene';
import { encoderScene } from './sceneEncoder';
import type { StageItem, StageStep } from './types';

const H = 32;
const E = 16;
const vec = (seed: number, n = H): number[] => Array.from({ length: n }, (_, d) => Math.sin(seed * 12.9898 + d * 78.233) * 0.95);
const tokensOf = (S: number): string[] => [
  ...Array.from({ length: S - 1 }, (_, j) => (j % 3 ? `w${j}` : 'extraordinarily')),
  '</s>',
];

function encoderScenes(kind: AttentionKind, S: number, width: number, full = false) {
  const tokens = tokensOf(S);
  const annotations = tokens.map((_, j) => vec(100 + j));
  const dims = full ? null : compactDims(annotations, H);
  const frame = stageFrame({ kind, S, topK: 10, nDims: dims?.length ?? 8, full, width });
  const input = {
    frame,
    kind,
    tokens,
    annotations,
    embeddings: tokens.map((_, j) => vec(200 + j, E)),
    bridge: vec(7),
    labels: { ...LABELS, encoder: stepEn.stage.encoder },
  };
  return { frame, tokens, annotations, list: ENCODER_PHASES.map((phase) => encoderScene({ ...input, phase })) };
}

const solid = (it: StageItem): boolean => it.opacity > 0 && !it.arrive && it.kind === 'vec';

describe('step 0 layout (the encoder)', () => {
  for (const kind of ['general', 'bahdanau', 'none'] as AttentionKind[])
    it(`${kind}: every phase at widths 360–1920 and 1–30 tokens fits, without overlaps`, () => {
      const bad: string[] = [];
      for (const width of [360, 390, 699, 700, 1280, 1920])
        for (const S of [1, 2, 5, 20, 30])
          for (const full of [false, true]) {
            const { frame, list } = encoderScenes(kind, S, width, full);
            list.forEach((scene, i) => {
              const at = `${kind} w=${width} S=${S}${full ? ' full' : ''} ${ENCODER_PHASES[i]}`;
              for (const it of scene.items) {
                if (it.opacity === 0 || it.rotate) continue;
                const e = extent(it);
                const w = it.testId === 'encoder-caption' ? [...(it.text ?? '')].length * 7.2 : e.w;
                const rightOk = it.testId === 'stage-token' || e.x + w <= frame.width + 0.5;
                if (e.x < -0.5 || e.y < -0.5 || !rightOk || e.y + e.h > frame.height + 0.5) bad.push(`${at}: ${it.key} outside`);
              }
              const drawn = scene.items.filter(solid);
              for (let a = 0; a < drawn.length; a++)
                for (let b = a + 1; b < drawn.length; b++)
                  if (overlap(drawn[a]!.box, drawn[b]!.box)) bad.push(`${at}: ${drawn[a]!.key} overlaps ${drawn[b]!.key}`);
            });
          }
      expect(bad.slice(0, 5)).toEqual([]);
    });

  it('runs the forward GRU left to right and the backward GRU right to left, each state from its neighbour and x_j', () => {
    const { list, annotations } = encoderScenes('general', 4, 1280);
    const [embed, fwd, bwd, bridge] = list;
    expect(embed!.items.filter((it) => it.testId === 'strip-embedding')).toHaveLength(4);
    const f = fwd!.items.filter((it) => it.testId === 'strip-fwd');
    expect(f.map((it) => it.from)).toEqual([undefined, 'fwd-0', 'fwd-1', 'fwd-2']);
    expect(f.map((it) => it.delay)).toEqual([...f.map((it) => it.delay)].sort((a, b) => a! - b!));
    expect(f[2]!.values).toEqual(annotations[2]!.slice(0, H / 2));
    expect(fwd!.items.find((it) => it.key === 'x-into-fwd-2')?.from).toBe('x-2');
    const b = bwd!.items.filter((it) => it.testId === 'strip-bwd');
    expect(b.map((it) => it.from)).toEqual(['bwd-1', 'bwd-2', 'bwd-3', undefined]);
    expect(b[0]!.values).toEqual(annotations[0]!.slice(H / 2));
    expect(b[0]!.dimBase).toBe(H / 2);
    // the bridge: →h_T and ←h_1 flow into s_0
    const ghosts = bridge!.items.filter((it) => it.key.startsWith('bridge-'));
    expect(ghosts.map((g) => g.from)).toEqual(['fwd-3', 'bwd-0']);
    expect(bridge!.items.find((it) => it.key === 'h-0')?.values).toEqual(vec(7));
  });

  for (const width of [390, 1280])
    it(`step 1 keeps the tokens, annotations and s_0 where step 0 left them (width ${width})`, () => {
      const S = 6;
      const { frame, tokens, annotations, list } = encoderScenes('dot', S, width);
      const phases = phasesFor('dot');
      const step: StageStep = {
        t: 1,
        input: '<s>',
        prevState: vec(7),
        state: vec(8),
        gates: { z: vec(9), r: vec(10) },
        scores: vec(11, S),
        weights: Array(S).fill(1 / S),
        context: vec(12),
        attentional: vec(13),
        topK: [{ id: 1, token: 'je', p: 0.5 }],
        chosen: { id: 1, token: 'je', p: 0.5 },
      };
      const rnn = stageScene({
        frame,
        kind: 'dot',
        tokens,
        annotations,
        step,
        phase: 'rnn',
        reached: phases.slice(0, 1) as StagePhase[],
        outputs: [],
        labels: LABELS,
      });
      const bridge = new Map(list[3]!.items.map((it) => [it.key, it]));
      for (const key of ['h-0', 'sym-prev', ...tokens.map((_, j) => `tok-${j}`), ...tokens.map((_, j) => `enc-${j}`)])
        expect(rnn.items.find((it) => it.key === key)?.box, key).toEqual(bridge.get(key)?.box);
    });
});
