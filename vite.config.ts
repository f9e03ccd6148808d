/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { cspMetaTag, inlineScripts } from './src/csp.js';

/**
 * Build only: puts the Content-Security-Policy meta (src/csp.ts) first in every HTML page, and
 * fails the build if a page ends up with an inline script, which the policy would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const inline = inlineScripts(html);
        if (inline.length > 0)
          throw new Error(`${ctx.filename}: inline <script> blocked by the CSP: ${inline[0]!.slice(0, 120)}`);
        // right after <meta charset> (which must come first), before any script or stylesheet
        const at = /<meta charset[^>]*>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
        if (!at) throw new Error(`${ctx.filename}: no <head> to put the CSP meta into`);
        const end = at.index + at[0].length;
        return `${html.slice(0, end)}\n    ${cspMetaTag()}${html.slice(end)}`;
      },
    },
  };
}

/**
 * Names a code-split chunk after the npm package most of its modules come from (e.g.
 * `tfjs-backend-webgl-<hash>.js`), so the build output and the bench's list of loaded files say
 * what each file is; a chunk named after one of our own modules keeps that name.
 */
function chunkFileName(chunk: { name: string; moduleIds: readonly string[] }): string {
  const ids = chunk.moduleIds.map((id) => id.replace(/\\/g, '/'));
  if (ids.some((id) => !id.includes('/node_modules/') && new RegExp(`/${chunk.name}\\.[cm]?[jt]sx?$`).test(id)))
    return 'assets/[name]-[hash].js';
  const count = new Map<string, number>();
  for (const id of ids) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id);
    const pkg = m ? m[1]!.replace(/^@[^/]+\//, '') : '';
    count.set(pkg, (count.get(pkg) ?? 0) + 1);
  }
  const [top] = [...count].sort((a, b) => b[1] - a[1])[0] ?? [''];
  return `assets/${top || chunk.name}-[hash].js`;
}

/**
 * `vite build`: the page as it ships, in dist/ (index.html only, no test hooks).
 * `vite build --mode e2e`: the same page plus the test hooks (src/app/testHooks.ts) and the decode
 * benchmark page bench.html, in dist-e2e/: what the end-to-end tests and `npm run bench` run.
 */
export const E2E_MODE = 'e2e';

export default defineConfig(({ mode }) => ({
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  // module workers: the live-training worker loads its tfjs backend as a chunk of its own
  worker: { format: 'es' },
  build: {
    outDir: mode === E2E_MODE ? 'dist-e2e' : 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // KaTeX's fonts stay files: the CSP allows fonts from this origin only, not `data:`.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
    // bench.html: the decode benchmark page driven by `npm run bench` (scripts/bench.ts), e2e builds only.
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        ...(mode === E2E_MODE ? { bench: fileURLToPath(new URL('./bench.html', import.meta.url)) } : {}),
      },
      output: { chunkFileNames: chunkFileName },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    // tfjs-core registers its gradients only in its ES-module build: let Vite transform it
    // instead of loading the CommonJS bundle natively.
    server: { deps: { inline: [/@tensorflow/] } },
  },
}));
