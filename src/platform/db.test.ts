import { IDBDatabase, IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDexieJournalStore, createJournalPlatform, journalSchemaVersions } from './db';
import { makeEntry, makeRating, makeSpotMark, makeTurn } from '../../test/journal-fakes';
import { trendRowOf } from '../domain/records/entry-stats';

function freshBackend() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/** Writes rows as an older version of the schema stored them (table name → rows). */
async function seedVersion(
  backend: ReturnType<typeof freshBackend>,
  version: number,
  tables: Record<string, object[]>,
) {
  const old = new Dexie('acupress-journal', backend);
  for (const schema of journalSchemaVersions.filter((each) => each.version <= version)) {
    old.version(schema.version).stores(schema.stores);
  }
  for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  old.close();
}

const seedVersion1 = (backend: ReturnType<typeof freshBackend>, rows: object[]) =>
  seedVersion(backend, 1, { sessions: rows });

/** The object stores of the journal database as it is on disk now. */
async function storeNames(backend: ReturnType<typeof freshBackend>): Promise<string[]> {
  const db = new Dexie('acupress-journal', backend);
  await db.open();
  const names = db.tables.map((table) => table.name).sort();
  db.close();
  return names;
}

const day = (n: number) => ({
  startedAtEpochMs: Date.UTC(2026, 0, n, 8),
  endedAtEpochMs: Date.UTC(2026, 0, n, 8, 12),
});

