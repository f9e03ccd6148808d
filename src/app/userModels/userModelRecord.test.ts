import { describe, expect, it } from 'vitest';
import { cleanModelName, folderName, fromRecord, idPart, modelFilesOnly, toRecord } from './userModelRecord';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('user model records (IndexedDB serialisation)', () => {
  it('round-trips a folder: base names, exact bytes (a Uint8Array view copied out), id, name, pair', () => {
    const big = bytes('xxweightsyy');
    const view = big.subarray(2, 9); // "weights": a view into a larger buffer
    const r = toRecord(
      'opened:my-model',
      'my-model',
      'en-de',
      [
        { name: 'my-model/model.json', bytes: bytes('{}') },
        { name: 'my-model/weights.bin', bytes: view },
      ],
      42,
    );
    const back = fromRecord(structuredClone(r));
    expect(back).not.toBeNull();
    expect(back!.files.map((f) => f.name)).toEqual(['model.json', 'weights.bin']);
    expect(new TextDecoder().decode(back!.files[1]!.bytes)).toBe('weights');
    expect(back).toMatchObject({ id: 'opened:my-model', name: 'my-model', pair: 'en-de', added: 42 });
  });

  it('drops malformed records instead of throwing', () => {
    expect(fromRecord(null)).toBeNull();
    expect(
      fromRecord({ id: 'luong-general', name: 'x', pair: 'en-fr', files: [{ name: 'a', bytes: new ArrayBuffer(1) }] }),
    ).toBeNull();
    expect(fromRecord({ id: 'opened:x', name: 'x', pair: 'en-fr', files: [] })).toBeNull();
    expect(fromRecord({ id: 'opened:x', name: 'x', pair: 'en-fr', files: [{ name: 'a', bytes: 'nope' }] })).toBeNull();
  });

  it('names: the picked folder, a safe id part, a cleaned display name; only the model files are kept', () => {
    expect(folderName(['my-model/model.json', 'my-model/vocab.json'])).toBe('my-model');
    expect(folderName(['model.json'], 'fallback')).toBe('fallback');
    expect(idPart('Mon modèle (v2)')).toBe('Mon-mode-le-v2-');
    expect(idPart('…')).toBe('model');
    expect(cleanModelName('  a\u0000b  ')).toBe('ab');
    const kept = modelFilesOnly([
      { name: 'f/model.json', bytes: bytes('') },
      { name: 'f/notes.txt', bytes: bytes('') },
      { name: 'f/weights.bin', bytes: bytes('') },
    ]);
    expect(kept.map((f) => f.name)).toEqual(['f/model.json', 'f/weights.bin']);
  });
});
