/**
 * Small random-weight models of the variants that are not shipped yet (dot, concat), so
 * the e2e tests can drive every architecture through the real page and the real model code. They
 * are built in memory with the project's own parameter shapes and weight encoding, and served to
 * the page through Playwright routes (same origin, nothing written to public/).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AttentionKind, ModelConfig } from '../src/model/config';
import { paramShapes } from '../src/model/paramShapes';
import { encodeWeights, type ModelJson } from '../src/model/weights';
import { mulberry32 as rng } from '../src/train/rng';

/** The shipped model whose vocabulary the test models reuse (Playwright runs from the repository root). */
const SHIPPED = path.resolve(process.cwd(), 'public/models/en-fr/luong-general');

export interface TestModel {
  id: string;
  name: string;
  files: Record<string, { body: Buffer; contentType: string }>;
}

/** A random model of variant `kind` (H = 64, at most 6 output tokens unless `over` says otherwise) on the shipped vocabulary. */
export function makeTestModel(
  kind: AttentionKind,
  seed = 7,
  over: Partial<Pick<ModelConfig, 'embDim' | 'hidden' | 'maxTgtLen'>> = {},
): TestModel {
  const vocabText = readFileSync(path.join(SHIPPED, 'vocab.json'));
  const vocab = JSON.parse(vocabText.toString('utf8')) as { src: string[]; tgt: string[] };
  const cfg: ModelConfig = {
    attention: kind,
    embDim: 32,
    hidden: 64,
    srcVocabSize: vocab.src.length,
    tgtVocabSize: vocab.tgt.length,
    maxSrcLen: 50,
    maxTgtLen: 6,
    ...over,
  };
  const rand = rng(seed);
  const tensors = Object.entries(paramShapes(cfg)).map(([name, shape]) => {
    const n = shape.reduce((a, b) => a * b, 1);
    // ±0.3 embeddings, ±2/√fan-in matrices (livelier than the usual init, for visible attention), zero biases
    const bound = shape.length === 1 ? 0 : name.endsWith('/emb') ? 0.3 : 2 / Math.sqrt(shape[0]!);
    const values = new Float32Array(n);
    for (let i = 0; i < n; i++) values[i] = (rand() * 2 - 1) * bound;
    return { name, shape, values };
  });
  const { specs, data } = encodeWeights(tensors, (name) => (name.endsWith('/emb') ? 'float16' : 'float32'));
  const body = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const json: ModelJson = {
    format: 'attention-seq2seq/1',
    config: cfg,
    weightsManifest: [{ paths: ['weights.bin'], weights: specs }],
    sha256: createHash('sha256').update(body).digest('hex'),
  };
  const id = `test-${kind}`;
  return {
    id,
    name: `${kind} (random test weights)`,
    files: {
      'model.json': { body: Buffer.from(JSON.stringify(json)), contentType: 'application/json' },
      'vocab.json': { body: vocabText, contentType: 'application/json' },
      'weights.bin': { body, contentType: 'application/octet-stream' },
      'card.json': { body: Buffer.from(JSON.stringify({ variant: id, config: cfg })), contentType: 'application/json' },
    },
  };
}

/** Serves `models` to the page: listed in index.json, files under models/en-fr/<id>/. */
export async function serveTestModels(page: Page, models: TestModel[]): Promise<void> {
  await page.route('**/models/en-fr/index.json', async (route) => {
    const res = await route.fetch();
    const index = (await res.json()) as { variants: { id: string; name: string }[] };
    index.variants.push(...models.map((m) => ({ id: m.id, name: m.name })));
    await route.fulfill({ response: res, json: index });
  });
  for (const m of models) {
    await page.route(`**/models/en-fr/${m.id}/*`, async (route) => {
      const file = m.files[path.basename(new URL(route.request().url()).pathname)];
      if (!file) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, body: file.body, contentType: file.contentType });
    });
  }
}
