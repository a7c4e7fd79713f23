import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { describeImportProblem, validateImport } from '../../src/app/import-schema';
import { createJournal } from '../../src/app/journal';
import type { JournalPlatform, JournalStore } from '../../src/app/journal-ports';
import type { JournalEntry } from '../../src/core/journal-format';
import { createJournalPlatform } from '../../src/platform/db';
import { createFakeJournalPlatform } from '../journal-fakes';
import { createMemorySettings } from '../memory-settings';
import {
  nearValidArb,
  prototypeSnapshot,
  randomArb,
  storedArb,
  Tally,
  validExportArb,
  type FuzzCase,
} from './import-fuzz-kit';

/**
 * Fuzzing the journal import (issue 9): generated files go through the real validator and the
 * real journal merge, as the Settings/History import does. Each file is either refused with a
 * readable message and no change to the store, or accepted whole; nothing throws, nothing
 * pollutes Object.prototype. Runs: 4,000 random + 6,000 near-valid (memory store) + 300 near-valid
 * on Dexie over fake-indexeddb + 300 with a failing write = 10,900 files.
 */

const placeholder = /\{[A-Za-z]+\}/;

async function rowsOf(store: JournalStore): Promise<string> {
  return JSON.stringify(await store.all());
}

/** Imports one file into a journal over `platform`; checks the all-or-nothing contract. */
async function importOnce(
  fuzz: FuzzCase,
  platform: JournalPlatform,
  stored: readonly JournalEntry[],
  tally: Tally,
): Promise<void> {
  const journal = createJournal({
    settings: createMemorySettings(),
    loadPlatform: async () => platform,
  });
  await journal.load();
  const before = await rowsOf(platform.store);
  const prototypes = prototypeSnapshot();

  const result = validateImport(fuzz.text);
  if (!result.ok) {
    const message = describeImportProblem(result.problem);
    expect(message.length, `a message for ${fuzz.kind}`).toBeGreaterThan(10);
    expect(message, `no unfilled placeholder for ${fuzz.kind}`).not.toMatch(placeholder);
    expect(await rowsOf(platform.store), `no change after refusing ${fuzz.kind}`).toBe(before);
    tally.add(`refused ${result.problem.key}`);
  } else {
    // Accepted whole: the validated data is exactly what the file held.
    const fileEntries = (JSON.parse(fuzz.text) as { entries: unknown[] }).entries;
    expect(result.data.entries).toEqual(fileEntries);
    const outcome = await journal.importEntries(result.data.entries);
    expect(outcome, `import of ${fuzz.kind} written`).toBeDefined();
    const storedIds = new Set(stored.map((entry) => entry.id));
    const fresh = result.data.entries.filter((entry) => !storedIds.has(entry.id));
    expect(outcome).toEqual({ added: fresh.length, skipped: fileEntries.length - fresh.length });
    const after = new Map((await platform.store.all()).map((entry) => [entry.id, entry]));
    for (const entry of fresh) expect(after.get(entry.id)).toEqual(entry);
    for (const entry of stored) expect(after.get(entry.id)).toEqual(entry);
    expect(after.size).toBe(stored.length + fresh.length);
    tally.add(fresh.length > 0 ? 'accepted, sessions added' : 'accepted, nothing new to add');
  }
  expect(prototypeSnapshot(), `prototypes untouched by ${fuzz.kind}`).toBe(prototypes);
}

describe('import fuzzing', () => {
  it('refuses 4,000 random files with a message, changing nothing and throwing nothing', async () => {
    const tally = new Tally();
    const tried = new Tally();
    await fc.assert(
      fc.asyncProperty(randomArb, storedArb, async (fuzz, stored) => {
        tried.add(fuzz.kind);
        await importOnce(fuzz, createFakeJournalPlatform(stored), stored, tally);
      }),
      { numRuns: 4000 },
    );
    tried.print('random files tried');
    tally.print('random files: outcomes');
  }, 60_000);

  it('accepts 6,000 near-valid files whole or refuses them with no change', async () => {
    const tally = new Tally();
    const tried = new Tally();
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(nearValidArb, storedArb, async (fuzz, stored) => {
        tried.add(fuzz.kind.split(' + ')[0] ?? fuzz.kind);
        const platform = createFakeJournalPlatform(stored);
        await importOnce(fuzz, platform, stored, tally);
        if (validateImport(fuzz.text).ok) accepted += 1;
      }),
      { numRuns: 6000 },
    );
    tried.print('near-valid files tried (first mutation)');
    tally.print('near-valid files: outcomes');
    // The generator must reach both outcomes, or the property proves little.
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(5000);
  }, 60_000);

  it('keeps the Dexie database (fake-indexeddb) all-or-nothing over 300 near-valid files', async () => {
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(nearValidArb, storedArb, async (fuzz, stored) => {
        const platform = createJournalPlatform({ indexedDB: new IDBFactory(), IDBKeyRange });
        await platform.store.putMany(stored);
        await importOnce(fuzz, platform, stored, tally);
      }),
      { numRuns: 300 },
    );
    tally.print('near-valid files on Dexie: outcomes');
  }, 60_000);

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
          expect(await journal.importEntries(result.data.entries)).toBeUndefined();
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
  }, 60_000);
});

describe('import edge cases found by fuzzing', () => {
  it('refuses readings given as an empty array instead of turning them into no readings', () => {
    const file = {
      format: 'acupress-journal',
      schemaVersion: 1,
      exportedAt: '2026-11-25T00:00:00.000Z',
      entries: [
        {
          id: 'a',
          startedAtEpochMs: 946684800000,
          endedAtEpochMs: 946684800000,
          activeMs: 0,
          painSide: 'left',
          holdMs: 20000,
          isPregnancyMode: false,
          steps: [],
          completed: false,
          before: [],
          after: {},
          tenderPoints: [],
          rightPoints: [],
          note: '',
        },
      ],
    };
    const result = validateImport(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeImportProblem(result.problem)).toMatch(/^Session 1: /);
  });
});
