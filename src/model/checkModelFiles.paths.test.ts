/**
 * The weights path of a model's manifest: only a plain file name beside model.json is accepted, so
 * no reader (the app's fetch, a dropped folder, `loadModelDir` in Node) is ever pointed at a file
 * outside the model folder or at another origin. Refused paths name the manifest field.
 */
import { describe, expect, it } from 'vitest';
import { checkModelJson } from './checkModelFiles';
import type { ModelConfig } from './config';
import { ModelFileError } from './modelFileError';
import { paramShapes } from './paramShapes';

const CFG: ModelConfig = {
  attention: 'dot',
  embDim: 4,
  hidden: 6,
  srcVocabSize: 7,
  tgtVocabSize: 8,
  maxSrcLen: 10,
  maxTgtLen: 10,
};

/** A model.json whose one weights file is `paths` (float32 entries of the configuration's shapes). */
const modelJson = (paths: unknown): unknown => ({
  format: 'attention-seq2seq/1',
  config: CFG,
  weightsManifest: [
    { paths, weights: Object.entries(paramShapes(CFG)).map(([name, shape]) => ({ name, shape, dtype: 'float32' })) },
  ],
});

/** The message checkModelJson gives for `paths`, or 'accepted'. */
function verdict(paths: unknown): string {
  try {
    checkModelJson('m', modelJson(paths));
    return 'accepted';
  } catch (e) {
    expect(e).toBeInstanceOf(ModelFileError);
    return (e as Error).message;
  }
}

const REFUSED = 'm: model.json is malformed: "weightsManifest[0].paths" is missing or invalid';

describe('manifest weights path', () => {
  it('accepts a plain file name beside model.json', () => {
    for (const name of ['weights.bin', 'group1-shard1of1.bin', 'w_2.bin', 'weights']) expect(verdict([name])).toBe('accepted');
  });

  it.each([
    ['../../../../../etc/hostname'],
    ['/etc/hostname'],
    ['..'],
    ['.'],
    ['.hidden'],
    ['sub/weights.bin'],
    ['sub\\weights.bin'],
    ['C:\\weights.bin'],
    ['https://example.com/weights.bin'],
    ['//example.com/w.bin'],
    ['%2e%2e%2fetc%2fhostname'],
    ['weights.bin?x=1'],
    ['weights.bin\u0000'],
    [''],
  ])('refuses %j, naming the field', (p) => {
    expect(verdict([p])).toBe(REFUSED);
  });

  it('refuses no path, several paths, or a path that is not a string', () => {
    for (const paths of [[], ['a.bin', 'b.bin'], [7], 'weights.bin', undefined]) expect(verdict(paths)).toBe(REFUSED);
  });
});
