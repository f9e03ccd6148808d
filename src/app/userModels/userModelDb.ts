/** The IndexedDB store of the user's opened models (one record per model: see userModelRecord.ts). */
import { fromRecord, type UserModelRecord } from './userModelRecord';

const DB_NAME = 'attention-user-models';
const STORE = 'models';

/** Opens (creating if needed) the database; rejects where IndexedDB is unavailable. */
function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB is unavailable'));
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
  });
}

/** Runs one request in a transaction and resolves with its result once the transaction completes. */
async function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

/** Every stored user model (malformed records are skipped), oldest first. */
export async function loadUserModelRecords(): Promise<UserModelRecord[]> {
  const raw = await run('readonly', (s) => s.getAll());
  return raw
    .map(fromRecord)
    .filter((r): r is UserModelRecord => r !== null)
    .sort((a, b) => a.added - b.added);
}

/** Stores (or replaces) a user model. */
export async function saveUserModelRecord(r: UserModelRecord): Promise<void> {
  await run('readwrite', (s) => s.put(r));
}

/** Deletes a stored user model. */
export async function deleteUserModelRecord(id: string): Promise<void> {
  await run('readwrite', (s) => s.delete(id));
}
