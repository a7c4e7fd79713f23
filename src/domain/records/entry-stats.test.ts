import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortEntries, type JournalEntry } from './session-entry';
import {
  isWholeColumns,
  trendColumnsOf,
  trendRowsOf,
  type TrendRow,
  mergeRows,
  summarizeJournal as summarizeRows,
  tallyPoints as tallyRows,
  chartSeries as chartRows,
  trendRowOf,
  maskBitOf,
} from './entry-stats';
import { pointIds } from '../points';

const rowsOf = (entries: readonly JournalEntry[]) => sortEntries(entries).map(trendRowOf);
const summarizeJournal = (entries: readonly JournalEntry[], last?: number) =>
  summarizeRows(rowsOf(entries), last);
const tallyPoints = (entries: readonly JournalEntry[]) => tallyRows(rowsOf(entries));

import { entryArb, makeEntry } from '../../../test/journal-fakes';

const at = (day: number) => ({
  startedAtEpochMs: Date.UTC(2026, 10, day, 8),
  endedAtEpochMs: Date.UTC(2026, 10, day, 8, 10),
});

describe('summarizeJournal', () => {
  it('averages the drop in pain over the sessions with both readings', () => {
    const summary = summarizeJournal([
      makeEntry({ id: 'a', ...at(1), before: { pain0to10: 6 }, after: { pain0to10: 3 } }),
      makeEntry({ id: 'b', ...at(2), before: { pain0to10: 4 }, after: { pain0to10: 3 } }),
      makeEntry({ id: 'c', ...at(3), before: {}, after: { pain0to10: 1 } }),
    ]);
    expect(summary.pain).toEqual({
      sessionsLookedAt: 3,
      sessionsWithBoth: 2,
      meanDrop: 2,
    });
    expect(summary.stiffness.meanDrop).toBeUndefined();
  });

  it('looks only at the most recent sessions', () => {
    const entries = Array.from({ length: 12 }, (_, index) =>
      makeEntry({
        id: `s${index}`,
        ...at(index + 1),
        before: { pain0to10: index < 2 ? 10 : 5 },
        after: { pain0to10: 5 },
      }),
    );
    expect(summarizeJournal(entries, 10).pain.meanDrop).toBe(0);
    expect(summarizeJournal(entries, 12).pain.sessionsWithBoth).toBe(12);
  });

  it('reports a rise in pain as a negative drop', () => {
    const summary = summarizeJournal([
      makeEntry({ before: { pain0to10: 2 }, after: { pain0to10: 5 } }),
    ]);
    expect(summary.pain.meanDrop).toBe(-3);
  });
});

describe('tallyPoints', () => {
  it('counts each session once per point for pressed, tender and right', () => {
    const tallies = tallyPoints([
      makeEntry({ id: 'a', tenderPoints: ['SI3', 'SI3'], rightPoints: ['SI3'] }),
      makeEntry({ id: 'b', tenderPoints: [], rightPoints: ['GB20'] }),
    ]);
    expect(tallies.find((tally) => tally.pointId === 'SI3')).toEqual({
      pointId: 'SI3',
      pressed: 2,
      tender: 1,
      right: 1,
    });
    expect(tallies.find((tally) => tally.pointId === 'GB20')).toEqual({
      pointId: 'GB20',
      pressed: 0,
      tender: 0,
      right: 1,
    });
    expect(tallies).toHaveLength(5);
  });
});

describe('tallyPoints over many sessions', () => {
  it('agrees with counting each point of each session one by one', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const some = () => pointIds.filter(() => next() < 0.4);
    const entries = Array.from({ length: 500 }, (_, index) =>
      makeEntry({
        id: `s${index}`,
        steps: some().map((pointId) => ({ pointId, side: 'left', status: 'done' }) as const),
        tenderPoints: some(),
        rightPoints: some(),
      }),
    );
    const byHand = pointIds.map((pointId) => ({
      pointId,
      pressed: entries.filter((entry) => entry.steps.some((step) => step.pointId === pointId))
        .length,
      tender: entries.filter((entry) => entry.tenderPoints.includes(pointId)).length,
      right: entries.filter((entry) => entry.rightPoints.includes(pointId)).length,
    }));
    expect(tallyPoints(entries)).toEqual(byHand);
  });
});

