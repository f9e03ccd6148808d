#!/usr/bin/env node
/**
 * Runs a TypeScript Node script through an esbuild bundle: node scripts/run.mjs scripts/train.ts [args]
 *
 * Why not tsx alone: tfjs-core's gradient registrations exist only in its ES-module build, whose
 * extensionless imports Node cannot load natively. Bundling with the `module` entry points gives
 * one consistent copy of tfjs-core with every gradient, and the wasm backend.
 *
 * Environment (for tests that start a script many times as a child process):
 *   RUN_BUNDLE_OUT   where to write the bundle (default node_modules/.cache/run/<script>.mjs)
 *   RUN_BUNDLE_ONLY  "1": write the bundle and exit without running it
 * The bundle resolves the wasm binaries from the working directory's node_modules, so run it from
 * the repository root.
 *
 * Every script runs behind the one top-level handler (src/cli/main.ts): a user's mistake (a CliError,
 * a bad sentence-pair or model file, an option parseArgs refuses) prints one line and exits with 2;
 * any other error keeps its stack.
 */
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run.mjs <script.ts> [args...]');
  process.exit(2);
}
const outfile = path.resolve(
  process.env.RUN_BUNDLE_OUT || path.join('node_modules/.cache/run', path.basename(entry).replace(/\.ts$/, '.mjs')),
);
// Written to a temporary file and renamed, so two runs started together never read a half-written bundle.
const here = path.dirname(fileURLToPath(import.meta.url));
const entryCode = [
  `import { runScript } from ${JSON.stringify(path.join(here, '../src/cli/main.ts'))};`,
  `await runScript(() => import(${JSON.stringify(path.resolve(entry))}));`,
].join('\n');
const built = await build({
  write: false,
  stdin: { contents: entryCode, resolveDir: process.cwd(), sourcefile: path.basename(entry), loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  outfile,
  sourcemap: 'inline',
  logLevel: 'warning',
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      "import { fileURLToPath as __fileURLToPath } from 'node:url';",
      "import __pathModule from 'node:path';",
      'const require = __createRequire(import.meta.url);',
      'const __filename = __fileURLToPath(import.meta.url);',
      'const __dirname = __pathModule.dirname(__filename);',
    ].join('\n'),
  },
});
mkdirSync(path.dirname(outfile), { recursive: true });
const tmp = `${outfile}.${process.pid}.tmp`;
writeFileSync(tmp, built.outputFiles[0].contents);
renameSync(tmp, outfile);
if (process.env.RUN_BUNDLE_ONLY === '1') process.exit(0);
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
