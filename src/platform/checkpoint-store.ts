import { checkpointDatabaseName, type Checkpoint } from '../features/session/core/checkpoint';
import type { CheckpointStore } from '../features/session/ports';

/**
 * The running session's checkpoint in its own small IndexedDB database ("acupress-session"),
 * written with strict durability so a crash right after a step change loses nothing. Kept apart
 * from the journal's database so that the session never waits for the journal to load.
 */
export const checkpointDbName = checkpointDatabaseName;
const storeName = 'checkpoint';
const key = 'current';

let connection: Promise<IDBDatabase> | null = null;

function open(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(checkpointDbName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    request.onsuccess = () => {
      const db = request.result;
      // "Delete all data" deletes this database: let it go at once instead of blocking it.
      db.onversionchange = () => {
        db.close();
        connection = null;
      };
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not open'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

export function createCheckpointStore(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): CheckpointStore {
  const database = () => {
    if (!factory) return Promise.reject(new Error('IndexedDB is not available'));
    connection ??= open(factory).catch((error: unknown) => {
      connection = null;
      throw error;
    });
    return connection;
  };

  async function run<T>(
    mode: IDBTransactionMode,
    action: (store: IDBObjectStore) => IDBRequest<T> | void,
  ): Promise<T | undefined> {
    const db = await database();
    return new Promise((resolve, reject) => {
      const transaction = db.transaction(storeName, mode, { durability: 'strict' });
      const request = action(transaction.objectStore(storeName));
      // Commit now rather than when the request's answer comes back: a page that goes right
      // after (a reload just after Pause, the pagehide save) loses a write that waits for that
      // round trip (Chromium aborts it with the page), but keeps one already committed.
      if (mode === 'readwrite') transaction.commit?.();
      transaction.oncomplete = () => resolve(request ? request.result : undefined);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'));
    });
  }

  return {
    async save(checkpoint) {
      await run('readwrite', (store) => store.put(checkpoint, key));
    },
    async load() {
      const value = await run<unknown>('readonly', (store) => store.get(key));
      return isCheckpoint(value) ? value : undefined;
    },
    async clear() {
      await run('readwrite', (store) => store.delete(key));
    },
  };
}

function isCheckpoint(value: unknown): value is Checkpoint {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Partial<Checkpoint>;
  return (
    candidate.version === 1 &&
    typeof candidate.id === 'string' &&
    typeof candidate.elapsedMs === 'number' &&
    Number.isFinite(candidate.elapsedMs) &&
    typeof candidate.painSide === 'string' &&
    Array.isArray(candidate.outcomes)
  );
}
