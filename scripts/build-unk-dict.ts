/**
 * npm run unk-dict -- --model public/models/<pair>/<variant> [--data ../shared/data/<pair>/train.tsv]
 *                     [--rare-count 1000]
 *                     [--out public/models/<pair>/unk-dict.json] [--iterations 5] [--min-prob 0.3]
 * Builds the unknown-word dictionary of a pair from its train.tsv only (never dev or test): IBM Model 1
 * alignments (src/train/unkDictionary.ts) over the training pairs tokenized by the model's languages,
 * kept for the source words the model's vocabularies cannot handle. The model folder gives the
 * vocabularies and languages (every variant of a pair shares them). Writes
 * {"format":"unk-dict/1","pair","data","built","license","entries":{source word: target word}}
 * (docs/model-format.md). Shipped: public/models/en-fr/unk-dict.json, 6,005 entries, 120 KB.
 */
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { numberOption, parseCommandLine } from '../src/cli/args';
import { CliError } from '../src/cli/cliError';
import { readJsonFile } from '../src/cli/files';
import { languagesOf, parsePair } from '../src/model/languages';
import { tokenize } from '../src/model/tokenize';
import type { ModelJson, VocabJson } from '../src/model/weights';
import { readPairs } from '../src/train/data';
import { buildUnkDictionary } from '../src/train/unkDictionary';

const { values } = parseCommandLine({
  model: { type: 'string' },
  data: { type: 'string' },
  out: { type: 'string' },
  iterations: { type: 'string', default: '5' },
  'min-prob': { type: 'string', default: '0.3' },
  'max-len': { type: 'string', default: '30' },
  'rare-count': { type: 'string', default: '1000' },
});
const a = values as Record<string, string | undefined>;
if (!a.model)
  throw new CliError(
    '--model is missing: npm run unk-dict -- --model public/models/<pair>/<variant> [--data train.tsv] [--out unk-dict.json]',
  );
for (const name of ['iterations', 'max-len', 'rare-count']) numberOption(values, name, { integer: true, min: 1 });
numberOption(values, 'min-prob', { min: 0 });
const pairDir = path.dirname(path.resolve(a.model));
const pair = path.basename(pairDir);
const data = a.data ?? path.resolve('../shared/data', pair, 'train.tsv');
if (path.basename(data) !== 'train.tsv')
  throw new CliError(`--data must be a train.tsv (the dictionary is learned from training data only), got ${data}`);
const out = a.out ?? path.join(pairDir, 'unk-dict.json');
const cfg = (readJsonFile(path.join(a.model, 'model.json')) as ModelJson).config;
const vocab = readJsonFile(path.join(a.model, 'vocab.json')) as VocabJson;
// a config without languages is en→fr, unless its pair folder names another pair (en-de models trained before configs named them)
const langs = cfg.srcLang || cfg.tgtLang ? languagesOf(cfg) : (parsePair(pair) ?? languagesOf(cfg));
const maxLen = Number(a['max-len']);
const t0 = Date.now();
const pairs = readPairs(data)
  .map((p) => ({ src: tokenize(p.src, langs.src), tgt: tokenize(p.tgt, langs.tgt) }))
  .filter((p) => p.src.length > 0 && p.tgt.length > 0 && p.src.length <= maxLen && p.tgt.length <= maxLen);
const entries = buildUnkDictionary(pairs, {
  iterations: Number(a.iterations),
  minProb: Number(a['min-prob']),
  rareCount: Number(a['rare-count']),
  srcVocab: new Set(vocab.src),
  tgtVocab: new Set(vocab.tgt),
});
const json = JSON.stringify({
  format: 'unk-dict/1',
  pair: `${langs.src}-${langs.tgt}`,
  data: `${pair}/train.tsv (${pairs.length} pairs), IBM Model 1, ${a.iterations} EM iterations, t(f|e) ≥ ${a['min-prob']}`,
  built: 'scripts/build-unk-dict.ts',
  license: 'derived from the training sentences (tatoeba.org via manythings.org/anki, CC BY 2.0)',
  entries,
});
writeFileSync(`${out}.tmp`, json);
renameSync(`${out}.tmp`, out);
console.log(
  `${Object.keys(entries).length} entries from ${pairs.length} pairs in ${((Date.now() - t0) / 1000).toFixed(1)} s → ${out} (${(json.length / 1024).toFixed(0)} KB)`,
);
