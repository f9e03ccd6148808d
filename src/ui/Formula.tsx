/**
 * KaTeX rendering into the DOM (see katexRender.ts for why not an HTML string). KaTeX itself (≈ 77 kB gzip, `katexRender`, a chunk of its own) is
 * not part of the page's first load: it is fetched when a formula comes near the viewport, or when
 * the page is idle after the model is ready ({@link preloadKatexWhenIdle}), whichever is first.
 * Until then formulas are empty placeholders (`formula-pending`) of a line's height; the formula
 * panel also shows each equation as code.
 */
import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';

/** What the KaTeX chunk provides. */
type TexRenderer = (tex: string, el: HTMLElement, display?: boolean) => void;

let renderer: TexRenderer | null = null;
let loading: Promise<TexRenderer> | null = null;
const listeners = new Set<() => void>();

/** Loads KaTeX (once; a failed download may be retried) and resolves to its TeX → DOM renderer. */
export function loadKatex(): Promise<TexRenderer> {
  loading ??= import('./katexRender').then(
    (m) => {
      renderer = m.renderTexInto;
      for (const l of listeners) l();
      return m.renderTexInto;
    },
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** Fetches KaTeX once the browser is idle (after the model is ready), so formulas render at once when scrolled to. */
export function preloadKatexWhenIdle(): void {
  const run = (): void => void loadKatex().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5000 });
  else setTimeout(run, 1000);
}

const subscribe = (l: () => void): (() => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const snapshot = (): TexRenderer | null => renderer;

/** Renders the TeX formula `tex` with KaTeX (display or inline) into a span. */
export function Formula({
  tex,
  display = true,
  className,
  testId,
}: {
  tex: string;
  display?: boolean;
  className?: string;
  testId?: string;
}) {
  const render = useSyncExternalStore(subscribe, snapshot, snapshot);
  const placeholder = useRef<HTMLSpanElement>(null);
  const target = useRef<HTMLSpanElement>(null);
  // before paint, so a loaded formula never flashes empty
  useLayoutEffect(() => {
    if (render && target.current) render(tex, target.current, display);
  }, [render, tex, display]);
  // Not loaded yet: load KaTeX when this formula comes within 200 px of the viewport.
  useEffect(() => {
    const el = placeholder.current;
    if (render || !el) return;
    const load = (): void => void loadKatex().catch(() => undefined); // offline: the placeholder stays
    if (typeof IntersectionObserver !== 'function') return load();
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        load();
      },
      { rootMargin: '200px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [render]);
  if (!render)
    return (
      <span
        ref={placeholder}
        className={[className, 'formula-pending'].filter(Boolean).join(' ')}
        data-testid={testId}
        aria-busy="true"
      />
    );
  return <span ref={target} className={className} data-testid={testId} />;
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
