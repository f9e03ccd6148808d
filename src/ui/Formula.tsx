/**
 * KaTeX rendering: TeX → HTML. KaTeX itself is loaded on demand (`katexRender`, a chunk of its
 * own): the first formula on screen starts the download, and formulas show as empty placeholders
 * (`formula-pending`) until it arrives — tens of milliseconds from this origin.
 */
import { useEffect, useMemo, useState } from 'react';

/** What the KaTeX chunk provides. */
type TexRenderer = (tex: string, display?: boolean) => string;

let renderer: TexRenderer | null = null;
let loading: Promise<TexRenderer> | null = null;

/** Loads KaTeX (once; a failed download may be retried) and resolves to its TeX → HTML renderer. */
export function loadKatex(): Promise<TexRenderer> {
  loading ??= import('./katexRender').then(
    (m) => (renderer = m.renderTex),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** The TeX renderer once KaTeX is loaded (null until then); starts loading it on first use. */
function useTexRenderer(): TexRenderer | null {
  const [r, setR] = useState<TexRenderer | null>(() => renderer);
  useEffect(() => {
    if (r) return;
    let live = true;
    loadKatex().then(
      (f) => live && setR(() => f),
      () => undefined, // offline: the placeholder stays (the formula's code line is still shown)
    );
    return () => {
      live = false;
    };
  }, [r]);
  return r;
}

/** Renders the TeX formula `tex` with KaTeX (display or inline) into a span. */
export function Formula({ tex, display = true, className, testId }: { tex: string; display?: boolean; className?: string; testId?: string }) {
  const render = useTexRenderer();
  const html = useMemo(() => (render ? render(tex, display) : null), [render, tex, display]);
  if (html === null) return <span className={[className, 'formula-pending'].filter(Boolean).join(' ')} data-testid={testId} aria-busy="true" />;
  return <span className={className} data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />;
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
