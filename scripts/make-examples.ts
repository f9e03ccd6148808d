/**
 * node scripts/run.mjs scripts/make-examples.ts [--data ../shared/data/en-fr/test.tsv] [--out public/models/<pair>/test-examples.json] [--n 20]
 *
 * Picks a small, fixed set of test-set sources with every one of their references, for the page's
 * "Teacher forcing & BLEU" view (test sentences offered as examples, with their references).
 * Reporting only: nothing here trains or selects a model. The choice is deterministic: sources of
 * 3 to 12 words, evenly spread over the file (which is ordered by length), about two thirds of
 * them with several references so that multi-reference BLEU can be seen.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: a } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/en-fr/test.tsv' },
    out: { type: 'string', default: 'public/models/en-fr/test-examples.json' },
    n: { type: 'string', default: '20' },
  },
});

const n = Math.max(1, Number(a.n));
const lines = readFileSync(a.data!, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
/** source → references, in file order */
const groups = new Map<string, string[]>();
for (const line of lines) {
  const [en, fr] = line.split('\t');
  if (!en || !fr) continue;
  const refs = groups.get(en) ?? [];
  if (!refs.includes(fr)) refs.push(fr);
  groups.set(en, refs);
}
const all = [...groups.entries()].map(([en, refs], index) => ({ en, refs, index }));
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const pool = all.filter((g) => words(g.en) >= 3 && words(g.en) <= 12);

/** `k` items spread evenly over `xs` (first and last included). */
function spread<T>(xs: T[], k: number): T[] {
  if (k <= 0 || xs.length === 0) return [];
  if (k >= xs.length) return xs.slice();
  return Array.from({ length: k }, (_, i) => xs[Math.round((i * (xs.length - 1)) / Math.max(1, k - 1))]!);
}

const multi = pool.filter((g) => g.refs.length >= 2);
const single = pool.filter((g) => g.refs.length === 1);
const nMulti = Math.min(multi.length, Math.round((n * 2) / 3));
const picked = [...spread(multi, nMulti), ...spread(single, n - nMulti)].sort((x, y) => x.index - y.index);

/** The pair folder the data comes from (`en-de` for ../shared/data/en-de/test.tsv) and its target language's name. */
const pair = path.basename(path.dirname(path.resolve(a.data!)));
const target = ({ fr: 'French', de: 'German' } as Record<string, string>)[pair.split('-')[1] ?? ''] ?? 'target-language';
const out = {
  description: `English sources from the ${pair} test split with all of their ${target} references (for the teacher-forcing and BLEU views).`,
  data: `${pair}/test.tsv`,
  attribution: 'Sentence pairs from tatoeba.org via www.manythings.org/anki, CC BY 2.0',
  examples: picked.map((g) => ({ en: g.en, refs: g.refs })),
};
mkdirSync(path.dirname(a.out!), { recursive: true });
writeFileSync(a.out!, JSON.stringify(out, null, 2) + '\n');
console.log(`${picked.length} examples (${picked.filter((g) => g.refs.length > 1).length} with several references) → ${a.out}`);
