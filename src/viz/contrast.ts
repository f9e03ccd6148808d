/**
 * WCAG 2 contrast: relative luminance of sRGB colours and the contrast ratio between two, used to
 * pick the text colour printed on top of a colour-scale cell. Pure.
 */

/** Parses `#rgb`, `#rrggbb` or `rgb(r, g, b)` into 0–255 channels (null when it is none of these). */
export function parseColor(c: string): [number, number, number] | null {
  const s = c.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(s);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((x) => x + x).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(s);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

/** WCAG relative luminance of a colour (0 black … 1 white); throws on an unreadable colour. */
export function luminance(c: string): number {
  const rgb = parseColor(c);
  if (!rgb) throw new Error(`not a colour: ${c}`);
  const [r, g, b] = rgb.map((v) => {
    const x = v / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, 1 … 21. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white, whichever contrasts more with `background`. */
export function readableOn(background: string): '#000' | '#fff' {
  return contrastRatio(background, '#000') >= contrastRatio(background, '#fff') ? '#000' : '#fff';
}
