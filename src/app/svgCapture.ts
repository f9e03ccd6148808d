/**
 * The browser side of the exports: copies rendered <svg> elements into plain {@link SvgNode} data
 * with their computed styles (so the file keeps the current theme's colours), turns an SVG into a
 * PNG at the screen's pixel ratio, and saves a Blob as a download. The pure parts (which style to
 * keep, XML writing) are in svgSerialize.ts.
 */
import {
  captionSvg,
  pruneStyles,
  serializeSvg,
  stackSvgs,
  STYLE_PROPS,
  type CaptionLine,
  type CaptionStyle,
  type SizedSvg,
  type SvgNode,
} from './svgSerialize';

/** Attributes that mean nothing in a file (focus order, test hooks) or are replaced by the inlined style. */
const DROPPED_ATTRS = new Set(['style', 'tabindex', 'data-testid', 'focusable']);

/** Nearest-neighbour copy of a canvas at about `scale`× its displayed size, as a PNG data URL (null if it cannot be read). */
function canvasDataUrl(canvas: HTMLCanvasElement, width: number, height: number, scale: number): string | null {
  const out = document.createElement('canvas');
  out.width = Math.max(1, Math.ceil(width * scale));
  out.height = Math.max(1, Math.ceil(height * scale));
  const ctx = out.getContext('2d');
  if (!ctx) return null;
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(canvas, 0, 0, out.width, out.height);
  try {
    return out.toDataURL('image/png');
  } catch {
    return null;
  }
}

/**
 * A <foreignObject> holding a canvas (the vector strips) becomes an SVG <image> of the canvas's
 * pixels: HTML inside an SVG file would not render in most viewers (nor into a PNG).
 */
function foreignObjectImage(fo: SVGForeignObjectElement, scale: number): SvgNode | null {
  const canvas = fo.querySelector('canvas');
  if (!canvas) return null;
  const [x, y, w, h] = [fo.x.baseVal.value, fo.y.baseVal.value, fo.width.baseVal.value, fo.height.baseVal.value];
  const href = canvasDataUrl(canvas, w, h, scale);
  if (!href) return null;
  const attrs = { x: String(x), y: String(y), width: String(w), height: String(h), href, preserveAspectRatio: 'none' };
  return { tag: 'image', attrs, style: { 'image-rendering': 'pixelated' }, children: [] };
}

function captureNode(e: Element, scale: number): SvgNode | null {
  if (e instanceof SVGForeignObjectElement) return foreignObjectImage(e, scale);
  if (!(e instanceof SVGElement)) return null;
  const cs = getComputedStyle(e);
  const style: Record<string, string> = {};
  for (const p of STYLE_PROPS) style[p.name] = cs.getPropertyValue(p.name);
  // the element's own style attribute (e.g. bars placed with CSS `y`, `height`, `transform`): its computed values
  for (let i = 0; i < e.style.length; i++) {
    const name = e.style.item(i);
    style[name] = cs.getPropertyValue(name);
  }
  const attrs: Record<string, string> = {};
  for (const a of Array.from(e.attributes)) if (!DROPPED_ATTRS.has(a.name) && !a.name.startsWith('on')) attrs[a.name] = a.value;
  const children: (SvgNode | string)[] = [];
  for (const c of Array.from(e.childNodes)) {
    if (c.nodeType === Node.TEXT_NODE) children.push(c.nodeValue ?? '');
    else if (c.nodeType === Node.ELEMENT_NODE) {
      const n = captureNode(c as Element, scale);
      if (n) children.push(n);
    }
  }
  return { tag: e.tagName, attrs, style, children };
}

/** A rendered <svg> as data with computed styles, and its size on screen (CSS px). */
export function captureSvg(svg: SVGSVGElement, scale = 2): SizedSvg {
  const r = svg.getBoundingClientRect();
  const node = captureNode(svg, scale)!;
  // drawing coordinates: the viewBox, else the width and height attributes (the CSS size may differ when styles scale the picture)
  if (!node.attrs.viewBox && svg.width.baseVal.value > 0 && svg.height.baseVal.value > 0)
    node.attrs.viewBox = `0 0 ${svg.width.baseVal.value} ${svg.height.baseVal.value}`;
  return { node, width: Math.round(r.width), height: Math.round(r.height) };
}

