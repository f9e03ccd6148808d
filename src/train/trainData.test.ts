/**
 * The trainer checks its data folder before it writes anything, records the pair's languages, and
 * its output folder loads (from disk, and as in-memory files like a folder opened in the app) and
 * translates its training sentences in the target language's style.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { greedyDecode } from '../model/greedy';
import { disposeModel } from '../model/model';
import { checkModelFolder } from '../model/modelFolder';
import { modelFromFiles } from '../model/weights';
import { loadModelDir } from './export';
import { train, type TrainOptions } from './trainer';
import { TsvError } from './tsv';

const root = mkdtempSync(path.join(os.tmpdir(), 'attn-data-check-'));

function options(dataDir: string, over: Partial<TrainOptions> = {}): TrainOptions {
  return {
    attention: 'general',
    dataDir,
    outDir: path.join(root, over.tgtLang ?? 'fr', 'model'),
    ckptDir: path.join(root, over.tgtLang ?? 'fr', 'ckpt'),
    epochs: 1,
    batchSize: 4,
    embDim: 8,
    hidden: 8,
    srcVocab: 40,
    tgtVocab: 40,
    maxLen: 16,
    lr: 0.01,
    lrDecayAt: [],
    clipNorm: 5,
    seed: 1,
    resume: false,
    ckptMinutes: 60,
    evalEvery: 1000,
    quant: 'float32',
    logEvery: 1000,
    ...over,
  };
}

function folder(name: string, train: string, dev: string): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'train.tsv'), train);
  writeFileSync(path.join(dir, 'dev.tsv'), dev);
  return dir;
}

describe('trainer and its data folder', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('a bad line stops the run with the file and line named, before anything is written', async () => {
    const dir = folder('bad', 'Hi.\tHallo!\nRun! Lauf!\n', 'Hi.\tHallo!\n');
    const o = options(dir);
    const err = await train(o, () => {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TsvError);
    expect((err as TsvError).message).toBe(
      `${path.join(dir, 'train.tsv')}, line 2: has no tab: each line must be source<TAB>target`,
    );
    expect(existsSync(o.ckptDir)).toBe(false);
    expect(existsSync(o.outDir)).toBe(false);
  });

  it('an en→de run records its languages and writes German (no space before ?)', async () => {
    const pairs = ['Really?\tWirklich?', 'Really.\tWirklich.', 'Help!\tHilfe!', 'I see the film.\tIch sehe den Film.'];
    const dir = folder(
      'de',
      Array.from({ length: 10 }, () => pairs)
        .flat()
        .join('\r\n') + '\r\n',
      pairs.join('\n'),
    );
    const o = options(dir, { srcLang: 'en', tgtLang: 'de', epochs: 30, evalEvery: 50 });
    await train(o, () => {});
    const json = JSON.parse(readFileSync(path.join(o.outDir, 'model.json'), 'utf8')) as {
      config: { srcLang?: string; tgtLang?: string };
    };
    expect(json.config).toMatchObject({ srcLang: 'en', tgtLang: 'de' });
    const vocab = JSON.parse(readFileSync(path.join(o.outDir, 'vocab.json'), 'utf8')) as { caseTable: Record<string, string> };
    expect(vocab.caseTable).toMatchObject({ film: 'Film' });
    const model = loadModelDir(o.outDir);
    expect((await greedyDecode(model, 'Really?')).translation).toBe('Wirklich?');
    expect((await greedyDecode(model, 'I see the film.')).translation).toBe('Ich sehe den Film.');
    disposeModel(model);
    // the same folder opened as in-memory files, as the app's "open a model folder" reads it
    const files = ['model.json', 'weights.bin', 'vocab.json', 'card.json'].map((n) => ({
      name: `model/${n}`,
      bytes: new Uint8Array(readFileSync(path.join(o.outDir, n))),
    }));
    const checked = await checkModelFolder('model', files, async (d) =>
      createHash('sha256').update(new Uint8Array(d)).digest('hex'),
    );
    expect(checked.verified).toBe(true);
    expect(checked.languages).toEqual({ src: 'en', tgt: 'de' });
    const opened = modelFromFiles('model', checked.json, checked.vocab, checked.weights);
    expect((await greedyDecode(opened, 'Help!')).translation).toBe('Hilfe!');
    disposeModel(opened);
  }, 120_000);

  it('a pair without rules of its own (en→zh) trains with the language-neutral rules: characters in, text out', async () => {
    const pairs = ['I love you.\t我爱你。', 'Good morning.\t早上好。', 'Thank you very much.\t非常感谢。', 'Hello!\t你好！'];
    const dir = folder(
      'zh',
      Array.from({ length: 10 }, () => pairs)
        .flat()
        .join('\n'),
      pairs.join('\n'),
    );
    const o = options(dir, { srcLang: 'en', tgtLang: 'zh', epochs: 40, evalEvery: 50 });
    await train(o, () => {});
    const vocab = JSON.parse(readFileSync(path.join(o.outDir, 'vocab.json'), 'utf8')) as { tgt: string[] };
    expect(vocab.tgt).toEqual(expect.arrayContaining(['我', '爱', '你', '早', '上', '好', '。'])); // one token per character
    const model = loadModelDir(o.outDir);
    const trace = await greedyDecode(model, 'Good morning.');
    expect(trace.outputTokens).toEqual(['早', '上', '好', '。']);
    expect(trace.translation).toBe('早上好。'); // joined without spaces
    disposeModel(model);
  }, 120_000);
});
