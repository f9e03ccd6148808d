/**
 * The picture of one decoder step at one phase: a still stage whose size is fixed for the whole
 * decode (it fits its box: squeezed columns, a vertical layout on phones), on which the data moves
 * from phase to phase. The layout is one pure function (stage/scene.ts over stage/frame.ts), the
 * motion one hook (stage/motion.ts); this file only measures the box and wires them together.
 *
 * Presentational: plain arrays in, SVG out.
 */
import { memo, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { stageFrame } from './stage/frame';
import { StageItems, type StageInteraction, type StageTerm } from './stage/StageItems';
import { StageLegend } from './stage/Legend';
import { MOTION_MS, useStageMotion } from './stage/motion';
import { stageScene } from './stage/scene';
import { encoderScene } from './stage/sceneEncoder';
import type { DimHover, StageLabels, StageStep } from './stage/types';
import { ENCODER_PHASES, fmt, type AttentionKind, type EncoderPhase, type StagePhase } from './stepLayout';
import './stage/stage.css';

export type { DimHover, StageLabels, StageStep, StripId } from './stage/types';
export type { StageTerm } from './stage/StageItems';

/** Step 0 (the encoder) shown instead of the decoder step: its phase and the encoder's numbers. */
export interface StageEncoderStep {
  /** the current phase of step 0 */
  phase: EncoderPhase;
  /** E_x(x_j) [S][E] (absent from older traces: drawn as placeholders) */
  embeddings?: readonly (readonly number[])[];
  /** s_0 [H] */
  bridge: readonly number[];
}

/** Props of {@link StepStage}. */
export interface StepStageProps {
  /** the model's attention variant (fixes the pipeline's order) */
  kind: AttentionKind;
  /** source tokens, `</s>` last */
  tokens: readonly string[];
  /** true where a source token is not in the vocabulary (drawn marked) */
  unknown?: readonly boolean[];
  /** h̄_j [S][H] */
  annotations: readonly (readonly number[])[];
  /** the decoder step drawn (its numbers from the trace) */
  step: StageStep;
  /** when set, step 0 (the encoder) is drawn instead of `step` */
  encoder?: StageEncoderStep | null;
  /** the current phase */
  phase: StagePhase;
  /** phases computed so far in this step, the current one included */
  reached: readonly StagePhase[];
  /** the words emitted before this step (y_1 … y_{t−1}); default: none shown */
  outputs?: readonly string[];
  /** the largest top-k list of the decode (fixes the stage height; default: this step's) */
  maxTopK?: number;
  /** the dimensions drawn as cells (compact vectors); null or absent: every dimension */
  dims?: readonly number[] | null;
  /** the dimension the formula's numbers are about: outlined in every vector */
  focusDim?: number | null;
  /** the box width to fit before it is measured (and in tests), px */
  width?: number;
  /** animate moves one phase forward (false: every change is instant, e.g. reduced motion) */
  motion?: boolean;
  /** playback speed (the motion takes MOTION_MS / speed) */
  speed?: number;
  /** the hovered source token (linked with the heatmap and the formula) */
  hoverSrc?: number | null;
  /** a source token / bar / annotation is hovered (or left: null) */
  onHoverSrc?: (j: number | null) => void;
  /** the hovered dimension of a vector */
  hoverDim?: DimHover | null;
  /** a vector's dimension is hovered (or left: null) */
  onHoverDim?: (h: DimHover | null) => void;
  /** the hovered output candidate (index in the top-k list) */
  hoverCand?: number | null;
  /** an output candidate is hovered (or left: null) */
  onHoverCand?: (k: number | null) => void;
  /** the formula term hovered beside the picture: its elements are marked (linked colour) */
  hoverTerm?: StageTerm | null;
  /** what-if: force candidate k of the top-k list (output phase) */
  onPickCandidate?: (k: number) => void;
  /** what-if: put all attention on source token j (phases where the weights are shown) */
  onPickSource?: (j: number) => void;
  /** the picture's texts (from the UI strings: the stage itself has none) */
  labels: StageLabels;
  /** one line on what the picture shows now (its accessible name) */
  summary?: string;
}

/**
 * Whether going from cursor `a` to `b` is one phase forward (the only change that moves things).
 * Step 0 (the encoder, t = 0) ends with its `bridge` phase; step t ends with `output`.
 */
export function isForward(
  a: { t: number; n: number; phase: StagePhase | EncoderPhase } | null,
  b: { t: number; n: number },
): boolean {
  if (!a) return false;
  if (b.t === 0 && b.n === 1 && a.t !== 0) return true; // opening step 0: the embeddings grow
  return (b.t === a.t && b.n === a.n + 1) || (b.t === a.t + 1 && b.n === 1 && (a.phase === 'output' || a.phase === 'bridge'));
}

/** The box width the last stage measured (px; null before any): the next stage's first guess. */
let lastMeasuredWidth: number | null = null;

/** Renders one decoder step at the current phase on the still stage (see the file comment); memoized, so a parent's re-render with the same props does not redraw its ~600 elements. */
export const StepStage = memo(function StepStage(props: StepStageProps) {
  const { kind, tokens, unknown, annotations, step, phase, reached, labels, outputs = [] } = props;
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  // A new stage starts at the width the last one measured (a new translation's stage sits where the
  // last one did): when its own measure agrees, React skips the render a width change costs.
  const [measured, setMeasured] = useState<number | null>(() => lastMeasuredWidth);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const read = (): void => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) lastMeasuredWidth = w;
      setMeasured(w);
    };
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const width = measured && measured > 0 ? measured : (props.width ?? 960);
  const dims = props.dims ?? null;
  const H = step.state.length;
  const K = Math.max(props.maxTopK ?? 0, step.topK.length);
  const frame = useMemo(
    () => stageFrame({ kind, S: tokens.length, topK: K, nDims: dims?.length ?? 8, full: dims === null, width }),
    [kind, tokens.length, K, dims, width],
  );
  const enc = props.encoder ?? null;
  const scene = useMemo(
    () =>
      enc
        ? encoderScene({ frame, kind, tokens, unknown, annotations, ...enc, labels })
        : stageScene({ frame, kind, tokens, unknown, annotations, step, phase, reached, outputs, labels }),
    [frame, kind, tokens, unknown, annotations, step, phase, reached, outputs, labels, enc],
  );
  // Only one phase forward moves; stepping back, jumping and reduced motion are instant.
  // The cursor of the previous stage change, kept in state (React's pattern for "the previous
  // render's value"): a new cursor is compared with it to tell one step forward from a jump.
  const cursor = enc
    ? { t: 0, n: ENCODER_PHASES.indexOf(enc.phase) + 1, phase: enc.phase as StagePhase | EncoderPhase }
    : { t: step.t, n: reached.length, phase: phase as StagePhase | EncoderPhase };
  const cursorKey = `${cursor.t}|${cursor.n}|${cursor.phase}`;
  const [seen, setSeen] = useState<{ key: string; prev: typeof cursor | null; cur: typeof cursor }>({
    key: cursorKey,
    prev: null,
    cur: cursor,
  });
  if (seen.key !== cursorKey) setSeen({ key: cursorKey, prev: seen.cur, cur: cursor });
  const forward = isForward(seen.key === cursorKey ? seen.prev : seen.cur, cursor);
  // the encoder's sweeps run token by token: they get twice the time
  const ms = (MOTION_MS * (enc ? 2 : 1)) / Math.max(0.25, props.speed ?? 1);
  useStageMotion(svg, scene, props.motion !== false && forward, ms);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');

  const hoverDim = props.hoverDim ?? null;
  const ui: StageInteraction = {
    dims,
    focusDim: hoverDim?.d ?? props.focusDim ?? null,
    hoverSrc: props.hoverSrc ?? null,
    hoverCand: props.hoverCand ?? null,
    onHoverSrc: props.onHoverSrc,
    onHoverDim: props.onHoverDim,
    onHoverCand: props.onHoverCand,
    onPickSource: props.onPickSource,
    onPickCandidate: props.onPickCandidate,
    pickSourceLabel: labels.pickSource,
    pickLabel: labels.pick,
    hoverTerm: props.hoverTerm ?? null,
    vectorLabel: labels.summary ? vectorSummary(labels.summary.vector) : undefined,
  };
  const hovered = hoverDim ? scene.items.find((it) => it.strip === hoverDim.strip) : undefined;
  const value = hovered?.values?.[hoverDim!.d];
  return (
    <div className="stage-box" ref={box}>
      <div
        className={`stage stage--${frame.orientation}`}
        data-testid="stage"
        data-phase={enc ? enc.phase : phase}
        data-step={enc ? 0 : step.t}
        data-kind={kind}
        data-h={H}
        data-layout={frame.orientation}
        data-compact={dims ? 'true' : 'false'}
        data-forced={step.forced ? 'true' : undefined}
        data-overridden={step.attentionOverridden ? 'true' : undefined}
        style={{ width: frame.width, height: frame.height }}
      >
        <svg
          ref={svg}
          className="stage__svg"
          width={frame.width}
          height={frame.height}
          viewBox={`0 0 ${frame.width} ${frame.height}`}
          role="group"
          aria-label={props.summary}
        >
          <StageItems scene={scene} ui={ui} />
          {hovered && hoverDim ? (
            <Crosshair box={hovered.box} d={hoverDim.d} dims={dims} n={hovered.values?.length ?? 0} />
          ) : null}
          <StageLegend x={frame.legend.x} y={frame.legend.y} uid={uid} labels={labels} />
        </svg>
        {hovered && hoverDim ? (
          <div
            className="stage__tooltip"
            role="status"
            data-testid="stage-tooltip"
            style={{
              left: Math.min(frame.width - 180, hovered.box.x + hovered.box.w + 8),
              top: hovered.box.y + Math.min(hovered.box.h, 20),
            }}
          >
            <span className="stage__tooltip-name">{hovered.title}</span> · {labels.dim(hoverDim.d)}:{' '}
            <strong>{value === undefined ? '–' : fmt(value, 4)}</strong>
          </div>
        ) : null}
      </div>
    </div>
  );
});

