/**
 * What a cold-load page records about itself (scripts/bench/cold.ts): installed as an init script,
 * so it runs before the app's own scripts; times are ms since navigation start.
 */

/** What the init script records in the app page (ms since navigation start). */
export interface ColdRecord {
  /** when the precomputed example's translation was in the DOM (null: none shown) */
  exampleAt: number | null;
  /** when the status first said the model is ready */
  readyAt: number | null;
  /** when Translate was clicked (the moment it was enabled) */
  clickedAt: number | null;
  /** when the live translation was in the DOM, and one frame later (on screen) */
  domAt: number | null;
  visibleAt: number | null;
  /** the live translation and the backend it ran on */
  text: string | null;
  backend: string | null;
  /** bytes over the network by then (0 for what came from a cache) */
  transferBytes?: number;
  domContentLoaded?: number;
  /** paths of every JavaScript file loaded by the time the live translation showed */
  scripts?: string[];
  /** CPU time of the page's main thread and of its whole renderer process by then, ms (CDP, read just after) */
  mainThreadCpuMs?: number;
  rendererCpuMs?: number;
  /** whether a service worker controlled the page */
  controlled?: boolean;
  /** the page's own cold-start marks (`cold: …`, src/app/coldMarks.ts) by name, ms since navigation start */
  marks?: Record<string, number>;
}

/**
 * Installed before the app's scripts: clicks Translate the moment it is enabled with text in the
 * input (a user who typed at once), and notes when the live translation appears (DOM, then next
 * frame) — not the precomputed example the page shows while the model loads, whose first
 * appearance is noted separately.
 */
export function coldObserver(): void {
  const rec: ColdRecord = {
    exampleAt: null,
    readyAt: null,
    clickedAt: null,
    domAt: null,
    visibleAt: null,
    text: null,
    backend: null,
  };
  (window as unknown as { __cold: ColdRecord }).__cold = rec;
  const check = (): void => {
    const status = document.querySelector('[data-testid="status"]');
    if (rec.readyAt === null && status?.getAttribute('data-busy') === 'false') rec.readyAt = performance.now();
    const btn = document.querySelector<HTMLButtonElement>('[data-testid="translate"]');
    const input = document.querySelector<HTMLInputElement>('[data-testid="source-input"]');
    if (rec.clickedAt === null && btn && !btn.disabled && input && input.value.trim() !== '') {
      rec.clickedAt = performance.now();
      btn.click();
    }
    const example = document.querySelector('[data-testid="result"][data-precomputed="true"] [data-testid="translation"]');
    if (rec.exampleAt === null && example && (example.textContent ?? '').trim() !== '') rec.exampleAt = performance.now();
    const tr = document.querySelector('[data-testid="result"]:not([data-precomputed="true"]) [data-testid="translation"]');
    if (rec.domAt === null && tr && (tr.textContent ?? '').trim() !== '') {
      rec.domAt = performance.now();
      rec.text = (tr.textContent ?? '').trim();
      rec.backend = tr.closest('[data-testid="result"]')?.getAttribute('data-backend') ?? null;
      requestAnimationFrame(() => {
        rec.visibleAt = performance.now();
        rec.transferBytes = performance
          .getEntries()
          .filter((e): e is PerformanceResourceTiming => 'transferSize' in e)
          .reduce((s, e) => s + e.transferSize, 0);
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        rec.domContentLoaded = nav?.domContentLoadedEventEnd;
        rec.controlled = !!navigator.serviceWorker?.controller;
        rec.marks = Object.fromEntries(
          performance
            .getEntriesByType('mark')
            .filter((m) => m.name.startsWith('cold: '))
            .map((m) => [m.name.slice(6), Math.round(m.startTime)]),
        );
        rec.scripts = performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname)
          .filter((p) => p.endsWith('.js'));
      });
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('input', check, true);
}
