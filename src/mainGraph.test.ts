/**
 * The page's first script (src/main.tsx) must not load TensorFlow.js before the URL guard ran (tfjs
 * reads `location.search` the moment it loads) nor React (the later, large part of the page's code,
 * loaded by a dynamic import): what it imports statically is bundled here with esbuild and listed.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

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
  it('reaches neither TensorFlow.js nor React', async () => {
    const inputs = await staticInputs(path.resolve('src/main.tsx'));
    expect(inputs.some((f) => f.includes('src/app/robust/urlGuard.ts'))).toBe(true); // (the graph was read)
    expect(inputs.filter((f) => /@tensorflow|node_modules\/react/.test(f))).toEqual([]);
  }, 30_000);
});
