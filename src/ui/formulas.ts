/**
 * The equation of every phase of every variant, in TeX for KaTeX, as src/model/decoder.ts,
 * attention.ts and gru.ts compute it; and the same equation with the live numbers of the hovered
 * element. Pure (no DOM): unit-tested in Node.
 *
 * Terms are wrapped in \htmlClass{tm-…} so the page can highlight them (linked highlighting):
 *   tm-src (anything indexed by the source position j), tm-prev, tm-state, tm-z, tm-r, tm-ctx,
 *   tm-cat, tm-att, tm-p.
 * Equations use column vectors (W x); the code stores weights for row vectors (x · W), so a W in
 * the code is the transpose of the W written here (see src/model/params.ts).
 */
import { argmax } from '../model/argmax';
import type { AttentionKind } from '../model/config';
import type { PhaseId } from '../app/playback';
import type { DimHover, StageStep } from '../viz/StepStage';
import type { EncoderPhase } from '../viz/stepLayout';
import { scoreTex } from './scoreTex';

/** Keys of the highlightable equation terms (each wrapped in `\htmlClass{tm-<key>}`). */
export type TermKey = 'src' | 'prev' | 'state' | 'z' | 'r' | 'ctx' | 'cat' | 'att' | 'p';

const tm = (key: TermKey, tex: string): string => `\\htmlClass{tm-${key}}{${tex}}`;

/** Symbols of a variant: Luong / baseline use h, Bahdanau s (state) and t_t (readout). */
function symbols(kind: AttentionKind) {
  const b = kind === 'bahdanau';
  const none = kind === 'none';
  const st = b ? 's' : 'h';
  return {
    prev: tm('prev', `${st}_{t-1}`),
    state: tm('state', `${st}_t`),
    ctx: tm('ctx', none ? 'c' : 'c_t'),
    att: tm('att', b ? 't_t' : '\\tilde h_t'),
    hbar: tm('src', '\\bar h_j'),
    st,
  };
}

/** The equation of one phase: TeX for display, and the code's row-vector form. */
export interface PhaseFormula {
  /** display-mode TeX */
  tex: string;
  /** the same computation as the code writes it (row vectors, src/model/…) */
  code: string;
}

/** The equation of phase `phase` of variant `kind`. */
export function phaseFormula(kind: AttentionKind, phase: PhaseId): PhaseFormula {
  const s = symbols(kind);
  const b = kind === 'bahdanau';
  switch (phase) {
    case 'rnn': {
      const feed = b ? tm('ctx', 'c_t') : kind === 'none' ? tm('ctx', 'c') : '\\tilde h_{t-1}';
      return {
        tex: [
          '\\begin{aligned}',
          `x_t &= [\\,E_y(y_{t-1})\\,;\\;${feed}\\,] \\\\`,
          `${tm('r', 'r_t')} &= \\sigma(W_r x_t + b_{xr} + U_r ${s.prev} + b_{hr}) \\\\`,
          `${tm('z', 'z_t')} &= \\sigma(W_z x_t + b_{xz} + U_z ${s.prev} + b_{hz}) \\\\`,
          `n_t &= \\tanh\\!\\big(W_n x_t + b_{xn} + r_t \\odot (U_n ${s.prev} + b_{hn})\\big) \\\\`,
          `${s.state} &= (1 - z_t) \\odot n_t + z_t \\odot ${s.prev}`,
          '\\end{aligned}',
        ].join('\n'),
        code: `gru.ts: xp = x·Wx + bx;  hp = ${s.st}·Wh + bh;  gates stacked [r | z | n]`,
      };
    }
    case 'scores': {
      const code: Record<AttentionKind, string> = {
        dot: 'attention.ts: e = h_t · h̄ᵀ',
        general: 'attention.ts: keys = h̄ · W_a (once per sentence);  e = h_t · keysᵀ',
        concat: 'attention.ts: keys = h̄ · W_k (once per sentence);  e = tanh(h_t · W_q + keys) · v_a',
        bahdanau: 'attention.ts: keys = h̄ · W_k (once per sentence);  e = tanh(s_{t−1} · W_q + keys) · v_a',
        none: '',
      };
      if (kind === 'none') return { tex: '', code: '' };
      const sym = { e: tm('src', 'e_{tj}'), state: s.state, prev: s.prev, hbar: s.hbar };
      return { tex: scoreTex(kind, sym, { expanded: true }), code: code[kind] };
    }
    case 'softmax':
      return {
        tex: `\\begin{gathered} ${tm('src', '\\alpha_{tj}')} = \\frac{\\exp(e_{tj})}{\\sum_{k=1}^{S} \\exp(e_{tk})} \\\\ 0 < \\alpha_{tj} < 1, \\qquad \\sum_{j=1}^{S} \\alpha_{tj} = 1 \\end{gathered}`,
        code: 'attention.ts: α = softmax(e)',
      };
    case 'context':
      return { tex: `${s.ctx} = \\sum_{j=1}^{S} ${tm('src', '\\alpha_{tj}\\, \\bar h_j')}`, code: 'attention.ts: c = α · h̄' };
    case 'fixed':
      return {
        tex: `${s.ctx} = [\\,\\overrightarrow{h}_{S} \\,;\\; \\overleftarrow{h}_{1}\\,] \\quad \\forall t`,
        code: 'decoder.ts: fixed = concat(fwdLast, bwdFirst)',
      };
    case 'concat':
      return b
        ? {
            tex: `${tm('cat', `[\\,${s.state} ;\\, ${s.ctx} ;\\, E_y(y_{t-1})\\,]`)} \\in \\mathbb{R}^{2H + E}`,
            code: 'decoder.ts: cat = concat(s_t, c_t, E_y(y_{t−1}))',
          }
        : {
            tex: `${tm('cat', `[\\,${s.ctx} ;\\, ${s.state}\\,]`)} \\in \\mathbb{R}^{2H}`,
            code: `decoder.ts: cat = concat(${kind === 'none' ? 'c' : 'c_t'}, h_t)`,
          };
    case 'attentional':
      return b
        ? {
            tex: `${s.att} = \\tanh\\!\\big(W_o\\, ${tm('cat', `[\\,${s.state} ;\\, ${s.ctx} ;\\, E_y(y_{t-1})\\,]`)}\\big)`,
            code: 'decoder.ts: t_t = tanh(cat · W_o)',
          }
        : {
            tex: `${s.att} = \\tanh\\!\\big(W_c\\, ${tm('cat', `[\\,${s.ctx} ;\\, ${s.state}\\,]`)}\\big)`,
            code: 'decoder.ts: h̃_t = tanh(cat · W_c)',
          };
    case 'output':
      return {
        tex: `\\begin{gathered} ${tm('p', 'p_t')} = \\operatorname{softmax}(W_s\\, ${s.att} + b_s) \\\\ W_s = E_y P, \\qquad y_t = \\arg\\max_w\\, ${tm('p', 'p_t(w)')} \\end{gathered}`,
        code: `decoder.ts: logits = (${b ? 't_t' : 'h̃_t'} · P) · E_yᵀ + b_s`,
      };
  }
}