describe('chartSeries', () => {
  it('gives seconds on x, oldest first, and a gap for a skipped reading', () => {
    const series = chartRows(
      rowsOf([makeEntry({ id: 'b', ...at(2), after: {} }), makeEntry({ id: 'a', ...at(1) })]),
    );
    expect(series.x).toEqual([Date.UTC(2026, 10, 1, 8) / 1000, Date.UTC(2026, 10, 2, 8) / 1000]);
    expect(series.painAfter).toEqual([3, null]);
    expect(series.stiffnessBefore).toEqual([7, 7]);
    expect(series.sessionsPerPoint).toBe(1);
  });

  it('draws one point per session up to the limit', () => {
    const rows = rowsOf(Array.from({ length: 6 }, (_, index) => makeEntry({ id: `s${index}` })));
    expect(chartRows(rows, 6).x).toHaveLength(6);
    expect(chartRows(rows, 6).sessionsPerPoint).toBe(1);
  });

  it('averages consecutive sessions beyond the limit, the newest group full', () => {
    // Seven sessions, at most three points: groups of three, counted from the newest (1 + 3 + 3).
    const rows: TrendRow[] = [0, 1, 2, 3, 4, 5, 6].map((index) => ({
      ...trendRowOf(makeEntry({ id: `s${index}`, ...at(index + 1) })),
      painBefore: index,
      painAfter: index === 6 ? null : 1,
      stiffnessAfter: null,
    }));
    const series = chartRows(rows, 3);
    expect(series.sessionsPerPoint).toBe(3);
    expect(series.x).toEqual([
      Date.UTC(2026, 10, 1, 8) / 1000,
      Date.UTC(2026, 10, 3, 8) / 1000,
      Date.UTC(2026, 10, 6, 8) / 1000,
    ]);
    expect(series.painBefore).toEqual([0, 2, 5]);
    // A skipped reading is left out of its group's mean; a group with none is a gap.
    expect(series.painAfter).toEqual([1, 1, 1]);
    expect(series.stiffnessAfter).toEqual([null, null, null]);
  });

  it('keeps every point of 10,000 sessions within the limit and rounds means to one decimal', () => {
    const rows: TrendRow[] = Array.from({ length: 10_000 }, (_, index) => ({
      ...trendRowOf(makeEntry({ id: `s${index}` })),
      startedAtEpochMs: index * 60_000,
      painBefore: index % 3,
    }));
    const series = chartRows(rows);
    expect(series.x.length).toBeLessThanOrEqual(365);
    expect(series.sessionsPerPoint * series.x.length).toBeGreaterThanOrEqual(10_000);
    for (const value of series.painBefore) expect(value! * 10).toBe(Math.round(value! * 10));
    expect(series.x).toEqual([...series.x].sort((a, b) => a - b));
  });
});

describe('trend rows', () => {
  it('keep the readings and a bit per point for pressed, tender and right', () => {
    const row = trendRowOf(makeEntry({ tenderPoints: ['SI3', 'GB21'], rightPoints: ['LI4'] }));
    expect(row).toEqual({
      id: 'session-1',
      startedAtEpochMs: Date.UTC(2026, 10, 20, 8, 0),
      painBefore: 6,
      painAfter: 3,
      stiffnessBefore: 7,
      stiffnessAfter: 4,
      pressedMask: 0b00001,
      tenderMask: 0b10001,
      rightMask: 0b00100,
    });
  });

  it('merge by id and come out oldest first', () => {
    const rows = mergeRows(
      rowsOf([makeEntry({ id: 'b', ...at(2) })]),
      rowsOf([makeEntry({ id: 'a', ...at(1) }), makeEntry({ id: 'b', ...at(2), after: {} })]),
    );
    expect(rows.map((row) => [row.id, row.painAfter])).toEqual([
      ['a', 3],
      ['b', null],
    ]);
  });
});

describe('trend columns', () => {
  it('give back the same rows, skipped readings included', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 30 }), (entries) => {
        const rows = rowsOf(entries);
        const columns = trendColumnsOf(rows);
        expect(isWholeColumns(columns)).toBe(true);
        expect(trendRowsOf(columns)).toEqual(rows);
      }),
    );
  });

  it('are not whole when one column has a different session count', () => {
    const columns = trendColumnsOf(rowsOf([makeEntry({ id: 'a' }), makeEntry({ id: 'b' })]));
    expect(isWholeColumns({ ...columns, ids: ['a'] })).toBe(false);
    expect(isWholeColumns({ ...columns, masks: new Uint8Array(5) })).toBe(false);
    expect(isWholeColumns({ ...columns, readings: [...columns.readings] })).toBe(false);
    expect(isWholeColumns(undefined)).toBe(false);
  });
});

describe('the trend masks', () => {
  it('keep each point on its stored bit, whatever order the guide lists the points in', () => {
    // The database keeps these masks: changing a bit would re-label every stored session.
    expect(maskBitOf).toEqual({ SI3: 0, 'EX-UE8': 1, LI4: 2, GB20: 3, GB21: 4 });
  });

  it('give every point its own bit of a byte', () => {
    const bits = pointIds.map((id) => maskBitOf[id]);
    expect(new Set(bits).size).toBe(pointIds.length);
    for (const bit of bits) expect(bit >= 0 && bit < 8).toBe(true);
  });

  it('count a point by its stored bit', () => {
    const row = trendRowOf(
      makeEntry({
        id: 'a',
        steps: [{ pointId: 'GB20', side: 'left', status: 'done' }],
        tenderPoints: ['GB21'],
        rightPoints: [],
      }),
    );
    expect(row.pressedMask).toBe(1 << maskBitOf.GB20);
    expect(row.tenderMask).toBe(1 << maskBitOf.GB21);
    const tally = tallyRows([row]);
    expect(tally.find((t) => t.pointId === 'GB20')?.pressed).toBe(1);
    expect(tally.find((t) => t.pointId === 'GB21')?.tender).toBe(1);
    expect(tally.filter((t) => t.pressed + t.tender + t.right > 0)).toHaveLength(2);
  });
});
