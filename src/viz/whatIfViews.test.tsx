/** Rendering of the beam tree, the teacher-forcing table, the BLEU panel and the what-if marks of the step picture. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { sentenceBleu } from '../model/bleu';
import { BleuPanel } from '../ui/BleuPanel';
import { en } from '../ui/strings';
import { BeamTree, type BeamTreeLabels } from './BeamTree';
import type { TreeNodeIn } from './beamTreeLayout';
import { ForcedSteps } from './ForcedSteps';
import { StepStage } from './StepStage';
import { ANNOTATIONS, LABELS, STEP, TOKENS } from './testStep';

const attrs = (html: string, name: string): string[] =>
  [...html.matchAll(new RegExp(`data-${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);

const n = (id: number, parent: number, t: number, token: string, logp: number, kept: boolean, finished = false): TreeNodeIn => ({
  id,
  parent,
  t,
  token,
  tokenLogp: logp,
  logp,
  score: logp / Math.max(1, t),
  finished,
  kept,
});
const NODES = [
  n(0, -1, 0, '<s>', 0, true),
  n(1, 0, 1, 'je', -0.1, true),
  n(2, 0, 1, 'il', -2, false),
  n(3, 1, 2, '</s>', -0.5, true, true),
  n(4, 1, 2, 'suis', -0.7, true),
];
const BEAMS = [[1], [3, 4]];
const TREE_LABELS: BeamTreeLabels = {
  step: (t) => `t=${t}`,
  node: (x) => `${x.token} ${x.state}`,
  live: 'live',
  pruned: 'pruned',
  finished: 'finished',
  best: 'best',
  dead: 'dead',
  finishedTag: (r, s) => `#${r} ${s}`,
  caption: 'tree',
  a11y: en.a11y,
};

describe('BeamTree', () => {
  it('reveals the tree up to the chosen step, with the flags tests and screen readers use', () => {
    const one = renderToStaticMarkup(
      <BeamTree nodes={NODES} beams={BEAMS} step={1} showPruned bestId={3} labels={TREE_LABELS} />,
    );
    expect(attrs(one, 'node-id')).toEqual(['0', '1', '2']);
    const all = renderToStaticMarkup(
      <BeamTree
        nodes={NODES}
        beams={BEAMS}
        step={2}
        showPruned
        bestId={3}
        selected={4}
        onSelect={() => undefined}
        labels={TREE_LABELS}
      />,
    );
    expect(attrs(all, 'node-id')).toEqual(['0', '1', '2', '3', '4']);
    expect(attrs(all, 'step')).toEqual(['2', '0', '1', '1', '2', '2']); // the svg's data-step, then each node's
    expect(attrs(all, 'live')).toEqual(['false', 'true', 'false', 'false', 'true']);
    expect(attrs(all, 'finished')).toEqual(['false', 'false', 'false', 'true', 'false']);
    expect(attrs(all, 'best')).toEqual(['false', 'false', 'false', 'true', 'false']);
    expect(attrs(all, 'logp').map(Number)).toEqual([0, -0.1, -2, -0.5, -0.7]);
    expect(all).toContain('★ #1 −0.250');
    expect(all).toMatch(
      /class="beamnode beamnode--live beamnode--current beamnode--selected"[^>]*data-node-id="4"[^>]*role="button" tabindex="0"/,
    );
    expect(all).toMatch(/class="beamnode beamnode--pruned beamnode--faded"[^>]*data-node-id="2"/);
    expect(all).toContain('<title>il pruned</title>');
    // hiding pruned candidates
    const kept = renderToStaticMarkup(
      <BeamTree nodes={NODES} beams={BEAMS} step={2} showPruned={false} bestId={3} labels={TREE_LABELS} />,
    );
    expect(attrs(kept, 'node-id')).toEqual(['0', '1', '3', '4']);
  });
});

describe('ForcedSteps', () => {
  it('shows p(reference token) next to the model’s own choice, and unknown words', () => {
    const html = renderToStaticMarkup(
      <ForcedSteps
        rows={[
          { t: 1, token: 'je', unknown: false, p: 0.7, top: { token: 'je', p: 0.7 } },
          { t: 2, token: 'zorblax', unknown: true, p: 0.01, top: { token: 'suis', p: 0.6 } },
        ]}
        labels={{
          caption: 'c',
          step: 't',
          reference: 'ref',
          p: 'p',
          top: 'top',
          agree: 'agree',
          same: 'same',
          differs: 'differs',
          unknown: 'unknown',
        }}
      />,
    );
    expect(attrs(html, 'token')).toEqual(['je', 'zorblax']);
    expect(attrs(html, 'p').map(Number)).toEqual([0.7, 0.01]);
    expect(attrs(html, 'top')).toEqual(['je', 'suis']);
    expect(attrs(html, 'agree')).toEqual(['true', 'false']);
    expect(attrs(html, 'unknown')).toEqual(['false', 'true']);
    expect(html).toContain('&lt;unk&gt;');
  });
});

describe('BleuPanel', () => {
  it('renders the numbers of the evaluator’s sentence BLEU', () => {
    const hyp = "J'ai très faim ce matin.";
    const refs = ["J'ai très faim.", "J'ai la dalle."];
    const html = renderToStaticMarkup(<BleuPanel hypothesis={hyp} refs={refs} />);
    expect(Number(attrs(html, 'bleu')[0])).toBeCloseTo(sentenceBleu(hyp, refs).bleu, 10);
    expect(attrs(html, 'matches')).toEqual(['4', '2', '1', '0']);
    expect(attrs(html, 'smoothed')).toEqual(['false', 'false', 'false', 'true']);
    expect(html).toContain('data-smoothing="exp"');
    expect(renderToStaticMarkup(<BleuPanel hypothesis={hyp} refs={[]} />)).toContain('data-testid="bleu-empty"');
  });
});

describe('StepStage what-if marks', () => {
  const order = ['rnn', 'scores', 'softmax', 'context', 'concat', 'attentional', 'output'] as const;
  const render = (phase: (typeof order)[number], step = STEP, extra: Record<string, unknown> = {}): string =>
    renderToStaticMarkup(
      <StepStage
        kind="general"
        tokens={TOKENS}
        annotations={ANNOTATIONS}
        step={step}
        phase={phase}
        reached={order.slice(0, order.indexOf(phase) + 1)}
        labels={{
          ...LABELS,
          overridden: (s) => `set by hand ${s}`,
          forcedTag: ' (forced)',
          pick: (w) => `force ${w}`,
          pickSource: (t) => `all on ${t}`,
        }}
        {...extra}
      />,
    );

  it('makes candidates and source tokens clickable only when asked', () => {
    expect(render('output')).not.toContain('role="button"');
    const out = render('output', STEP, { onPickCandidate: () => undefined });
    // every candidate but the chosen one is a button
    expect(out.match(/class="topk__row topk__row--pickable"/g)).toHaveLength(STEP.topK.length - 1);
    expect(out).toContain('aria-label="force j&#x27;"');
    const soft = render('softmax', STEP, { onPickSource: () => undefined });
    expect(soft.match(/data-pickable="true"/g)).toHaveLength(TOKENS.length);
    expect(soft.match(/class="bar bar--pickable"/g)).toHaveLength(TOKENS.length);
  });

  it('marks forced words and hand-set weights', () => {
    const forced = { ...STEP, chosen: { id: 9, token: "j'", p: 0.125 }, forced: true };
    const out = render('output', forced);
    expect(out).toContain('data-forced="true"');
    expect(out).toContain('(forced)');
    expect(out).toMatch(/class="topk__row topk__row--chosen topk__row--forced"/);
    const manual = { ...STEP, weights: [1, 0, 0], attentionOverridden: true };
    const soft = render('softmax', manual);
    expect(soft).toContain('data-overridden="true"');
    expect(soft).toContain('set by hand 1.000');
    expect(soft).toContain('bars bars--weights bars--overridden');
    // the scores phase shows the computed scores, not a manipulation
    expect(render('scores', manual)).not.toContain('bars--overridden');
  });
});
