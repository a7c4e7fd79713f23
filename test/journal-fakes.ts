import fc from 'fast-check';
import { sortEntries, type JournalEntry, type Readings } from '../src/core/journal-format';
import { trendRowOf } from '../src/core/journal-stats';
import type { JournalPlatform, JournalStore } from '../src/app/journal-ports';
import { pointIds } from '../src/core/points';

/** A journal store in memory. `failNext` makes the next writes fail with the given error name. */
export interface FakeJournalStore extends JournalStore {
  readonly rows: Map<string, JournalEntry>;
  failWrites: string | undefined;
}

export function createFakeJournalStore(initial: readonly JournalEntry[] = []): FakeJournalStore {
  const rows = new Map(initial.map((entry) => [entry.id, entry]));
  const store: FakeJournalStore = {
    rows,
    failWrites: undefined,
    all: async () => sortEntries([...rows.values()]),
    overview: async (latestCount) => {
      const sorted = sortEntries([...rows.values()]);
      return { rows: sorted.map(trendRowOf), latest: sorted.reverse().slice(0, latestCount) };
    },
    latest: async (count) =>
      sortEntries([...rows.values()])
        .reverse()
        .slice(0, count),
    async put(entry) {
      if (store.failWrites) throw Object.assign(new Error('refused'), { name: store.failWrites });
      rows.set(entry.id, entry);
    },
    async putMany(entries) {
      if (store.failWrites) throw Object.assign(new Error('refused'), { name: store.failWrites });
      for (const entry of entries) rows.set(entry.id, entry);
    },
    async addNew(entries) {
      if (store.failWrites) throw Object.assign(new Error('refused'), { name: store.failWrites });
      const fresh = entries.filter((entry) => !rows.has(entry.id));
      for (const entry of fresh) rows.set(entry.id, entry);
      return fresh.length;
    },
    async destroy() {
      rows.clear();
    },
  };
  return store;
}

export interface FakeJournalPlatform extends JournalPlatform {
  readonly store: FakeJournalStore;
  readonly deletedDatabases: string[];
  cachesCleared: number;
  persistAnswer: boolean;
}

export function createFakeJournalPlatform(
  initial: readonly JournalEntry[] = [],
): FakeJournalPlatform {
  const platform: FakeJournalPlatform = {
    store: createFakeJournalStore(initial),
    deletedDatabases: [],
    cachesCleared: 0,
    persistAnswer: true,
    async deleteDatabase(name) {
      platform.deletedDatabases.push(name);
    },
    async clearUserCaches() {
      platform.cachesCleared += 1;
    },
    requestPersistence: async () => platform.persistAnswer,
    isPersisted: async () => false,
  };
  return platform;
}

/** A plain, valid journal entry; override any field. */
export function makeEntry(overrides: Partial<JournalEntry> = {}): JournalEntry {
  return {
    id: 'session-1',
    startedAtEpochMs: Date.UTC(2026, 10, 20, 8, 0),
    endedAtEpochMs: Date.UTC(2026, 10, 20, 8, 12),
    activeMs: 11 * 60_000,
    painSide: 'left',
    holdMs: 60_000,
    isPregnancyMode: false,
    steps: [
      { pointId: 'SI3', side: 'left', status: 'done' },
      { pointId: 'SI3', side: 'right', status: 'done' },
      { pointId: 'GB20', side: 'left', status: 'skipped' },
    ],
    completed: true,
    before: { pain0to10: 6, stiffness0to10: 7 },
    after: { pain0to10: 3, stiffness0to10: 4 },
    tenderPoints: ['SI3'],
    rightPoints: [],
    note: 'Felt looser afterwards.',
    ...overrides,
  };
}

const score = fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined });
const readingsArb: fc.Arbitrary<Readings> = fc
  .record({ pain: score, stiffness: score })
  .map(({ pain, stiffness }) => ({
    ...(pain === undefined ? {} : { pain0to10: pain }),
    ...(stiffness === undefined ? {} : { stiffness0to10: stiffness }),
  }));
const pointArb = fc.constantFrom(...pointIds);

/** Any valid journal entry. */
export const entryArb: fc.Arbitrary<JournalEntry> = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
    startedAtEpochMs: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) }),
    durationMs: fc.integer({ min: 0, max: 3 * 3_600_000 }),
    activeMs: fc.integer({ min: 0, max: 3 * 3_600_000 }),
    painSide: fc.constantFrom('left', 'right', 'both', 'middle' as const),
    holdMs: fc.integer({ min: 20_000, max: 600_000 }),
    isPregnancyMode: fc.boolean(),
    steps: fc.array(
      fc.record({
        pointId: pointArb,
        side: fc.constantFrom('left', 'right' as const),
        status: fc.constantFrom('done', 'skipped', 'not-reached' as const),
      }),
      { maxLength: 12 },
    ),
    completed: fc.boolean(),
    before: readingsArb,
    after: readingsArb,
    tenderPoints: fc.uniqueArray(pointArb, { maxLength: 5 }),
    rightPoints: fc.uniqueArray(pointArb, { maxLength: 5 }),
    note: fc.string({ maxLength: 200, unit: 'grapheme' }),
  })
  .map(({ durationMs, ...rest }) => ({
    ...rest,
    endedAtEpochMs: rest.startedAtEpochMs + durationMs,
  }));
