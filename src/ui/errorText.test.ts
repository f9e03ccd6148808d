/** Problems with a model's files are worded in both languages, naming the file or weight. */
import { describe, expect, it } from 'vitest';
import { ModelFileError, type ModelFileProblem } from '../model/modelFileError';
import { errorDetail } from './errorText';
import { en } from './strings';
import { ko } from './strings.ko';

/** One problem of every kind, and the name each text must mention. */
const PROBLEMS: [ModelFileProblem, string][] = [
  [{ kind: 'download', file: 'weights.bin', status: 503 }, 'HTTP 503'],
  [{ kind: 'download', file: 'weights.bin', detail: 'Failed to fetch' }, 'Failed to fetch'],
  [{ kind: 'notFound', file: 'weights.bin' }, 'weights.bin'],
  [{ kind: 'notJson', file: 'vocab.json' }, 'vocab.json'],
  [{ kind: 'notModel', file: 'model.json' }, 'model.json'],
  [{ kind: 'malformed', file: 'model.json', field: 'config.hidden' }, 'config.hidden'],
  [{ kind: 'size', file: 'weights.bin', bytes: 100, expected: 4096 }, '4096'],
  [{ kind: 'checksum', file: 'weights.bin' }, 'weights.bin'],
  [{ kind: 'shape', weight: 'bridge/W', shape: [4, 16], expected: [8, 8] }, '[4, 16]'],
  [{ kind: 'missingWeight', weight: 'att/v' }, 'att/v'],
  [{ kind: 'extraWeight', weight: 'att/Wa' }, 'att/Wa'],
  [{ kind: 'vocabSize', src: 10, tgt: 11, expectedSrc: 12, expectedTgt: 13 }, '13'],
  [{ kind: 'vocabSpecials', side: 'src' }, 'vocab.json'],
];

describe('model file problems', () => {
  it.each(PROBLEMS)('%o is worded in English and Korean', (p, mention) => {
    const e = en.modelFile(p);
    const k = ko.modelFile(p);
    expect(e).toContain(mention);
    expect(k).toContain(mention);
    expect(k).not.toBe(e);
    expect(k).toMatch(/[가-힣]/);
  });

  it('errorDetail words a ModelFileError without the model name, and strips the name from other messages', () => {
    const p: ModelFileProblem = { kind: 'checksum', file: 'weights.bin' };
    expect(errorDetail(new ModelFileError('Luong · general', p))).toBe(en.modelFile(p));
    expect(errorDetail(new Error('Luong · general: something broke'), 'Luong · general')).toBe('something broke');
    expect(errorDetail('plain')).toBe('plain');
  });
});
