/**
 * The models the page can run, wherever they come from: shipped with the page (listed by
 * `models/<pair>/index.json`), opened by the user from a folder, or trained in the browser. Each
 * has an id that is unique across all of them, its language pair, a display name and its source.
 * Models that are not shipped live here as in-memory files (the {@link ModelFiles} the loader
 * checks), so the engine builds them exactly like a downloaded one.
 *
 * API: {@link ModelRegistry.list} / {@link ModelRegistry.get} read; {@link ModelRegistry.addShipped}
 * and {@link ModelRegistry.addFiles} add; {@link ModelRegistry.filesOf} gives an in-memory model's
 * files; {@link ModelRegistry.subscribe} tells about changes.
 */
import { checkModelJson, checkVocabJson, checkWeightsSize } from '../model/checkModelFiles';
import type { ModelFiles, VariantInfo } from './loadModel';

/** Where a model comes from. */
export type ModelSource = 'shipped' | 'opened' | 'trained';

/** One model the page can run. */
export interface ModelEntry extends VariantInfo {
  /** unique id (a shipped model's folder name; `opened:…` / `trained:…` for the others) */
  id: string;
  /** language pair, e.g. `en-fr` */
  pair: string;
  /** display name */
  name: string;
  source: ModelSource;
}

/** The list of runnable models (one per page). */
export class ModelRegistry {
  private entries: ModelEntry[] = [];
  private readonly files = new Map<string, ModelFiles>();
  private readonly listeners = new Set<() => void>();

  /** Every model, shipped first, in the order added; only those of `pair` when given. */
  list(pair?: string): ModelEntry[] {
    return pair ? this.entries.filter((e) => e.pair === pair) : this.entries;
  }

  /** The model with this id. */
  get(id: string): ModelEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  /** Adds (or replaces) the shipped models of `pair` from its index; returns them. */
  addShipped(pair: string, variants: readonly VariantInfo[]): ModelEntry[] {
    const added: ModelEntry[] = variants.map((v) => ({ ...v, pair, source: 'shipped' }));
    const others = this.entries.filter((e) => !(e.source === 'shipped' && e.pair === pair));
    this.set([...others.filter((e) => e.source === 'shipped'), ...added, ...others.filter((e) => e.source !== 'shipped')]);
    return added;
  }

  /**
   * Adds a model from in-memory files (a folder the user opened, a model trained in the page).
   * The files are checked like downloaded ones (a `ModelFileError` names what is wrong). Its id is
   * `<source>:<files.variant>`, numbered when taken; an existing entry with `replace`'s id is replaced.
   */
  addFiles(
    files: ModelFiles,
    o: { name: string; pair: string; source: Exclude<ModelSource, 'shipped'>; replace?: string },
  ): ModelEntry {
    const json = checkModelJson(o.name, files.json);
    checkVocabJson(o.name, files.vocab, json.config);
    checkWeightsSize(o.name, json, files.weights.byteLength);
    let id = o.replace ?? `${o.source}:${files.variant}`;
    for (let n = 2; !o.replace && this.get(id); n++) id = `${o.source}:${files.variant}-${n}`;
    const entry: ModelEntry = { id, pair: o.pair, name: o.name, source: o.source };
    this.files.set(id, { ...files, variant: id });
    this.set([...this.entries.filter((e) => e.id !== id), entry]);
    return entry;
  }

  /** Removes a model that is not shipped. */
  remove(id: string): void {
    if (this.get(id)?.source === 'shipped') return;
    this.files.delete(id);
    this.set(this.entries.filter((e) => e.id !== id));
  }

  /** The in-memory files of an opened or trained model (undefined for shipped ones: they are downloaded). */
  filesOf(id: string): ModelFiles | undefined {
    return this.files.get(id);
  }

  /** Calls `fn` after every change; returns the unsubscribe function. */
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private set(entries: ModelEntry[]): void {
    this.entries = entries;
    for (const fn of this.listeners) fn();
  }
}
