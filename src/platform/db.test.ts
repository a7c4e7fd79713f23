import { IDBDatabase, IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDexieJournalStore, createJournalPlatform, journalSchemaVersions } from './db';
import { makeEntry } from '../../test/journal-fakes';
import { trendRowOf } from '../core/journal-stats';

function freshBackend() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/** Writes rows as version 1 of the schema stored them. */
async function seedVersion1(backend: ReturnType<typeof freshBackend>, rows: object[]) {
  const v1 = new Dexie('acupress-journal', backend);
  const [first] = journalSchemaVersions;
  v1.version(first.version).stores(first.stores);
  await v1.table('sessions').bulkAdd(rows);
  v1.close();
}

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
    // Version 3 fills the trend rows from the sessions already stored.
    const overview = await store.overview(1);
    expect(overview.rows.map((row) => row.id).sort()).toEqual(['noted', 'old']);
    expect(overview.rows.find((row) => row.id === 'old')).toEqual(
      trendRowOf(makeEntry({ id: 'old', rightPoints: [], note: '' })),
    );
    expect(overview.latest).toHaveLength(1);
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
