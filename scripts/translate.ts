/**
 * npm run translate -- --model public/models/en-fr/<variant> "some sentence" ["another" ...]
 * Prints each translation; with --attention also the alignment matrix; with --unk-replace also the
 * translation with each <unk> replaced through attention (dictionary: unk-dict.json in the model's
 * pair folder when present, else copies) and where each replaced word came from.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { backendOption, parseCommandLine, stringOption } from '../src/cli/args';
import { CliError } from '../src/cli/cliError';
import { readUnkDictionary } from '../src/cli/files';
import { replaceInTrace } from '../src/model/unkReplace';
import { greedyDecode } from '../src/model/greedy';
import { loadModelDir } from '../src/train/export';
import { initBackend } from '../src/train/wasmNode';

const { values: a, positionals } = parseCommandLine(
  {
    model: { type: 'string', default: 'public/models/en-fr/luong-general' },
    attention: { type: 'boolean', default: false },
    'unk-replace': { type: 'boolean', default: false },
    backend: { type: 'string', default: 'wasm' },
  },
  { allowPositionals: true },
);
if (positionals.length === 0) throw new CliError('no sentence given: npm run translate -- --model <dir> "some sentence"');
const empty = positionals.findIndex((t) => t.trim() === '');
if (empty >= 0) throw new CliError(`sentence ${empty + 1} is empty: give some words to translate`);
const modelDir = stringOption(a, 'model')!;
const backend = backendOption(a);
await initBackend(backend);
const model = loadModelDir(modelDir);
const dictFile = path.join(path.dirname(path.resolve(modelDir)), 'unk-dict.json');
const dict = existsSync(dictFile) ? readUnkDictionary(dictFile) : undefined;
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
