import fc from 'fast-check';
import { sortEntries, type JournalEntry, type Readings } from '../src/domain/records/session-entry';
import { trendRowOf } from '../src/domain/records/entry-stats';
import type { JournalImporter, JournalPlatform } from '../src/features/journal/ports';
import { runImport } from '../src/features/journal/core/import-run';
import type { JournalStore } from '../src/domain/records/store';
import { pointIds } from '../src/domain/points';
import type { QuickRating } from '../src/domain/records/quick-rating';
import type { TrialRecord } from '../src/domain/records/trial-record';
import { markOutcomes, type SpotMark } from '../src/domain/records/spot-mark';
import { turnMoments, type TurnRecord } from '../src/domain/records/turn-result';

/** A journal store in memory. `failNext` makes the next writes fail with the given error name. */
export interface FakeJournalStore extends JournalStore {
  readonly rows: Map<string, JournalEntry>;
  // Issue 18: quick ratings and trials.
  readonly ratingRows: Map<string, QuickRating>;
  readonly trialRows: Map<string, TrialRecord>;
  // Issue 17: spot marks.
  readonly spotRows: Map<string, SpotMark>;
  // Issue 29: turn results.
  readonly turnRows: Map<string, TurnRecord>;
  failWrites: string | undefined;
}

export function createFakeJournalStore(initial: readonly JournalEntry[] = []): FakeJournalStore {
  const rows = new Map(initial.map((entry) => [entry.id, entry]));
  const ratingRows = new Map<string, QuickRating>();
  const trialRows = new Map<string, TrialRecord>();
  const spotRows = new Map<string, SpotMark>();
  const turnRows = new Map<string, TurnRecord>();
  const refuse = () => {
    if (store.failWrites) throw Object.assign(new Error('refused'), { name: store.failWrites });
  };
  const byTime = <T>(items: Iterable<T>, time: (item: T) => number) =>
    [...items].sort((a, b) => time(a) - time(b));
  const store: FakeJournalStore = {
    rows,
    ratingRows,
    trialRows,
    spotRows,
    turnRows,
    failWrites: undefined,
    open: async () => undefined,
    ratings: async () => byTime(ratingRows.values(), (rating) => rating.atEpochMs),
    trials: async () => byTime(trialRows.values(), (trial) => trial.startedAtEpochMs),
    async putRating(rating) {
      refuse();
      ratingRows.set(rating.id, rating);
    },
    async putTrial(trial) {
      refuse();
      trialRows.set(trial.id, trial);
    },
    spotMarks: async () => byTime(spotRows.values(), (mark) => mark.atEpochMs),
    async putSpotMark(mark) {
      refuse();
      spotRows.set(mark.id, mark);
    },
    async forgetSpot(pointId, side) {
      refuse();
      for (const [id, mark] of spotRows)
        if (mark.pointId === pointId && mark.side === side) spotRows.delete(id);
    },
    turnResults: async () => byTime(turnRows.values(), (turn) => turn.atEpochMs),
    async putTurnResult(turn) {
      refuse();
      turnRows.set(turn.id, turn);
    },
    extras: async () => ({
      ratings: await store.ratings(),
      trials: await store.trials(),
      spots: await store.spotMarks(),
      turns: await store.turnResults(),
    }),
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
    async addNew(entries, extras) {
      if (store.failWrites) throw Object.assign(new Error('refused'), { name: store.failWrites });
      const fresh = entries.filter((entry) => !rows.has(entry.id));
      for (const entry of fresh) rows.set(entry.id, entry);
      for (const rating of extras?.ratings ?? []) {
        if (!ratingRows.has(rating.id)) ratingRows.set(rating.id, rating);
      }
      for (const trial of extras?.trials ?? []) {
        if (!trialRows.has(trial.id)) trialRows.set(trial.id, trial);
      }
      for (const mark of extras?.spots ?? []) {
        if (!spotRows.has(mark.id)) spotRows.set(mark.id, mark);
      }
      for (const turn of extras?.turns ?? []) {
        if (!turnRows.has(turn.id)) turnRows.set(turn.id, turn);
      }
      return fresh.length;
    },
    async destroy() {
      rows.clear();
      ratingRows.clear();
      trialRows.clear();
      spotRows.clear();
      turnRows.clear();
    },
  };
  return store;
}

