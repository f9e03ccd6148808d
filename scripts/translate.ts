/**
 * npm run translate -- --model public/models/en-fr/<variant> "some sentence" ["another" ...]
 * Prints each translation; with --attention also the alignment matrix; with --unk-replace also the
 * translation with each <unk> replaced through attention (dictionary: unk-dict.json in the model's
 * pair folder when present, else copies) and where each replaced word came from.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseUnkDictionary, replaceInTrace } from '../src/model/unkReplace';
import { greedyDecode } from '../src/model/greedy';
import { loadModelDir } from '../src/train/export';
import { initBackend } from '../src/train/wasmNode';

const { values: a, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    model: { type: 'string', default: 'public/models/en-fr/luong-general' },
    attention: { type: 'boolean', default: false },
    'unk-replace': { type: 'boolean', default: false },
  },
});
if (positionals.length === 0) {
  console.error('usage: npm run translate -- --model <dir> "some sentence"');
  process.exit(2);
}
await initBackend('wasm');
const model = loadModelDir(a.model!);
const dictFile = path.join(path.dirname(path.resolve(a.model!)), 'unk-dict.json');
const dict = existsSync(dictFile) ? parseUnkDictionary(JSON.parse(readFileSync(dictFile, 'utf8')), dictFile) : undefined;
for (const text of positionals) {
  const trace = await greedyDecode(model, text);
  if (trace.encoder.truncated) console.error(`(input cut to ${model.cfg.maxSrcLen - 1} tokens)`);
  console.log(trace.translation);
  if (a['unk-replace']) {
    const r = replaceInTrace(model, trace, text, dict);
    console.log(r.text);
    for (const x of r.replacements)
      console.log(
        `  <unk> #${x.outputIndex + 1} → "${x.word}" (${x.via} of source word ${x.sourcePosition + 1} "${x.sourceWord}", α = ${x.alpha.toFixed(2)})`,
      );
  }
  if (a.attention && trace.steps[0]?.weights.length) {
    const src = trace.encoder.tokens;
    console.log(''.padEnd(12) + src.map((s) => s.slice(0, 6).padStart(7)).join(''));
    for (const st of trace.steps)
      console.log(st.chosen.token.slice(0, 11).padEnd(12) + st.weights.map((w) => w.toFixed(2).padStart(7)).join(''));
  }
}
