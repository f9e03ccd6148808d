/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // bench.html: the decode benchmark page driven by `npm run bench` (scripts/bench.ts).
    rolldownOptions: {
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), bench: fileURLToPath(new URL('./bench.html', import.meta.url)) },
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
