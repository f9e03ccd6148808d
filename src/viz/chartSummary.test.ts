import { describe, expect, it } from 'vitest';
import { argmax, argmax2d } from '../model/argmax';
import { en } from '../ui/strings';
import { ko } from '../ui/strings.ko';
import {
  alignmentSummary,
  barsSummary,
  beamTreeSummary,
  bottleneckSummary,
  diffSummary,
  stepBarsSummary,
  topKSummary,
  vectorStats,
  vectorSummary,
} from './chartSummary';

const L = en.a11y;
const SRC = ['i', 'am', 'a', 'student', '.', '</s>'];
const OUT = ['je', 'suis', 'étudiant', '.', '</s>'];
/** A plausible alignment: each output word mostly on "its" source word. */
const W = [
  [0.8, 0.1, 0.05, 0.03, 0.01, 0.01],
  [0.1, 0.7, 0.1, 0.05, 0.03, 0.02],
  [0.01, 0.02, 0.04, 0.91, 0.01, 0.01],
  [0.0, 0.0, 0.0, 0.1, 0.85, 0.05],
  [0.0, 0.0, 0.0, 0.0, 0.2, 0.8],
];

describe('argmax helpers', () => {
  it('find the largest entry, the first one on ties, and skip non-finite values', () => {
    expect(argmax([0.2, 0.5, 0.5, 0.1])).toEqual({ index: 1, value: 0.5 });
    expect(argmax([NaN, -3, -1])).toEqual({ index: 2, value: -1 });
    expect(argmax([])).toBeNull();
    expect(argmax2d(W)).toEqual({ row: 2, col: 3, value: 0.91 });
    expect(argmax2d([[], []])).toBeNull();
  });

  it('vector stats: range and the dimension of largest magnitude (negative values count)', () => {
    expect(vectorStats([0.1, -0.93, 0.88, 0])).toEqual({ n: 4, min: -0.93, max: 0.88, peak: { index: 1, value: -0.93 } });
    expect(vectorStats([])).toBeNull();
  });
});

describe('chart summaries', () => {
  it('alignment: size and the strongest cell, as output ← source weight', () => {
    expect(alignmentSummary(SRC, OUT, W, L)).toBe(
      'Alignment of 5 output words over 6 source words; strongest: étudiant ← student 0.91',
    );
    expect(alignmentSummary(SRC, [], [], L)).toBe(L.noWeights);
    // the same data in Korean
    expect(alignmentSummary(SRC, OUT, W, ko.a11y)).toContain('étudiant ← student 0.91');
  });

  it('difference: the cell where the two models differ most, step counted from 1', () => {
    const diff = [
      [0.1, 0.0],
      [0.05, 0.62],
    ];
    expect(diffSummary(['a', 'b'], ['x', 'y'], diff, en.compare)).toBe(
      'Attention difference |α_A − α_B| over 2 steps and 2 source words; largest at step 2 (y) ← b: 0.62',
    );
    expect(diffSummary(['a', 'b'], ['x', 'y'], diff, ko.compare)).toContain('2단계 (y) ← b: 0.62');
    expect(diffSummary(['a'], [], [], en.compare)).toBe(en.compare.diffNoWeights);
  });

  it('vector strip: range and peak dimension counted from 1, minus signs typeset', () => {
    expect(vectorSummary('decoder state', [0.1, -0.93, 0.88], L)).toBe(
      'decoder state: 3 numbers from −0.93 to 0.88; largest magnitude at dimension 2 (−0.930)',
    );
  });

  it('score bars: the highest raw score, or the most attention in weights mode', () => {
    const scores = [1.5, -2, 7.25];
    const weights = [0.1, 0.0, 0.9];
    expect(barsSummary('scores', ['a', 'b', 'c'], scores, weights, L)).toBe(
      'Raw attention scores e of 3 source tokens; highest: c 7.25',
    );
    expect(barsSummary('weights', ['a', 'b', 'c'], scores, [0.6, 0.3, 0.1], L)).toBe(
      'Attention weights α of 3 source tokens, summing to 1; most on a 0.60',
    );
  });

  it('top-k: the written word and its probability, and when forced, the model’s own top word', () => {
    const items = [
      { token: 'je', p: 0.81 },
      { token: 'j', p: 0.1 },
    ];
    expect(topKSummary(items, items[0]!, false, L)).toBe('The 2 most probable next words; written: je (p = 0.810)');
    expect(topKSummary(items, { token: 'nous', p: 0.001 }, true, L)).toBe(
      'The 2 most probable next words; forced: nous (p = 0.001), the model’s top word: je',
    );
  });

  it('compare step bars, beam tree and bottleneck chart', () => {
    expect(stepBarsSummary(3, SRC, W[2]!, L)).toBe('Step 3: scores and weights of 6 source tokens; most weight on student 0.91');
    expect(beamTreeSummary({ step: 2, steps: 5, live: 3, finished: 0 }, L)).toBe(
      'Hypothesis tree after step 2 of 5: 3 live, 0 finished',
    );
    expect(
      beamTreeSummary({ step: 5, steps: 5, live: 0, finished: 3, best: { text: 'je suis étudiant .', score: -0.2123 } }, L),
    ).toBe('Hypothesis tree after step 5 of 5: 0 live, 3 finished; best finished: “je suis étudiant .” (score −0.212)');
    expect(
      bottleneckSummary(
        ['1-4', '5-9', '15+'],
        [
          { name: 'Luong · general', values: [27.32, 31.44, 6.43] },
          { name: 'No attention', values: [22, 20.55, 0] },
        ],
        L,
      ),
    ).toBe('BLEU by source length, from 1-4 to 15+ words, for 2 models: Luong · general 27.3 → 6.4; No attention 22.0 → 0.0');
  });
});