export interface FakeJournalPlatform extends JournalPlatform {
  readonly store: FakeJournalStore;
  readonly deletedDatabases: string[];
  cachesCleared: number;
  /** What persisted() answers; persist() answers `persistAnswer` and then keeps it. */
  isKept: boolean | undefined;
  persistAnswer: boolean | undefined;
  /** The persistence calls, in order: 'persisted', 'persist'. */
  readonly persistenceCalls: string[];
  homeScreenApp: boolean;
}

export function createFakeJournalPlatform(
  initial: readonly JournalEntry[] = [],
): FakeJournalPlatform {
  const store = createFakeJournalStore(initial);
  const platform: FakeJournalPlatform = {
    store,
    importer: createInProcessImporter(store),
    deletedDatabases: [],
    cachesCleared: 0,
    isKept: false,
    persistAnswer: true,
    persistenceCalls: [],
    homeScreenApp: false,
    async deleteDatabase(name) {
      platform.deletedDatabases.push(name);
    },
    async clearUserCaches() {
      platform.cachesCleared += 1;
    },
    persistence: {
      async isPersisted() {
        platform.persistenceCalls.push('persisted');
        return platform.isKept;
      },
      async persist() {
        platform.persistenceCalls.push('persist');
        platform.isKept = platform.persistAnswer;
        return platform.persistAnswer;
      },
    },
    isHomeScreenApp: () => platform.homeScreenApp,
  };
  return platform;
}

/**
 * The import at its port, on this thread: the same core (runImport) the browser's worker runs,
 * against the fake store.
 */
export function createInProcessImporter(store: JournalStore): JournalImporter {
  return {
    async run(file, unsaved, nowMs, onStage) {
      let backup: Blob | null = null;
      const run = await runImport({
        byteSize: file.size,
        readText: () => file.text(),
        store,
        unsaved,
        nowMs,
        onStage,
        onBackup: (json) => (backup = new Blob([json], { type: 'application/json' })),
      });
      return { run, backup };
    },
  };
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
    tenderPoints: fc.uniqueArray(pointArb, { maxLength: pointIds.length }),
    rightPoints: fc.uniqueArray(pointArb, { maxLength: pointIds.length }),
    note: fc.string({ maxLength: 200, unit: 'grapheme' }),
  })
  .map(({ durationMs, ...rest }) => ({
    ...rest,
    endedAtEpochMs: rest.startedAtEpochMs + durationMs,
  }));

// Issue 18: quick ratings and trials.

/** A plain, valid quick rating; override any field. */
export function makeRating(overrides: Partial<QuickRating> = {}): QuickRating {
  return {
    id: 'rating-1',
    atEpochMs: Date.UTC(2026, 11, 1, 8, 0),
    dayKey: '2026-12-01',
    pain0to10: 4,
    stiffness0to10: 5,
    note: '',
    hasWarningSign: false,
    ...overrides,
  };
}

/** A plain, valid two-week trial; override any field. */
export function makeTrial(overrides: Partial<TrialRecord> = {}): TrialRecord {
  return {
    id: 'trial-1',
    seed: 12345,
    startDayKey: '2026-12-01',
    days: Array.from({ length: 7 }, () => ['routine', 'comparison'] as const).flat(),
    ratingMinutes: [480, 1200],
    startedAtEpochMs: Date.UTC(2026, 11, 1, 7, 0),
    ...overrides,
  };
}

