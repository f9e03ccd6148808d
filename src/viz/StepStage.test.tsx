import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { phasesFor } from '../app/playback';
import { loadKatex } from '../ui/Formula';
import { FormulaPanel } from '../ui/FormulaPanel';
import { parseValues, type StagePhase } from './stepLayout';
import { StepStage } from './StepStage';
import { ANNOTATIONS, LABELS, STEP, TOKENS } from './testStep';

const LUONG: StagePhase[] = ['rnn', 'scores', 'softmax', 'context', 'concat', 'attentional', 'output'];

function render(
  kind: 'general' | 'bahdanau' | 'none',
  phase: StagePhase,
  order: StagePhase[],
  extra: Record<string, unknown> = {},
): string {
  const reached = order.slice(0, order.indexOf(phase) + 1);
  return renderToStaticMarkup(
    <StepStage
      kind={kind}
      tokens={TOKENS}
      annotations={ANNOTATIONS}
      step={STEP}
      phase={phase}
      reached={reached}
      labels={LABELS}
      {...extra}
    />,
  );
}

/** The values of every `data-<name>` attribute, in document order. */
const attrs = (html: string, name: string): string[] =>
  [...html.matchAll(new RegExp(`data-${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);

describe('StepStage', () => {
  it('renders the softmax phase of a Luong step (snapshot)', () => {
    // one element per line, so the snapshot reads (and diffs) well
    expect(render('general', 'softmax', LUONG).replace(/></g, '>\n<')).toMatchSnapshot();
  });

  it('shows only what the current phase has computed', () => {
    const rnn = render('general', 'rnn', LUONG);
    expect(rnn).toContain('data-testid="strip-state"');
    expect(rnn).not.toContain('data-testid="score-bars"');
    expect(rnn).not.toContain('data-testid="strip-context"');
    expect(rnn).not.toContain('data-testid="topk"');

    const scores = render('general', 'scores', LUONG);
    expect(attrs(scores, 'mode')).toEqual(['scores']);
    expect(attrs(scores, 'score').map(Number)).toEqual(STEP.scores);

    const softmax = render('general', 'softmax', LUONG);
    expect(attrs(softmax, 'mode')).toEqual(['weights']);
    expect(attrs(softmax, 'sum').map(Number)[0]).toBeCloseTo(1, 12);
    expect(softmax).toContain('weights α (Σ = 1.000)');

    const out = render('general', 'output', LUONG);
    expect(out).toContain('data-testid="topk"');
    expect(out).toMatch(/data-token="je" data-p="0.75" data-chosen="true"/);
    expect(out).not.toContain('data-testid="context-flow"'); // ribbons only while summing
  });

  it('exports exact vectors in data attributes', () => {
    const html = render('general', 'context', LUONG);
    const strips = [...html.matchAll(/data-testid="strip-enc" data-values="([^"]*)"/g)].map((m) => parseValues(m[1]));
    expect(strips).toEqual(ANNOTATIONS);
    const ctx = parseValues(html.match(/data-testid="strip-context" data-values="([^"]*)"/)![1]);
    for (let d = 0; d < 4; d++)
      expect(ctx[d]).toBeCloseTo(
        STEP.weights.reduce((s, w, j) => s + w * ANNOTATIONS[j]![d]!, 0),
        12,
      );
    // While summing, each annotation strip also carries its weight.
    expect(attrs(html, 'weight').slice(0, 3).map(Number)).toEqual(STEP.weights);
    expect(html).toContain('data-testid="context-flow"');
  });

  it('joins [c_t ; h_t], and [s_t ; c_t ; E_y] for Bahdanau (the traced embedding, or a placeholder without it)', () => {
    const luong = render('general', 'concat', LUONG);
    expect(luong).toMatch(/data-testid="strip-concat" data-n="8" data-parts="2"/);
    const BAHDANAU: StagePhase[] = ['scores', 'softmax', 'context', 'rnn', 'concat', 'attentional', 'output'];
    const untraced = render('bahdanau', 'concat', BAHDANAU);
    expect(untraced).toMatch(/data-testid="strip-concat" data-n="8" data-parts="3"/);
    expect(untraced).toContain('data-testid="concat-part-embedding" data-placeholder="true"');

    // E = 2 < H = 4: the embedding's strip holds its two values in the top half of the concat's height
    const traced = renderToStaticMarkup(
      <StepStage
        kind="bahdanau"
        tokens={TOKENS}
        annotations={ANNOTATIONS}
        step={{ ...STEP, embedding: [0.5, -0.25] }}
        phase="concat"
        reached={BAHDANAU.slice(0, 5)}
        labels={LABELS}
      />,
    );
    expect(traced).toMatch(/data-testid="strip-concat" data-n="10" data-parts="3"/);
    expect(traced).not.toContain('data-placeholder');
    const part = traced.match(/<g[^>]*data-testid="concat-part-embedding"[^>]*>/)![0];
    expect(parseValues(part.match(/data-values="([^"]*)"/)![1])).toEqual([0.5, -0.25]);
    const heights = (id: string): number[] =>
      [...traced.matchAll(new RegExp(`data-testid="${id}"[\\s\\S]*?height="([\\d.]+)"`, 'g'))].map((m) => Number(m[1]));
    expect(heights('concat-part-embedding')[0]! * 2).toBeCloseTo(heights('concat-part-context')[0]!, 6);
  });

  it('shows the fixed context honestly for the no-attention baseline', () => {
    const html = render('none', 'fixed', ['rnn', 'fixed', 'concat', 'attentional', 'output']);
    expect(html).not.toContain('data-testid="score-bars"');
    expect(html).toContain('data-testid="fixed-halves"');
    expect(html).toContain('data-testid="context-flow"');
  });

  it('links a hovered source token and dimension', () => {
    const html = render('general', 'softmax', LUONG, { hoverSrc: 1, hoverDim: { strip: 'enc-1', d: 2 } });
    expect(html).toMatch(/class="bar bar--active" data-testid="score-bar" data-index="1"/);
    expect(html).toMatch(/class="vstrip vstrip--active" data-testid="strip-enc" data-values="-0.5,0.25,0,0.5"/);
    expect(html).toContain('stage__token--active');
    expect(html).toContain('data-testid="stage-crosshair"');
    expect(html).toMatch(/data-testid="stage-tooltip"[^>]*>.*h̄_2 am.*dim 3.*0\.0000/);
  });
});

describe('every variant, every phase', () => {
  // KaTeX is a lazily loaded chunk: loaded first, formulas render at once (server render has no effects).
  beforeAll(async () => {
    await loadKatex();
  });

  for (const kind of ['dot', 'general', 'concat', 'bahdanau', 'none'] as const) {
    it(`draws ${kind}`, () => {
      const order = [...phasesFor(kind)];
      const step = kind === 'none' ? { ...STEP, scores: [], weights: [] } : STEP;
      for (const phase of order) {
        const reached = order.slice(0, order.indexOf(phase) + 1);
        const html = renderToStaticMarkup(
          <>
            <StepStage
              kind={kind}
              tokens={TOKENS}
              annotations={ANNOTATIONS}
              step={step}
              phase={phase}
              reached={reached}
              labels={LABELS}
            />
            <FormulaPanel
              kind={kind}
              phase={phase}
              step={step}
              tokens={TOKENS}
              annotations={ANNOTATIONS}
              hover={{}}
              title={phase}
            />
          </>,
        );
        expect(html).toContain(`data-phase="${phase}"`);
        // (the formula itself is rendered into the DOM in the browser; formulas.test.ts renders every phase's TeX)
        expect(html, `${kind}/${phase}`).toContain('data-testid="formula-tex"');
        expect(html.includes('data-testid="score-bars"'), `${kind}/${phase} bars`).toBe(
          kind !== 'none' && reached.includes('scores'),
        );
        expect(html.includes('data-testid="strip-state"'), `${kind}/${phase} state`).toBe(reached.includes('rnn'));
        expect(html.includes('data-testid="topk"'), `${kind}/${phase} topk`).toBe(phase === 'output');
      }
    });
  }
});
