/**
 * npm run train -- --attention general [--pair en-de] [--size tiny|small|base] [--epochs 8] [--resume] [--stop-at-step 15000] ...
 * (--stop-at-step: checkpoint and stop once the global step reaches N; the shipped variants share
 * a budget of 15,000 steps ≈ 6 epochs with the schedule of --epochs 8.)
 * Trains one variant on ../shared/data/<pair>/train.tsv, selects on dev.tsv (never test.tsv),
 * exports the best model to public/models/<pair>/<variant>/.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  ATTENTION_KINDS,
  DEFAULT_SIZE,
  defaultLrDecayAt,
  SIZE_PRESETS,
  TRAIN_DEFAULTS,
  VARIANT_NAME,
  type AttentionKind,
  type SizePreset,
} from '../src/model/config';
import { parsePair } from '../src/model/languages';
import { train } from '../src/train/trainer';
import { initBackend } from '../src/train/wasmNode';
import type { QuantPolicy } from '../src/train/export';

const D = TRAIN_DEFAULTS;
const str = (v: number | string): string => String(v);
const { values: a } = parseArgs({
  options: {
    attention: { type: 'string', default: 'general' },
    pair: { type: 'string', default: 'en-fr' },
    data: { type: 'string' },
    out: { type: 'string' },
    ckpt: { type: 'string' },
    pack: { type: 'string' },
    // --size picks E, H and the vocabularies; --emb, --hidden, --src-vocab, --tgt-vocab override one each.
    size: { type: 'string', default: DEFAULT_SIZE },
    epochs: { type: 'string', default: str(D.epochs) },
    batch: { type: 'string', default: str(D.batchSize) },
    emb: { type: 'string' },
    hidden: { type: 'string' },
    'src-vocab': { type: 'string' },
    'tgt-vocab': { type: 'string' },
    'max-len': { type: 'string', default: str(D.maxLen) },
    lr: { type: 'string', default: str(D.lr) },
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
    'att-lr-scale': { type: 'string', default: str(D.attLrScale) },
  },
});

if (!(a.size! in SIZE_PRESETS)) {
  console.error(`--size must be one of ${Object.keys(SIZE_PRESETS).join(', ')}, got "${a.size}"`);
  process.exit(2);
}
const size = SIZE_PRESETS[a.size as SizePreset];
const attention = a.attention as AttentionKind;
if (!ATTENTION_KINDS.includes(attention)) {
  console.error(`--attention must be one of ${ATTENTION_KINDS.join(', ')}`);
  process.exit(2);
}
const variant = VARIANT_NAME[attention];
const pair = a.pair!;
const langs = parsePair(pair);
if (!langs) {
  console.error(`--pair must look like en-fr (two language codes), got "${pair}"`);
  process.exit(2);
}
// en-fr keeps its historical checkpoint and pack paths; other pairs get a pair folder.
const statePrefix = pair === 'en-fr' ? '' : pair;
const epochs = Number(a.epochs);
const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

await initBackend(a.backend as 'wasm' | 'cpu');
await train({
  attention,
  dataDir: a.data ?? path.resolve('../shared/data', pair),
  outDir: a.out ?? path.join('public/models', pair, variant),
  ckptDir: a.ckpt ?? path.join('checkpoints', statePrefix, variant),
  packFile: a.pack ?? path.join('train-state', statePrefix, `${variant}.pack.gz`),
  epochs,
  batchSize: Number(a.batch),
  embDim: num(a.emb) ?? size.embDim,
  hidden: num(a.hidden) ?? size.hidden,
  srcVocab: num(a['src-vocab']) ?? size.srcVocab,
  tgtVocab: num(a['tgt-vocab']) ?? size.tgtVocab,
  maxLen: Number(a['max-len']),
  lr: Number(a.lr),
  lrDecayAt: a['lr-decay-at'] ? a['lr-decay-at'].split(',').map(Number) : defaultLrDecayAt(epochs),
  clipNorm: Number(a.clip),
  seed: Number(a.seed),
  resume: a.resume!,
  ckptMinutes: Number(a['ckpt-minutes']),
  evalEvery: Number(a['eval-every']),
  quant: a.quant as QuantPolicy,
  trainLimit: num(a['train-limit']),
  devLimit: num(a['dev-limit']),
  maxMinutes: num(a['max-minutes']),
  stopAtStep: num(a['stop-at-step']),
  logEvery: Number(a['log-every']),
  srcEos: !a['no-src-eos'],
  attLrScale: Number(a['att-lr-scale']),
  // the pair's languages pick the tokenization rules and are written into the model's config
  srcLang: langs.src,
  tgtLang: langs.tgt,
  // a user's own folder is not the Tatoeba data: the card says only where it came from
  dataNote: a.data ? `${path.basename(path.resolve(a.data))}/train.tsv (your own data)` : undefined,
});
