/**
 * npm run bottleneck-data [-- --pair en-de] — writes public/models/<pair>/bottleneck.json (en-fr
 * unless named): BLEU by source length for
 * every shipped variant, taken from the evaluations stored in the model cards (`npm run eval --
 * --model <dir> --data <tsv> --card`). Test-set numbers are used when every variant has them,
 * otherwise dev-set numbers, and the file says which.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CliError } from '../src/cli/cliError';
import type { ModelCard } from '../src/model/card';
import { parsePair } from '../src/model/languages';
import { LENGTH_BUCKETS } from '../src/train/evaluate';

const { values } = parseArgs({ options: { pair: { type: 'string', default: 'en-fr' } } });
const pair = values.pair;
if (!parsePair(pair)) throw new CliError(`--pair must name a language pair such as en-de, not "${pair}"`);
const root = path.join('public/models', pair);
if (!existsSync(path.join(root, 'index.json'))) throw new CliError(`no model list at ${path.join(root, 'index.json')}`);
const index = JSON.parse(readFileSync(path.join(root, 'index.json'), 'utf8')) as { variants: { id: string }[] };
const cards = index.variants
  .filter((v) => existsSync(path.join(root, v.id, 'card.json')))
  .map((v) => ({ id: v.id, card: JSON.parse(readFileSync(path.join(root, v.id, 'card.json'), 'utf8')) as ModelCard }));
const set = cards.every((c) => c.card.eval?.test?.greedy?.by_length) ? 'test' : 'dev';
const buckets = LENGTH_BUCKETS.filter((b) => b.key !== '10+');
const out = {
  set,
  source: `greedy corpus BLEU on ${set}.tsv by number of English words, from npm run eval`,
  buckets: buckets.map((b) => ({ key: b.key, min: b.min, max: Number.isFinite(b.max) ? b.max : null })),
  variants: cards
    .filter((c) => c.card.eval?.[set]?.greedy?.by_length)
    .map((c) => ({
      id: c.id,
      trainingSteps: c.card.eval![set]!.trainingSteps ?? null,
      points: buckets.map((b) => ({ key: b.key, ...c.card.eval![set]!.greedy!.by_length![b.key]! })),
    })),
};
writeFileSync(path.join(root, 'bottleneck.json'), JSON.stringify(out, null, 2) + '\n');
console.log(`wrote ${path.join(root, 'bottleneck.json')}: ${out.variants.length} variants, ${set} set`);
