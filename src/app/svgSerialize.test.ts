import { describe, expect, it } from 'vitest';
import {
  CAPTION_PAD,
  captionSvg,
  localUrlRefs,
  pruneStyles,
  serializeSvg,
  stackSvgs,
  SVG_NS,
  wrapWords,
  type SvgNode,
} from './svgSerialize';
import { findAll, parseXml, textOf } from './xmlTestUtils';

const el = (
  tag: string,
  attrs: Record<string, string> = {},
  style: Record<string, string> = {},
  children: (SvgNode | string)[] = [],
): SvgNode => ({ tag, attrs, style, children });

/** A captured heatmap-like picture: labels with tricky tokens, two cells with titles. */
const picture = el(
  'svg',
  { class: 'heatmap__svg', role: 'img', 'aria-label': 'weights', width: '120', height: '40' },
  { 'font-family': 'system-ui, "Noto Sans"', fill: 'rgb(0, 0, 0)', 'font-size': '16px' },
  [
    el(
      'g',
      { transform: 'translate(10,20)' },
      { 'font-family': 'system-ui, "Noto Sans"', fill: 'rgb(0, 0, 0)', 'font-size': '16px' },
      [
        el(
          'text',
          { x: '0', y: '-4' },
          {
            'font-family': 'ui-monospace, "DejaVu Sans Mono"',
            fill: 'rgb(230, 233, 239)',
            'font-size': '12px',
            'text-anchor': 'middle',
          },
          ['"<b>&amp;', ','],
        ),
        el(
          'rect',
          { x: '0', y: '0', width: '10', height: '10', fill: '#440154', 'data-weight': '0.25' },
          { fill: 'rgb(68, 1, 84)', 'font-family': 'system-ui, "Noto Sans"', 'font-size': '16px', opacity: '1' },
          [el('title', {}, {}, ['0.25'])],
        ),
        el(
          'rect',
          { x: '10', y: '0', width: '10', height: '10', 'data-weight': '0.75' },
          {
            fill: 'url("http://localhost:4181/?x=1#grad")',
            opacity: '0.16',
            'font-family': 'system-ui, "Noto Sans"',
            'font-size': '16px',
          },
          [],
        ),
      ],
    ),
  ],
);

describe('pruneStyles', () => {
  const pruned = pruneStyles(picture);
  const g = pruned.children[0] as SvgNode;
  const [label, cell1, cell2] = g.children as SvgNode[];

  it('keeps every inherited property on the root (the file has no page CSS)', () => {
    expect(pruned.style).toEqual({ 'font-family': 'system-ui, "Noto Sans"', fill: 'rgb(0, 0, 0)', 'font-size': '16px' });
  });

  it('drops what a child inherits anyway, and non-inherited values at their initial value', () => {
    expect(g.style).toEqual({});
    expect(label!.style).toEqual({
      'font-family': 'ui-monospace, "DejaVu Sans Mono"',
      fill: 'rgb(230, 233, 239)',
      'font-size': '12px',
      'text-anchor': 'middle',
    });
    expect(cell1!.style).toEqual({ fill: 'rgb(68, 1, 84)' });
  });

  it('keeps non-default opacity and rewrites url() references to stay in the file', () => {
    expect(cell2!.style).toEqual({ fill: 'url(#grad)', opacity: '0.16' });
  });

  it("keeps properties from an element's own style attribute (geometry as CSS), drops empty values", () => {
    const bar = el(
      'rect',
      {},
      { y: '12px', height: '30px', transform: 'matrix(1, 0, 0, 1, 4, 5)', fill: '', 'stroke-width': '' },
    );
    expect(pruneStyles(bar).style).toEqual({ y: '12px', height: '30px', transform: 'matrix(1, 0, 0, 1, 4, 5)' });
  });
});

