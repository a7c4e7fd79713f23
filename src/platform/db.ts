import { Dexie, type Table } from 'dexie';
import type { JournalExtras } from '../domain/records/export-file';
import type { JournalEntry } from '../domain/records/session-entry';
import type { QuickRating } from '../domain/records/quick-rating';
import type { TrialRecord } from '../domain/records/trial-record';
import type { SpotMark } from '../domain/records/spot-mark';
import type { TurnRecord } from '../domain/records/turn-result';
import {
  isWholeColumns,
  mergeRows,
  trendColumnsOf,
  trendRowOf,
  trendRowsOf,
  type TrendColumns,
  type TrendRow,
} from '../domain/records/entry-stats';
import type { JournalPlatform } from '../features/journal/ports';
import type { JournalStore } from '../domain/records/store';

/** The journal's IndexedDB database. */
export const journalDatabaseName = 'acupress-journal';

/**
 * Version history of the stored rows (each version's upgrade runs once, in order, on open):
 * 1. sessions keyed by id, indexed by start time; rows without "felt right" points.
 * 2. adds rightPoints (empty for old rows) and makes sure every row has a note string.
 * 3. added "trend", a small row per session for the history screen (its upgrade filled it from
 *    the sessions; version 4 drops the table, so that upgrade no longer runs).
 * 4. replaces those rows with one record, "trendColumns": every session's trend row in columns
 *    (see TrendColumns), kept in step with the sessions in each write transaction and rebuilt
 *    from the sessions on upgrade. Reading one record instead of 10,000 rows, and writing one
 *    instead of a row per imported session, is what keeps History and import fast.
 * 5. adds the records beside the sessions (JournalExtras), one table each, empty on upgrade:
 *    the quick ratings ("rate now") and the personal trials.
 * 6. adds the spot marks (where the person found each point's tender spot), indexed by
 *    time; empty on upgrade.
 * 7. adds the turn results (the turn test's degrees each side), indexed by time; empty
 *    on upgrade.
 */
export const journalSchemaVersions = [
  { version: 1, stores: { sessions: 'id, startedAtEpochMs' } },
  { version: 2, stores: { sessions: 'id, startedAtEpochMs' } },
  { version: 3, stores: { sessions: 'id, startedAtEpochMs', trend: 'id, startedAtEpochMs' } },
  {
    version: 4,
    stores: { sessions: 'id, startedAtEpochMs', trend: null, trendColumns: 'id' },
  },
  {
    version: 5,
    stores: {
      sessions: 'id, startedAtEpochMs',
      trendColumns: 'id',
      // The quick ratings and the personal trials.
      ratings: 'id, atEpochMs',
      trials: 'id, startedAtEpochMs',
    },
  },
  {
    version: 6,
    stores: {
      sessions: 'id, startedAtEpochMs',
      trendColumns: 'id',
      ratings: 'id, atEpochMs',
      trials: 'id, startedAtEpochMs',
      // The spot marks.
      spots: 'id, atEpochMs',
    },
  },
  {
    version: 7,
    stores: {
      sessions: 'id, startedAtEpochMs',
      trendColumns: 'id',
      ratings: 'id, atEpochMs',
      trials: 'id, startedAtEpochMs',
      spots: 'id, atEpochMs',
      // The turn test's results.
      turns: 'id, atEpochMs',
    },
  },
] as const;

type StoredRow = Omit<JournalEntry, 'rightPoints' | 'note'> & {
  rightPoints?: JournalEntry['rightPoints'];
  note?: string;
};

/** The one record of the trendColumns table. */
const columnsId = 'all';
type ColumnsRecord = TrendColumns & { readonly id: typeof columnsId };

const recordOf = (rows: readonly TrendRow[]): ColumnsRecord => ({
  id: columnsId,
  ...trendColumnsOf(rows),
});

/** Trend rows of the given sessions, oldest first (by start time, then id). */
const rowsOfSessions = (sessions: readonly JournalEntry[]) =>
  mergeRows(sessions.map(trendRowOf), []);

class JournalDatabase extends Dexie {
  sessions!: Table<JournalEntry, string>;
  trendColumns!: Table<ColumnsRecord, string>;
  // The quick ratings and the personal trials.
  ratings!: Table<QuickRating, string>;
  trials!: Table<TrialRecord, string>;
  // The spot marks.
  spots!: Table<SpotMark, string>;
  // The turn test's results.
  turns!: Table<TurnRecord, string>;

