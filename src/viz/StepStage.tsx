/**
 * The picture of one decoder step at one phase: a left-to-right pipeline of dimension-aligned
 * vector strips (decoder state, encoder annotations, context, concat, h̃_t / t_t) with the score
 * bars over the source tokens, the weighted-sum ribbons and the top-k output bars. Everything the
 * current phase has not computed yet is absent; the current phase is outlined.
 *
 * Presentational: plain arrays in, SVG out. Layout and scales come from stepLayout.ts (D3).
 */
import { useId, useMemo, type KeyboardEvent, type ReactNode } from 'react';
import { ConcatStrip, type ConcatPart } from './ConcatStrip';
import { ContextFlow, type Flow } from './ContextFlow';
import { ScoreBars } from './ScoreBars';
import {
  dimY,
  encoderCenter,
  encoderStripX,
  fitLabel,
  fmt,
  stageLayout,
  STATE_TICKS,
  stateColor,
  weightColor,
  type AttentionKind,
  type SlotId,
  type StagePhase,
} from './stepLayout';
import { TopKBars, type TopKItem } from './TopKBars';
import { VectorStrip } from './VectorStrip';

/** What the picture needs of one decoder step (structurally a StepTrace). */
export interface StageStep {
  t: number;
  input: string;
  prevState: readonly number[];
  state: readonly number[];
  gates: { z: readonly number[]; r: readonly number[] };
  scores: readonly number[];
  weights: readonly number[];
  context: readonly number[];
  attentional: readonly number[];
  /** E_y(y_{t-1}) [E] (Bahdanau); without it that part of the concat is a placeholder */
  embedding?: readonly number[];
  topK: readonly TopKItem[];
  chosen: TopKItem;
  /** the emitted word was imposed (teacher forcing / what-if) */
  forced?: boolean;
  /** the weights were set by hand (what-if), not computed by the softmax */
  attentionOverridden?: boolean;
}

/** A strip of the picture: `enc-3` is h̄_3, `concat-1` the second part of the concat. */
export type StripId = 'prev' | 'z' | 'r' | 'state' | 'context' | 'attentional' | `enc-${number}` | `concat-${number}`;

/** A hovered dimension `d` (0-based) of one strip of the picture. */
export interface DimHover {
  strip: StripId;
  d: number;
}

/** Texts of the picture (from src/ui/strings.ts; math symbols are built here). */
export interface StageLabels {
  scores: string;
  weights: (sum: string) => string;
  topk: string;
  forced: string;
  /** caption of hand-set weights (what-if) */
  overridden?: (sum: string) => string;
  /** appended to the output word when it was forced */
  forcedTag?: string;
  /** accessible names of the what-if click targets */
  pick?: (word: string) => string;
  pickSource?: (token: string) => string;
  encoderCaption: string;
  legendState: string;
  legendUnit: string;
  notTraced: string;
  dim: (d: number) => string;
  names: Record<'prev' | 'z' | 'r' | 'state' | 'context' | 'attentional' | 'embedding', string> & {
    enc: (j: number, token: string) => string;
  };
}

/** Props of {@link StepStage}. */
export interface StepStageProps {
  kind: AttentionKind;
  /** source tokens, `</s>` last */
  tokens: readonly string[];
  unknown?: readonly boolean[];
  /** h̄_j [S][H] */
  annotations: readonly (readonly number[])[];
  step: StageStep;
  /** the current phase */
  phase: StagePhase;
  /** phases computed so far in this step, the current one included */
  reached: readonly StagePhase[];
  hoverSrc?: number | null;
  onHoverSrc?: (j: number | null) => void;
  hoverDim?: DimHover | null;
  onHoverDim?: (h: DimHover | null) => void;
  hoverCand?: number | null;
  onHoverCand?: (k: number | null) => void;
  /** what-if: force candidate k of the top-k list (output phase) */
  onPickCandidate?: (k: number) => void;
  /** what-if: put all attention on source token j (phases where the weights are shown) */
  onPickSource?: (j: number) => void;
  labels: StageLabels;
  /** one line on what the picture shows now (its accessible name) */
  summary?: string;
}

