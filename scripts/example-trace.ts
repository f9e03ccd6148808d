/**
 * npm run example-trace [-- --model public/models/en-fr/luong-general]
 * Writes public/examples/precomputed-trace.json: a real greedy decode of EXAMPLE_SENTENCE by the
 * shipped model (wasm backend in Node, the page's own decoder), numbers rounded to 4 significant
 * digits. The page shows it, labelled as precomputed, while the live model loads. Run it again
 * whenever that model's weights change (src/app/precomputed.test.ts fails until then).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  EXAMPLE_SENTENCE,
  PRECOMPUTED_FORMAT,
  PRECOMPUTED_PATH,
  roundTrace,
  type PrecomputedExample,
} from '../src/app/precomputed';
import { greedyDecode } from '../src/model/greedy';
import { disposeModel } from '../src/model/model';
import type { ModelJson } from '../src/model/weights';
import { loadModelDir } from '../src/train/export';
import { initBackend } from '../src/train/wasmNode';

const { values: a } = parseArgs({ options: { model: { type: 'string', default: 'public/models/en-fr/luong-general' } } });
const dir = path.resolve(a.model!);
const variant = path.basename(dir);
const index = JSON.parse(readFileSync(path.join(dir, '..', 'index.json'), 'utf8')) as {
  variants: { id: string; name: string }[];
};
const json = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8')) as ModelJson;
await initBackend('wasm');
const model = loadModelDir(dir);
const trace = await greedyDecode(model, EXAMPLE_SENTENCE);
disposeModel(model);
const example: PrecomputedExample = {
  format: PRECOMPUTED_FORMAT,
  description: `Precomputed, not live: a greedy decode of "${EXAMPLE_SENTENCE}" by the shipped ${variant} model (npm run example-trace), shown while the live model loads. Numbers rounded to 4 significant digits.`,
  variant,
  variantName: index.variants.find((v) => v.id === variant)?.name ?? variant,
  modelSha256: json.sha256 ?? '',
  sentence: EXAMPLE_SENTENCE,
  computedWith: 'greedyDecode (src/model/greedy.ts), TensorFlow.js wasm backend in Node',
  created: new Date().toISOString().slice(0, 10),
  trace: roundTrace(trace),
};
const out = path.resolve('public', PRECOMPUTED_PATH);
writeFileSync(out, JSON.stringify(example) + '\n');
console.log(
  `${out}: "${EXAMPLE_SENTENCE}" → "${trace.translation}" (${trace.steps.length} steps, ${(JSON.stringify(example).length / 1024).toFixed(0)} KiB)`,
);
