/**
 * KaTeX and its stylesheet: a chunk of its own (≈ 70 kB gzip), loaded by `Formula` the first time
 * a formula is shown, so the page's initial JavaScript does not carry it. Fonts come from the
 * bundled katex.min.css, served from this origin. Only \htmlClass is trusted, for the
 * linked-highlighting hooks.
 */
import katex from 'katex';
import 'katex/dist/katex.min.css';

/** Renders TeX to an HTML string; never throws (a broken formula shows in red instead). */
export function renderTex(tex: string, display = true): string {
  return katex.renderToString(tex, {
    displayMode: display,
    throwOnError: false,
    strict: 'ignore',
    output: 'htmlAndMathml',
    trust: (ctx) => ctx.command === '\\htmlClass',
  });
}
