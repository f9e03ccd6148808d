import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { greedyDecode } from './greedy';
import { disposeModel } from './model';
import { ModelFileError } from './modelFileError';
import { checkModelFolder, type FolderFile } from './modelFolder';
import { useCpu } from './testUtils';
import { modelFromFiles } from './weights';

const DIR = 'public/models/en-fr/luong-general';
const real = (name: string): Uint8Array => new Uint8Array(readFileSync(`${DIR}/${name}`));
/** The shipped folder's four files as a folder picker gives them (paths under the folder's name). */
const shipped = (): FolderFile[] =>
  ['model.json', 'weights.bin', 'vocab.json', 'card.json'].map((n) => ({ name: `luong-general/${n}`, bytes: real(n) }));
const nodeSha = async (d: ArrayBuffer): Promise<string> => createHash('sha256').update(new Uint8Array(d)).digest('hex');
const replace = (files: FolderFile[], name: string, bytes: Uint8Array | null): FolderFile[] =>
  files.flatMap((f) => (f.name.endsWith('/' + name) ? (bytes ? [{ ...f, bytes }] : []) : [f]));

/** The message of the ModelFileError the folder check rejects with. */
async function problem(files: FolderFile[]): Promise<string> {
  const e = await checkModelFolder('my model', files, nodeSha).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ModelFileError);
  return (e as ModelFileError).message;
}

describe('opening a model folder from in-memory files', () => {
  beforeAll(useCpu);

  it('the shipped files load, verified, and translate like the shipped model', async () => {
    const before = tf.memory().numTensors;
    const folder = await checkModelFolder('luong-general', shipped(), nodeSha);
    expect(folder.verified).toBe(true);
    expect(folder.languages).toEqual({ src: 'en', tgt: 'fr' });
    expect(folder.card?.['variant']).toBe('luong-general');
    const model = modelFromFiles('luong-general', folder.json, folder.vocab, folder.weights);
    expect((await greedyDecode(model, 'I am a student.')).translation).toBe('Je suis étudiant.');
    disposeModel(model);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('without card.json, and with files dropped loose (no folder path), it loads too', async () => {
    const files = replace(shipped(), 'card.json', null).map((f) => ({ ...f, name: f.name.split('/')[1]! }));
    const folder = await checkModelFolder('dropped', files);
    expect(folder.card).toBeUndefined();
    expect(folder.verified).toBe(false); // no hash function given
  });

  it('damaged copies give a message naming the model, the file and the problem', async () => {
    const files = shipped();
    const weights = real('weights.bin');
    expect(await problem(replace(files, 'model.json', null))).toBe('my model: model.json is not in the folder');
    expect(await problem(replace(files, 'weights.bin', null))).toBe('my model: weights.bin is not in the folder');
    expect(await problem(replace(files, 'weights.bin', weights.slice(0, 1000)))).toBe(
      `my model: weights.bin has 1000 bytes, expected ${weights.length} (truncated or wrong file)`,
    );
    const flipped = weights.slice();
    flipped[12345] = 255 - flipped[12345]!;
    expect(await problem(replace(files, 'weights.bin', flipped))).toBe(
      'my model: weights.bin does not match its checksum (corrupt or out-of-date download)',
    );
    expect(await problem(replace(files, 'vocab.json', real('vocab.json').slice(0, 500)))).toBe(
      'my model: vocab.json is not valid JSON',
    );
    expect(await problem(replace(files, 'card.json', new Uint8Array([0xff, 0xfe, 0x7b])))).toBe(
      'my model: card.json is not valid JSON',
    );
    const json = JSON.parse(new TextDecoder().decode(real('model.json'))) as { config: Record<string, unknown> };
    const edit = (over: Record<string, unknown>): Uint8Array =>
      new TextEncoder().encode(JSON.stringify({ ...json, config: { ...json.config, ...over } }));
    expect(await problem(replace(files, 'model.json', edit({ hidden: 128 })))).toMatch(
      /^my model: weight "enc\/fwd\/Wx" has shape/,
    );
    expect(await problem(replace(files, 'model.json', edit({ tgtLang: 'German' })))).toBe(
      'my model: model.json is malformed: "config.tgtLang" is missing or invalid',
    );
    const vocab = JSON.parse(new TextDecoder().decode(real('vocab.json'))) as { src: string[] };
    const short = new TextEncoder().encode(JSON.stringify({ ...vocab, src: vocab.src.slice(0, 100) }));
    expect(await problem(replace(files, 'vocab.json', short))).toMatch(/^my model: vocabulary sizes do not match/);
  });

  it('a folder whose config names its languages reports them', async () => {
    const json = JSON.parse(new TextDecoder().decode(real('model.json'))) as { config: Record<string, unknown> };
    const de = new TextEncoder().encode(JSON.stringify({ ...json, config: { ...json.config, srcLang: 'en', tgtLang: 'de' } }));
    const folder = await checkModelFolder('x', replace(shipped(), 'model.json', de), nodeSha);
    expect(folder.languages).toEqual({ src: 'en', tgt: 'de' });
  });
});
