/** How the e2e tests launch Chromium (shared by playwright.config.ts and specs that relaunch). */
import { existsSync } from 'node:fs';

/** Debian's Chromium: Playwright's own browser download is not available here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch flags every run needs. */
export const BASE_ARGS = [
  '--no-sandbox', // the CI container runs as root
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
];

/**
 * WebGL without a GPU: ANGLE on SwiftShader (a CPU Vulkan implementation). Since Chromium 137 the
 * SwiftShader WebGL fallback is opt-in (`--enable-unsafe-swiftshader`); `--use-angle=swiftshader`
 * selects it explicitly and `--ignore-gpu-blocklist` keeps the software GPU from being refused.
 */
export const WEBGL_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'];

/** `launchOptions` for Playwright with the given extra flags. */
export function launchOptions(extra: string[]): { executablePath?: string; args: string[] } {
  return { ...(existsSync(CHROMIUM_PATH) ? { executablePath: CHROMIUM_PATH } : {}), args: [...BASE_ARGS, ...extra] };
}
