/** The user's opened models with the shipped luong-general files: open, keep, restore in a new page, remove; a damaged folder changes nothing. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ModelFileError } from '../../model/modelFileError';
import type { FolderFile } from '../../model/modelFolder';
import type { ModelFiles } from '../loadModel';
import { ModelRegistry } from '../modelRegistry';
import type { UserModelRecord } from './userModelRecord';
import { UserModels, type UserModelStorage } from './userModels';

function folder(name: string, damage?: (b: Buffer) => Buffer<ArrayBufferLike>): FolderFile[] {
  const dir = 'public/models/en-fr/luong-general';
  return ['model.json', 'vocab.json', 'weights.bin', 'card.json'].map((f) => {
    let b: Buffer = readFileSync(`${dir}/${f}`);
    if (f === 'weights.bin' && damage) b = damage(b);
    return { name: `${name}/${f}`, bytes: new Uint8Array(b) };
  });
}

function memoryStorage(): UserModelStorage & { records: Map<string, UserModelRecord> } {
  const records = new Map<string, UserModelRecord>();
  return {
    records,
    load: async () => [...records.values()].map((r) => structuredClone(r)),
    save: async (r) => void records.set(r.id, structuredClone(r)),
    remove: async (id) => void records.delete(id),
  };
}

describe('UserModels', () => {
  it('opens a folder as the user’s model of its pair, keeps it, restores it on a later visit, removes it', async () => {
    const storage = memoryStorage();
    const reg = new ModelRegistry();
    const mine = new UserModels(reg, storage);
    const { entry, stored } = await mine.open('my-general', folder('my-general'));
    expect(stored).toBe(true);
    expect(entry).toMatchObject({ id: 'opened:my-general', pair: 'en-fr', source: 'opened', name: 'my-general' });
    expect(reg.filesOf(entry.id)?.verified).toBe(true);
    expect(mine.cardOf(entry.id)?.config?.attention).toBe('general');

    const later = new ModelRegistry();
    await new UserModels(later, storage).restore();
    expect(later.list('en-fr').map((e) => e.id)).toEqual(['opened:my-general']);
    expect(later.filesOf('opened:my-general')?.weights.byteLength).toBe(reg.filesOf(entry.id)?.weights.byteLength);

    await mine.remove(entry.id);
    expect(reg.list()).toEqual([]);
    expect(storage.records.size).toBe(0);
  });

  it('a model trained in the page is kept under its pseudo-pair, restored as trained with its card, removable', async () => {
    const storage = memoryStorage();
    const reg = new ModelRegistry();
    const raw = folder('x');
    const text = (i: number): unknown => JSON.parse(new TextDecoder().decode(raw[i]!.bytes));
    const files: ModelFiles = {
      variant: 'learned-reverse-general',
      json: text(0) as ModelFiles['json'],
      vocab: text(1) as ModelFiles['vocab'],
      weights: (raw[2]!.bytes as Uint8Array).slice().buffer as ArrayBuffer,
      verified: false,
    };
    const card = { variant: 'learned-reverse-general', training: { steps: 300 } };
    const { entry, stored } = await new UserModels(reg, storage).keepTrained(files, card, {
      name: 'Trained here: reverse',
      pair: 'learned-reverse',
    });
    expect(stored).toBe(true);
    expect(entry).toMatchObject({ id: 'trained:learned-reverse-general', pair: 'learned-reverse', source: 'trained' });
    const later = new ModelRegistry();
    const mine = new UserModels(later, storage);
    await mine.restore();
    expect(later.list('learned-reverse')).toEqual([
      { id: 'trained:learned-reverse-general', pair: 'learned-reverse', name: 'Trained here: reverse', source: 'trained' },
    ]);
    expect(later.filesOf(entry.id)?.weights.byteLength).toBe(files.weights.byteLength);
    expect(mine.cardOf(entry.id)).toMatchObject({ training: { steps: 300 } });
    await mine.remove(entry.id);
    expect(later.list()).toEqual([]);
    expect(storage.records.size).toBe(0);
  });

  it('a folder with a damaged weights file is refused naming the file; nothing is added or kept', async () => {
    const storage = memoryStorage();
    const reg = new ModelRegistry();
    const mine = new UserModels(reg, storage);
    const err = await mine
      .open(
        'broken',
        folder('broken', (b) => b.subarray(0, b.length - 100)),
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelFileError);
    expect((err as ModelFileError).problem).toMatchObject({ file: 'weights.bin' });
    expect(reg.list()).toEqual([]);
    expect(storage.records.size).toBe(0);
  });
});
