/**
 * KaTeX rendering: TeX → HTML string (fonts come from the bundled katex.min.css, served from this
 * origin). Only \htmlClass is trusted, for the linked-highlighting hooks.
 */
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';

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

export function Formula({ tex, display = true, className, testId }: { tex: string; display?: boolean; className?: string; testId?: string }) {
  const html = useMemo(() => renderTex(tex, display), [tex, display]);
  return <span className={className} data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />;
}
