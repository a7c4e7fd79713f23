// The round trip at the largest journal the app keeps (issue 17, "every file the app exports,
// it imports again"): as many sessions, quick ratings, trials and spot marks as the journal
// keeps, each as long as its limits allow, exported, checked by the import, written to the
// journal's real database code (Dexie, on fake-indexeddb) and exported again. Prints `name:
// value` lines. Too slow and too large for the unit tests; run it with
//   npm run bench:journal-file
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import {
  largestEntry,
  largestExportBytes,
  largestJournal,
  largestRating,
  largestSpot,
  largestTrial,
  largestTurn,
} from '../src/domain/records/export-size';
import { exportToJson } from '../src/domain/records/export-file';
import { importMaxBytes, validateImport } from '../src/domain/records/import-file';
import { createDexieJournalStore } from '../src/platform/db';

const print = (name: string, value: string | number) => console.log(`${name}: ${value}`);

/** `count` copies of `record`, each with its own id of the same (largest) length. */
const copies = <T extends { id: string }>(record: T, count: number): T[] =>
  Array.from({ length: count }, (_, index) => ({
    ...record,
    id: `${record.id.slice(0, -8)}${String(index).padStart(8, '0')}`,
  }));

it('exports the largest journal and imports it again, whole', async () => {
  const entries = copies(largestEntry(), largestJournal.sessions);
  const extras = {
    ratings: copies(largestRating(), largestJournal.ratings),
    trials: copies(largestTrial(), largestJournal.trials),
    spots: copies(largestSpot(), largestJournal.spots),
    turns: copies(largestTurn(), largestJournal.turns),
  };
  let start = performance.now();
  const text = exportToJson(entries, 0, extras);
  print('export-ms', Math.round(performance.now() - start));
  print('export-bytes', text.length);
  print('import-max-bytes', importMaxBytes);
  expect(text.length).toBe(largestExportBytes());
  expect(text.length).toBe(importMaxBytes);

  start = performance.now();
  const result = validateImport(text);
  print('import-check-ms', Math.round(performance.now() - start));
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);

  const store = createDexieJournalStore({ indexedDB: new IDBFactory(), IDBKeyRange });
  start = performance.now();
  const added = await store.addNew(result.data.entries, result.data);
  print('database-write-ms', Math.round(performance.now() - start));
  expect(added).toBe(largestJournal.sessions);

  start = performance.now();
  const again = exportToJson(await store.all(), 0, await store.extras());
  print('database-read-and-export-ms', Math.round(performance.now() - start));
  const same = again === text;
  print('same-file-after-round-trip', String(same));
  expect(same).toBe(true);
  await store.destroy();
});
