/**
 * Standalone SVG files from pictures on the page. The DOM side (`svgCapture.ts`) copies a rendered
 * <svg> into plain {@link SvgNode} data with each element's computed style; this module is pure:
 * it keeps only the style that matters ({@link pruneStyles}), stacks pictures ({@link stackSvgs})
 * and writes well-formed XML with the SVG namespace ({@link serializeSvg}). The file then looks like
 * the screen without the page's CSS (colours of the current theme, fonts named as the page names
 * them: the system's).
 */

/** One element of a captured SVG: tag, attributes, the computed style to inline, children (elements or text). */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string>;
  /** CSS property → computed value (see {@link STYLE_PROPS}) */
  style: Record<string, string>;
  children: (SvgNode | string)[];
}

/** A CSS property that changes how an SVG element draws: whether children inherit it, and its initial computed value. */
export interface StyleProp {
  name: string;
  inherited: boolean;
  initial: string;
}

/** The properties inlined into exported SVGs (computed-value spellings as Chromium reports them). */
export const STYLE_PROPS: readonly StyleProp[] = [
  { name: 'fill', inherited: true, initial: 'rgb(0, 0, 0)' },
  { name: 'fill-opacity', inherited: true, initial: '1' },
  { name: 'fill-rule', inherited: true, initial: 'nonzero' },
  { name: 'stroke', inherited: true, initial: 'none' },
  { name: 'stroke-width', inherited: true, initial: '1px' },
  { name: 'stroke-opacity', inherited: true, initial: '1' },
  { name: 'stroke-dasharray', inherited: true, initial: 'none' },
  { name: 'stroke-dashoffset', inherited: true, initial: '0px' },
  { name: 'stroke-linecap', inherited: true, initial: 'butt' },
  { name: 'stroke-linejoin', inherited: true, initial: 'miter' },
  { name: 'stroke-miterlimit', inherited: true, initial: '4' },
  { name: 'font-family', inherited: true, initial: '' },
  { name: 'font-size', inherited: true, initial: '16px' },
  { name: 'font-weight', inherited: true, initial: '400' },
  { name: 'font-style', inherited: true, initial: 'normal' },
  { name: 'letter-spacing', inherited: true, initial: 'normal' },
  { name: 'text-anchor', inherited: true, initial: 'start' },
  { name: 'dominant-baseline', inherited: true, initial: 'auto' },
  { name: 'paint-order', inherited: true, initial: 'normal' },
  { name: 'visibility', inherited: true, initial: 'visible' },
  { name: 'marker-start', inherited: true, initial: 'none' },
  { name: 'marker-mid', inherited: true, initial: 'none' },
  { name: 'marker-end', inherited: true, initial: 'none' },
  { name: 'image-rendering', inherited: true, initial: 'auto' },
  { name: 'opacity', inherited: false, initial: '1' },
  { name: 'display', inherited: false, initial: 'inline' },
  { name: 'stop-color', inherited: false, initial: 'rgb(0, 0, 0)' },
  { name: 'stop-opacity', inherited: false, initial: '1' },
  { name: 'baseline-shift', inherited: false, initial: '0px' },
  { name: 'filter', inherited: false, initial: 'none' },
  { name: 'clip-path', inherited: false, initial: 'none' },
  { name: 'mask', inherited: false, initial: 'none' },
  { name: 'overflow', inherited: false, initial: 'visible' },
];

const PROP = new Map(STYLE_PROPS.map((p) => [p.name, p]));

/** `url("http://host/page#id")` → `url(#id)`: references stay inside the file. */
export function localUrlRefs(value: string): string {
  return value.replace(/url\(\s*(['"]?)[^'")#]*#([^'")]+)\1\s*\)/g, 'url(#$2)');
}

/**
 * The tree with only the style that changes something: an inherited property of {@link STYLE_PROPS}
 * is kept where it differs from the parent's value (on the root: always, since the file has no page
 * CSS to inherit from), any other where it differs from the initial value. A property not in the
 * table is kept as given (the capture adds those only from an element's own style attribute, e.g.
 * bar geometry set as CSS `y`, `height`, `transform`). Empty values go.
 */
export function pruneStyles(root: SvgNode): SvgNode {
  const walk = (n: SvgNode, parent: Record<string, string> | null): SvgNode => {
    const style: Record<string, string> = {};
    for (const [name, raw] of Object.entries(n.style)) {
      const p = PROP.get(name);
      const v = raw.trim();
      if (v === '') continue;
      const keep = !p || (p.inherited ? parent === null || parent[name] !== v : v !== p.initial);
      if (keep) style[name] = localUrlRefs(v);
    }
    // children inherit the element's full computed values, not just what was kept
    const computed = { ...(parent ?? {}), ...Object.fromEntries(Object.entries(n.style).map(([k, v]) => [k, v.trim()])) };
    return { ...n, style, children: n.children.map((c) => (typeof c === 'string' ? c : walk(c, computed))) };
  };
  return walk(root, null);
}

/** Characters XML 1.0 does not allow anywhere (even escaped). */
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const NAME = /^[A-Za-z_][-A-Za-z0-9_.:]*$/;

