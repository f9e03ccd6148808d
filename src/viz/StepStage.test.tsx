/** The step stage rendered on the server: what each phase shows, the exact numbers it exports, linked hovering. */
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { phasesFor } from '../app/playback';
import { loadKatex } from '../ui/Formula';
import { FormulaPanel } from '../ui/FormulaPanel';
import { compactDims } from './stage/dims';
import { parseValues, type StagePhase } from './stepLayout';
import { StepStage } from './StepStage';
import { ANNOTATIONS, LABELS, STEP, TOKENS } from './testStep';

const LUONG: StagePhase[] = ['rnn', 'scores', 'softmax', 'context', 'concat', 'attentional', 'output'];
const BAHDANAU: StagePhase[] = ['scores', 'softmax', 'context', 'rnn', 'concat', 'attentional', 'output'];

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

/** The opening tags of the elements with a test id. */
const tags = (html: string, id: string): string[] =>
  [...html.matchAll(new RegExp(`<[a-z]+[^>]*data-testid="${id}"[^>]*>`, 'g'))].map((m) => m[0]);
/** One attribute of a tag. */
const attr = (tag: string | undefined, name: string): string | undefined => tag?.match(new RegExp(` ${name}="([^"]*)"`))?.[1];

describe('StepStage', () => {
  it('shows only what the current phase has computed', () => {
    const rnn = render('general', 'rnn', LUONG);
    expect(tags(rnn, 'strip-state')).toHaveLength(1);
    expect(tags(rnn, 'strip-z')).toHaveLength(1);
    expect(tags(rnn, 'score-bars')).toHaveLength(0);
    expect(tags(rnn, 'strip-context')).toHaveLength(0);
    expect(tags(rnn, 'topk')).toHaveLength(0);
    const scores = render('general', 'scores', LUONG);
    expect(attr(tags(scores, 'score-bars')[0], 'data-mode')).toBe('scores');
    expect(tags(scores, 'score-bar').map((t) => Number(attr(t, 'data-score')))).toEqual(STEP.scores);
    // the gates belong to the RNN phase only
    expect(tags(scores, 'strip-z')).toHaveLength(0);
    const softmax = render('general', 'softmax', LUONG);
    expect(attr(tags(softmax, 'score-bars')[0], 'data-mode')).toBe('weights');
    expect(Number(attr(tags(softmax, 'score-bars')[0], 'data-sum'))).toBeCloseTo(1, 12);
    expect(softmax).toContain('weights α (Σ = 1.000)');
    const out = render('general', 'output', LUONG);
    const rows = tags(out, 'topk-row');
    expect(rows.map((r) => [attr(r, 'data-token'), Number(attr(r, 'data-p')), attr(r, 'data-chosen')])).toEqual([
      ['je', 0.75, 'true'],
      ['j&#x27;', 0.125, 'false'],
      ['&lt;/s&gt;', 0.0625, 'false'],
    ]);
    expect(attr(tags(out, 'stage-output')[0], 'data-token')).toBe('je');
    expect(tags(out, 'wsum-ghost')).toHaveLength(0); // the weighted sum's pieces only while summing
  });

  it('exports exact vectors, and the weighted sum sends α_j·h̄_j into c_t', () => {
    const html = render('general', 'context', LUONG);
    expect(tags(html, 'strip-enc').map((t) => parseValues(attr(t, 'data-values')))).toEqual(ANNOTATIONS);
    const ctx = parseValues(attr(tags(html, 'strip-context')[0], 'data-values'));
    for (let d = 0; d < 4; d++)
      expect(ctx[d]).toBeCloseTo(
        ANNOTATIONS.reduce((s, h, j) => s + STEP.weights[j]! * h[d]!, 0),
        12,
      );
    const ghosts = tags(html, 'wsum-ghost');
    expect(ghosts.map((g) => attr(g, 'data-from'))).toEqual(['enc-0', 'enc-1', 'enc-2']);
    ghosts.forEach((g, j) =>
      expect(parseValues(attr(g, 'data-values'))).toEqual(ANNOTATIONS[j]!.map((v) => v * STEP.weights[j]!)),
    );
    expect(tags(html, 'strip-enc').map((t) => Number(attr(t, 'data-weight')))).toEqual(STEP.weights);
  });

  it('joins [c_t ; h_t], and [s_t ; c_t ; E_y] for Bahdanau (the traced embedding, or a placeholder without it)', () => {
    const luong = tags(render('general', 'concat', LUONG), 'strip-concat')[0];
    expect([attr(luong, 'data-n'), attr(luong, 'data-parts')]).toEqual(['8', '2']);
    const untraced = render('bahdanau', 'concat', BAHDANAU);
    expect(attr(tags(untraced, 'strip-concat')[0], 'data-parts')).toBe('3');
    expect(attr(tags(untraced, 'concat-part-embedding')[0], 'data-placeholder')).toBe('true');
    const traced = renderToStaticMarkup(
      <StepStage
        kind="bahdanau"
        tokens={TOKENS}
        annotations={ANNOTATIONS}
        step={{ ...STEP, embedding: [0.5, -0.25] }}
        phase="concat"
        reached={BAHDANAU.slice(0, 5)}
        labels={LABELS}
        dims={[0, 3]}
      />,
    );
    expect(attr(tags(traced, 'strip-concat')[0], 'data-n')).toBe('10');
    expect(traced).not.toContain('data-placeholder');
    expect(parseValues(attr(tags(traced, 'concat-part-embedding')[0], 'data-values'))).toEqual([0.5, -0.25]);
  });

  it('draws compact vectors: the same few dimensions in every vector', () => {
    const dims = compactDims(ANNOTATIONS, 4, 2);
    expect(dims).toEqual([0, 3]); // largest mean |h̄| in each half: dim 1 (forward), dim 4 (backward)
    const html = render('general', 'context', LUONG, { dims });
    const cells = (id: string): number => {
      const i = html.indexOf(`data-testid="${id}"`);
      const end = html.indexOf('</g>', i); // the cells' group closes first
      return (html.slice(i, end).match(/class="stg-cell"/g) ?? []).length;
    };
    for (const id of ['strip-prev', 'strip-state', 'strip-context', 'strip-enc']) expect(cells(id), id).toBe(2);
    expect(attr(tags(html, 'stage')[0], 'data-compact')).toBe('true');
  });

  it('shows the fixed context honestly for the no-attention baseline', () => {
    const html = render('none', 'fixed', ['rnn', 'fixed', 'concat', 'attentional', 'output']);
    expect(tags(html, 'score-bars')).toHaveLength(0);
    expect(tags(html, 'fixed-halves')).toHaveLength(1);
    expect(tags(html, 'wsum-ghost').map((g) => attr(g, 'data-from'))).toEqual(['enc-2', 'enc-0']);
  });

  it('links a hovered source token and dimension', () => {
    const html = render('general', 'softmax', LUONG, { hoverSrc: 1, hoverDim: { strip: 'enc-1', d: 2 } });
    expect(attr(tags(html, 'score-bar')[1], 'class')).toMatch(/bar--active/);
    expect(attr(tags(html, 'strip-enc')[1], 'class')).toMatch(/vstrip--active/);
    expect(attr(tags(html, 'strip-enc')[0], 'class')).not.toMatch(/vstrip--active/);
    expect(html).toContain('stage__token--active');
    expect(tags(html, 'stage-crosshair')).toHaveLength(1);
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
              language="French"
            />
          </>,
        );
        expect(html).toContain(`data-phase="${phase}"`);
        expect(html, `${kind}/${phase}`).toContain('data-testid="formula-tex"');
        expect(tags(html, 'score-bars').length > 0, `${kind}/${phase} bars`).toBe(kind !== 'none' && reached.includes('scores'));
        expect(tags(html, 'strip-state').length > 0, `${kind}/${phase} state`).toBe(reached.includes('rnn'));
        expect(tags(html, 'topk').length > 0, `${kind}/${phase} topk`).toBe(phase === 'output');
      }
    });
  }
});
