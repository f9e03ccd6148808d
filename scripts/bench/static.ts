/**
 * Static figures of the built page: the JavaScript index.html loads eagerly, the wasm binary, and
 * each shipped model's files as served.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './options';
import { emit } from './output';

/** Scripts and module preloads that index.html loads before anything else. */
function initialChunks(html: string): string[] {
  const files: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) if (/type="module"/.test(m[0])) files.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (href) files.push(href);
  }
  return files;
}

/** Raw and gzip bytes of a file. */
export function sizes(file: string): { raw: number; gzip: number } {
  const b = readFileSync(file);
  return { raw: b.length, gzip: gzipSync(b).length };
}

/** Emits `initial_js_bytes`, `wasm_binary_bytes` and one `weights_bytes` per shipped model. */
export function staticFigures(): void {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const js = initialChunks(html).map((f) => ({ file: f, ...sizes(path.join(DIST, f)) }));
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => ({
    file: m[1]!,
    ...sizes(path.join(DIST, m[1]!)),
  }));
  emit({
    figure: 'initial_js_bytes',
    host: 'dist',
    note: 'everything index.html loads eagerly (module script + modulepreloads); backends, KaTeX and the other views load on demand: see js_loaded_gzip of cold_load_to_translation_ms',
    raw: js.reduce((s, f) => s + f.raw, 0),
    gzip: js.reduce((s, f) => s + f.gzip, 0),
    files: js,
    css_gzip: css.reduce((s, f) => s + f.gzip, 0),
  });
  const wasmDir = path.join(DIST, 'assets');
  const wasm = ['tfjs-backend-wasm-simd', 'tfjs-backend-wasm'].map((name) => {
    const f = (existsSync(wasmDir) ? readdirSync(wasmDir) : []).find((x) => x.startsWith(name + '-') && x.endsWith('.wasm'));
    return f ? { file: `assets/${f}`, ...sizes(path.join(wasmDir, f)) } : null;
  });
  if (wasm[0])
    emit({
      figure: 'wasm_binary_bytes',
      host: 'dist',
      note: 'fetched only when the wasm backend is used (SIMD build)',
      ...wasm[0],
    });

  const index = JSON.parse(readFileSync(path.join(DIST, 'models/en-fr/index.json'), 'utf8')) as { variants: { id: string }[] };
  for (const v of index.variants) {
    const dir = path.join(DIST, 'models/en-fr', v.id);
    const files: Record<string, { raw: number; gzip: number }> = {};
    for (const f of ['model.json', 'vocab.json', 'weights.bin', 'card.json'])
      if (existsSync(path.join(dir, f))) files[f] = sizes(path.join(dir, f));
    const needed = ['model.json', 'vocab.json', 'weights.bin'].filter((f) => files[f]);
    emit({
      figure: 'weights_bytes',
      host: 'dist',
      model: v.id,
      weights_bin: files['weights.bin']?.raw,
      model_json: files['model.json']?.raw,
      vocab_json: files['vocab.json']?.raw,
      card_json: files['card.json']?.raw,
      total_to_translate: needed.reduce((s, f) => s + files[f]!.raw, 0),
      total_to_translate_gzip: needed.reduce((s, f) => s + files[f]!.gzip, 0),
    });
  }
}
