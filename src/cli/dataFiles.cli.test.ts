/**
 * `npm run eval` and `npm run train` run for real (child processes) on each mistake with a data
 * file or the command line: one line on stderr naming the file and line or the option, exit code 2,
 * no stack, and (train) nothing written.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOneLine, runTool, type CliRun } from './cliRunner';

const MODEL = 'public/models/en-fr/none';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'attn-cli-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes `text` to a file named `name` in the temp folder and returns its path. */
function file(name: string, text: string): string {
  const f = path.join(tmp, name);
  mkdirSync(path.dirname(f), { recursive: true });
  writeFileSync(f, text);
  return f;
}

/** The run ended as a user's mistake (see {@link expectOneLine}). */
const expectMistake = (r: CliRun, line: RegExp): void => expectOneLine(r, line, (out) => expect(out).not.toMatch(/BLEU/));

const evaluate = (...args: string[]): CliRun => runTool('scripts/eval.ts', args);
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('npm run eval: mistakes end with one line and exit code 2', () => {
  it('scores a good file (the control: the same command works)', () => {
    const r = evaluate(
      '--model',
      MODEL,
      '--data',
      file('good.tsv', 'I am a student.\tJe suis étudiant.\n\nHe is tall.\tIl est grand.\n'),
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/BLEU \d+\.\d\d over 2 sources/);
  });

  it('a missing data file, or a folder given as the file', () => {
    const missing = path.join(tmp, 'nope.tsv');
    expectMistake(evaluate('--model', MODEL, '--data', missing), new RegExp(`${esc(missing)}: the file is missing`));
    expectMistake(evaluate('--model', MODEL, '--data', tmp), new RegExp(`${esc(tmp)}: is a folder, not a sentence-pair file`));
  });

  it('no tab, an empty file, only blank lines, an empty reference, a line with two tabs: file and line named', () => {
    const noTab = file('notab.tsv', 'I am a student. Je suis étudiant.\n');
    expectMistake(evaluate('--model', MODEL, '--data', noTab), new RegExp(`${esc(noTab)}, line 1: has no tab`));
    const empty = file('empty.tsv', '');
    expectMistake(evaluate('--model', MODEL, '--data', empty), new RegExp(`${esc(empty)}: has no source<TAB>target line`));
    const blank = file('blank.tsv', '\n\n  \n');
    expectMistake(evaluate('--model', MODEL, '--data', blank), /blank\.tsv: has no source<TAB>target line/);
    const noRef = file('noref.tsv', 'I am a student.\tJe suis étudiant.\nHe is tall.\t \n');
    expectMistake(evaluate('--model', MODEL, '--data', noRef), /noref\.tsv, line 2: has an empty target/);
    const twoTabs = file('twotabs.tsv', 'a\tb\nc\td\te\n');
    expectMistake(evaluate('--model', MODEL, '--data', twoTabs), /twotabs\.tsv, line 2: has 2 tabs/);
  });

  it('a missing --model or --data, a bad --beam, an unknown or browser-only backend, a damaged model folder, a --hypotheses file in no folder', () => {
    const good = file('ok.tsv', 'a\tb\n');
    expectMistake(evaluate('--data', good), /--model is missing/);
    expectMistake(evaluate('--model', MODEL), /--data is missing/);
    expectMistake(evaluate('--model', MODEL, '--data', good, '--beam', 'five'), /--beam must be a positive integer, got "five"/);
    expectMistake(evaluate('--model', MODEL, '--data', good, '--backend', 'webgl'), /--backend webgl runs only in a browser/);
    expectMistake(evaluate('--model', MODEL, '--data', good, '--backend', 'gpu'), /--backend must be one of wasm, cpu/);
    expectMistake(evaluate('--model', tmp, '--data', good), /model\.json is not in the folder/);
    expectMistake(
      evaluate('--model', MODEL, '--data', good, '--float32', path.join(tmp, 'x.ckpt')),
      /--float32 .*x\.ckpt: no such checkpoint/,
    );
    const r = evaluate('--model', MODEL, '--data', good, '--hypotheses', path.join(tmp, 'no-folder', 'hyp.txt'));
    expect(r.stderr.trim()).toMatch(/^error: ENOENT: no such file or directory, open '.*no-folder\/hyp\.txt'$/);
    expect(r.status).toBe(2);
  });
});

describe('npm run train: mistakes end with one line and exit code 2, and nothing is written', () => {
  const out = path.join(tmp, 'out-model');
  const ckpt = path.join(tmp, 'out-ckpt');
  const train = (...args: string[]): CliRun =>
    runTool('scripts/train.ts', ['--out', out, '--ckpt', ckpt, '--pack', path.join(tmp, 'pack.gz'), '--size', 'tiny', ...args]);

  it('a bad data folder: missing, a bad line in dev.tsv', () => {
    expectMistake(train('--data', path.join(tmp, 'no-folder')), /no-folder\/train\.tsv: the file is missing/);
    file('bad/train.tsv', 'I am a student.\tJe suis étudiant.\n');
    file('bad/dev.tsv', 'He is tall.\tIl est grand.\r\nShe is tall.\n');
    expectMistake(train('--data', path.join(tmp, 'bad')), /bad\/dev\.tsv, line 2: has no tab/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(ckpt)).toBe(false);
  });

  it('bad options: size, attention, numbers, backend, unknown option, missing value', () => {
    const data = path.join(tmp, 'bad');
    expectMistake(train('--data', data, '--size', 'huge'), /--size must be one of tiny, small, base, got "huge"/);
    expectMistake(train('--data', data, '--attention', 'cosine'), /--attention must be one of .*general.*, got "cosine"/);
    expectMistake(train('--data', data, '--epochs', '0'), /--epochs must be a positive integer, got "0"/);
    expectMistake(train('--data', data, '--lr', 'fast'), /--lr must be a number/);
    expectMistake(train('--data', data, '--pair', 'english'), /--pair must look like en-fr/);
    expectMistake(train('--data', data, '--backend', 'webgl'), /--backend webgl runs only in a browser/);
    expectMistake(train('--data', data, '--epoch', '3'), /unknown option --epoch;/);
    expectMistake(train('--data'), /option --data needs a value/);
    expect(existsSync(out)).toBe(false);
  });
});
