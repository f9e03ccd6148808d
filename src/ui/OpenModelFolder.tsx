/**
 * "Open a model folder…": a folder picker (`<input type=file webkitdirectory multiple>`) and a drop
 * zone for the folder or its files. The files are read here, in the page (nothing is uploaded),
 * and handed to `onOpen`; the outcome (added, or the file and the problem) is said below, and the
 * user's models are listed with a remove button each.
 */
import { useRef, useState, type DragEvent } from 'react';
import type { FolderFile } from '../model/modelFolder';
import { folderName } from '../app/userModels/userModelRecord';
import { errorDetail } from './errorText';
import { useStrings } from './i18n';

/** Props of {@link OpenModelFolder}. */
export interface OpenModelFolderProps {
  /** the user's models: id, display name, pair */
  models: readonly { id: string; name: string; pair: string }[];
  /** checks and adds a folder; resolves to the pair it was added under and whether it was kept in the browser */
  onOpen: (folder: string, files: FolderFile[]) => Promise<{ pair: string; stored: boolean }>;
  onRemove: (id: string) => void;
  disabled?: boolean;
}

type Outcome =
  | { kind: 'reading'; name: string }
  | { kind: 'added'; name: string; pair: string; stored: boolean }
  | { kind: 'failed'; name: string; error: unknown }
  | { kind: 'removed'; name: string };

/** Reads picked or dropped files into memory (path kept: `folder/model.json`). */
async function readFiles(files: readonly File[]): Promise<FolderFile[]> {
  return Promise.all(files.map(async (f) => ({ name: f.webkitRelativePath || f.name, bytes: await f.arrayBuffer() })));
}

/** The files of a dropped folder (one level deep: a model folder is flat), or the dropped files themselves. */
async function droppedFiles(e: DragEvent): Promise<File[]> {
  const entries = Array.from(e.dataTransfer.items ?? [])
    .map((i) => i.webkitGetAsEntry?.())
    .filter((x): x is FileSystemEntry => !!x);
  const dir = entries.find((x) => x.isDirectory) as FileSystemDirectoryEntry | undefined;
  if (!dir) return Array.from(e.dataTransfer.files);
  const children = await new Promise<FileSystemEntry[]>((resolve, reject) => dir.createReader().readEntries(resolve, reject));
  const files = await Promise.all(
    children
      .filter((c) => c.isFile)
      .map((c) => new Promise<File>((resolve, reject) => (c as FileSystemFileEntry).file(resolve, reject))),
  );
  // keep the folder's name as the first path part
  return files.map((f) => new File([f], `${dir.name}/${f.name}`));
}

/** The folder picker, drop zone, outcome line and the list of the user's models. */
export function OpenModelFolder({ models, onOpen, onRemove, disabled }: OpenModelFolderProps) {
  const t = useStrings();
  const U = t.userModels;
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [over, setOver] = useState(false);

  const open = async (files: File[]): Promise<void> => {
    if (files.length === 0) return;
    const paths = files.map((f) => f.webkitRelativePath || f.name);
    const name = folderName(paths, files.length === 1 ? files[0]!.name : 'my-model');
    setOutcome({ kind: 'reading', name });
    try {
      const r = await onOpen(name, await readFiles(files));
      setOutcome({ kind: 'added', name, pair: r.pair, stored: r.stored });
    } catch (e) {
      setOutcome({ kind: 'failed', name, error: e });
    }
  };

  return (
    <div
      className={`field user-models${over ? ' user-models--over' : ''}`}
      data-testid="model-folder-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void droppedFiles(e).then(open, (err: unknown) => setOutcome({ kind: 'failed', name: '?', error: err }));
      }}
    >
      <button
        type="button"
        className="button button--small"
        data-testid="model-folder-open"
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {U.open}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="model-folder-input"
        aria-label={U.open}
        {...{ webkitdirectory: '' }}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          void open(files);
        }}
      />
      <p className="field__hint">{U.hint}</p>
      {outcome?.kind === 'reading' ? (
        <p className="field__hint" role="status">
          {U.reading(outcome.name)}
        </p>
      ) : null}
      {outcome?.kind === 'added' ? (
        <p className="field__hint" role="status" data-testid="model-folder-added">
          {U.added(outcome.name, outcome.pair)} {outcome.stored ? '' : U.notStored}
        </p>
      ) : null}
      {outcome?.kind === 'removed' ? (
        <p className="field__hint" role="status">
          {U.removed(outcome.name)}
        </p>
      ) : null}
      {outcome?.kind === 'failed' ? (
        <p className="alert alert--error" role="alert" data-testid="model-folder-error">
          {U.failed(outcome.name, errorDetail(outcome.error, outcome.name))}
        </p>
      ) : null}
      {models.length > 0 ? (
        <ul className="user-models__list" aria-label={U.listLabel} data-testid="user-models">
          {models.map((m) => (
            <li key={m.id}>
              <span>
                {m.name} <span className="muted small">({m.pair})</span>
              </span>{' '}
              <button
                type="button"
                className="button button--small"
                data-testid="user-model-remove"
                aria-label={U.remove(m.name)}
                onClick={() => {
                  onRemove(m.id);
                  setOutcome({ kind: 'removed', name: m.name });
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
