import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { validateImport } from '../../src/domain/records/import-file';
import { createJournal } from '../../src/features/journal/model/journal';
import { createJournalPlatform } from '../../src/platform/db';
import { createFakeJournalPlatform, createInProcessImporter } from '../journal-fakes';
import { createMemorySettings } from '../memory-settings';
import {
  importOnce,
  nearValidArb,
  rowsOf,
  storedArb,
  Tally,
  validExportArb,
} from './import-fuzz-kit';

/** Fuzzing the import into the real Dexie store, and imports whose write fails (issue 9). */
describe('import fuzzing on storage', () => {
  it('keeps the Dexie database (fake-indexeddb) all-or-nothing over 300 near-valid files', async () => {
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(nearValidArb, storedArb, async (fuzz, stored) => {
        const dexie = createJournalPlatform({ indexedDB: new IDBFactory(), IDBKeyRange });
        const platform = {
          ...dexie,
          importer: createInProcessImporter(dexie.store),
          persistence: { isPersisted: async () => true, persist: async () => true },
          isHomeScreenApp: () => false,
        };
        await platform.store.putMany(stored);
        await importOnce(fuzz, platform, stored, tally);
      }),
      { numRuns: 300 },
    );
    tally.print('near-valid files on Dexie: outcomes');
  }, 120_000);

  it('leaves the store as it was when the import write fails (300 files)', async () => {
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(
        validExportArb.map((file) => ({ kind: 'valid', text: file.text })),
        storedArb,
        fc.constantFrom('QuotaExceededError', 'UnknownError', 'AbortError'),
        async (fuzz, stored, errorName) => {
          const platform = createFakeJournalPlatform(stored);
          const journal = createJournal({
            settings: createMemorySettings(),
            loadPlatform: async () => platform,
          });
          await journal.load();
          const result = validateImport(fuzz.text);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const before = await rowsOf(platform.store);
          platform.store.failWrites = errorName;
          const outcome = await journal.importFile(new Blob([fuzz.text]), Date.UTC(2026, 11, 7));
          expect(outcome.run.kind).toBe('failed');
          expect(journal.problem.value).toBe(
            errorName === 'QuotaExceededError' ? 'quota' : 'write',
          );
          expect(await rowsOf(platform.store)).toBe(before);
          expect(journal.rows.value.map((row) => row.id).sort()).toEqual(
            stored.map((entry) => entry.id).sort(),
          );
          tally.add(`write failed with ${errorName}: nothing changed`);
        },
      ),
      { numRuns: 300 },
    );
    tally.print('failing writes');
  }, 120_000);
});
