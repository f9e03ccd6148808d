/**
 * node scripts/run.mjs scripts/make-learn-pairs.ts
 * Cuts the tiny en→fr task of the "Watch it learn" view from ../shared/data/en-fr/train.tsv (never
 * dev or test): short pairs (English ≤ 8 tokens, French ≤ 10) whose words are all among the most
 * frequent 300 English / 400 French words, one French sentence per English one, 4,000 pairs chosen
 * with a fixed seed. Writes public/learn/en-fr-tiny.tsv (tokenized, space-separated, ≤ 300 KB) and
 * its attribution beside it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tokenize } from '../src/model/tokenize';
import { mulberry32, shuffleInPlace } from '../src/train/rng';

const SRC = path.resolve('../shared/data/en-fr/train.tsv');
const OUT = 'public/learn/en-fr-tiny.tsv';
const MAX_EN = 8;
const MAX_FR = 10;
const EN_WORDS = 300;
const FR_WORDS = 400;
const PAIRS = 4000;
const MAX_BYTES = 300 * 1024;
const ATTRIBUTION = 'Sentence pairs: www.manythings.org/anki and tatoeba.org, CC BY 2.0.';

const lines = readFileSync(SRC, 'utf8').split('\n').filter(Boolean);
const tokenized = lines
  .map((l) => l.split('\t'))
  .map(([en, fr]) => ({ en: tokenize(en ?? '', 'src'), fr: tokenize(fr ?? '', 'tgt') }))
  .filter((p) => p.en.length > 0 && p.fr.length > 0 && p.en.length <= MAX_EN && p.fr.length <= MAX_FR);
const top = (side: 'en' | 'fr', n: number): Set<string> => {
  const counts = new Map<string, number>();
  for (const p of tokenized) for (const w of p[side]) counts.set(w, (counts.get(w) ?? 0) + 1);
  return new Set(
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, n)
      .map(([w]) => w),
  );
};
const en = top('en', EN_WORDS);
const fr = top('fr', FR_WORDS);
const seen = new Set<string>();
const kept = tokenized.filter((p) => {
  const key = p.en.join(' ');
  if (seen.has(key) || !p.en.every((w) => en.has(w)) || !p.fr.every((w) => fr.has(w))) return false;
  seen.add(key);
  return true;
});
const chosen = shuffleInPlace(kept, mulberry32(17)).slice(0, PAIRS);
chosen.sort((a, b) => a.en.length - b.en.length || (a.en.join(' ') < b.en.join(' ') ? -1 : 1));
const body =
  `# ${ATTRIBUTION} Cut by scripts/make-learn-pairs.ts from en-fr/train.tsv; tokenized; English<TAB>French.\n` +
  chosen.map((p) => `${p.en.join(' ')}\t${p.fr.join(' ')}`).join('\n') +
  '\n';
if (Buffer.byteLength(body) > MAX_BYTES) throw new Error(`${OUT} would be ${Buffer.byteLength(body)} bytes, over ${MAX_BYTES}`);
mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(OUT, body);
writeFileSync(path.join(path.dirname(OUT), 'ATTRIBUTION.txt'), `${path.basename(OUT)}: ${ATTRIBUTION}\n`);
const vocab = (side: 'en' | 'fr'): number => new Set(chosen.flatMap((p) => p[side])).size;
console.log(
  `${OUT}: ${chosen.length} of ${kept.length} eligible pairs, ${Buffer.byteLength(body)} bytes, vocab ${vocab('en')}/${vocab('fr')}`,
);
