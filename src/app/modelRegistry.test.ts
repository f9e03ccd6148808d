/** The model registry: shipped models from an index, in-memory models from files (checked), unique ids. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ModelFileError } from '../model/modelFileError';
import type { ModelJson, VocabJson } from '../model/weights';
import type { ModelFiles } from './loadModel';
import { ModelRegistry } from './modelRegistry';

/** The shipped no-attention model's files, as the page holds them in memory. */
function shippedFiles(): ModelFiles {
  const dir = 'public/models/en-fr/none';
  const json = JSON.parse(readFileSync(`${dir}/model.json`, 'utf8')) as ModelJson;
  const vocab = JSON.parse(readFileSync(`${dir}/vocab.json`, 'utf8')) as VocabJson;
  const buf = readFileSync(`${dir}/weights.bin`);
  return {
    variant: 'none',
    json,
    vocab,
    weights: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength),
    verified: false,
  };
}

describe('ModelRegistry', () => {
  it('lists shipped models per pair and adds models from in-memory files with unique ids', () => {
    const reg = new ModelRegistry();
    let changes = 0;
    reg.subscribe(() => changes++);
    reg.addShipped('en-fr', [{ id: 'luong-general', name: 'General' }]);
    const files = shippedFiles();
    const a = reg.addFiles(files, { name: 'My model', pair: 'en-fr', source: 'opened' });
    const b = reg.addFiles(files, { name: 'My model again', pair: 'en-fr', source: 'opened' });
    reg.addShipped('en-de', [{ id: 'en-de/luong-general', name: 'General (de)' }]);
    expect(a.id).toBe('opened:none');
    expect(b.id).toBe('opened:none-2');
    expect(reg.list().map((e) => `${e.source} ${e.pair} ${e.id}`)).toEqual([
      'shipped en-fr luong-general',
      'shipped en-de en-de/luong-general',
      'opened en-fr opened:none',
      'opened en-fr opened:none-2',
    ]);
    expect(reg.list('en-de').map((e) => e.id)).toEqual(['en-de/luong-general']);
    expect(reg.filesOf('opened:none')?.variant).toBe('opened:none');
    expect(reg.filesOf('luong-general')).toBeUndefined();
    reg.remove('opened:none');
    reg.remove('luong-general'); // shipped models stay
    expect(reg.list().map((e) => e.id)).toEqual(['luong-general', 'en-de/luong-general', 'opened:none-2']);
    expect(changes).toBe(5);
  });

  it('refuses damaged files with a message naming the model and the problem', () => {
    const reg = new ModelRegistry();
    const files = shippedFiles();
    const cut = { ...files, weights: files.weights.slice(0, 1000) };
    expect(() => reg.addFiles(cut, { name: 'Cut', pair: 'en-fr', source: 'opened' })).toThrow(ModelFileError);
    expect(() => reg.addFiles(cut, { name: 'Cut', pair: 'en-fr', source: 'opened' })).toThrow(/Cut/);
    expect(reg.list()).toEqual([]);
  });
});
