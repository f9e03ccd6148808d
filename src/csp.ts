/**
 * The page's Content-Security-Policy, put into every built HTML page as a
 * `<meta http-equiv="Content-Security-Policy">` by the build (vite.config.ts; the dev server gets
 * none, since React's fast refresh needs an inline script there).
 *
 * - Nothing from another origin, for any kind of resource: the app ships everything it needs.
 * - Scripts only from this origin's files: no inline script, no event-handler attribute, no
 *   `eval`/`new Function`. `'wasm-unsafe-eval'` lets the tfjs wasm backend compile its
 *   WebAssembly (it allows `WebAssembly.instantiate`, not JavaScript `eval`).
 * - Styles only from this origin's stylesheets, with no `'unsafe-inline'`: React and D3 set styles
 *   through the CSSOM (`element.style`), which CSP does not restrict, and KaTeX renders formulas
 *   into the DOM the same way (src/ui/Formula.tsx), so no inline `style="…"` is parsed from HTML.
 * - Images: this origin, `data:` (the inline SVG favicon) and `blob:` (pictures drawn from blobs).
 * - Fonts (KaTeX) only as files from this origin: the build does not inline them as `data:`.
 * - Workers (the WebGL probe, the service worker `sw.js` of src/app/offline/) and the web app
 *   manifest only from this origin: a service worker script is always same-origin, and
 *   `worker-src 'self'` keeps it so.
 * - No plugins, no `<base>`, no form submissions, no frames.
 */

/** Directive → sources. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** The policy as one header/meta value. */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

/** HTML of the `<meta>` element that carries {@link CONTENT_SECURITY_POLICY}. */
export function cspMetaTag(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
}

/** The inline `<script>` elements (without `src`) of an HTML page, as written: the policy would block them. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc\s*=/i.test(m[1]!)).map((m) => m[0]);
}