/** The equation of a phase of step 0, the encoder (src/model/encoder.ts), with its code. */
export function encoderFormula(phase: EncoderPhase): PhaseFormula {
  const fwd = tm('src', '\\overrightarrow{h}_j');
  const bwd = tm('src', '\\overleftarrow{h}_j');
  switch (phase) {
    case 'embed':
      return {
        tex: `${tm('src', 'x_j')} = E_x(x_j) \\in \\mathbb{R}^{E}, \\quad j = 1 \\dots S`,
        code: 'encoder.ts: xs = gather(src/emb, ids)',
      };
    case 'fwd':
      return {
        tex: `${fwd} = \\operatorname{GRU}_{\\rightarrow}\\big(\\overrightarrow{h}_{j-1},\\, x_j\\big), \\quad \\overrightarrow{h}_0 = 0`,
        code: "encoder.ts: runDirection(params, 'fwd', xs, mask)",
      };
    case 'bwd':
      return {
        tex: `${bwd} = \\operatorname{GRU}_{\\leftarrow}\\big(\\overleftarrow{h}_{j+1},\\, x_j\\big), \\quad \\overleftarrow{h}_{S+1} = 0`,
        code: "encoder.ts: runDirection(params, 'bwd', xs, mask)",
      };
    case 'bridge':
      return {
        tex: `\\begin{gathered} ${tm('src', '\\bar h_j')} = [\\,\\overrightarrow{h}_j \\,;\\; \\overleftarrow{h}_j\\,] \\\\ ${tm('prev', 's_0')} = \\tanh\\big(W_b\\, [\\,\\overrightarrow{h}_S \\,;\\; \\overleftarrow{h}_1\\,]\\big) \\end{gathered}`,
        code: 'encoder.ts: annotations = concat(fwd, bwd);  bridge = tanh(concat(fwdLast, bwdFirst) · W_b)',
      };
  }
}

/** A number for TeX: fixed decimals, parenthesised when negative (inside products). */
export function texNum(v: number, digits = 3, paren = false): string {
  if (!Number.isFinite(v)) return '\\text{NaN}';
  const s = v.toFixed(digits);
  const r = Number(s) === 0 ? (0).toFixed(digits) : s;
  return paren && r.startsWith('-') ? `(${r})` : r;
}

