/**
 * npm run train -- --attention general [--pair en-de] [--epochs 8] [--resume] [--stop-at-step 15000] ...
 * (--stop-at-step: checkpoint and stop once the global step reaches N; the shipped variants share
 * a budget of 15,000 steps ≈ 6 epochs with the schedule of --epochs 8.)
 * Trains one variant on ../shared/data/<pair>/train.tsv, selects on dev.tsv (never test.tsv),
 * exports the best model to public/models/<pair>/<variant>/.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ATTENTION_KINDS, VARIANT_NAME, type AttentionKind } from '../src/model/config';
import { train } from '../src/train/trainer';
import { initBackend } from '../src/train/wasmNode';
import type { QuantPolicy } from '../src/train/export';

const { values: a } = parseArgs({
  options: {
    attention: { type: 'string', default: 'general' },
    pair: { type: 'string', default: 'en-fr' },
    data: { type: 'string' },
    out: { type: 'string' },
    ckpt: { type: 'string' },
    pack: { type: 'string' },
    epochs: { type: 'string', default: '8' },
    batch: { type: 'string', default: '64' },
    emb: { type: 'string', default: '128' },
    hidden: { type: 'string', default: '256' },
    'src-vocab': { type: 'string', default: '8004' },
    'tgt-vocab': { type: 'string', default: '12004' },
    'max-len': { type: 'string', default: '16' },
    lr: { type: 'string', default: '0.001' },
    'lr-decay-at': { type: 'string' },
    clip: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    resume: { type: 'boolean', default: false },
    'ckpt-minutes': { type: 'string', default: '5' },
    'eval-every': { type: 'string', default: '1000' },
    quant: { type: 'string', default: 'mixed' },
    'train-limit': { type: 'string' },
    'dev-limit': { type: 'string' },
    'max-minutes': { type: 'string' },
    'stop-at-step': { type: 'string' },
    'log-every': { type: 'string', default: '50' },
    backend: { type: 'string', default: 'wasm' },
    'no-src-eos': { type: 'boolean', default: false },
    'att-lr-scale': { type: 'string', default: '0.0625' },
  },
});

const attention = a.attention as AttentionKind;
if (!ATTENTION_KINDS.includes(attention)) {
  console.error(`--attention must be one of ${ATTENTION_KINDS.join(', ')}`);
  process.exit(2);
}
const variant = VARIANT_NAME[attention];
const pair = a.pair!;
if (!/^[a-z]{2,3}-[a-z]{2,3}$/.test(pair)) {
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
  embDim: Number(a.emb),
  hidden: Number(a.hidden),
  srcVocab: Number(a['src-vocab']),
  tgtVocab: Number(a['tgt-vocab']),
  maxLen: Number(a['max-len']),
  lr: Number(a.lr),
  lrDecayAt: a['lr-decay-at'] ? a['lr-decay-at'].split(',').map(Number) : [0.7 * epochs, 0.85 * epochs],
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
});
