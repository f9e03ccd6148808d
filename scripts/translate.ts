/**
 * npm run translate -- --model public/models/en-fr/<variant> "some sentence" ["another" ...]
 * Prints each translation; with --attention also the alignment matrix.
 */
import { parseArgs } from 'node:util';
import { greedyDecode } from '../src/model/greedy';
import { loadModelDir } from '../src/train/export';
import { initBackend } from '../src/train/wasmNode';

const { values: a, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    model: { type: 'string', default: 'public/models/en-fr/luong-general' },
    attention: { type: 'boolean', default: false },
  },
});
if (positionals.length === 0) {
  console.error('usage: npm run translate -- --model <dir> "some sentence"');
  process.exit(2);
}
await initBackend('wasm');
const model = loadModelDir(a.model!);
for (const text of positionals) {
  const trace = await greedyDecode(model, text);
  if (trace.encoder.truncated) console.error(`(input cut to ${model.cfg.maxSrcLen - 1} tokens)`);
  console.log(trace.translation);
  if (a.attention && trace.steps[0]?.weights.length) {
    const src = trace.encoder.tokens;
    console.log(''.padEnd(12) + src.map((s) => s.slice(0, 6).padStart(7)).join(''));
    for (const st of trace.steps)
      console.log(st.chosen.token.slice(0, 11).padEnd(12) + st.weights.map((w) => w.toFixed(2).padStart(7)).join(''));
  }
}
