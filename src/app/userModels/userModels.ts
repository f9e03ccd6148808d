/**
 * The user's own models, opened from a folder on their computer: checked with the shipped models'
 * checks (src/model/modelFolder.ts), added to the registry as `opened:<name>` of the pair their
 * config names, kept in IndexedDB as raw files for later visits, removable. Nothing is uploaded.
 */
import { weightsFileName } from '../../model/checkModelFiles';
import { checkModelFolder, type FolderFile } from '../../model/modelFolder';
import { sha256Hex, type ModelCard, type ModelFiles } from '../loadModel';
import type { ModelEntry, ModelRegistry } from '../modelRegistry';
import { deleteUserModelRecord, loadUserModelRecords, saveUserModelRecord } from './userModelDb';
import { cleanModelName, idPart, modelFilesOnly, toRecord, type UserModelRecord } from './userModelRecord';

/** Where the records live (IndexedDB in the page; a map in tests). */
export interface UserModelStorage {
  load: () => Promise<UserModelRecord[]>;
  save: (r: UserModelRecord) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

/** The page's IndexedDB storage. */
export const indexedDbStorage: UserModelStorage = {
  load: loadUserModelRecords,
  save: saveUserModelRecord,
  remove: deleteUserModelRecord,
};

/** What opening a folder gave: the new model, and whether it could be kept for later visits. */
export interface OpenedModel {
  entry: ModelEntry;
  stored: boolean;
}

/** The user's opened models of one page. */
export class UserModels {
  private readonly cards = new Map<string, ModelCard>();

  constructor(
    private readonly registry: ModelRegistry,
    private readonly storage: UserModelStorage = indexedDbStorage,
  ) {}

  /** The card.json of an opened model (undefined when its folder had none). */
  cardOf(id: string): ModelCard | undefined {
    return this.cards.get(id);
  }

  /**
   * Checks a folder's files and adds the model to the registry (id `opened:<name>`, or `replace`'s).
   * A model trained in the page (`trained`) keeps the pair it was stored under (`learned-reverse`, …).
   */
  private async add(
    label: string,
    files: readonly FolderFile[],
    replace?: string,
    trained?: { pair: string },
  ): Promise<{ entry: ModelEntry; weightsFile: string }> {
    const checked = await checkModelFolder(label, files, sha256Hex);
    const pair = trained?.pair ?? `${checked.languages.src}-${checked.languages.tgt}`;
    const entry = this.registry.addFiles(
      { variant: idPart(label), json: checked.json, vocab: checked.vocab, weights: checked.weights, verified: checked.verified },
      { name: label, pair, source: trained ? 'trained' : 'opened', replace },
    );
    if (checked.card) this.cards.set(entry.id, checked.card as ModelCard);
    return { entry, weightsFile: weightsFileName(checked.json) };
  }

  /**
   * Opens a model folder from its files (`name` may be a path: `my-model/model.json`). Throws a
   * `ModelFileError` naming the file and the problem; the registry is untouched then.
   */
  async open(folder: string, files: readonly FolderFile[]): Promise<OpenedModel> {
    const label = cleanModelName(folder);
    const { entry, weightsFile } = await this.add(label, files);
    let stored = true;
    try {
      await this.storage.save(toRecord(entry.id, label, entry.pair, modelFilesOnly(files, weightsFile)));
    } catch {
      stored = false;
    }
    return { entry, stored };
  }

  /**
   * Adds a model trained in the page (its files and card) to the registry as `trained:<variant>`
   * under `pair`, and keeps it for later visits like an opened folder (`stored`: whether it could be).
   */
  async keepTrained(files: ModelFiles, card: Record<string, unknown>, o: { name: string; pair: string }): Promise<OpenedModel> {
    const entry = this.registry.addFiles(files, { ...o, source: 'trained' });
    this.cards.set(entry.id, card as ModelCard);
    const json = (v: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(v));
    const folder: FolderFile[] = [
      { name: 'model.json', bytes: json(files.json) },
      { name: 'vocab.json', bytes: json(files.vocab) },
      { name: weightsFileName(files.json), bytes: files.weights },
      { name: 'card.json', bytes: json(card) },
    ];
    let stored = true;
    try {
      await this.storage.save(toRecord(entry.id, o.name, o.pair, folder));
    } catch {
      stored = false;
    }
    return { entry, stored };
  }

  /** Puts the models kept from earlier visits back into the registry (a record that no longer checks out is skipped). */
  async restore(): Promise<void> {
    let records: UserModelRecord[];
    try {
      records = await this.storage.load();
    } catch {
      return; // no storage: nothing was kept
    }
    for (const r of records) {
      try {
        await this.add(r.name, r.files, r.id, r.id.startsWith('trained:') ? { pair: r.pair } : undefined);
      } catch {
        /* damaged since: left out of the list */
      }
    }
  }

  /**
   * Removes an opened model from storage, then from the list: the list changes only once the stored
   * copy is gone, so a reload right after the model vanished from the list cannot bring it back.
   */
  async remove(id: string): Promise<void> {
    await this.storage.remove(id).catch(() => undefined);
    this.registry.remove(id);
    this.cards.delete(id);
  }
}
