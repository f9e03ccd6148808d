/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
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
 * Dev server only: leaves out index.html's file:// message (between `<!-- file-notice` and
 * `<!-- /file-notice -->`), which the dev server's script-loaded styles would show until the app mounts.
 */
function devWithoutFileNotice(): Plugin {
  return {
    name: 'dev-without-file-notice',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<!-- file-notice[\s\S]*?<!-- \/file-notice -->/, ''),
  };
}

/**
 * Build only: index.html asks for the page's main code (src/app/robust/mountPage.tsx, its static
 * imports and its stylesheet) while it is still being parsed, with `modulepreload`/`preload` links.
 * The first script imports that code dynamically, once the URL guard ran (src/main.tsx); a preload
 * only downloads and compiles a module, it runs nothing, so the guard still comes first. Without
 * the links the download starts only when the first script runs.
 */
function preloadPageCode(): Plugin {
  return {
    name: 'preload-page-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle || !ctx.filename.endsWith('index.html')) return;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const page = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith('/src/app/robust/mountPage.tsx'));
        if (!page) throw new Error('preload-page-code: no chunk for src/app/robust/mountPage.tsx');
        const js = new Set<string>();
        const css = new Set<string>();
        const visit = (file: string): void => {
          const c = chunks.find((x) => x.fileName === file);
          if (!c || js.has(file) || c.isEntry) return;
          js.add(file);
          for (const f of c.viteMetadata?.importedCss ?? []) css.add(f);
          c.imports.forEach(visit);
        };
        visit(page.fileName);
        const absent = (f: string): boolean => !html.includes(f);
        return [
          ...[...js].filter(absent).map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` },
            injectTo: 'head' as const,
          })),
          ...[...css].filter(absent).map((f) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', href: `./${f}` },
            injectTo: 'head' as const,
          })),
        ];
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
 * Each shipped pair's model folders in list order (`public/models/<pair>/index.json`): the page's
 * first script asks for the files of the one it will open before the list has arrived
 * (src/app/earlyDownloads.ts).
 */
function shippedModels(): Record<string, string[]> {
  const root = fileURLToPath(new URL('./public/models', import.meta.url));
  const out: Record<string, string[]> = {};
  for (const pair of readdirSync(root).sort()) {
    if (!statSync(path.join(root, pair)).isDirectory()) continue;
    const index = JSON.parse(readFileSync(path.join(root, pair, 'index.json'), 'utf8')) as { variants: { id: string }[] };
    out[pair] = index.variants.map((v) => v.id);
  }
  return out;
}

/**
 * A hash of every shipped model file (`public/models/<pair>/<variant>/*`): names the service
 * worker's model cache, so a deployment with other models drops the old cached files.
 */
function modelsVersion(): string {
  const root = fileURLToPath(new URL('./public/models', import.meta.url));
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (path.relative(root, file).split(path.sep).length === 3) hash.update(name).update(readFileSync(file));
    }
  };
  walk(root);
  return hash.digest('hex').slice(0, 16);
}

/**
 * Offline and installable (vite-plugin-pwa, Workbox): the service worker src/app/offline/sw.ts,
 * built to `sw.js` with the list of files to precache (the app shell: not the model weights, which
 * are cached on first use), and the web app manifest with the icons of public/icons/
 * (`npm run icons` draws them from icon.svg). The page registers the worker itself
 * (src/app/offline/registerOffline.ts): no inline script, which the CSP would block.
 */
function offline(): Plugin[] {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/app/offline',
    filename: 'sw.ts',
    injectRegister: false,
    registerType: 'prompt',
    injectManifest: {
      // a classic script (sw.js): module service workers are not supported everywhere
      rollupFormat: 'iife',
      // (the manifest's icons are added by the plugin)
      globPatterns: ['index.html', 'assets/**/*.{js,css,wasm,woff2}', 'examples/*.json', 'learn/*.tsv', 'models/*/*.json'],
      // the decode benchmark page of the e2e build is not part of the app
      globIgnores: ['assets/bench-*.js', 'assets/benchPage-*.js'],
      maximumFileSizeToCacheInBytes: 8 * 2 ** 20,
    },
    manifest: {
      name: 'Attention, step by step',
      short_name: 'Attention',
      description:
        'Real English→French and English→German attention seq2seq models running in your browser, with the alignment of every decoding step.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#440154',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
  });
}

/**
 * `vite build`: the page as it ships, in dist/ (index.html only, no test hooks).
 * `vite build --mode e2e`: the same page plus the test hooks (src/app/testHooks.ts) and the decode
 * benchmark page bench.html, in dist-e2e/: what the end-to-end tests and `npm run bench` run.
 */
export const E2E_MODE = 'e2e';

export default defineConfig(({ mode }) => ({
  plugins: [react(), contentSecurityPolicy(), preloadPageCode(), devWithoutFileNotice(), ...offline()],
  base: './',
  define: {
    __MODELS_VERSION__: JSON.stringify(mode === 'test' ? 'test' : modelsVersion()),
    __SHIPPED_MODELS__: JSON.stringify(shippedModels()),
  },
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
