import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataFolder, readPairs } from './data';
import { parseTsv, TsvError } from './tsv';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
/** The TsvError `f` throws (fails the test if it throws nothing or something else). */
function errorOf(f: () => unknown): TsvError {
  try {
    f();
  } catch (e) {
    if (e instanceof TsvError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}

describe('parseTsv: good input', () => {
  it('reads source<TAB>target lines, several references per source, skipping blank lines', () => {
    expect(parseTsv(bytes('Hi.\tSalut.\nHi.\tBonjour.\n\nRun!\tCours !\n'), 'train.tsv')).toEqual([
      { src: 'Hi.', tgt: 'Salut.' },
      { src: 'Hi.', tgt: 'Bonjour.' },
      { src: 'Run!', tgt: 'Cours !' },
    ]);
  });

  it('accepts a byte-order mark and CRLF line ends silently', () => {
    const crlf = parseTsv(bytes('\ufeffHi.\tSalut.\r\nRun!\tCours !\r\n'), 'train.tsv');
    expect(crlf).toEqual([
      { src: 'Hi.', tgt: 'Salut.' },
      { src: 'Run!', tgt: 'Cours !' },
    ]);
  });

  it('reads non-Latin scripts as UTF-8', () => {
    expect(parseTsv(bytes('I love you.\t我爱你。\nHello.\tПривет.'), 'x.tsv')).toEqual([
      { src: 'I love you.', tgt: '我爱你。' },
      { src: 'Hello.', tgt: 'Привет.' },
    ]);
  });
});

describe('parseTsv: bad input names the file, the line and the problem', () => {
  it('a line without a tab', () => {
    const e = errorOf(() => parseTsv(bytes('Hi.\tSalut.\nRun! Cours !\n'), 'data/train.tsv'));
    expect(e.line).toBe(2);
    expect(e.problem).toEqual({ kind: 'missingTab' });
    expect(e.message).toBe('data/train.tsv, line 2: has no tab: each line must be source<TAB>target');
  });

  it('a line with too many tabs', () => {
    const e = errorOf(() => parseTsv(bytes('a\tb\n\nc\td\te\n'), 'dev.tsv'));
    expect(e.message).toBe('dev.tsv, line 3: has 2 tabs: each line must be source<TAB>target, with exactly one tab');
  });

  it('an empty source or target', () => {
    expect(errorOf(() => parseTsv(bytes('a\tb\n\tb\n'), 'train.tsv')).message).toBe('train.tsv, line 2: has an empty source');
    expect(errorOf(() => parseTsv(bytes('a\t  \r\n'), 'train.tsv')).message).toBe('train.tsv, line 1: has an empty target');
  });

  it('bytes that are not UTF-8 (a Latin-1 file), with the first bad line', () => {
    const latin1 = new Uint8Array([...bytes('Hi.\tSalut.\nSummer.\t'), 0xc9, 0x74, 0xe9, 0x2e, 0x0a]); // "Été." in Latin-1
    const e = errorOf(() => parseTsv(latin1, 'train.tsv'));
    expect(e.problem).toEqual({ kind: 'encoding' });
    expect(e.message).toBe('train.tsv, line 2: is not valid UTF-8 (save the file as UTF-8)');
  });

  it('a file with no pairs', () => {
    expect(errorOf(() => parseTsv(bytes('\n\n'), 'test.tsv')).message).toBe('test.tsv: has no source<TAB>target line');
  });
});

describe('readDataFolder', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tsv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads train and dev (test optional) and names a missing file', () => {
    writeFileSync(path.join(dir, 'train.tsv'), 'a\tb\n');
    expect(errorOf(() => readDataFolder(dir)).message).toBe(`${path.join(dir, 'dev.tsv')}: the file is missing`);
    writeFileSync(path.join(dir, 'dev.tsv'), 'c\td\n');
    expect(readDataFolder(dir)).toEqual({ train: [{ src: 'a', tgt: 'b' }], dev: [{ src: 'c', tgt: 'd' }] });
    writeFileSync(path.join(dir, 'test.tsv'), 'e\tf\n');
    expect(readDataFolder(dir, { test: true }).test).toEqual([{ src: 'e', tgt: 'f' }]);
    expect(readDataFolder(dir)).not.toHaveProperty('test'); // training never reads test.tsv
  });

  it('checks every file it reads completely: a bad test.tsv stops a final-score reading', () => {
    writeFileSync(path.join(dir, 'test.tsv'), 'e\tf\ng h\n');
    expect(errorOf(() => readDataFolder(dir, { test: true })).message).toBe(
      `${path.join(dir, 'test.tsv')}, line 2: has no tab: each line must be source<TAB>target`,
    );
    expect(errorOf(() => readPairs(path.join(dir, 'nope.tsv'))).problem).toEqual({ kind: 'notFound' });
  });
});
