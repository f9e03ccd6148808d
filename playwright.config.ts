/**
 * End-to-end tests against the e2e build (`vite build --mode e2e`: the production page plus its
 * test hooks and bench.html, in `dist-e2e/`, served by `vite preview --mode e2e`). `npm run test:e2e` builds first. The browser is Debian's Chromium (/usr/bin/chromium):
 * Playwright's own browser download is not available here.
 *
 * WebGL headless: there is no GPU, so Chromium renders WebGL 2 with SwiftShader (ANGLE's CPU
 * Vulkan implementation). Since Chromium 137 SwiftShader WebGL is opt-in (`--enable-unsafe-swiftshader`);
 * `--use-angle=swiftshader` picks it explicitly and `--ignore-gpu-blocklist` keeps the software GPU
 * from being refused. The tests assert the page really runs on `webgl`, since tfjs silently falls
 * back to another backend when WebGL is refused.
 */
import { defineConfig } from '@playwright/test';
import { launchOptions, WEBGL_ARGS } from './e2e/chromium';
import { tourSeenState } from './e2e/tourState';

/** `E2E_PORT` lets several checkouts run their e2e suites side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  // SwiftShader WebGL is slow (~1.5 s of shader compilation on the first step, ~30 ms per step).
  timeout: 180_000,
  expect: { timeout: 60_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${PORT}/`,
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'off',
    video: 'off',
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    launchOptions: launchOptions(WEBGL_ARGS),
    // the first-visit tour stays closed except in the tour's own spec (e2e/share-tour.spec.ts)
    storageState: tourSeenState(`http://localhost:${PORT}/`),
    // The page's service worker (offline use) would serve later tests from its caches and keep
    // routes from seeing requests: only the offline specs (e2e/offline*.spec.ts) allow it.
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx vite preview --mode e2e --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