describe('localUrlRefs', () => {
  it('keeps only the fragment of url() references', () => {
    expect(localUrlRefs('url("#a")')).toBe('url(#a)');
    expect(localUrlRefs("url('http://h:1/p?q=1#r_1_legend')")).toBe('url(#r_1_legend)');
    expect(localUrlRefs('url(#x) none')).toBe('url(#x) none');
    expect(localUrlRefs('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
  });
});

describe('serializeSvg', () => {
  const text = serializeSvg(pruneStyles(picture), {
    width: 120,
    height: 40,
    background: 'rgb(27, 32, 41)',
    title: 'Attention "I am" & co',
  });
  const doc = parseXml(text);

  it('writes well-formed XML with the SVG namespace, the size and a viewBox', () => {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(doc.name).toBe('svg');
    expect(doc.attrs.xmlns).toBe(SVG_NS);
    expect(doc.attrs.width).toBe('120');
    expect(doc.attrs.height).toBe('40');
    expect(doc.attrs.viewBox).toBe('0 0 120 40');
    expect(doc.attrs['aria-label']).toBe('weights');
  });

  it('escapes text and attribute values so that they read back unchanged', () => {
    const [title] = findAll(doc, 'title');
    expect(textOf(title!)).toBe('Attention "I am" & co');
    const label = findAll(doc, 'text')[0]!;
    expect(textOf(label)).toBe('"<b>&amp;,');
    expect(doc.attrs.style).toContain('font-family:system-ui, "Noto Sans"');
  });

  it('paints the background first, then the picture, cells with their data and inlined fill', () => {
    const rects = findAll(doc, 'rect');
    expect(rects[0]!.attrs).toMatchObject({ x: '0', y: '0', width: '120', height: '40', fill: 'rgb(27, 32, 41)' });
    const cells = rects.filter((r) => r.attrs['data-weight']);
    expect(cells.map((c) => c.attrs['data-weight'])).toEqual(['0.25', '0.75']);
    expect(cells[0]!.attrs.style).toBe('fill:rgb(68, 1, 84)');
  });

  it('drops names that are not XML names and characters XML forbids', () => {
    const bad = el('svg', { 'on click': 'x', 'a"b': 'y', ok: 'v\u0001' }, {}, [el('1bad', {}, {}, []), 'text\u0000\u0007ok']);
    const out = parseXml(serializeSvg(bad, { width: 1, height: 1 }));
    expect(Object.keys(out.attrs).sort()).toEqual(['height', 'ok', 'viewBox', 'width', 'xmlns', 'xmlns:xlink']);
    expect(out.attrs.ok).toBe('v');
    expect(textOf(out)).toBe('textok');
  });
});

describe('stackSvgs', () => {
  it('puts pictures one under the other as nested <svg>s, as wide as the widest', () => {
    const a = el('svg', { width: '100', height: '50' }, {}, [el('rect', { width: '100', height: '50' })]);
    const b = el('svg', { width: '60', height: '20' }, {}, [el('circle', { r: '3' })]);
    const s = stackSvgs(
      [
        { node: a, width: 100, height: 50 },
        { node: b, width: 60, height: 20 },
      ],
      10,
    );
    expect(s.width).toBe(100);
    expect(s.height).toBe(80);
    const doc = parseXml(serializeSvg(s.node, { width: s.width, height: s.height }));
    const nested = findAll(doc, 'svg').slice(1);
    expect(nested.map((n) => [n.attrs.y, n.attrs.width, n.attrs.height])).toEqual([
      ['0', '100', '50'],
      ['60', '60', '20'],
    ]);
  });
});

describe('captionSvg', () => {
  // 7 px a character at 12 px
  const style = {
    fill: 'rgb(20, 20, 20)',
    fontFamily: 'sans-serif',
    measure: (s: string, size: number, _weight: number) => (s.length * 7 * size) / 12,
  };
  it('writes each line as text in the page colour, wrapping a long line to the width', () => {
    const long = 'The little girl was afraid of the big black dog and ran all the way home.';
    const c = captionSvg(
      [
        { text: `Alignment heatmap: “${long}”`, size: 12, weight: 600 },
        { text: 'CC BY 2.0, tatoeba.org', size: 10 },
      ],
      200,
      style,
    );
    const texts = c.node.children.filter((n): n is SvgNode => typeof n !== 'string');
    const textOfLine = (t: SvgNode): string => t.children.filter((x): x is string => typeof x === 'string').join('');
    expect(texts.length).toBeGreaterThan(3);
    for (const t of texts) expect(style.measure(textOfLine(t), 12, 400)).toBeLessThanOrEqual(200 - 2 * CAPTION_PAD);
    expect(texts.map(textOfLine).join(' ')).toBe(`Alignment heatmap: “${long}” CC BY 2.0, tatoeba.org`);
    expect(c.node.style.fill).toBe('rgb(20, 20, 20)');
    // lines go down the picture, inside its height
    const ys = texts.map((t) => Number(t.attrs.y));
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(ys[ys.length - 1]!).toBeLessThan(c.height);
    // and it serialises into the stacked file as text
    const xml = serializeSvg(stackSvgs([c, { node: picture, width: 120, height: 40 }]).node, {
      width: 200,
      height: c.height + 48,
    });
    expect(xml).toContain('CC BY 2.0, tatoeba.org');
  });
  it('keeps a word wider than the line whole, on a line of its own', () => {
    expect(wrapWords('a verylongword b', (s) => s.length * 7 <= 30)).toEqual(['a', 'verylongword', 'b']);
  });
});
