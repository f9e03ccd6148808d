/**
 * KaTeX rendering (fonts come from the bundled katex.min.css, served from this origin). Only
 * \htmlClass is trusted, for the linked-highlighting hooks.
 *
 * The page renders formulas into the DOM (`katex.render`), not as an HTML string: KaTeX positions
 * its boxes with inline styles, and the page's Content-Security-Policy (src/csp.ts) blocks
 * `style="…"` attributes parsed from HTML, while styles set through the DOM are allowed.
 */
import katex, { type KatexOptions } from 'katex';
import 'katex/dist/katex.min.css';
import { useLayoutEffect, useRef } from 'react';

const options = (display: boolean): KatexOptions => ({
  displayMode: display,
  throwOnError: false,
  strict: 'ignore',
  output: 'htmlAndMathml',
  trust: (ctx) => ctx.command === '\\htmlClass',
});

/** Renders the TeX formula `tex` with KaTeX (display or inline) into a span. */
export function Formula({ tex, display = true, className, testId }: { tex: string; display?: boolean; className?: string; testId?: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  // before paint, so a formula never flashes empty; never throws (throwOnError: false)
  useLayoutEffect(() => {
    if (ref.current) katex.render(tex, ref.current, options(display));
  }, [tex, display]);
  return <span ref={ref} className={className} data-testid={testId} />;
}

/** Splits `text` into plain and `$math$` parts (a lone `$` stays text). */
export function splitMath(text: string): { math: boolean; s: string }[] {
  const out: { math: boolean; s: string }[] = [];
  const re = /\$([^$]+)\$/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push({ math: false, s: text.slice(last, m.index) });
    out.push({ math: true, s: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ math: false, s: text.slice(last) });
  return out;
}

/**
 * A sentence with inline math: `$…$` parts are rendered with KaTeX, `{name}` placeholders in the
 * plain parts are replaced by `vars` (after the split, so a word containing `$` stays text).
 */
export function RichText({ text, vars = {} }: { text: string; vars?: Record<string, string> }) {
  return (
    <>
      {splitMath(text).map((p, i) =>
        p.math ? (
          <Formula key={i} tex={p.s} display={false} className="rich__math" />
        ) : (
          <span key={i}>{p.s.replace(/\{(\w+)\}/g, (all, k: string) => vars[k] ?? all)}</span>
        ),
      )}
    </>
  );
}
