import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { phasesFor } from '../app/playback';
import { ATTENTION_KINDS } from '../model/config';
import { ANNOTATIONS, STEP, TOKENS } from '../viz/testStep';
import { splitMath } from './Formula';
import { ENCODER_PHASES } from '../viz/stepLayout';
import { activeTerms, encoderFormula, liveFormula, phaseFormula, texNum, texSig } from './formulas';
import { t } from './strings';

const L = {
  dim: (d: number) => `dim ${d + 1}`,
  token: (j: number, t: string) => `#${j + 1} ${t}`,
  word: (w: string) => `“${w}”`,
};
const render = (tex: string) =>
  katex.renderToString(tex, {
    displayMode: true,
    throwOnError: true,
    strict: 'ignore',
    trust: (c) => c.command === '\\htmlClass',
  });

describe('phase formulas', () => {
  for (const kind of ATTENTION_KINDS) {
    it(`renders every phase of ${kind} with KaTeX`, () => {
      for (const phase of phasesFor(kind)) {
        const f = phaseFormula(kind, phase);
        expect(f.tex, phase).not.toBe('');
        expect(f.code, phase).not.toBe('');
        expect(() => render(f.tex), `${kind}/${phase}`).not.toThrow();
        const live = liveFormula(kind, phase, STEP, TOKENS, ANNOTATIONS, {}, L);
        expect(() => render(live.tex), `${kind}/${phase} live`).not.toThrow();
      }
    });
  }

  it('writes the score of each variant as the code computes it', () => {
    expect(phaseFormula('dot', 'scores').tex).not.toContain('W_a');
    expect(phaseFormula('general', 'scores').tex).toContain('W_a');
    expect(phaseFormula('concat', 'scores').tex).toContain('W_q');
    expect(phaseFormula('concat', 'scores').tex).toContain('W_k');
    const b = phaseFormula('bahdanau', 'scores').tex;
    expect(b).toContain('s_{t-1}');
    expect(b).toContain('U_a');
    expect(phaseFormula('bahdanau', 'rnn').tex).toContain('c_t'); // the context enters the RNN
    expect(phaseFormula('general', 'rnn').tex).toContain('\\tilde h_{t-1}'); // input feeding
    expect(phaseFormula('bahdanau', 'attentional').tex).toContain('W_o');
    expect(phaseFormula('general', 'attentional').tex).toContain('W_c');
    expect(phaseFormula('general', 'output').tex).toContain('W_s = E_y P');
    expect(phaseFormula('general', 'scores').tex).toContain('\\htmlClass{tm-src}');
  });

  it('renders the highlight hooks as classes', () => {
    expect(render(phaseFormula('general', 'context').tex)).toContain('class="enclosing tm-src"');
  });
});