/** A positive number for TeX with 4 significant digits (scientific notation when large or small). */
export function texSig(v: number): string {
  if (!Number.isFinite(v)) return '\\text{NaN}';
  if (v !== 0 && (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3)) {
    const [m, e] = v.toExponential(3).split('e');
    return `${m}\\times 10^{${Number(e)}}`;
  }
  return String(Number(v.toPrecision(4)));
}

/** The hovered things a live formula can be about. */
export interface LiveHover {
  src?: number | null;
  dim?: DimHover | null;
  cand?: number | null;
  /** the dimension the picture outlines when no dimension is hovered */
  focus?: number | null;
  /** a term of the formula itself is hovered */
  term?: TermKey | null;
}

/** A phase's equation with live numbers filled in, and what they are about. */
export interface LiveFormula {
  /** what the numbers are about (plain text: token, dimension), or '' */
  subject: string;
  tex: string;
}

/** Plain-text subject texts (from strings.ts). */
export interface LiveLabels {
  dim: (d: number) => string;
  token: (j: number, token: string) => string;
  word: (w: string) => string;
}

/** The terms highlighted for a hover. */
export function activeTerms(kind: AttentionKind, h: LiveHover): TermKey[] {
  const out = new Set<TermKey>();
  if (h.src !== null && h.src !== undefined) out.add('src');
  const strip = h.dim?.strip;
  if (strip) {
    if (strip.startsWith('enc-')) out.add('src');
    else if (strip.startsWith('concat-')) out.add('cat');
    else if (strip === 'context') out.add('ctx');
    else if (strip === 'attentional') out.add('att');
    else out.add(strip as TermKey);
  }
  if (h.cand !== null && h.cand !== undefined) out.add('p');
  if (h.term) out.add(h.term);
  void kind;
  return [...out];
}

/**
 * The current phase's equation with the numbers of the hovered element filled in (or of the most
 * telling element when nothing is hovered). Every number is read from the trace.
 */