/** Text content escaped for XML. */
export function xmlText(s: string): string {
  return s.replace(XML_INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value escaped for a double-quoted XML attribute. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** The SVG namespace. */
export const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** `<tag attr="…" style="…"` (not closed): attributes with a valid name, escaped, then the inlined style. */
function openTag(n: SvgNode): string {
  let out = `<${n.tag}`;
  for (const [k, v] of Object.entries(n.attrs))
    if (NAME.test(k) && k !== 'style' && k !== 'xmlns' && !k.startsWith('xmlns:')) out += ` ${k}="${xmlAttr(v)}"`;
  const style = Object.entries(n.style)
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
  if (style) out += ` style="${xmlAttr(style)}"`;
  return out;
}

function serializeChildren(children: readonly (SvgNode | string)[], out: string[]): void {
  for (const c of children) {
    if (typeof c === 'string') out.push(xmlText(c));
    else serializeNode(c, out);
  }
}

function serializeNode(n: SvgNode, out: string[]): void {
  if (!NAME.test(n.tag)) return;
  if (n.children.length === 0) {
    out.push(`${openTag(n)}/>`);
    return;
  }
  out.push(`${openTag(n)}>`);
  serializeChildren(n.children, out);
  out.push(`</${n.tag}>`);
}

/** Options of {@link serializeSvg}. */
export interface SerializeOptions {
  /** size of the picture, CSS px */
  width: number;
  height: number;
  /** a colour painted behind everything (the page's background: pictures are drawn on a card) */
  background?: string;
  /** the file's <title> */
  title?: string;
}

/**
 * A standalone SVG document: XML declaration, `xmlns` (and `xmlns:xlink`), the size and viewBox,
 * an optional title and background, then `root`'s children (the root's own attributes other than
 * its size are kept, its style inlined).
 */
export function serializeSvg(root: SvgNode, opts: SerializeOptions): string {
  const { width, height } = opts;
  const attrs: Record<string, string> = { ...root.attrs };
  for (const k of ['width', 'height', 'viewBox', 'x', 'y']) delete attrs[k];
  const size = `xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg ${size}${openTag({ ...root, tag: 'svg', attrs }).slice('<svg'.length)}>`,
  ];
  if (opts.title) out.push(`<title>${xmlText(opts.title)}</title>`);
  if (opts.background) out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="${xmlAttr(opts.background)}"/>`);
  serializeChildren(root.children, out);
  out.push('</svg>\n');
  return out.join('');
}

/** A captured picture and its size, CSS px. */
export interface SizedSvg {
  node: SvgNode;
  width: number;
  height: number;
}

/**
 * Pictures one under the other (e.g. the heatmap and its colour legend), each as a nested <svg>
 * at its own size, `gap` px apart: the result is as wide as the widest.
 */
export function stackSvgs(parts: readonly SizedSvg[], gap = 8): SizedSvg {
  let y = 0;
  const children: SvgNode[] = [];
  for (const p of parts) {
    if (children.length > 0) y += gap;
    const attrs: Record<string, string> = {
      ...p.node.attrs,
      x: '0',
      y: String(y),
      width: String(p.width),
      height: String(p.height),
    };
    if (!attrs.viewBox) attrs.viewBox = `0 0 ${p.width} ${p.height}`;
    children.push({ ...p.node, tag: 'svg', attrs });
    y += p.height;
  }
  const width = Math.max(0, ...parts.map((p) => p.width));
  // the parts' inherited style lives on each nested root, so the wrapper needs none
  return { node: { tag: 'svg', attrs: {}, style: {}, children }, width, height: y };
}

/** One line of a picture's caption: its text, font size (px) and weight. */
export interface CaptionLine {
  text: string;
  size: number;
  weight?: number;
}

/** How a caption is drawn: the text colour and font family of the page, and a text-width measure. */
export interface CaptionStyle {
  fill: string;
  fontFamily: string;
  /** width of `text` in px at font size `size` and weight `weight` */
  measure: (text: string, size: number, weight: number) => number;
}

/** Left and right margin of caption lines, px. */
export const CAPTION_PAD = 8;

/** Words of `text` in lines that `fits` accepts (a single word too wide for a line gets a line of its own). */
export function wrapWords(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && !fits(next)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/**
 * A caption as a picture of its own (text lines, wrapped to `width` px less the margins), to stack
 * above or below the exported pictures: the title line (sentence, model, step) and the data
 * attribution travel inside the file.
 */
export function captionSvg(lines: readonly CaptionLine[], width: number, style: CaptionStyle): SizedSvg {
  const room = Math.max(40, width - 2 * CAPTION_PAD);
  const children: SvgNode[] = [];
  let y = 4;
  for (const l of lines) {
    const weight = l.weight ?? 400;
    for (const text of wrapWords(l.text, (s) => style.measure(s, l.size, weight) <= room)) {
      const lh = Math.round(l.size * 1.35);
      y += lh;
      children.push({
        tag: 'text',
        attrs: { x: String(CAPTION_PAD), y: String(y - Math.round(l.size * 0.3)) },
        style: { 'font-size': `${l.size}px`, 'font-weight': String(weight) },
        children: [text],
      });
    }
  }
  const height = y + 4;
  const node: SvgNode = {
    tag: 'svg',
    attrs: { class: 'export-caption', viewBox: `0 0 ${width} ${height}` },
    style: { fill: style.fill, 'font-family': style.fontFamily },
    children,
  };
  return { node, width, height };
}