describe('live values', () => {
  it('spells out the weighted sum of a dimension with the trace numbers', () => {
    const f = liveFormula('general', 'context', STEP, TOKENS, ANNOTATIONS, { dim: { strip: 'context', d: 0 } }, L);
    expect(f.subject).toBe('dim 1');
    // 0.5·0.5 + 0.25·(−0.5) + 0.25·0.25 = 0.1875
    expect(f.tex).toContain('&= 0.500 \\cdot 0.500 + 0.250 \\cdot (-0.500) \\\\ &\\quad + 0.250 \\cdot 0.250');
    expect(f.tex).toMatch(/&= 0\.188 \\end\{aligned\}$/);
  });

  it('shows a softmax weight as exp / sum', () => {
    const f = liveFormula('general', 'softmax', STEP, TOKENS, ANNOTATIONS, { src: 0 }, L);
    expect(f.subject).toBe('#1 i');
    expect(f.tex).toContain('\\frac{7.389}{14.78}');
    expect(f.tex).toMatch(/= 0\.500$/);
    const sum = liveFormula('general', 'softmax', STEP, TOKENS, ANNOTATIONS, {}, L);
    expect(sum.tex).toContain('\\sum_{j} \\alpha_{tj} = 1.000');
  });

  it('recomputes the dot score from the two vectors', () => {
    const f = liveFormula('dot', 'scores', STEP, TOKENS, ANNOTATIONS, { src: 1 }, L);
    // h_t · h̄_2 = 0.25·(−0.5) + (−0.5)·0.25 + 0.5·0 + 0·0.5 = −0.25
    expect(f.tex).toContain('= -0.250');
  });

  it('checks the GRU update of a dimension', () => {
    const f = liveFormula('general', 'rnn', STEP, TOKENS, ANNOTATIONS, { dim: { strip: 'state', d: 0 } }, L);
    // h = (1 − z) n + z h_prev → n = (0.25 − 0.5·0.1) / 0.5 = 0.4
    expect(f.tex).toContain('(1 - 0.500)\\cdot 0.400 \\\\ &\\quad + 0.500 \\cdot 0.100 = 0.250');
    // it names the dimension the picture outlines (1-based), and no line is longer than the side panel's
    const outlined = liveFormula('general', 'rnn', STEP, TOKENS, ANNOTATIONS, { focus: 2 }, L).tex;
    expect(outlined).toContain('z_{t,3}');
    expect(outlined).toContain('h_{t-1,3}');
    for (const line of outlined.split('\\\\')) expect(line.replace(/\\[a-z]+|[{}&]/g, '').length, line).toBeLessThan(60);
  });

  it('writes step 0 (the encoder) with KaTeX, its terms coloured like the picture', () => {
    for (const phase of ENCODER_PHASES) {
      const f = encoderFormula(phase);
      expect(() => render(f.tex), phase).not.toThrow();
      expect(f.tex, phase).toContain('tm-src');
      expect(f.code, phase).toMatch(/^encoder\.ts: /);
    }
    expect(encoderFormula('bridge').tex).toContain('tm-prev');
  });

  it('says where each number of the fixed context comes from', () => {
    expect(liveFormula('none', 'fixed', STEP, TOKENS, ANNOTATIONS, { dim: { strip: 'context', d: 0 } }, L).tex).toContain(
      '\\bar h_{3,1}',
    );
    expect(liveFormula('none', 'fixed', STEP, TOKENS, ANNOTATIONS, { dim: { strip: 'context', d: 3 } }, L).tex).toContain(
      '\\bar h_{1,4}',
    );
  });

  it('reads the concat halves and the output word', () => {
    expect(liveFormula('general', 'concat', STEP, TOKENS, ANNOTATIONS, { dim: { strip: 'concat-1', d: 1 } }, L).tex).toContain(
      '[\\,\\cdot\\,]_{6} = (h_t)_{2} = -0.500',
    );
    const out = liveFormula('general', 'output', STEP, TOKENS, ANNOTATIONS, { cand: 1 }, L);
    expect(out.subject).toBe("“j'”");
    expect(out.tex).toContain('0.1250');
  });

  it('maps hovers to formula terms', () => {
    expect(activeTerms('general', { src: 2 })).toEqual(['src']);
    expect(activeTerms('general', { dim: { strip: 'enc-0', d: 1 } })).toEqual(['src']);
    expect(activeTerms('general', { dim: { strip: 'context', d: 1 }, cand: 0 })).toEqual(['ctx', 'p']);
    expect(activeTerms('general', {})).toEqual([]);
  });

  it('formats numbers for TeX', () => {
    expect(texNum(-0.5, 2, true)).toBe('(-0.50)');
    expect(texNum(-0.0001)).toBe('0.000');
    expect(texSig(123456)).toBe('1.235\\times 10^{5}');
    expect(texSig(14.778)).toBe('14.78');
  });
});

describe('phase explanations', () => {
  it('split inline math from text', () => {
    expect(splitMath('a $x_t$ b $y$')).toEqual([
      { math: false, s: 'a ' },
      { math: true, s: 'x_t' },
      { math: false, s: ' b ' },
      { math: true, s: 'y' },
    ]);
    expect(splitMath('costs 5 $ only')).toEqual([{ math: false, s: 'costs 5 $ only' }]);
  });

  it('have inline math that KaTeX renders', () => {
    const texts: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') texts.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(t.step.phases);
    expect(texts.length).toBeGreaterThan(15);
    for (const text of texts)
      for (const p of splitMath(text))
        if (p.math) expect(() => katex.renderToString(p.s, { throwOnError: true }), p.s).not.toThrow();
  });
});
