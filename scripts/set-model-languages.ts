/**
 * npm run set-languages -- --pair en-de public/models/en-de/<variant> [...]
 * Writes the pair's languages (config.srcLang / config.tgtLang) into model folders exported before
 * configs named them — the en→de models trained from 15:52 on 2026-12-06, whose config says
 * nothing and would otherwise be read as English→French (French spacing "Wirklich ?"). model.json
 * and card.json's config are rewritten atomically; the weights (and their SHA-256) are untouched.
 * Their tokens do not change: German tokenizes exactly as those models' vocabularies were built.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseCommandLine } from '../src/cli/args';
import { CliError } from '../src/cli/cliError';
import { parsePair } from '../src/model/languages';

const { values: a, positionals } = parseCommandLine({ pair: { type: 'string' } }, { allowPositionals: true });
const langs = parsePair((a.pair as string | undefined) ?? '');
if (!langs || positionals.length === 0) throw new CliError('usage: npm run set-languages -- --pair xx-yy <model folder> [...]');
const rewrite = (file: string, indent: number, edit: (j: Record<string, unknown>) => void): void => {
  const j = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(j);
  writeFileSync(`${file}.tmp`, JSON.stringify(j, null, indent));
  renameSync(`${file}.tmp`, file);
};
const withLangs = (cfg: unknown): Record<string, unknown> => ({ ...(cfg as object), srcLang: langs.src, tgtLang: langs.tgt });
for (const dir of positionals) {
  rewrite(path.join(dir, 'model.json'), 1, (j) => (j['config'] = withLangs(j['config'])));
  try {
    rewrite(path.join(dir, 'card.json'), 2, (j) => (j['config'] = withLangs(j['config'])));
  } catch {
    // no card: nothing else to update
  }
  console.log(`${dir}: ${langs.src} → ${langs.tgt}`);
}