const sColor = stateColor();
const wColor = weightColor();
const stateFill = (v: number): string => sColor(v);
const gateFill = (v: number): string => wColor(v);

/** A math symbol for SVG text: base letter, optional accent, subscript. */
export interface Sym {
  base: string;
  accent?: 'bar' | 'tilde';
  sub?: string;
}

function SymText({
  sym,
  x,
  y,
  className,
  anchor = 'middle',
}: {
  sym: Sym;
  x: number;
  y: number;
  className?: string;
  anchor?: 'start' | 'middle' | 'end';
}) {
  const accent = sym.accent === 'bar' ? '\u0304' : sym.accent === 'tilde' ? '\u0303' : '';
  return (
    <text x={x} y={y} className={className ?? 'stage__sym'} textAnchor={anchor}>
      {sym.base + accent}
      {sym.sub ? (
        <tspan className="stage__sub" dy="0.3em">
          {sym.sub}
        </tspan>
      ) : null}
    </text>
  );
}

/** The symbols the picture uses for each variant (h for Luong, s for Bahdanau). */
export function stageSymbols(kind: AttentionKind): Record<'prev' | 'state' | 'context' | 'attentional', Sym> {
  const b = kind === 'bahdanau';
  return {
    prev: { base: b ? 's' : 'h', sub: 't−1' },
    state: { base: b ? 's' : 'h', sub: 't' },
    context: kind === 'none' ? { base: 'c' } : { base: 'c', sub: 't' },
    attentional: b ? { base: 't', sub: 't' } : { base: 'h', accent: 'tilde', sub: 't' },
  };
}

