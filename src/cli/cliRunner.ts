/**
 * Runs the command-line tools as a user does (`node scripts/run.mjs scripts/<tool>.ts ...`) for
 * tests: each tool is bundled once by scripts/run.mjs (RUN_BUNDLE_ONLY), then started as a child
 * process with the same argv. Node only; tests only.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The repository root (the tools resolve the wasm binaries from its node_modules). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What one run of a tool printed and how it ended. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

const bundleDir = mkdtempSync(path.join(os.tmpdir(), 'attn-cli-bundles-'));
const bundles = new Map<string, string>();

/** Bundles `script` (a path under the root) through scripts/run.mjs, once per process. */
export function bundleScript(script: string): string {
  const known = bundles.get(script);
  if (known) return known;
  const out = path.join(bundleDir, path.basename(script).replace(/\.ts$/, '.mjs'));
  const r = spawnSync(process.execPath, ['scripts/run.mjs', script], {
    cwd: ROOT,
    env: { ...process.env, RUN_BUNDLE_OUT: out, RUN_BUNDLE_ONLY: '1' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`bundling ${script} failed: ${r.stderr}`);
  bundles.set(script, out);
  return out;
}

/** Runs `script` with `args` as `node scripts/run.mjs script args` would (from its bundle), with optional stdin. */
export function runTool(script: string, args: string[], input?: string): CliRun {
  const r = spawnSync(process.execPath, [bundleScript(script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: input ?? '',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Asserts that a run ended as a user's mistake: exit code 2, exactly one line on stderr, starting
 * `error: ` and matching `line`, no stack; `stdout` must pass `printed` (e.g. nothing, or no score).
 */
export function expectOneLine(r: CliRun, line: RegExp, printed: (stdout: string) => void): void {
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).toMatch(line);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.status).toBe(2);
  printed(r.stdout);
}
