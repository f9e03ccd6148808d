/**
 * npm run train -- --attention general [--pair en-de] [--size tiny|small|base] [--epochs 8] [--resume] [--stop-at-step 15000] ...
 * (--stop-at-step: checkpoint and stop once the global step reaches N; the shipped variants share
 * a budget of 15,000 steps ≈ 6 epochs with the schedule of --epochs 8.)
 * Trains one variant on ../shared/data/<pair>/train.tsv, selects on dev.tsv (never test.tsv),
 * exports the best model to public/models/<pair>/<variant>/.
 */
import path from 'node:path';
import { backendOption, choiceOption, numberListOption, numberOption, parseCommandLine, stringOption } from '../src/cli/args';
import { CliError } from '../src/cli/cliError';
import {
  ATTENTION_KINDS,
  DEFAULT_SIZE,
  defaultLrDecayAt,
  SIZE_PRESETS,
  SIZE_TRAIN_DEFAULTS,
  TRAIN_DEFAULTS,
  VARIANT_NAME,
  type SizePreset,
} from '../src/model/config';
import { parsePair } from '../src/model/languages';
import { train } from '../src/train/trainer';
import { initBackend } from '../src/train/wasmNode';
import { QUANT_POLICIES } from '../src/train/export';

const D = TRAIN_DEFAULTS;
const str = (v: number | string): string => String(v);
const { values: a } = parseCommandLine({
  attention: { type: 'string', default: 'general' },
  pair: { type: 'string', default: 'en-fr' },
  data: { type: 'string' },
  out: { type: 'string' },
  ckpt: { type: 'string' },
  pack: { type: 'string' },
  // --size picks E, H and the vocabularies; --emb, --hidden, --src-vocab, --tgt-vocab override one each.
  size: { type: 'string', default: DEFAULT_SIZE },
  epochs: { type: 'string' },
  batch: { type: 'string' },
  emb: { type: 'string' },
  hidden: { type: 'string' },
  'src-vocab': { type: 'string' },
  'tgt-vocab': { type: 'string' },
  'max-len': { type: 'string', default: str(D.maxLen) },
  lr: { type: 'string' },
  'lr-decay-at': { type: 'string' },
  clip: { type: 'string', default: str(D.clipNorm) },
  seed: { type: 'string', default: str(D.seed) },
  resume: { type: 'boolean', default: false },
  'ckpt-minutes': { type: 'string', default: str(D.ckptMinutes) },
  'eval-every': { type: 'string', default: str(D.evalEvery) },
  quant: { type: 'string', default: D.quant },
  'train-limit': { type: 'string' },
  'dev-limit': { type: 'string' },
  'max-minutes': { type: 'string' },
  'stop-at-step': { type: 'string' },
  'log-every': { type: 'string', default: str(D.logEvery) },
  backend: { type: 'string', default: 'wasm' },
  'no-src-eos': { type: 'boolean', default: false },
  'att-lr-scale': { type: 'string' },
});

const sizeName = choiceOption(a, 'size', Object.keys(SIZE_PRESETS) as SizePreset[])!;
const size = SIZE_PRESETS[sizeName];
const schedule = { ...D, ...SIZE_TRAIN_DEFAULTS[sizeName] };
const attention = choiceOption(a, 'attention', ATTENTION_KINDS)!;
const variant = VARIANT_NAME[attention];
const pair = stringOption(a, 'pair')!;
const langs = parsePair(pair);
if (!langs) throw new CliError(`--pair must look like en-fr (two language codes), got "${pair}"`);
const quant = choiceOption(a, 'quant', QUANT_POLICIES)!;
const backend = backendOption(a);
const int = (name: string, min = 1): number | undefined => numberOption(a, name, { integer: true, min });
const positive = (name: string): number | undefined => numberOption(a, name, { min: Number.MIN_VALUE });
// en-fr keeps its historical checkpoint and pack paths; other pairs get a pair folder.
const statePrefix = pair === 'en-fr' ? '' : pair;
const epochs = int('epochs') ?? schedule.epochs;
const dataDir = stringOption(a, 'data') ?? path.resolve('../shared/data', pair);
// the data folder is read and checked (every line) in train(), before anything is written

await initBackend(backend);
await train({
  attention,
  dataDir,
  outDir: stringOption(a, 'out') ?? path.join('public/models', pair, variant),
  ckptDir: stringOption(a, 'ckpt') ?? path.join('checkpoints', statePrefix, variant),
  packFile: stringOption(a, 'pack') ?? path.join('train-state', statePrefix, `${variant}.pack.gz`),
  epochs,
  batchSize: int('batch') ?? schedule.batchSize,
  embDim: int('emb') ?? size.embDim,
  hidden: int('hidden', 2) ?? size.hidden,
  srcVocab: int('src-vocab', 5) ?? size.srcVocab,
  tgtVocab: int('tgt-vocab', 5) ?? size.tgtVocab,
  maxLen: int('max-len')!,
  lr: positive('lr') ?? schedule.lr,
  lrDecayAt: numberListOption(a, 'lr-decay-at') ?? defaultLrDecayAt(epochs),
  clipNorm: positive('clip')!,
  seed: int('seed', 0)!,
  resume: a.resume === true,
  ckptMinutes: positive('ckpt-minutes')!,
  evalEvery: int('eval-every')!,
  quant,
  trainLimit: int('train-limit'),
  devLimit: int('dev-limit'),
  maxMinutes: positive('max-minutes'),
  stopAtStep: int('stop-at-step'),
  logEvery: int('log-every')!,
  srcEos: a['no-src-eos'] !== true,
  attLrScale: positive('att-lr-scale') ?? schedule.attLrScale,
  // the pair's languages pick the tokenization rules and are written into the model's config
  srcLang: langs.src,
  tgtLang: langs.tgt,
  // a user's own folder is not the Tatoeba data: the card says only where it came from
  dataNote: a.data ? `${path.basename(path.resolve(dataDir))}/train.tsv (your own data)` : undefined,
});