/** Renders one decoder step at the current phase as an SVG pipeline of vector strips, score bars, context ribbons and top-k bars. */
export function StepStage(props: StepStageProps) {
  const { kind, tokens, unknown = [], annotations, step, phase, reached, labels } = props;
  const {
    hoverSrc = null,
    onHoverSrc,
    hoverDim = null,
    onHoverDim,
    hoverCand = null,
    onHoverCand,
    onPickCandidate,
    onPickSource,
  } = props;
  const H = step.state.length;
  const S = tokens.length;
  const l = useMemo(() => stageLayout(kind, tokens, H, step.topK.length), [kind, tokens, H, step.topK.length]);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const has = (p: StagePhase): boolean => reached.includes(p);
  const cur = (p: StagePhase): boolean => phase === p;
  const sym = stageSymbols(kind);
  const attention = kind !== 'none';
  const bahdanau = kind === 'bahdanau';
  const { slots, stripTop: top, stripH: sh, stripW: sw } = l;
  const bottom = top + sh;
  const mid = top + sh / 2;

  const showState = has('rnn');
  const showBars = attention && has('scores');
  const showWeights = attention && has('softmax');
  const showContext = has('context') || has('fixed');
  const scaled = cur('context');
  const encInvolved = cur('scores') || cur('softmax') || cur('context') || cur('fixed');

  // Encoder strips as drawn: α_j·h̄_j while the weighted sum is shown.
  const display = useMemo(
    () => (scaled ? annotations.map((a, j) => a.map((v) => v * (step.weights[j] ?? 0))) : null),
    [scaled, annotations, step.weights],
  );

  const dimCb = (strip: StripId) => (onHoverDim ? (d: number | null) => onHoverDim(d === null ? null : { strip, d }) : undefined);

  // Concat parts: [c_t ; h_t] (Luong, baseline) or [s_t ; c_t ; E_y(y_{t-1})] (Bahdanau).
  const concatParts: ConcatPart[] = bahdanau
    ? [
        { values: step.state, label: 's', name: labels.names.state, testId: 'concat-part-state' },
        { values: step.context, label: 'c', name: labels.names.context, testId: 'concat-part-context' },
        // (a trace without the embedding leaves a placeholder)
        {
          values: step.embedding,
          label: 'E(y)',
          name: step.embedding ? labels.names.embedding : `${labels.names.embedding} (${labels.notTraced})`,
          testId: 'concat-part-embedding',
        },
      ]
    : [
        { values: step.context, label: 'c', name: labels.names.context, testId: 'concat-part-context' },
        { values: step.state, label: 'h', name: labels.names.state, testId: 'concat-part-state' },
      ];

  // Where each strip sits, for the tooltip and the crosshair.
  const stripX = (id: StripId): number => {
    if (id.startsWith('enc-')) return encoderStripX(l, Number(id.slice(4)));
    if (id.startsWith('concat-')) return slots.concat.x + Number(id.slice(7)) * sw;
    if (id === 'z') return slots.gates.x;
    if (id === 'r') return slots.gates.x + l.gateW + 3;
    return slots[id as SlotId].x;
  };
  const stripW = (id: StripId): number => (id === 'z' || id === 'r' ? l.gateW : sw);
  const stripValue = (id: StripId, d: number): number | undefined => {
    if (id.startsWith('enc-')) return annotations[Number(id.slice(4))]?.[d];
    if (id.startsWith('concat-')) return concatParts[Number(id.slice(7))]?.values?.[d];
    const v: Record<string, readonly number[]> = {
      prev: step.prevState,
      z: step.gates.z,
      r: step.gates.r,
      state: step.state,
      context: step.context,
      attentional: step.attentional,
    };
    return v[id]?.[d];
  };
  const stripName = (id: StripId): string => {
    if (id.startsWith('enc-')) {
      const j = Number(id.slice(4));
      return labels.names.enc(j, tokens[j] ?? '');
    }
    if (id.startsWith('concat-')) return concatParts[Number(id.slice(7))]?.name ?? '';
    return labels.names[id as 'prev'];
  };

  // Arrows between slots (visible once their phase ran, accented while it is current).
  const arrows: { from: number; to: number; phase: StagePhase; key: string }[] = [];
  const right = (id: SlotId): number => slots[id].x + slots[id].width;
  if (!bahdanau) {
    arrows.push({ key: 'gru', from: right('prev') + 3, to: slots.gates.x - 3, phase: 'rnn' });
    arrows.push({ key: 'gru2', from: right('gates') + 3, to: slots.state.x - 3, phase: 'rnn' });
    if (attention) arrows.push({ key: 'query', from: right('state') + 3, to: slots.encoder.x - 2, phase: 'scores' });
  } else {
    arrows.push({ key: 'query', from: right('prev') + 3, to: slots.encoder.x - 2, phase: 'scores' });
    arrows.push({ key: 'gru', from: right('context') + 3, to: slots.gates.x - 3, phase: 'rnn' });
    arrows.push({ key: 'gru2', from: right('gates') + 3, to: slots.state.x - 3, phase: 'rnn' });
  }
  arrows.push({ key: 'concat', from: right(bahdanau ? 'state' : 'context') + 3, to: slots.concat.x - 4, phase: 'concat' });
  arrows.push({ key: 'tanh', from: right('concat') + 4, to: slots.attentional.x - 3, phase: 'attentional' });
  arrows.push({ key: 'out', from: right('attentional') + 3, to: slots.topk.x - 4, phase: 'output' });

  // The weighted sum (or, without attention, the two halves the fixed context is made of).
  const flows: Flow[] = attention
    ? step.weights.map((w, j) => ({ j, fromX: encoderCenter(l, j), weight: w }))
    : S > 0
      ? [
          { j: S - 1, fromX: encoderCenter(l, S - 1), weight: 0.5 },
          { j: 0, fromX: encoderCenter(l, 0), weight: 0.5 },
        ]
      : [];
  const contextX = slots.context.x + sw / 2;

  const srcActive = (j: number): boolean => hoverSrc === j;
  const tooltip = hoverDim
    ? {
        x: stripX(hoverDim.strip) + stripW(hoverDim.strip) + 8,
        y: dimY(l, hoverDim.d),
        v: stripValue(hoverDim.strip, hoverDim.d),
      }
    : null;

  const body: ReactNode = (
    <>
      {/* input word y_{t-1} */}
      <g className="stage__chip" data-testid="stage-input" data-token={step.input} transform={`translate(${slots.prev.x - 8},8)`}>
        <text x={0} y={14} className="stage__chip-text">
          y
          <tspan className="stage__sub" dy="0.3em">
            t−1
          </tspan>
          <tspan dy="-0.3em"> = {step.input}</tspan>
        </text>
      </g>

      {/* arrows */}
      {arrows.map((a) =>
        has(a.phase) ? (
          <line
            key={a.key}
            className={`stage__arrow${cur(a.phase) ? ' stage__arrow--current' : ''}`}
            x1={a.from}
            x2={a.to}
            y1={mid}
            y2={mid}
            markerEnd={`url(#${uid}-arrow${cur(a.phase) ? '-cur' : ''})`}
          />
        ) : null,
      )}

      {/* h_{t-1} / s_{t-1} */}
      <SymText sym={sym.prev} x={slots.prev.x + sw / 2} y={l.labelY} />
      <VectorStrip
        values={step.prevState}
        color={stateFill}
        x={slots.prev.x}
        y={top}
        width={sw}
        height={sh}
        testId="strip-prev"
        name={labels.names.prev}
        active={bahdanau && cur('scores')}
        faded={!(cur('rnn') || (bahdanau && cur('scores')))}
        onHoverDim={dimCb('prev')}
      />

      {/* the GRU update: gates z, r and the new state */}
      {showState ? (
        <g className={`stage__rnn${cur('rnn') ? ' is-current' : ''}`} data-testid="stage-rnn">
          <text className="stage__sym" x={slots.gates.x + l.gateW / 2} y={l.labelY} textAnchor="middle">
            z
          </text>
          <text className="stage__sym" x={slots.gates.x + l.gateW * 1.5 + 3} y={l.labelY} textAnchor="middle">
            r
          </text>
          <VectorStrip
            values={step.gates.z}
            color={gateFill}
            x={slots.gates.x}
            y={top}
            width={l.gateW}
            height={sh}
            testId="strip-z"
            name={labels.names.z}
            faded={!cur('rnn')}
            onHoverDim={dimCb('z')}
          />
          <VectorStrip
            values={step.gates.r}
            color={gateFill}
            x={slots.gates.x + l.gateW + 3}
            y={top}
            width={l.gateW}
            height={sh}
            testId="strip-r"
            name={labels.names.r}
            faded={!cur('rnn')}
            onHoverDim={dimCb('r')}
          />
          <SymText sym={sym.state} x={slots.state.x + sw / 2} y={l.labelY} />
          <VectorStrip
            values={step.state}
            color={stateFill}
            x={slots.state.x}
            y={top}
            width={sw}
            height={sh}
            testId="strip-state"
            name={labels.names.state}
            active={cur('rnn') || (!bahdanau && cur('scores'))}
            onHoverDim={dimCb('state')}
          />
          {bahdanau ? (
            <path
              className="stage__recurrent"
              d={`M${slots.prev.x + sw / 2},${bottom + 2} V${l.flowBottom - 4} H${slots.gates.x + l.gateW} V${bottom + 4}`}
              markerEnd={`url(#${uid}-arrow${cur('rnn') ? '-cur' : ''})`}
            />
          ) : null}
        </g>
      ) : null}

      {/* encoder: token labels and annotation strips h̄_j */}
      <g className={`stage__encoder${encInvolved ? ' is-involved' : ''}`} data-testid="stage-encoder">
        {!showBars ? (
          <text
            className="stage__caption"
            x={slots.encoder.x + slots.encoder.width / 2}
            y={l.barsTop + l.barsH - 6}
            textAnchor="middle"
          >
            {labels.encoderCaption}
          </text>
        ) : null}
        {tokens.map((tok, j) => {
          const cx = encoderCenter(l, j);
          const short = fitLabel(tok, l.colW[j] ?? 0);
          return (
            <g key={j}>
              {/* the label; a 24 px target around it while it is a what-if button */}
              <g
                className="stage__token-target"
                onMouseEnter={onHoverSrc ? () => onHoverSrc(j) : undefined}
                onMouseLeave={onHoverSrc ? () => onHoverSrc(null) : undefined}
                {...(onPickSource
                  ? {
                      role: 'button',
                      tabIndex: 0,
                      'aria-label': labels.pickSource?.(tok),
                      onClick: () => onPickSource(j),
                      onKeyDown: (e: KeyboardEvent) => {
                        if (e.key === 'Enter' || e.key === ' ') {
                          e.preventDefault();
                          onPickSource(j);
                        }
                      },
                    }
                  : {})}
              >
                {onPickSource ? (
                  <rect
                    className="stage__token-hit"
                    x={cx - (l.colW[j] ?? 24) / 2}
                    y={l.labelY - 17}
                    width={Math.max(24, l.colW[j] ?? 24)}
                    height={24}
                    rx={4}
                  />
                ) : null}
                <text
                  className={`stage__token${unknown[j] ? ' stage__token--unknown' : ''}${srcActive(j) ? ' stage__token--active' : ''}`}
                  x={cx}
                  y={l.labelY}
                  textAnchor="middle"
                  data-testid="stage-token"
                  data-index={j}
                  data-unknown={unknown[j] ? 'true' : undefined}
                  data-pickable={onPickSource ? 'true' : undefined}
                >
                  {short}
                  {unknown[j] ? '*' : ''}
                  <title>{tok}</title>
                </text>
              </g>
              <VectorStrip
                values={annotations[j] ?? []}
                display={display?.[j]}
                color={stateFill}
                x={encoderStripX(l, j)}
                y={top}
                width={sw}
                height={sh}
                testId="strip-enc"
                name={labels.names.enc(j, tok)}
                data={{ index: j, token: tok, ...(scaled ? { weight: String(step.weights[j] ?? 0), scaled: 'true' } : {}) }}
                active={srcActive(j)}
                faded={!encInvolved && !srcActive(j)}
                onHoverDim={dimCb(`enc-${j}`)}
              />
            </g>
          );
        })}
        {cur('fixed') && S > 0 ? (
          <g className="stage__halves" data-testid="fixed-halves">
            <rect className="stage__half" x={encoderStripX(l, S - 1) - 3} y={top - 3} width={sw + 6} height={sh / 2 + 3} rx={3} />
            <text className="stage__half-label" x={encoderStripX(l, S - 1) + sw + 5} y={top + sh / 4} dy="0.35em">
              →
            </text>
            <rect
              className="stage__half"
              x={encoderStripX(l, 0) - 3}
              y={top + sh / 2}
              width={sw + 6}
              height={sh / 2 + 3}
              rx={3}
            />
            <text className="stage__half-label" x={encoderStripX(l, 0) + sw + 5} y={top + (3 * sh) / 4} dy="0.35em">
              ←
            </text>
          </g>
        ) : null}
      </g>

      {showBars ? (
        <ScoreBars
          xs={tokens.map((_, j) => encoderCenter(l, j))}
          barWidth={Math.min(22, Math.min(...l.colW) * 0.6)}
          top={l.barsTop}
          height={l.barsH - 12}
          scores={step.scores}
          weights={step.weights}
          mode={showWeights ? 'weights' : 'scores'}
          tokens={tokens}
          captionX={slots.encoder.x}
          captionY={l.barsTop - 14}
          highlight={hoverSrc}
          onHover={onHoverSrc}
          labels={{ scores: labels.scores, weights: labels.weights, overridden: labels.overridden }}
          overridden={showWeights && step.attentionOverridden === true}
          onPick={showWeights ? onPickSource : undefined}
          pickLabel={labels.pickSource}
        />
      ) : null}

      {/* weighted sum → context */}
      {showContext ? (
        <g className={`stage__context${cur('context') || cur('fixed') ? ' is-current' : ''}`} data-testid="stage-context">
          {cur('context') || cur('fixed') ? (
            <ContextFlow
              flows={flows}
              toX={contextX}
              y={bottom}
              maxWidth={sw}
              span={slots.context.x - slots.encoder.x}
              highlight={hoverSrc}
              tokens={tokens}
            />
          ) : null}
          <SymText sym={sym.context} x={contextX} y={l.labelY} />
          {cur('fixed') ? (
            <g className="stage__halves" aria-hidden="true">
              <rect className="stage__half" x={slots.context.x - 3} y={top - 3} width={sw + 6} height={sh / 2 + 3} rx={3} />
              <rect className="stage__half" x={slots.context.x - 3} y={top + sh / 2} width={sw + 6} height={sh / 2 + 3} rx={3} />
              <text className="stage__half-label" x={slots.context.x + sw + 6} y={top + sh / 4} dy="0.35em">
                →
              </text>
              <text className="stage__half-label" x={slots.context.x + sw + 6} y={top + (3 * sh) / 4} dy="0.35em">
                ←
              </text>
            </g>
          ) : null}
          <VectorStrip
            values={step.context}
            color={stateFill}
            x={slots.context.x}
            y={top}
            width={sw}
            height={sh}
            testId="strip-context"
            name={labels.names.context}
            active={cur('context') || cur('fixed')}
            onHoverDim={dimCb('context')}
          />
        </g>
      ) : null}

      {has('concat') ? (
        <g className={`stage__concat${cur('concat') ? ' is-current' : ''}`} data-testid="stage-concat">
          <text className="stage__sym" x={slots.concat.x + slots.concat.width / 2} y={l.labelY} textAnchor="middle">
            {`[${concatParts.map((p) => (p.label === 'E(y)' ? 'E' : p.label)).join(' ; ')}]`}
          </text>
          <ConcatStrip
            parts={concatParts}
            x={slots.concat.x}
            y={top}
            partWidth={sw}
            height={sh}
            color={stateFill}
            testId="strip-concat"
            active={cur('concat')}
            hatchId={`${uid}-hatch`}
            onHoverDim={onHoverDim ? (part, d) => onHoverDim(d === null ? null : { strip: `concat-${part}`, d }) : undefined}
          />
        </g>
      ) : null}

      {has('attentional') ? (
        <g className={`stage__attentional${cur('attentional') ? ' is-current' : ''}`}>
          <SymText sym={sym.attentional} x={slots.attentional.x + sw / 2} y={l.labelY} />
          <VectorStrip
            values={step.attentional}
            color={stateFill}
            x={slots.attentional.x}
            y={top}
            width={sw}
            height={sh}
            testId="strip-attentional"
            name={labels.names.attentional}
            active={cur('attentional')}
            onHoverDim={dimCb('attentional')}
          />
        </g>
      ) : null}

      {has('output') ? (
        <g className={`stage__output${cur('output') ? ' is-current' : ''}`}>
          <g
            className="stage__chip stage__chip--out"
            data-testid="stage-output"
            data-token={step.chosen.token}
            transform={`translate(${slots.topk.x},8)`}
          >
            <text x={0} y={14} className="stage__chip-text">
              y
              <tspan className="stage__sub" dy="0.3em">
                t
              </tspan>
              <tspan dy="-0.3em"> = </tspan>
              <tspan className="stage__chip-word">{step.chosen.token}</tspan>
              {step.forced && labels.forcedTag ? <tspan className="stage__chip-forced">{labels.forcedTag}</tspan> : null}
            </text>
          </g>
          <TopKBars
            items={step.topK}
            chosen={step.chosen}
            x={slots.topk.x}
            y={top + 4}
            width={slots.topk.width}
            rowHeight={l.topkRow}
            highlight={hoverCand}
            onHover={onHoverCand}
            title={labels.topk}
            forcedLabel={labels.forced}
            forced={step.forced === true}
            onPick={onPickCandidate}
            pickLabel={labels.pick}
          />
        </g>
      ) : null}

      {/* the hovered dimension, across every strip */}
      {hoverDim ? (
        <line
          className="stage__crosshair"
          x1={slots.prev.x - 6}
          x2={right('attentional') + 6}
          y1={dimY(l, hoverDim.d)}
          y2={dimY(l, hoverDim.d)}
          pointerEvents="none"
          data-testid="stage-crosshair"
        />
      ) : null}

      <Legend x={slots.prev.x} y={l.legendY} uid={uid} labels={labels} />
    </>
  );

  return (
    <div
      className="stage"
      data-testid="stage"
      data-phase={phase}
      data-step={step.t}
      data-kind={kind}
      data-h={H}
      data-forced={step.forced ? 'true' : undefined}
      data-overridden={step.attentionOverridden ? 'true' : undefined}
      style={{ width: l.width, height: l.height }}
    >
      <svg
        className="stage__svg"
        width={l.width}
        height={l.height}
        viewBox={`0 0 ${l.width} ${l.height}`}
        role="group"
        aria-label={props.summary}
      >
        <defs>
          <marker
            id={`${uid}-arrow`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="8"
            markerHeight="8"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="stage__arrowhead" />
          </marker>
          <marker
            id={`${uid}-arrow-cur`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="10"
            markerHeight="10"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="stage__arrowhead stage__arrowhead--current" />
          </marker>
          <pattern id={`${uid}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="stage__hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="stage__hatch" />
          </pattern>
        </defs>
        {body}
      </svg>
      {tooltip && hoverDim ? (
        <div className="stage__tooltip" role="status" data-testid="stage-tooltip" style={{ left: tooltip.x, top: tooltip.y }}>
          <span className="stage__tooltip-name">{stripName(hoverDim.strip)}</span> · {labels.dim(hoverDim.d)}:{' '}
          <strong>{tooltip.v === undefined ? '–' : fmt(tooltip.v, 4)}</strong>
        </div>
      ) : null}
    </div>
  );
}

function Legend({ x, y, uid, labels }: { x: number; y: number; uid: string; labels: StageLabels }) {
  const w = 160;
  const stops = Array.from({ length: 11 }, (_, i) => i / 10);
  return (
    <g className="stage__legend" transform={`translate(${x},${y})`} data-testid="stage-legend">
      <defs>
        <linearGradient id={`${uid}-lg-state`} x1="0" x2="1" y1="0" y2="0">
          {stops.map((s) => (
            <stop key={s} offset={s} stopColor={sColor(Math.sign(2 * s - 1) * (2 * s - 1) ** 2)} />
          ))}
        </linearGradient>
        <linearGradient id={`${uid}-lg-unit`} x1="0" x2="1" y1="0" y2="0">
          {stops.map((s) => (
            <stop key={s} offset={s} stopColor={wColor(s)} />
          ))}
        </linearGradient>
      </defs>
      <text className="stage__legend-title" x={0} y={9}>
        {labels.legendState}
      </text>
      <rect x={0} y={14} width={w} height={8} rx={2} fill={`url(#${uid}-lg-state)`} />
      {STATE_TICKS.map((tk) => (
        <text key={tk.v} className="stage__legend-tick" x={tk.at * w} y={33} textAnchor="middle">
          {tk.v > 0 ? `+${tk.v}` : fmt(tk.v, tk.v === 0 || Math.abs(tk.v) === 1 ? 0 : 2)}
        </text>
      ))}
      <g transform={`translate(${w + 60},0)`}>
        <text className="stage__legend-title" x={0} y={9}>
          {labels.legendUnit}
        </text>
        <rect x={0} y={14} width={w} height={8} rx={2} fill={`url(#${uid}-lg-unit)`} />
        {[
          [0, '0'],
          [w, '1'],
        ].map(([tx, s]) => (
          <text key={String(s)} className="stage__legend-tick" x={Number(tx)} y={33} textAnchor="middle">
            {s}
          </text>
        ))}
      </g>
    </g>
  );
}
