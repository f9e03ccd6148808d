/**
 * `npm run translate` run for real (child processes) on each mistake a user makes with a model
 * folder or the command line: one line on stderr naming the file or option, exit code 2, no stack;
 * a bug still shows its stack. The damaged folders are copies of the shipped en→fr baseline.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOneLine, runTool, type CliRun } from './cliRunner';

const SHIPPED = 'public/models/en-fr/none';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'attn-cli-translate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the shipped model in a fresh folder, with `edit` applied to its files. */
function damaged(name: string, edit: (dir: string) => void): string {
  const dir = path.join(tmp, name);
  cpSync(SHIPPED, dir, { recursive: true });
  edit(dir);
  return dir;
}
const editJson = (dir: string, change: (j: Record<string, unknown>) => void): void => {
  const file = path.join(dir, 'model.json');
  const j = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(j);
  writeFileSync(file, JSON.stringify(j));
};
const translate = (...args: string[]): CliRun => runTool('scripts/translate.ts', args);

/** The run ended as a user's mistake (see {@link expectOneLine}). */
const expectMistake = (r: CliRun, line: RegExp): void => expectOneLine(r, line, (out) => expect(out).toBe(''));

describe('npm run translate: mistakes end with one line and exit code 2', () => {
  it('translates with a good folder (the control: the same command works)', () => {
    const r = translate('--model', SHIPPED, 'I am a student.');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toMatch(/\p{L}/u);
  });

  it('a model folder that does not exist, or a file given as the folder', () => {
    expectMistake(translate('--model', path.join(tmp, 'nowhere'), 'Hi.'), /nowhere: no such model folder/);
    expectMistake(translate('--model', path.join(SHIPPED, 'model.json'), 'Hi.'), /model\.json is a file; give the folder/);
  });

  it('a folder without model.json, with a truncated model.json, or with no weightsManifest', () => {
    expectMistake(
      translate(
        '--model',
        damaged('no-json', (d) => rmSync(path.join(d, 'model.json'))),
        'Hi.',
      ),
      /no-json: model\.json is not in the folder/,
    );
    const cut = damaged('cut-json', (d) => {
      const f = path.join(d, 'model.json');
      writeFileSync(f, readFileSync(f).subarray(0, 200));
    });
    expectMistake(translate('--model', cut, 'Hi.'), /cut-json: model\.json is not valid JSON/);
    const noManifest = damaged('no-manifest', (d) => editJson(d, (j) => delete j.weightsManifest));
    expectMistake(translate('--model', noManifest, 'Hi.'), /no-manifest: model\.json is malformed: "weightsManifest"/);
  });

  it('truncated weights are a size error naming both sizes, not a checksum mismatch', () => {
    const size = readFileSync(path.join(SHIPPED, 'weights.bin')).length;
    const dir = damaged('cut-weights', (d) => {
      const f = path.join(d, 'weights.bin');
      writeFileSync(f, readFileSync(f).subarray(0, size - 100));
    });
    expectMistake(translate('--model', dir, 'Hi.'), new RegExp(`weights\\.bin has ${size - 100} bytes, expected ${size}`));
    const flipped = damaged('flipped-weights', (d) => {
      const f = path.join(d, 'weights.bin');
      const b = readFileSync(f);
      b[10] = b[10]! ^ 0xff;
      writeFileSync(f, b);
    });
    expectMistake(translate('--model', flipped, 'Hi.'), /weights\.bin does not match its checksum/);
  });

  it('a manifest path outside the folder is refused before it is read', () => {
    for (const bad of ['../../../../../etc/hostname', '/etc/hostname', 'sub/weights.bin', '..']) {
      const dir = damaged('escape', (d) => editJson(d, (j) => ((j.weightsManifest as { paths: string[] }[])[0]!.paths = [bad])));
      // a size error would mean the file was read
      expectMistake(translate('--model', dir, 'Hi.'), /model\.json is malformed: "weightsManifest\[0\]\.paths"/);
      rmSync(dir, { recursive: true });
    }
  });

  it('an unknown option, an option without its value, an unknown or browser-only backend', () => {
    expectMistake(translate('--modle', SHIPPED, 'Hi.'), /unknown option --modle; the options are --model <value>/);
    expectMistake(translate('Hi.', '--model'), /option --model needs a value/);
    expectMistake(translate('--attention=yes', 'Hi.'), /option --attention takes no value/);
    expectMistake(translate('--backend', 'webgl', 'Hi.'), /--backend webgl runs only in a browser/);
    expectMistake(translate('--backend', 'tpu', 'Hi.'), /--backend must be one of wasm, cpu, got "tpu"/);
  });

  it('no sentence or an empty one prints no translation', () => {
    expectMistake(translate('--model', SHIPPED), /no sentence given/);
    expectMistake(translate('--model', SHIPPED, ''), /sentence 1 is empty/);
    expectMistake(translate('--model', SHIPPED, 'Hi.', '   '), /sentence 2 is empty/);
  });
});

describe('the one top-level handler', () => {
  it('prints a user mistake as one line (exit 2) and a bug with its stack (exit 1)', () => {
    expectMistake(runTool('src/cli/testScripts/fails.ts', ['user']), /^error: the file x\.tsv has no tab on line 3$/);
    const bug = runTool('src/cli/testScripts/fails.ts', ['bug']);
    expect(bug.status).toBe(1);
    expect(bug.stderr).toContain('TypeError: an internal error');
    expect(bug.stderr).toMatch(/^\s+at /m);
    const fine = runTool('src/cli/testScripts/fails.ts', []);
    expect(fine.status).toBe(0);
    expect(fine.stdout.trim()).toBe('no error');
  });
});