describe('the Dexie journal store', () => {
  it('upgrades version 1 rows: adds empty "felt right" points and a note', async () => {
    const backend = freshBackend();
    const oldRow: Record<string, unknown> = { ...makeEntry({ id: 'old' }) };
    delete oldRow.rightPoints;
    delete oldRow.note;
    await seedVersion1(backend, [
      oldRow,
      { ...makeEntry({ id: 'noted' }), rightPoints: undefined },
    ]);
    const store = createDexieJournalStore(backend);
    const rows = await store.all();
    expect(rows.find((row) => row.id === 'old')).toEqual(
      makeEntry({ id: 'old', rightPoints: [], note: '' }),
    );
    expect(rows.find((row) => row.id === 'noted')?.rightPoints).toEqual([]);
    expect(rows.find((row) => row.id === 'noted')?.note).toBe('Felt looser afterwards.');
    // Version 4 builds the trend record from the sessions already stored.
    const overview = await store.overview(1);
    expect(overview.rows.map((row) => row.id).sort()).toEqual(['noted', 'old']);
    expect(overview.rows.find((row) => row.id === 'old')).toEqual(
      trendRowOf(makeEntry({ id: 'old', rightPoints: [], note: '' })),
    );
    expect(overview.latest).toHaveLength(1);
  });

  it('upgrades version 2 and version 3 databases to one trend record, built from the sessions', async () => {
    for (const version of [2, 3]) {
      const backend = freshBackend();
      const sessions = [
        makeEntry({ id: 'b', ...day(2), before: { pain0to10: 8 }, after: {} }),
        makeEntry({ id: 'a', ...day(1), tenderPoints: ['GB21'] }),
      ];
      // Version 3 kept a trend row per session; a stale one must not survive the upgrade.
      const tables: Record<string, object[]> =
        version === 3
          ? { sessions, trend: [trendRowOf(makeEntry({ id: 'a', ...day(1), before: {} }))] }
          : { sessions };
      await seedVersion(backend, version, tables);
      const store = createDexieJournalStore(backend);
      const overview = await store.overview(5);
      expect(overview.rows).toEqual([trendRowOf(sessions[1]!), trendRowOf(sessions[0]!)]);
      expect(overview.latest.map((entry) => entry.id)).toEqual(['b', 'a']);
      expect(await store.all()).toEqual([sessions[1], sessions[0]]);
      expect(await storeNames(backend)).toEqual([
        'ratings',
        'sessions',
        'spots',
        'trendColumns',
        'trials',
        'turns',
      ]);
    }
  });

  it('keeps one trend record in step with every session it saves or imports', async () => {
    const backend = freshBackend();
    const store = createDexieJournalStore(backend);
    await store.put(makeEntry({ id: 'a', ...day(3) }));
    await store.put(makeEntry({ id: 'a', ...day(3), after: { pain0to10: 1 } }));
    await store.putMany([makeEntry({ id: 'b', ...day(2) }), makeEntry({ id: 'c', ...day(4) })]);
    expect(await store.addNew([makeEntry({ id: 'd', ...day(1) }), makeEntry({ id: 'b' })])).toBe(1);
    const sessions = await store.all();
    expect(sessions.map((entry) => entry.id)).toEqual(['d', 'b', 'a', 'c']);
    expect((await store.overview(0)).rows).toEqual(sessions.map(trendRowOf));
    expect((await store.overview(0)).rows[2]?.painAfter).toBe(1);
    const db = new Dexie('acupress-journal', backend);
    await db.open();
    expect(await db.table('trendColumns').count()).toBe(1);
    db.close();
  });

  it('rebuilds the trend rows from the sessions when the record is missing or damaged', async () => {
    const backend = freshBackend();
    const store = createDexieJournalStore(backend);
    await store.putMany([makeEntry({ id: 'a', ...day(1) }), makeEntry({ id: 'b', ...day(2) })]);
    const expected = (await store.all()).map(trendRowOf);
    const db = new Dexie('acupress-journal', backend);
    db.version(journalSchemaVersions.at(-1)!.version).stores(journalSchemaVersions.at(-1)!.stores);
    const record = await db.table('trendColumns').get('all');
    await db.table('trendColumns').put({ ...record, ids: ['a'] });
    expect((await store.overview(1)).rows).toEqual(expected);
    await db.table('trendColumns').clear();
    expect((await store.overview(1)).rows).toEqual(expected);
    db.close();
    // The next write stores a whole record again.
    await store.put(makeEntry({ id: 'c', ...day(3) }));
    expect((await store.overview(0)).rows.map((row) => row.id)).toEqual(['a', 'b', 'c']);
  });

  it('changes neither sessions nor trend rows when an import fails part way', async () => {
    const store = createDexieJournalStore(freshBackend());
    await store.put(makeEntry({ id: 'kept', ...day(1) }));
    const before = await store.overview(5);
    const broken = { ...makeEntry({ id: 'bad' }), id: undefined } as unknown as ReturnType<
      typeof makeEntry
    >;
    await expect(store.addNew([makeEntry({ id: 'new', ...day(2) }), broken])).rejects.toThrow();
    expect(await store.overview(5)).toEqual(before);
    expect((await store.all()).map((entry) => entry.id)).toEqual(['kept']);
  });

  it('keeps a trend row beside every session it saves or imports', async () => {
    const store = createDexieJournalStore(freshBackend());
    await store.put(makeEntry({ id: 'a', startedAtEpochMs: 3e12, endedAtEpochMs: 3e12 }));
    await store.putMany([makeEntry({ id: 'b' })]);
    await store.addNew([makeEntry({ id: 'c', startedAtEpochMs: 1e12, endedAtEpochMs: 1e12 })]);
    const overview = await store.overview(2);
    expect(overview.rows.map((row) => row.id)).toEqual(['c', 'b', 'a']);
    expect(overview.latest.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect((await store.latest(3)).map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
  });

  it('opens an empty database at the latest version', async () => {
    const backend = freshBackend();
    await createDexieJournalStore(backend).all();
    const db = new Dexie('acupress-journal', backend);
    await db.open();
    expect(db.verno).toBe(journalSchemaVersions.at(-1)?.version);
    db.close();
  });

  it('opens ahead of use, upgrading an older database and keeping its sessions', async () => {
    const backend = freshBackend();
    await seedVersion1(backend, [makeEntry({ id: 'old' })]);
    const store = createDexieJournalStore(backend);
    await store.open();
    const db = new Dexie('acupress-journal', backend);
    await db.open();
    expect(db.verno).toBe(journalSchemaVersions.at(-1)?.version);
    db.close();
    const { rows, latest } = await store.overview(5);
    expect(rows.map((row) => row.id)).toEqual(['old']);
    expect(latest.map((entry) => entry.id)).toEqual(['old']);
  });

  it('saves, lists by start time, and replaces a session with the same id', async () => {
    const store = createDexieJournalStore(freshBackend());
    await store.put(makeEntry({ id: 'late', startedAtEpochMs: 2e12, endedAtEpochMs: 2e12 }));
    await store.put(makeEntry({ id: 'early' }));
    await store.put(makeEntry({ id: 'early', note: 'edited' }));
    const rows = await store.all();
    expect(rows.map((row) => [row.id, row.note])).toEqual([
      ['early', 'edited'],
      ['late', 'Felt looser afterwards.'],
    ]);
  });

  it('writes with strict durability, so a saved session is on disk when the save resolves', async () => {
    const seen: unknown[] = [];
    const original = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (
      this: IDBDatabase,
      ...args: Parameters<typeof original>
    ) {
      if (args[1] === 'readwrite') seen.push(args[2]);
      return original.apply(this, args);
    };
    try {
      const store = createDexieJournalStore(freshBackend());
      await store.put(makeEntry());
      await store.addNew([makeEntry({ id: 'imported' })]);
    } finally {
      IDBDatabase.prototype.transaction = original;
    }
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const options of seen) expect(options).toEqual({ durability: 'strict' });
  });

  it('adds only new sessions on import and counts them', async () => {
    const store = createDexieJournalStore(freshBackend());
    await store.put(makeEntry({ id: 'a', note: 'mine' }));
    expect(
      await store.addNew([makeEntry({ id: 'a', note: 'theirs' }), makeEntry({ id: 'b' })]),
    ).toBe(1);
    const rows = await store.all();
    expect(rows.map((row) => [row.id, row.note])).toEqual([
      ['a', 'mine'],
      ['b', 'Felt looser afterwards.'],
    ]);
  });

  it('writes nothing when one session of a batch fails', async () => {
    const store = createDexieJournalStore(freshBackend());
    const broken = { ...makeEntry({ id: 'bad' }), id: undefined } as unknown as ReturnType<
      typeof makeEntry
    >;
    await expect(store.putMany([makeEntry({ id: 'ok' }), broken])).rejects.toThrow();
    expect(await store.all()).toEqual([]);
    expect((await store.overview(1)).rows).toEqual([]);
  });

  it('deletes its database and works again afterwards', async () => {
    const backend = freshBackend();
    const store = createDexieJournalStore(backend);
    await store.put(makeEntry());
    await store.destroy();
    expect(await backend.indexedDB.databases()).toEqual([]);
    expect(await store.all()).toEqual([]);
    await store.put(makeEntry({ id: 'after' }));
    expect((await store.all()).map((row) => row.id)).toEqual(['after']);
  });

  it('deletes another database by name (the session checkpoints)', async () => {
    const backend = freshBackend();
    const other = new Dexie('acupress-session', backend);
    other.version(1).stores({ checkpoints: 'id' });
    await other.table('checkpoints').put({ id: 1 });
    other.close();
    await createJournalPlatform(backend).deleteDatabase('acupress-session');
    expect((await backend.indexedDB.databases()).map((db) => db.name)).not.toContain(
      'acupress-session',
    );
  });
});

// Issue 18: quick ratings and trials, beside the sessions (schema version 5).
describe('the Dexie journal store: quick ratings and trials', () => {
  const rating = (id: string, atEpochMs: number) => ({
    id,
    atEpochMs,
    dayKey: '2026-12-01',
    pain0to10: 4,
    note: '',
    hasWarningSign: false,
  });
  const trial = (id: string, startedAtEpochMs: number) => ({
    id,
    seed: 7,
    startDayKey: '2026-12-01',
    days: ['routine', 'comparison'] as const,
    ratingMinutes: [480, 1200] as const,
    startedAtEpochMs,
  });

  it('upgrades a version 4 database to version 5: sessions and trend kept, new tables empty', async () => {
    const backend = freshBackend();
    const entry = makeEntry({ id: 'kept' });
    await seedVersion(backend, 4, {
      sessions: [entry],
      trendColumns: [],
    });
    const store = createDexieJournalStore(backend);
    expect(await store.all()).toEqual([entry]);
    expect((await store.overview(1)).rows).toEqual([trendRowOf(entry)]);
    expect(await store.extras()).toEqual({ ratings: [], trials: [], spots: [], turns: [] });
    expect(await storeNames(backend)).toEqual([
      'ratings',
      'sessions',
      'spots',
      'trendColumns',
      'trials',
      'turns',
    ]);
    const db = new Dexie('acupress-journal', backend);
    await db.open();
    expect(db.verno).toBe(7);
    db.close();
  });

  it('saves ratings and trials and lists them oldest first', async () => {
    const store = createDexieJournalStore(freshBackend());
    await store.putRating(rating('late', 2000));
    await store.putRating(rating('early', 1000));
    await store.putTrial(trial('t1', 5));
    await store.putTrial({ ...trial('t1', 5), end: 'stopped', endedAtEpochMs: 9 });
    expect((await store.ratings()).map((each) => each.id)).toEqual(['early', 'late']);
    expect(await store.trials()).toEqual([
      { ...trial('t1', 5), end: 'stopped', endedAtEpochMs: 9 },
    ]);
    expect(await store.extras()).toEqual({
      ratings: await store.ratings(),
      trials: await store.trials(),
      spots: [],
      turns: [],
    });
  });

  it('imports only new ratings and trials, in the sessions’ transaction', async () => {
    const store = createDexieJournalStore(freshBackend());
    await store.putRating({ ...rating('r1', 1000), note: 'stored' });
    const added = await store.addNew([makeEntry()], {
      ratings: [{ ...rating('r1', 1000), note: 'file' }, rating('r2', 3000)],
      trials: [trial('t1', 5)],
      spots: [],
      turns: [],
    });
    expect(added).toBe(1);
    expect((await store.ratings()).map((each) => [each.id, each.note])).toEqual([
      ['r1', 'stored'],
      ['r2', ''],
    ]);
    expect((await store.trials()).map((each) => each.id)).toEqual(['t1']);
    // A broken rating fails the whole import: no session, rating or trial is written.
    const broken = { ...rating('r3', 4000), id: undefined } as unknown as ReturnType<typeof rating>;
    await expect(
      store.addNew([makeEntry({ id: 'other' })], {
        ratings: [broken],
        trials: [trial('t2', 6)],
        spots: [],
        turns: [],
      }),
    ).rejects.toThrow();
    expect((await store.all()).map((each) => each.id)).toEqual(['session-1']);
    expect((await store.trials()).map((each) => each.id)).toEqual(['t1']);
  });

  it('deletes ratings and trials with the database', async () => {
    const backend = freshBackend();
    const store = createDexieJournalStore(backend);
    await store.putRating(rating('r1', 1000));
    await store.putTrial(trial('t1', 5));
    await store.destroy();
    expect(await store.extras()).toEqual({ ratings: [], trials: [], spots: [], turns: [] });
  });
});

// Issue 17: spot marks (schema version 6).
describe('the Dexie journal store: spot marks', () => {
  it('upgrades a version 5 database to version 6: everything kept, the spots table empty', async () => {
    const backend = freshBackend();
    const entry = makeEntry({ id: 'kept' });
    const rating = makeRating({ id: 'r1' });
    await seedVersion(backend, 5, { sessions: [entry], trendColumns: [], ratings: [rating] });
    const store = createDexieJournalStore(backend);
    expect(await store.all()).toEqual([entry]);
    expect(await store.extras()).toEqual({ ratings: [rating], trials: [], spots: [], turns: [] });
    const db = new Dexie('acupress-journal', backend);
    await db.open();
    expect(db.verno).toBe(7);
    expect(db.tables.map((table) => table.name)).toContain('spots');
    db.close();
  });

  it('saves marks oldest first, imports only new ones, forgets one point and side', async () => {
    const backend = freshBackend();
    const store = createDexieJournalStore(backend);
    await store.putSpotMark(makeSpotMark({ id: 'late', atEpochMs: 3000 }));
    await store.putSpotMark(makeSpotMark({ id: 'early', atEpochMs: 1000 }));
    await store.putSpotMark(makeSpotMark({ id: 'left', side: 'left', atEpochMs: 2000 }));
    await store.putSpotMark(makeSpotMark({ id: 'houxi', pointId: 'SI3', atEpochMs: 2500 }));
    expect((await store.spotMarks()).map((mark) => mark.id)).toEqual([
      'early',
      'left',
      'houxi',
      'late',
    ]);
    await store.addNew([], {
      ratings: [],
      trials: [],
      spots: [
        makeSpotMark({ id: 'early', u: 0.9, v: 0 }),
        makeSpotMark({ id: 'new', atEpochMs: 5 }),
      ],
      turns: [],
    });
    const marks = await store.spotMarks();
    expect(marks.find((mark) => mark.id === 'early')?.u).toBe(-0.25);
    expect(marks.map((mark) => mark.id)).toContain('new');
    await store.forgetSpot('EX-UE8', 'right');
    expect((await store.spotMarks()).map((mark) => mark.id)).toEqual(['left', 'houxi']);
    await store.destroy();
    expect(await store.spotMarks()).toEqual([]);
  });
});

// Issue 29: turn results (schema version 7).
describe('the Dexie journal store: turn results', () => {
  it('upgrades a version 6 database to version 7: everything kept, the turns table empty', async () => {
    const backend = freshBackend();
    const entry = makeEntry({ id: 'kept' });
    const mark = makeSpotMark({ id: 'm1' });
    await seedVersion(backend, 6, { sessions: [entry], trendColumns: [], spots: [mark] });
    const store = createDexieJournalStore(backend);
    expect(await store.all()).toEqual([entry]);
    expect(await store.extras()).toEqual({ ratings: [], trials: [], spots: [mark], turns: [] });
    expect(await storeNames(backend)).toContain('turns');
  });

  it('saves results oldest first, imports only new ones, and deletes them with the database', async () => {
    const store = createDexieJournalStore(freshBackend());
    await store.putTurnResult(makeTurn({ id: 'late', atEpochMs: 3000 }));
    await store.putTurnResult(
      makeTurn({ id: 'early', atEpochMs: 1000, sessionId: 's1', moment: 'before' }),
    );
    expect((await store.turnResults()).map((turn) => turn.id)).toEqual(['early', 'late']);
    await store.addNew([], {
      ratings: [],
      trials: [],
      spots: [],
      turns: [
        makeTurn({ id: 'early', atEpochMs: 1000, left: { degrees: 1, atLeast: false } }),
        makeTurn({ id: 'new', atEpochMs: 2000 }),
      ],
    });
    const turns = await store.turnResults();
    expect(turns.map((turn) => turn.id)).toEqual(['early', 'new', 'late']);
    // A stored result with the same id is kept as it was.
    expect(turns[0]?.moment).toBe('before');
    expect((await store.extras()).turns).toEqual(turns);
    await store.destroy();
    expect(await store.turnResults()).toEqual([]);
  });
});