/** A vector's accessible name with its numbers: how many, their range, and the largest in magnitude. */
export function vectorSummary(
  text: NonNullable<StageLabels['summary']>['vector'],
): (name: string, values: readonly number[]) => string {
  return (name, values) => {
    let lo = Infinity;
    let hi = -Infinity;
    let at = 0;
    values.forEach((v, d) => {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      if (Math.abs(v) > Math.abs(values[at]!)) at = d;
    });
    return text(name, values.length, fmt(lo, 2), fmt(hi, 2), at + 1, fmt(values[at]!, 2));
  };
}

/** The hovered cell of the hovered vector, outlined. */
function Crosshair({
  box,
  d,
  dims,
  n,
}: {
  box: { x: number; y: number; w: number; h: number };
  d: number;
  dims: readonly number[] | null;
  n: number;
}) {
  const count = dims ? dims.length : n;
  const i = dims ? dims.indexOf(d) : d;
  if (i < 0 || count === 0) return null;
  const vertical = box.h >= box.w;
  const s = (vertical ? box.h : box.w) / count;
  const r = vertical
    ? { x: box.x - 3, y: box.y + i * s - 1, width: box.w + 6, height: s + 2 }
    : { x: box.x + i * s - 1, y: box.y - 3, width: s + 2, height: box.h + 6 };
  return <rect className="stage__crosshair" data-testid="stage-crosshair" pointerEvents="none" {...r} />;
}
