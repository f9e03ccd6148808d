/**
 * npm run eval -- --model public/models/en-fr/<variant> --data <tsv> [--beam k] [--hypotheses FILE]
 *                  [--float32 CKPT] [--card] [--unk-replace [--unk-dict FILE | --no-unk-dict]]
 * Prints corpus BLEU (sacreBLEU-style: 13a, multi-reference, no smoothing) and, as its last line,
 * one JSON object {"bleu", "sentences", "by_length", "unk"}.
 *   --hypotheses FILE  one detokenized translation per distinct source, in order of first appearance
 *   --float32 CKPT     evaluate the unquantized weights of a training checkpoint (best.ckpt)
 *   --card             store the result in the model's card.json under "eval.<set>" (set = the data
 *                      file's name without .tsv: dev or test), with the date and decoding settings
 *   --unk-replace      also score the output with unknown-word replacement through attention (each
 *                      <unk> takes the most-attended source word, translated by the pair's dictionary
 *                      or copied): one decode, both BLEUs printed; with --card stored as
 *                      "<greedy|beamK>UnkReplace" beside the plain score
 *   --unk-dict FILE    the dictionary (default: unk-dict.json in the model's pair folder, if present)
 *   --no-unk-dict      copy every replaced word (no dictionary)
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { EMB_T } from '../src/model/decoder';
import { readCheckpoint } from '../src/train/checkpoint';
import { readPairs } from '../src/train/data';
import { evaluate, evaluateTexts, type EvalResult } from '../src/train/evaluate';
import { backendOption, numberOption, parseCommandLine, stringOption } from '../src/cli/args';
import { CliError } from '../src/cli/cliError';
import { readUnkDictionary } from '../src/cli/files';
import { translateWithUnkReplacement, type UnkBatchResult } from '../src/model/unkBatch';
import type { DecodedSentence } from '../src/model/batchGreedy';
import { loadModelDir, readCard } from '../src/train/export';
import { initBackend } from '../src/train/wasmNode';

const { values: a } = parseCommandLine({
  model: { type: 'string' },
  data: { type: 'string' },
  beam: { type: 'string', default: '1' },
  hypotheses: { type: 'string' },
  float32: { type: 'string' },
  card: { type: 'boolean', default: false },
  backend: { type: 'string', default: 'wasm' },
  'unk-replace': { type: 'boolean', default: false },
  'unk-dict': { type: 'string' },
  'no-unk-dict': { type: 'boolean', default: false },
});
const modelDir = stringOption(a, 'model');
const dataFile = stringOption(a, 'data');
if (!modelDir || !dataFile)
  throw new CliError(`${modelDir ? '--data' : '--model'} is missing: npm run eval -- --model <dir> --data <tsv> [--beam k]`);
const beam = numberOption(a, 'beam', { integer: true, min: 1 })!;
const backend = backendOption(a);
// the sentence pairs are read (and checked line by line) before the model loads
const pairs = readPairs(dataFile);
await initBackend(backend);
const model = loadModelDir(modelDir);
if (a.float32) {
  const ckFile = a.float32 as string;
  if (!existsSync(ckFile)) throw new CliError(`--float32 ${ckFile}: no such checkpoint`);
  const ck = readCheckpoint<unknown>(ckFile);
  if (!ck) throw new CliError(`--float32 ${ckFile}: not a training checkpoint`);
  for (const t of ck.tensors) {
    const name = t.name.replace(/^param:/, '');
    if (!(name in model.params)) continue;
    model.params[name]!.dispose();
    model.params[name] = tf.tensor(t.values, t.shape);
  }
  model.params[EMB_T]?.dispose();
  model.params[EMB_T] = tf.transpose(model.params['tgt/emb']!); // the loader's cached E_yᵀ, rebuilt
}
let decode: ((texts: string[]) => Promise<DecodedSentence[]>) | undefined;
if (beam > 1) {
  const { beamBatch } = await import('../src/model/beamBatch');
  decode = (texts) => beamBatch(model, texts, beam);
}
const t0 = Date.now();
let unk: { result: EvalResult; batch: UnkBatchResult; dict: string | null } | undefined;
let r: EvalResult;
if (a['unk-replace']) {
  const given = stringOption(a, 'unk-dict');
  const dictFile = a['no-unk-dict'] ? null : (given ?? path.join(path.dirname(path.resolve(modelDir)), 'unk-dict.json'));
  // a dictionary named by --unk-dict must exist; the pair folder's default is optional
  const dict = dictFile && (given || existsSync(dictFile)) ? readUnkDictionary(dictFile) : undefined;
  let batch: UnkBatchResult | undefined;
  const run = async (texts: string[]): Promise<UnkBatchResult> =>
    (batch ??= await translateWithUnkReplacement(model, texts, { dictionary: dict, beam }));
  r = await evaluateTexts(model, pairs, async (texts) => (await run(texts)).plain);
  const withUnk = await evaluateTexts(model, pairs, async (texts) => (await run(texts)).replaced);
  unk = { result: withUnk, batch: batch!, dict: dict ? dictFile : null };
} else r = await evaluate(model, pairs, decode);
const seconds = (Date.now() - t0) / 1000;
if (a.hypotheses) writeFileSync(a.hypotheses as string, r.hypotheses.join('\n') + '\n');
console.log(
  `${path.basename(modelDir)} on ${dataFile}: BLEU ${r.bleu.toFixed(2)} over ${r.sentences} sources (${beam > 1 ? `beam ${beam}` : 'greedy'}${a.float32 ? ', float32 checkpoint' : ''}, ${seconds.toFixed(1)} s)`,
);
for (const [k, v] of Object.entries(r.by_length))
  console.log(`  source ${k.padEnd(5)} words: BLEU ${v.bleu.toFixed(2)} (${v.sentences})`);
console.log(`  unknown tokens: source ${(r.unk.src * 100).toFixed(2)} %, target ${(r.unk.tgt * 100).toFixed(2)} %`);
if (unk) {
  const c = unk.batch.counts;
  console.log(
    `with unknown-word replacement (${unk.dict ? `dictionary ${unk.dict}` : 'copy only'}): BLEU ${unk.result.bleu.toFixed(2)} (${c.replaced} of ${c.unknownOutputs} <unk> replaced, ${c.dictionary} from the dictionary)`,
  );
  for (const [k, v] of Object.entries(unk.result.by_length))
    console.log(`  source ${k.padEnd(5)} words: BLEU ${v.bleu.toFixed(2)} (${v.sentences})`);
}
if (a.card) {
  const card = readCard(modelDir);
  const set = path.basename(dataFile).replace(/\.tsv$/, '');
  const key = beam > 1 ? `beam${beam}` : 'greedy';
  const evals = card.eval ?? {};
  const entry = {
    ...(evals[set] ?? {}),
    [key]: { bleu: r.bleu, by_length: r.by_length, ...(a.float32 ? { weights: 'float32 checkpoint' } : {}) },
    ...(unk
      ? {
          [`${key}UnkReplace`]: {
            bleu: unk.result.bleu,
            by_length: unk.result.by_length,
            replaced: unk.batch.counts.replaced,
            fromDictionary: unk.batch.counts.dictionary,
            dictionary: unk.dict ? path.basename(unk.dict) : null,
          },
        }
      : {}),
    unk: r.unk,
    sources: r.sentences,
    trainingSteps: card.training?.steps,
    date: new Date().toISOString().slice(0, 10),
  };
  writeFileSync(path.join(modelDir, 'card.json'), JSON.stringify({ ...card, eval: { ...evals, [set]: entry } }, null, 2));
}
console.log(
  JSON.stringify({
    bleu: r.bleu,
    sentences: r.sentences,
    by_length: r.by_length,
    unk: r.unk,
    ...(unk ? { unkReplace: { bleu: unk.result.bleu, by_length: unk.result.by_length, ...unk.batch.counts } } : {}),
  }),
);