  constructor(name: string, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }) {
    // Strict durability: a saved session is on disk when the write resolves.
    super(name, { ...options, chromeTransactionDurability: 'strict' });
    const [v1, v2, v3, v4, v5, v6, v7] = journalSchemaVersions;
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
    this.version(v3.version).stores(v3.stores);
    this.version(v4.version)
      .stores(v4.stores)
      .upgrade(async (transaction) => {
        const sessions = await transaction.table<JournalEntry, string>('sessions').toArray();
        await transaction
          .table<ColumnsRecord, string>('trendColumns')
          .put(recordOf(rowsOfSessions(sessions)));
      });
    // New tables only: nothing to convert.
    this.version(v5.version).stores(v5.stores);
    this.version(v6.version).stores(v6.stores);
    this.version(v7.version).stores(v7.stores);
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
  const both = [db.sessions, db.trendColumns] as const;
  const extraTables = [db.ratings, db.trials, db.spots, db.turns] as const;

  /** Every trend row, oldest first; rebuilt from the sessions if the record is missing or damaged. */
  const readRows = async (): Promise<TrendRow[]> => {
    const record = await db.trendColumns.get(columnsId);
    if (isWholeColumns(record)) return trendRowsOf(record);
    return rowsOfSessions(await db.sessions.toArray());
  };

  return {
    open: async () => {
      await db.open();
    },
    all: () => db.sessions.orderBy('startedAtEpochMs').toArray(),
    overview: (latestCount) =>
      db.transaction('r', both, async () => ({
        rows: await readRows(),
        // Index order: by start time, then by id, as the journal sorts.
        latest: await db.sessions
          .orderBy('startedAtEpochMs')
          .reverse()
          .limit(latestCount)
          .toArray(),
      })),
    latest: (count) => db.sessions.orderBy('startedAtEpochMs').reverse().limit(count).toArray(),
    put: (entry) => putMany([entry]),
    putMany: (entries) => putMany(entries),
    addNew: (entries, extras) =>
      db.transaction('rw', [...both, ...extraTables], async () => {
        const [rows, keys] = await Promise.all([
          readRows(),
          db.sessions.toCollection().primaryKeys(),
        ]);
        const stored = new Set(keys);
        const fresh = entries.filter((entry) => !stored.has(entry.id));
        // Put, not add: none of these ids is stored (checked above, in this transaction), and
        // Chromium puts 10,000 sessions in about three quarters of the time it adds them.
        if (fresh.length > 0) await writeBoth(rows, fresh);
        if (extras) await addNewExtras(extras);
        return fresh.length;
      }),
    extras: () =>
      db.transaction('r', extraTables, async () => ({
        ratings: await db.ratings.orderBy('atEpochMs').toArray(),
        trials: await db.trials.orderBy('startedAtEpochMs').toArray(),
        spots: await db.spots.orderBy('atEpochMs').toArray(),
        turns: await db.turns.orderBy('atEpochMs').toArray(),
      })),
    // The trial feature's store.
    ratings: () => db.ratings.orderBy('atEpochMs').toArray(),
    trials: () => db.trials.orderBy('startedAtEpochMs').toArray(),
    putRating: async (rating) => {
      await db.ratings.put(rating);
    },
    putTrial: async (trial) => {
      await db.trials.put(trial);
    },
    // The spots feature's store.
    spotMarks: () => db.spots.orderBy('atEpochMs').toArray(),
    putSpotMark: async (mark) => {
      await db.spots.put(mark);
    },
    forgetSpot: async (pointId, side) => {
      await db.spots.filter((mark) => mark.pointId === pointId && mark.side === side).delete();
    },
    // The turn feature's store.
    turnResults: () => db.turns.orderBy('atEpochMs').toArray(),
    putTurnResult: async (turn) => {
      await db.turns.put(turn);
    },
    async destroy() {
      // Re-opens on next use, so that the app keeps working after "delete all data".
      await db.delete({ disableAutoOpen: false });
    },
  };

  /**
   * Sessions and their trend rows change in one read-write transaction, so the two never
   * disagree (also with two tabs writing at once: IndexedDB runs such transactions one by one).
   */
  function putMany(entries: readonly JournalEntry[]) {
    return db.transaction('rw', both, async () => writeBoth(await readRows(), entries));
  }

  /** Inside a read-write transaction: the extras whose id is not stored yet, table by table. */
  async function addNewExtras(extras: JournalExtras) {
    const addFresh = async <T extends { readonly id: string }>(
      table: Table<T, string>,
      items: readonly T[],
    ) => {
      const stored = new Set(await table.toCollection().primaryKeys());
      const fresh = items.filter((item) => !stored.has(item.id));
      if (fresh.length > 0) await table.bulkPut(fresh);
    };
    await addFresh(db.ratings, extras.ratings);
    await addFresh(db.trials, extras.trials);
    await addFresh(db.spots, extras.spots);
    await addFresh(db.turns, extras.turns);
  }

  /** Inside a read-write transaction: the sessions, and the trend record with their rows. */
  async function writeBoth(rows: readonly TrendRow[], entries: readonly JournalEntry[]) {
    await Promise.all([
      db.sessions.bulkPut([...entries]),
      db.trendColumns.put(recordOf(mergeRows(rows, entries.map(trendRowOf)))),
    ]);
  }
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

/** The journal's database and data deletion; browser-ports.ts adds the rest of the platform. */
export function createJournalPlatform(
  options: DbOptions = {},
): Omit<JournalPlatform, 'persistence' | 'isHomeScreenApp' | 'importer'> {
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
  };
}
