/**
 * KaTeX and its stylesheet: a chunk of its own (≈ 70 kB gzip), loaded by `Formula` the first time
 * a formula is shown, so the page's initial JavaScript does not carry it. Fonts come from the
 * bundled katex.min.css, served from this origin. Only \htmlClass is trusted, for the
 * linked-highlighting hooks.
 *
 * Formulas are rendered into the DOM (`katex.render`), not as an HTML string: KaTeX positions its
 * boxes with inline styles, and the page's Content-Security-Policy (src/csp.ts) blocks
 * `style="…"` attributes parsed from HTML, while styles set through the DOM are allowed.
 */
import katex from 'katex';
import 'katex/dist/katex.min.css';

/** Renders TeX into `el` (replacing its content); never throws (a broken formula shows in red instead). */
export function renderTexInto(tex: string, el: HTMLElement, display = true): void {
  katex.render(tex, el, {
    displayMode: display,
    throwOnError: false,
    strict: 'ignore',
    output: 'htmlAndMathml',
    trust: (ctx) => ctx.command === '\\htmlClass',
  });
}
