/**
 * npm run models-table [-- --pair en-de] — prints the README's results table of a pair (en-fr by
 * default) from its shipped model cards (public/models/<pair>/<variant>/card.json), so the README and
 * the cards never disagree.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { choiceOption, parseCommandLine } from '../src/cli/args';
import { PAIRS } from '../src/app/pairs/pairs';
import type { ModelCard } from '../src/model/card';

const { values: a } = parseCommandLine({ pair: { type: 'string', default: 'en-fr' } });
const pair = choiceOption(a, 'pair', PAIRS);
const root = `public/models/${pair}`;
const index = JSON.parse(readFileSync(path.join(root, 'index.json'), 'utf8')) as
  { variants: { id: string; label?: string }[] } | { id: string }[];
const ids = (Array.isArray(index) ? index : index.variants).map((v) => v.id);
const fmt = (x: unknown, d = 2): string => (typeof x === 'number' ? x.toFixed(d) : '–');
const rows = ids
  .filter((id) => existsSync(path.join(root, id, 'card.json')))
  .map((id) => {
    const c = JSON.parse(readFileSync(path.join(root, id, 'card.json'), 'utf8')) as ModelCard;
    const g = c.eval?.test?.greedy;
    const b = c.eval?.test?.beam5;
    const mb = (statSync(path.join(root, id, 'weights.bin')).size / 1e6).toFixed(2);
    const t = c.training ?? {};
    return `| ${id} | ${fmt(c.devBleu)} | ${fmt(g?.bleu)} | ${fmt(b?.bleu)} | ${fmt(g?.by_length?.['1-4']?.bleu)} / ${fmt(g?.by_length?.['5-9']?.bleu)} / ${fmt(g?.by_length?.['10+']?.bleu)} | ${fmt((c.parameters ?? NaN) / 1e6)} M | ${mb} MB | ${fmt(t.epochs)} (${t.steps ?? '–'}) | ${fmt((t.wallSeconds ?? 0) / 3600, 1)} h | ${t.targetTokensPerSecond ?? '–'} |`;
  });
console.log(
  '| variant | dev BLEU | test BLEU greedy | test BLEU beam 5 | test greedy by source words 1–4 / 5–9 / ≥10 | parameters | weights | epochs (steps) | training wall time | target tok/s |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(r);