/** Classes that mark a screen state (rows not decoded yet, hover, focus, a faded item): an export for class drops them. */
const STATE_CLASS = /--(pending|active|hover|focus|faded)$/;
/** Marks of the screen's cursor, hover and keyboard focus: an export for class leaves them out. */
const STATE_MARKS = '.heatmap__focus, .heatmap__rowmark, .heatmap__colmark, .heatmap__tooltip, .stg-focus';

/**
 * The picture as it looks with no cursor, hover or dimming: a copy of `svg` with the state classes
 * and marks removed, every heatmap row revealed, and the stage's faded items (opacity between 0 and
 * 1) at full strength. The copy is put beside the original (off screen) so that the page's CSS
 * applies to it alike; `read` captures it and it is removed.
 */
export function withCleanCopy<T>(svg: SVGSVGElement, read: (copy: SVGSVGElement) => T): T {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const e of Array.from(copy.querySelectorAll(STATE_MARKS))) e.remove();
  for (const e of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
    for (const c of Array.from(e.classList)) if (STATE_CLASS.test(c)) e.classList.remove(c);
    if (e.getAttribute('data-revealed') === 'false') e.setAttribute('data-revealed', 'true');
    const o = (e as SVGElement).style?.opacity;
    if (o && Number(o) > 0 && Number(o) < 1) (e as SVGElement).style.opacity = '1';
  }
  const r = svg.getBoundingClientRect();
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = `position:absolute;left:-100000px;top:0;width:${Math.ceil(r.width)}px;pointer-events:none`;
  holder.append(copy);
  svg.after(holder);
  try {
    return read(copy);
  } finally {
    holder.remove();
  }
}

/** The background colour the element is drawn on (the first ancestor with an opaque background), or null. */
export function backgroundOf(el: Element): string | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return null;
}

/** A standalone SVG file of one or more pictures (stacked), as on screen. */
export interface SvgFile {
  text: string;
  width: number;
  height: number;
}

/** What an export for class adds around its pictures: a title above (sentence, model, step), the data attribution below. */
export interface ExportCaption {
  /** lines above the pictures */
  title: readonly CaptionLine[];
  /** lines below the pictures */
  footer: readonly CaptionLine[];
}

/** The page's text colour and font around `el`, with a canvas text measure in that font. */
function captionStyle(el: Element): CaptionStyle {
  const cs = getComputedStyle(el);
  const ctx = document.createElement('canvas').getContext('2d');
  return {
    fill: cs.color,
    fontFamily: cs.fontFamily,
    measure: (text, size, weight) => {
      if (!ctx) return text.length * size * 0.6;
      ctx.font = `${weight} ${size}px ${cs.fontFamily}`;
      return ctx.measureText(text).width;
    },
  };
}

/**
 * Writes `svgs` (stacked top to bottom) as one standalone SVG file on the background they are drawn
 * on. With a `caption` the pictures are captured without their screen state (see
 * {@link withCleanCopy}) and the caption's lines go above and below them.
 */
export function svgFile(svgs: readonly SVGSVGElement[], title: string, caption?: ExportCaption): SvgFile {
  if (svgs.length === 0) throw new Error('nothing to export');
  const pictures = svgs.map((s) => (caption ? withCleanCopy(s, (c) => captureSvg(c)) : captureSvg(s)));
  let parts: SizedSvg[] = pictures;
  if (caption) {
    const width = Math.max(...pictures.map((p) => p.width), 320);
    const style = captionStyle(svgs[0]!);
    parts = [captionSvg(caption.title, width, style), ...pictures, captionSvg(caption.footer, width, style)];
  }
  const stacked = stackSvgs(parts);
  const text = serializeSvg(pruneStyles(stacked.node), {
    width: stacked.width,
    height: stacked.height,
    title,
    background: backgroundOf(svgs[0]!) ?? undefined,
  });
  return { text, width: stacked.width, height: stacked.height };
}

/** Renders an SVG file to a PNG of (width × ratio) × (height × ratio) pixels. */
export async function svgToPng(file: SvgFile, ratio: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([file.text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(file.width * ratio));
    canvas.height = Math.max(1, Math.round(file.height * ratio));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves `blob` as a file named `name` (an object URL and an <a download>, nothing leaves the page). */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // the download has its own reference by then; free the memory a little later
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
