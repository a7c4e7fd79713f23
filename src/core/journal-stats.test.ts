import { describe, expect, it } from 'vitest';
import { sortEntries, type JournalEntry } from './journal-format';
import {
  mergeRows,
  summarizeJournal as summarizeRows,
  tallyPoints as tallyRows,
  chartSeries as chartRows,
  trendRowOf,
} from './journal-stats';

const rowsOf = (entries: readonly JournalEntry[]) => sortEntries(entries).map(trendRowOf);
const summarizeJournal = (entries: readonly JournalEntry[], last?: number) =>
  summarizeRows(rowsOf(entries), last);
const tallyPoints = (entries: readonly JournalEntry[]) => tallyRows(rowsOf(entries));

import { makeEntry } from '../../test/journal-fakes';

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
      noticeableDrops: 1,
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

describe('chartSeries', () => {
  it('gives seconds on x, oldest first, and a gap for a skipped reading', () => {
    const series = chartRows(
      rowsOf([makeEntry({ id: 'b', ...at(2), after: {} }), makeEntry({ id: 'a', ...at(1) })]),
    );
    expect(series.x).toEqual([Date.UTC(2026, 10, 1, 8) / 1000, Date.UTC(2026, 10, 2, 8) / 1000]);
    expect(series.painAfter).toEqual([3, null]);
    expect(series.stiffnessBefore).toEqual([7, 7]);
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
