/**
 * Draws a scene: every item at its final place inside a `<g data-key>` (the element motion.ts
 * moves), nested in its groups. Interactions (hovering a source token / bar / word / dimension,
 * the what-if picks) are wired here; geometry comes only from the scene.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { stateColor, weightColor } from '../stepLayout';
import { StageVector } from './StageVector';
import type { DimHover, StageGroup, StageItem, StageScene } from './types';

const sColor = stateColor();
const wColor = weightColor();
const stateFill = (v: number): string => sColor(v);
const unitFill = (v: number): string => wColor(v);

/** What the drawn items react to. */
export interface StageInteraction {
  dims: readonly number[] | null;
  focusDim: number | null;
  hoverSrc: number | null;
  hoverCand: number | null;
  onHoverSrc?: (j: number | null) => void;
  onHoverDim?: (h: DimHover | null) => void;
  onHoverCand?: (k: number | null) => void;
  onPickSource?: (j: number) => void;
  onPickCandidate?: (k: number) => void;
  pickSourceLabel?: (token: string) => string;
  pickLabel?: (word: string) => string;
  /** a vector's accessible name with a summary of its values (default: its name alone) */
  vectorLabel?: (name: string, values: readonly number[]) => string;
  /** the formula term being hovered (linked colour): the picture elements of that term are marked */
  hoverTerm?: StageTerm | null;
}

/** The formula terms a picture element can stand for (the keys of src/ui/formulas.ts's `tm-…` classes). */
export type StageTerm = 'src' | 'prev' | 'state' | 'z' | 'r' | 'ctx' | 'cat' | 'att' | 'p';

const SLOT_TERMS: Record<string, StageTerm> = {
  prev: 'prev',
  state: 'state',
  z: 'z',
  r: 'r',
  context: 'ctx',
  attentional: 'att',
  concat: 'cat',
};

/** The formula term of an item (by its strip or symbol) or a group (bars, top-k, concat), if any. */
export function termOf(x: { key: string; strip?: string; testId?: string }): StageTerm | undefined {
  if (x.strip) return x.strip.startsWith('enc-') ? 'src' : x.strip.startsWith('concat-') ? 'cat' : SLOT_TERMS[x.strip];
  if (x.key.startsWith('sym-')) return SLOT_TERMS[x.key.slice(4)];
  if (x.key === 'bars' || x.key === 'encoder') return 'src';
  if (x.key === 'topk') return 'p';
  return undefined;
}

/** Class names of an element's term: its colour (`term-…`) and, when its formula term is hovered, `is-linked`. */
function termClass(x: { key: string; strip?: string; testId?: string }, ui: StageInteraction): string {
  const term = termOf(x);
  if (!term) return '';
  return `term-${term}${ui.hoverTerm === term ? ' is-linked' : ''}`;
}

type Node = { item: StageItem } | { group: StageGroup; children: Node[] };

/** Nests the items of a scene in their groups, in item order (the first item of a group places it). */
export function sceneTree(scene: StageScene): Node[] {
  const groups = new Map(scene.groups.map((g) => [g.key, g]));
  const nodes = new Map<string, { group: StageGroup; children: Node[] }>();
  const top: Node[] = [];
  const place = (key: string): Node[] => {
    const have = nodes.get(key);
    if (have) return have.children;
    const g = groups.get(key);
    if (!g) return top;
    const node = { group: g, children: [] as Node[] };
    nodes.set(key, node);
    (g.parent ? place(g.parent) : top).push(node);
    return node.children;
  };
  for (const item of scene.items) (item.group ? place(item.group) : top).push({ item });
  return top;
}

const dataAttrs = (data?: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [`data-${k}`, v]));

function activate(fn: () => void) {
  return {
    role: 'button',
    tabIndex: 0,
    onClick: fn,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        fn();
      }
    },
  };
}

/** Renders the items of a scene (see the file comment). */
export function StageItems({ scene, ui }: { scene: StageScene; ui: StageInteraction }) {
  return <>{sceneTree(scene).map((n) => renderNode(n, ui))}</>;
}

function renderNode(n: Node, ui: StageInteraction): ReactNode {
  if ('item' in n) return <ItemView key={n.item.key} it={n.item} ui={ui} />;
  const g = n.group;
  const src = g.src;
  const cand = g.cand;
  const active = (src !== undefined && ui.hoverSrc === src) || (cand !== undefined && ui.hoverCand === cand);
  const pick =
    src !== undefined && ui.onPickSource
      ? () => ui.onPickSource!(src)
      : cand !== undefined && ui.onPickCandidate
        ? () => ui.onPickCandidate!(cand)
        : null;
  const pickName = src !== undefined ? ui.pickSourceLabel?.(g.data?.token ?? '') : ui.pickLabel?.(g.data?.token ?? '');
  const cls = [
    g.cls,
    termClass(g, ui),
    active ? (cand !== undefined ? 'topk__row--active' : 'bar--active') : '',
    pick ? (cand !== undefined ? 'topk__row--pickable' : 'bar--pickable') : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <g
      key={g.key}
      className={cls || undefined}
      data-testid={g.testId}
      role={pick ? undefined : g.role}
      {...dataAttrs(g.data)}
      {...(pick ? { ...activate(pick), 'aria-label': pickName } : g.label ? { 'aria-label': g.label } : {})}
      onMouseEnter={
        src !== undefined && ui.onHoverSrc
          ? () => ui.onHoverSrc!(src)
          : cand !== undefined && ui.onHoverCand
            ? () => ui.onHoverCand!(cand)
            : undefined
      }
      onMouseLeave={
        src !== undefined && ui.onHoverSrc
          ? () => ui.onHoverSrc!(null)
          : cand !== undefined && ui.onHoverCand
            ? () => ui.onHoverCand!(null)
            : undefined
      }
    >
      {g.label && !pick ? <title>{g.label}</title> : null}
      {n.children.map((c) => renderNode(c, ui))}
    </g>
  );
}

