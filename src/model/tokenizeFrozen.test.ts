/**
 * The en→de models (and the shipped en→fr models) were trained on vocabularies built with the
 * tokenization rules of commit 0e28e88 (`tokenize(x, 'src')` for English, `tokenize(x, 'tgt')` —
 * the French rules — for both French and German). Their vocabularies are fixed: the per-language
 * rules must give exactly the same tokens on every line of the training and dev data, and the same
 * casing table. The hashes below were computed with that commit's tokenizer (SHA-256 over the
 * tokens of each line joined by spaces, one line each), and the French output text with it.
 * Skipped where ../shared/data is absent.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCaseTable, detokenize, tokenize, truecase } from './tokenize';

const DATA = path.resolve('../shared/data');
const FROZEN: { pair: string; file: string; column: 0 | 1; lang: string; lines: number; sha256: string }[] = [
  {
    pair: 'en-de',
    file: 'train.tsv',
    column: 0,
    lang: 'en',
    lines: 166051,
    sha256: 'f379709ba580678060cf477a965a61e2be2c30ea22f06857983fa9b5817d39eb',
  },
  {
    pair: 'en-de',
    file: 'train.tsv',
    column: 1,
    lang: 'de',
    lines: 166051,
    sha256: '2a93d9c32889a0b1779f16601807bd29aca58c9495d18290d60c8d58b9e124ba',
  },
  {
    pair: 'en-de',
    file: 'dev.tsv',
    column: 0,
    lang: 'en',
    lines: 1285,
    sha256: '1b79efce3987668fa352c7fa5e0c2af4e61097aea542af41aed7e0f15c5e8d8e',
  },
  {
    pair: 'en-de',
    file: 'dev.tsv',
    column: 1,
    lang: 'de',
    lines: 1285,
    sha256: 'a68e6a85f96c5202eb4287501cda7931fd9b06ccd4f760bc1f7914e66f79b1c7',
  },
  {
    pair: 'en-fr',
    file: 'train.tsv',
    column: 0,
    lang: 'en',
    lines: 162810,
    sha256: '2092ee2af51a271ff38c3001df563d1787c936bfbe9c4fd5bcd80435e9b1fe6d',
  },
  {
    pair: 'en-fr',
    file: 'train.tsv',
    column: 1,
    lang: 'fr',
    lines: 162810,
    sha256: '4e89e6f52b7a2016b057d420847d90d43a25f96c61254effca8d345cee65d5c0',
  },
  {
    pair: 'en-fr',
    file: 'dev.tsv',
    column: 0,
    lang: 'en',
    lines: 1452,
    sha256: '86d7af71d50b4e579fa50d0f69c127b23ffeee772c8bb18ba904b6ae7081a057',
  },
  {
    pair: 'en-fr',
    file: 'dev.tsv',
    column: 1,
    lang: 'fr',
    lines: 1452,
    sha256: '364ca064d96a8f1dfe61c1ca6b52d98173d988994d7d6eeb18b2fd5bca9fddf3',
  },
];
const CASE_TABLES = [
  { pair: 'en-de', lang: 'de', entries: 14749, sha256: 'de70704383a4c95784a57dc3dd3837a26894bed5afc5544939068218e68c4c04' },
  { pair: 'en-fr', lang: 'fr', entries: 706, sha256: '2a09ff5dcb4640325fadce30e82fc87c9febab8f4fd4a9458c49a487f3d8d086' },
];

function column(pair: string, file: string, col: 0 | 1): string[] {
  return readFileSync(path.join(DATA, pair, file), 'utf8')
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => l.split('\t')[col]!);
}

describe.skipIf(!existsSync(path.join(DATA, 'en-de')))('per-language rules reproduce the frozen vocabularies', () => {
  for (const f of FROZEN) {
    it(`${f.pair}/${f.file} ${f.column === 0 ? 'source' : 'target'} (${f.lang}): same tokens on every line`, () => {
      const lines = column(f.pair, f.file, f.column);
      expect(lines).toHaveLength(f.lines);
      const h = createHash('sha256');
      for (const l of lines) h.update(tokenize(l, f.lang).join(' ') + '\n');
      expect(h.digest('hex')).toBe(f.sha256);
    }, 120_000);
  }
  for (const c of CASE_TABLES) {
    it(`${c.pair} casing table learned with the ${c.lang} rules is unchanged`, () => {
      const table = buildCaseTable(column(c.pair, 'train.tsv', 1), c.lang);
      expect(Object.keys(table)).toHaveLength(c.entries);
      expect(createHash('sha256').update(JSON.stringify(table)).digest('hex')).toBe(c.sha256);
    }, 120_000);
  }

  it('French output text is unchanged: detokenize(truecase(tokenize(x))) of every en-fr dev target, without a language', () => {
    const table = buildCaseTable(column('en-fr', 'train.tsv', 1), 'fr');
    const h = createHash('sha256');
    for (const l of column('en-fr', 'dev.tsv', 1)) h.update(detokenize(truecase(tokenize(l, 'fr'), table)) + '\n');
    expect(h.digest('hex')).toBe('906305d8ebbd09f57ba75856d361e47409ce4aacd8a0dc00bef5bee7bb831479');
  }, 120_000);
});