const dayKeyArb = fc
  .date({
    min: new Date(Date.UTC(2000, 0, 2)),
    max: new Date(Date.UTC(2099, 0, 1)),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

/** Any valid quick rating. */
export const ratingArb: fc.Arbitrary<QuickRating> = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
    atEpochMs: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) }),
    dayKey: dayKeyArb,
    pain0to10: fc.integer({ min: 0, max: 10 }),
    stiffness: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    note: fc.string({ maxLength: 100, unit: 'grapheme' }),
    hasWarningSign: fc.boolean(),
  })
  .map(({ stiffness, ...rest }) => ({
    ...rest,
    ...(stiffness === undefined ? {} : { stiffness0to10: stiffness }),
  }));

/** Any valid trial. */
export const trialArb: fc.Arbitrary<TrialRecord> = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    startDayKey: dayKeyArb,
    blocks: fc.array(fc.boolean(), { minLength: 1, maxLength: 14 }),
    first: fc.integer({ min: 0, max: 700 }),
    gap: fc.integer({ min: 1, max: 700 }),
    startedAtEpochMs: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2098, 0, 1) }),
    ended: fc.option(
      fc.record({
        afterMs: fc.integer({ min: 0, max: 40 * 86_400_000 }),
        end: fc.constantFrom('finished', 'stopped', 'stop-rule' as const),
        stopReasons: fc.subarray([
          'higher-on-routine-days',
          'rating-8-or-more',
          'warning-sign',
        ] as const),
      }),
      { nil: undefined },
    ),
  })
  .map(({ blocks, first, gap, ended, ...rest }) => ({
    ...rest,
    days: blocks.flatMap((routineFirst) =>
      routineFirst ? (['routine', 'comparison'] as const) : (['comparison', 'routine'] as const),
    ),
    ratingMinutes: [first, first + gap] as const,
    ...(ended
      ? {
          endedAtEpochMs: rest.startedAtEpochMs + ended.afterMs,
          end: ended.end,
          stopReasons: [...ended.stopReasons],
        }
      : {}),
  }));

// Issue 17: spot marks.
export function makeSpotMark(overrides: Partial<SpotMark> = {}): SpotMark {
  return {
    id: 'spot-1',
    pointId: 'EX-UE8',
    side: 'right',
    atEpochMs: Date.UTC(2026, 11, 1, 8),
    outcome: 'tapped',
    u: -0.25,
    v: 0.5,
    ...overrides,
  };
}

/** Any valid spot mark: a place inside the zone exactly when the spot was shown. */
export const spotMarkArb: fc.Arbitrary<SpotMark> = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
    pointId: fc.constantFrom(...pointIds),
    side: fc.constantFrom('left', 'right' as const),
    atEpochMs: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) }),
    outcome: fc.constantFrom(...markOutcomes),
    angle: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
    radius: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ angle, radius, ...rest }) =>
    rest.outcome === 'tapped' || rest.outcome === 'as-shown'
      ? { ...rest, u: radius * Math.cos(angle), v: radius * Math.sin(angle) }
      : rest,
  );

// Issue 29: turn results.
export function makeTurn(overrides: Partial<TurnRecord> = {}): TurnRecord {
  return {
    id: 'turn-1',
    atEpochMs: Date.UTC(2026, 11, 1, 8),
    dayKey: '2026-12-01',
    left: { degrees: 52, atLeast: false },
    right: { degrees: 38, atLeast: false },
    ...overrides,
  };
}

const turnSideArb = fc.option(
  fc.record({ degrees: fc.integer({ min: 0, max: 90 }), atLeast: fc.boolean() }),
  { nil: undefined },
);

/** Any valid turn result: with a session and its moment, or on its own. */
export const turnArb: fc.Arbitrary<TurnRecord> = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
    atEpochMs: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) }),
    dayKey: dayKeyArb,
    left: turnSideArb,
    right: turnSideArb,
    session: fc.option(
      fc.record({
        sessionId: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
        moment: fc.constantFrom(...turnMoments),
      }),
      { nil: undefined },
    ),
  })
  .map(({ left, right, session, ...rest }) => ({
    ...rest,
    ...(left ? { left } : {}),
    ...(right ? { right } : {}),
    ...(session ?? {}),
  }));
