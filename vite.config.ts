/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Names a code-split chunk after the npm package most of its modules come from (e.g.
 * `tfjs-backend-webgl-<hash>.js`), so the build output and the bench's list of loaded files say
 * what each file is; a chunk named after one of our own modules keeps that name.
 */
function chunkFileName(chunk: { name: string; moduleIds: readonly string[] }): string {
  const ids = chunk.moduleIds.map((id) => id.replace(/\\/g, '/'));
  if (ids.some((id) => !id.includes('/node_modules/') && new RegExp(`/${chunk.name}\\.[cm]?[jt]sx?$`).test(id))) return 'assets/[name]-[hash].js';
  const count = new Map<string, number>();
  for (const id of ids) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id);
    const pkg = m ? m[1]!.replace(/^@[^/]+\//, '') : '';
    count.set(pkg, (count.get(pkg) ?? 0) + 1);
  }
  const [top] = [...count].sort((a, b) => b[1] - a[1])[0] ?? [''];
  return `assets/${top || chunk.name}-[hash].js`;
}

export default defineConfig({
  plugins: [react()],
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // bench.html: the decode benchmark page driven by `npm run bench` (scripts/bench.ts).
    rolldownOptions: {
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), bench: fileURLToPath(new URL('./bench.html', import.meta.url)) },
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
});
