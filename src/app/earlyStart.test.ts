/**
 * The page's first script (src/main.tsx) must not load TensorFlow.js before the URL guard ran (tfjs
 * reads `location.search` the moment it loads) nor React (that is the later, large part of the page's
 * code): what it imports statically is bundled here with esbuild and its inputs listed. And the early
 * download is handed over once, with its progress.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Every source file the static import graph of `entry` reaches (dynamic imports left out). */
async function staticInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    outdir: 'out',
    logLevel: 'silent',
    loader: { '.css': 'empty' },
    define: { 'import.meta.env.DEV': 'false', 'import.meta.env.BASE_URL': '"/"' },
    plugins: [
      {
        name: 'static-only',
        setup: (b) =>
          // a dynamic import() and Vite's asset imports (`…?url`) are not part of the first script
          b.onResolve({ filter: /.*/ }, (a) =>
            a.kind === 'dynamic-import' || a.path.endsWith('?url') ? { path: a.path, external: true } : undefined,
          ),
      },
    ],
  });
  return Object.keys(result.metafile.inputs);
}

describe('the first script', () => {
  it('reaches neither TensorFlow.js nor React, but does start the model download', async () => {
    const inputs = await staticInputs(path.resolve('src/main.tsx'));
    expect(inputs.some((f) => f.includes('src/app/earlyStart.ts'))).toBe(true);
    expect(inputs.some((f) => f.includes('src/app/loadModel.ts'))).toBe(true);
    expect(inputs.filter((f) => /@tensorflow|node_modules\/react/.test(f))).toEqual([]);
  }, 30_000);
});

describe('takeEarlyFiles / takeEarlyIndex', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('hands the list and the first model over once, with the download progress so far', async () => {
    const index = {
      pair: 'en-fr',
      variants: [
        { id: 'luong-general', name: 'General' },
        { id: 'none', name: 'None' },
      ],
    };
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      asked.push(url);
      // the model files themselves fail here (not a model): enough to see which were asked for
      return Promise.resolve(url.endsWith('index.json') ? Response.json(index) : new Response('x', { status: 404 }));
    });
    vi.stubGlobal('location', { href: 'http://localhost/' });
    const early = await import('./earlyStart');
    early.startEarly('?backend=wasm&model=none');
    const list = early.takeEarlyIndex('en-fr');
    expect(await list).toEqual(index);
    expect(early.takeEarlyIndex('en-fr')).toBeUndefined();
    await vi.waitFor(() => expect(asked.some((u) => u.includes('/none/model.json'))).toBe(true));
    expect(asked.some((u) => u.includes('luong-general'))).toBe(false); // the URL's model, not the list's first
    const files = early.takeEarlyFiles('none');
    expect(files).toBeDefined();
    await expect(files).rejects.toThrow(/model\.json/);
    expect(early.takeEarlyFiles('none')).toBeUndefined(); // once: a retry downloads again
  });
});