export function liveFormula(
  kind: AttentionKind,
  phase: PhaseId,
  step: StageStep,
  tokens: readonly string[],
  annotations: readonly (readonly number[])[],
  hover: LiveHover,
  L: LiveLabels,
): LiveFormula {
  const b = kind === 'bahdanau';
  const st = b ? 's' : 'h';
  const H = step.state.length;
  const S = tokens.length;
  const d = hover.dim?.d;
  const dFocus = d ?? hover.focus ?? undefined;
  const j = hover.src ?? (hover.dim?.strip.startsWith('enc-') ? Number(hover.dim.strip.slice(4)) : null);
  const tok = (i: number): string => L.token(i, tokens[i] ?? '');
  switch (phase) {
    case 'rnn': {
      const dd = dFocus ?? argmax(step.state.map((v, i) => Math.abs(v - (step.prevState[i] ?? 0))))?.index ?? 0;
      const z = step.gates.z[dd] ?? 0;
      const r = step.gates.r[dd] ?? 0;
      const hp = step.prevState[dd] ?? 0;
      const h = step.state[dd] ?? 0;
      const n = 1 - z > 1e-4 ? (h - z * hp) / (1 - z) : undefined;
      const k = dd + 1;
      const nTex = n === undefined ? `n_{t,${k}}` : texNum(n, 3, true);
      return {
        subject: L.dim(dd),
        // the dimension the picture outlines, by number; one short line each, so it fits the side panel
        tex: [
          '\\begin{aligned}',
          `z_{t,${k}} &= ${texNum(z)}, \\quad r_{t,${k}} = ${texNum(r)} \\\\`,
          `${st}_{t,${k}} &= (1 - z_{t,${k}})\\, n_{t,${k}} + z_{t,${k}}\\, ${st}_{t-1,${k}} \\\\`,
          `&= (1 - ${texNum(z)})\\cdot ${nTex} \\\\`,
          `&\\quad + ${texNum(z)} \\cdot ${texNum(hp, 3, true)} = ${texNum(h)}`,
          '\\end{aligned}',
        ].join(' '),
      };
    }
    case 'scores': {
      const jj = j ?? argmax(step.scores)?.index ?? 0;
      const e = step.scores[jj] ?? 0;
      let rhs = '';
      if (kind === 'dot') {
        const a = annotations[jj] ?? [];
        const dot = step.state.reduce((acc, v, i) => acc + v * (a[i] ?? 0), 0);
        rhs = ` = \\sum_{d=1}^{${H}} h_{t,d}\\, \\bar h_{${jj + 1},d} = ${texNum(dot)}`;
      }
      return { subject: tok(jj), tex: `e_{t,${jj + 1}} = ${texNum(e)}${rhs}` };
    }
    case 'softmax': {
      if (j === null) {
        const sum = step.weights.reduce((a, v) => a + v, 0);
        const top = argmax(step.weights)?.index ?? 0;
        return {
          subject: tok(top),
          tex: `\\alpha_{t,${top + 1}} = ${texNum(step.weights[top] ?? 0)}, \\qquad \\sum_{j} \\alpha_{tj} = ${texNum(sum)}`,
        };
      }
      const e = step.scores[j] ?? 0;
      const m = Math.max(...step.scores);
      // Shift by the largest score (as softmax does internally) only when exp would be unreadable.
      const shift = m > 20 ? m : 0;
      const num = Math.exp(e - shift);
      const den = step.scores.reduce((a, x) => a + Math.exp(x - shift), 0);
      const sh = shift ? ` - ${texNum(shift, 2)}` : '';
      return {
        subject: tok(j),
        tex: `\\alpha_{t,${j + 1}} = \\frac{\\exp(e_{t,${j + 1}}${sh})}{\\sum_k \\exp(e_{tk}${sh})} = \\frac{${texSig(num)}}{${texSig(den)}} = ${texNum(step.weights[j] ?? 0)}`,
      };
    }
    case 'context': {
      if (d === undefined && j !== null) {
        return {
          subject: tok(j),
          tex: `c_t = \\dots + \\alpha_{t,${j + 1}}\\, \\bar h_{${j + 1}} + \\dots, \\qquad \\alpha_{t,${j + 1}} = ${texNum(step.weights[j] ?? 0)}`,
        };
      }
      const dd = dFocus ?? 0;
      const order = step.weights.map((_, i) => i).sort((a, c) => (step.weights[c] ?? 0) - (step.weights[a] ?? 0));
      const shown = order.slice(0, 4);
      const terms = shown.map((i) => `${texNum(step.weights[i] ?? 0)} \\cdot ${texNum(annotations[i]?.[dd] ?? 0, 3, true)}`);
      if (S > shown.length) terms.push('\\dots');
      // two terms per line, largest weights first
      const lines: string[] = [];
      for (let i = 0; i < terms.length; i += 2) lines.push(`&${i ? '\\quad + ' : '= '}${terms.slice(i, i + 2).join(' + ')}`);
      return {
        subject: L.dim(dd),
        tex: `\\begin{aligned} c_{t,${dd + 1}} &= \\sum_j \\alpha_{tj}\\, \\bar h_{j,${dd + 1}} \\\\ ${lines.join(' \\\\ ')} \\\\ &= ${texNum(step.context[dd] ?? 0)} \\end{aligned}`,
      };
    }
    case 'fixed': {
      const dd = dFocus ?? 0;
      const fwd = dd < H / 2;
      const src = fwd
        ? `\\overrightarrow{h}_{S,${dd + 1}} = \\bar h_{${S},${dd + 1}}`
        : `\\overleftarrow{h}_{1,${dd + 1 - H / 2}} = \\bar h_{1,${dd + 1}}`;
      return { subject: L.dim(dd), tex: `c_{${dd + 1}} = ${src} = ${texNum(step.context[dd] ?? 0)}` };
    }
    case 'concat': {
      const dd = dFocus ?? 0;
      const part = hover.dim?.strip.startsWith('concat-') ? Number(hover.dim.strip.slice(7)) : 0;
      const names = b ? ['s_t', 'c_t', 'E_y(y_{t-1})'] : [kind === 'none' ? 'c' : 'c_t', 'h_t'];
      const vals = b ? [step.state, step.context] : [step.context, step.state];
      const v = vals[part]?.[dd];
      const idx = `${part * H + dd + 1}`;
      return {
        subject: L.dim(dd),
        tex: `[\\,\\cdot\\,]_{${idx}} = (${names[part] ?? ''})_{${dd + 1}} = ${v === undefined ? '\\text{—}' : texNum(v)}`,
      };
    }
    case 'attentional': {
      const dd = dFocus ?? 0;
      return { subject: L.dim(dd), tex: `${b ? 't' : '\\tilde h'}_{t,${dd + 1}} = ${texNum(step.attentional[dd] ?? 0)}` };
    }
    case 'output': {
      const k = hover.cand ?? null;
      const c = k !== null && step.topK[k] ? step.topK[k] : step.chosen;
      const rank = step.topK.findIndex((x) => x.token === c.token);
      return {
        subject: L.word(c.token),
        tex: `p_t(\\,w\\,) = ${texNum(c.p, 4)}${rank >= 0 ? `\\quad (\\text{rank } ${rank + 1})` : ''}`,
      };
    }
  }
}
