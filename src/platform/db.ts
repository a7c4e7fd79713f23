import { Dexie, type Table } from 'dexie';
import type { JournalEntry } from '../core/journal-format';
import { trendRowOf, type TrendRow } from '../core/journal-stats';
import type { JournalPlatform, JournalStore } from '../app/journal-ports';

/** The journal's IndexedDB database. */
export const journalDatabaseName = 'acupress-journal';

/**
 * Version history of the stored rows (each version's upgrade runs once, in order, on open):
 * 1. sessions keyed by id, indexed by start time; rows without "felt right" points.
 * 2. adds rightPoints (empty for old rows) and makes sure every row has a note string.
 * 3. adds "trend": a small row per session (readings and point bits) that the history screen
 *    reads instead of every whole session; filled from the sessions on upgrade.
 */
export const journalSchemaVersions = [
  { version: 1, stores: { sessions: 'id, startedAtEpochMs' } },
  { version: 2, stores: { sessions: 'id, startedAtEpochMs' } },
  { version: 3, stores: { sessions: 'id, startedAtEpochMs', trend: 'id, startedAtEpochMs' } },
] as const;

type StoredRow = Omit<JournalEntry, 'rightPoints' | 'note'> & {
  rightPoints?: JournalEntry['rightPoints'];
  note?: string;
};

class JournalDatabase extends Dexie {
  sessions!: Table<JournalEntry, string>;
  trend!: Table<TrendRow, string>;

  constructor(name: string, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }) {
    // Strict durability: a saved session is on disk when the write resolves.
    super(name, { ...options, chromeTransactionDurability: 'strict' });
    const [v1, v2, v3] = journalSchemaVersions;
    this.version(v1.version).stores(v1.stores);
    this.version(v2.version)
      .stores(v2.stores)
      .upgrade((transaction) =>
        transaction
          .table<StoredRow, string>('sessions')
          .toCollection()
          .modify((row) => {
            row.rightPoints ??= [];
            if (typeof row.note !== 'string') row.note = '';
          }),
      );
    this.version(v3.version)
      .stores(v3.stores)
      .upgrade(async (transaction) => {
        const sessions = await transaction.table<JournalEntry, string>('sessions').toArray();
        await transaction.table<TrendRow, string>('trend').bulkPut(sessions.map(trendRowOf));
      });
  }
}

export interface DbOptions {
  readonly name?: string;
  /** For tests (fake-indexeddb); the browser's own by default. */
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
}

export function createDexieJournalStore(options: DbOptions = {}): JournalStore {
  const { name = journalDatabaseName, ...backend } = options;
  const db = new JournalDatabase(name, backend);
  const both = [db.sessions, db.trend] as const;
  return {
    all: () => db.sessions.orderBy('startedAtEpochMs').toArray(),
    overview: (latestCount) =>
      db.transaction('r', both, async () => ({
        // Index order: by start time, then by id, as the journal sorts.
        rows: await db.trend.orderBy('startedAtEpochMs').toArray(),
        latest: await db.sessions
          .orderBy('startedAtEpochMs')
          .reverse()
          .limit(latestCount)
          .toArray(),
      })),
    latest: (count) => db.sessions.orderBy('startedAtEpochMs').reverse().limit(count).toArray(),
    put: (entry) =>
      db.transaction('rw', both, async () => {
        await db.sessions.put(entry);
        await db.trend.put(trendRowOf(entry));
      }),
    putMany: (entries) =>
      db.transaction('rw', both, async () => {
        await db.sessions.bulkPut([...entries]);
        await db.trend.bulkPut(entries.map(trendRowOf));
      }),
    addNew: (entries) =>
      db.transaction('rw', both, async () => {
        const stored = new Set(await db.sessions.toCollection().primaryKeys());
        const fresh = entries.filter((entry) => !stored.has(entry.id));
        await db.sessions.bulkAdd(fresh);
        await db.trend.bulkAdd(fresh.map(trendRowOf));
        return fresh.length;
      }),
    async destroy() {
      // Re-opens on next use, so that the app keeps working after "delete all data".
      await db.delete({ disableAutoOpen: false });
    },
  };
}

const blockedWaitMs = 2000;

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    // An open connection (another tab, or this page's session) that does not close on
    // "versionchange" blocks the deletion: the browser keeps the request and deletes the
    // database as soon as that connection closes (at the latest when the page unloads).
    request.onblocked = () => setTimeout(resolve, blockedWaitMs);
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
  });
}

/** Cache Storage names that could hold user data (the app shell caches hold none). */
const userDataCachePrefix = 'acupress-user';

export function createJournalPlatform(options: DbOptions = {}): JournalPlatform {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  return {
    store: createDexieJournalStore(options),
    deleteDatabase: (name) => deleteDatabase(factory, name),
    async clearUserCaches() {
      if (typeof caches === 'undefined') return;
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith(userDataCachePrefix)).map((n) => caches.delete(n)),
      );
    },
    async requestPersistence() {
      try {
        return (await navigator.storage?.persist?.()) ?? false;
      } catch {
        return false;
      }
    },
    async isPersisted() {
      try {
        return (await navigator.storage?.persisted?.()) ?? false;
      } catch {
        return false;
      }
    },
  };
}