function ItemView({ it, ui }: { it: StageItem; ui: StageInteraction }) {
  const b = it.box;
  const src = it.src;
  const srcActive = src !== undefined && ui.hoverSrc === src;
  const common = {
    'data-key': it.key,
    'data-testid': it.testId,
    ...(it.from ? { 'data-from': it.from } : {}),
    ...dataAttrs(it.data),
    // always set (React leaves an empty style attribute behind when it removes one: stepping back must restore the same DOM)
    style: { opacity: it.opacity },
  };
  switch (it.kind) {
    case 'vec': {
      const values = it.values ?? [];
      const strip = it.strip;
      const cls = [
        'vstrip',
        it.cls,
        termClass(it, ui),
        srcActive ? 'vstrip--active' : '',
        it.opacity < 1 && it.opacity > 0 ? 'vstrip--faded' : '',
      ]
        .filter(Boolean)
        .join(' ');
      return (
        <g
          {...common}
          className={cls}
          data-values={values.join(',')}
          data-n={values.length}
          onMouseEnter={src !== undefined && ui.onHoverSrc ? () => ui.onHoverSrc!(src) : undefined}
          onMouseLeave={src !== undefined && ui.onHoverSrc ? () => ui.onHoverSrc!(null) : undefined}
        >
          <StageVector
            box={b}
            values={values}
            display={it.display}
            color={it.scale === 'unit' ? unitFill : stateFill}
            dims={cellDims(ui.dims, values.length, it.dimBase)}
            focus={strip ? ui.focusDim : null}
            name={it.title && ui.vectorLabel && values.length > 0 ? ui.vectorLabel(it.title, values) : it.title}
            onHoverDim={strip && ui.onHoverDim ? (d) => ui.onHoverDim!(d === null ? null : { strip, d }) : undefined}
          />
        </g>
      );
    }
    case 'bar':
      return (
        <g {...common}>
          <rect className={it.cls} x={b.x} y={b.y} width={b.w} height={b.h} rx={2} fill={it.fill} />
        </g>
      );
    case 'box': {
      // the first class names the parts (`stg-gru__rect`); the others are modifiers (`is-current`)
      const base = (it.cls ?? 'stg-box').split(' ')[0];
      return (
        <g {...common} className={it.cls}>
          <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={4} className={`${base}__rect`} />
          {it.text ? (
            <text x={b.x + b.w / 2} y={b.y + 10} textAnchor="middle" className={`${base}__label`}>
              {it.text}
            </text>
          ) : null}
        </g>
      );
    }
    case 'text': {
      const token = it.testId === 'stage-token';
      const pick = token && src !== undefined && ui.onPickSource ? () => ui.onPickSource!(src) : null;
      const cls = [it.cls, token && srcActive ? 'stage__token--active' : ''].filter(Boolean).join(' ');
      return (
        <g
          {...common}
          className={[token ? 'stage__token-target' : '', termClass(it, ui)].filter(Boolean).join(' ') || undefined}
          data-pickable={pick ? 'true' : undefined}
          {...(pick ? { ...activate(pick), 'aria-label': ui.pickSourceLabel?.(it.title ?? '') } : {})}
          onMouseEnter={src !== undefined && ui.onHoverSrc ? () => ui.onHoverSrc!(src) : undefined}
          onMouseLeave={src !== undefined && ui.onHoverSrc ? () => ui.onHoverSrc!(null) : undefined}
        >
          {pick ? (
            <rect
              className="stage__token-hit"
              x={b.x - (it.anchor === 'middle' ? b.w / 2 : it.anchor === 'end' ? b.w : 0) - 2}
              y={b.y - 15}
              width={Math.max(24, b.w + 4)}
              height={24}
              rx={4}
            />
          ) : null}
          <text
            className={cls || undefined}
            x={b.x}
            y={b.y}
            textAnchor={it.anchor ?? 'start'}
            transform={it.rotate ? `rotate(-45 ${b.x} ${b.y})` : undefined}
          >
            {shorten(it)}
            {it.sub ? (
              <tspan className="stage__sub" dy="0.3em">
                {it.sub}
              </tspan>
            ) : null}
            {it.after ? <tspan dy={it.sub ? '-0.3em' : undefined}>{it.after}</tspan> : null}
            {it.title ? <title>{it.title}</title> : null}
          </text>
        </g>
      );
    }
  }
}

/**
 * The cells a compact vector draws: the picked dimensions of H; for a half (→h_j, ←h_j) the picked
 * ones that fall in it, re-indexed; a vector of another size (an embedding) is drawn whole.
 */
function cellDims(dims: readonly number[] | null, n: number, base: number | undefined): readonly number[] | null {
  if (!dims) return null;
  if (base !== undefined) {
    const mine = dims.filter((d) => d >= base && d < base + n).map((d) => d - base);
    return mine.length > 0 ? mine : null;
  }
  return dims.every((d) => d < n) ? dims : null;
}

/** A label cut to the width its item has (source tokens in squeezed columns). */
function shorten(it: StageItem): string {
  const text = it.text ?? '';
  if (it.testId !== 'stage-token') return text;
  const chars = [...text];
  const max = Math.max(2, Math.floor((it.box.w - 2) / 7.2));
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
