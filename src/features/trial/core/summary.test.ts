import { describe, expect, it } from 'vitest';
import {
  makeEntry,
  makeRating,
  makeTrial,
  createFakeJournalPlatform,
} from '../../../../test/journal-fakes';
import { createJournal } from '../../journal';
import { summarizeJournal } from '../../../domain/records/entry-stats';
import { createMemorySettings } from '../../../../test/memory-settings';
import { summaryFiguresOf } from './summary';

/** Local time is UTC here. */
const utcMoment = (epochMs: number) => ({
  dayKey: new Date(epochMs).toISOString().slice(0, 10),
  minutesOfDay: Math.floor((epochMs % 86_400_000) / 60_000),
});

describe('the printable summary', () => {
  // Three sessions: pain 6→3, 5→5 and 7→4, so the journal's mean drop is (3 + 0 + 3) / 3 = 2.
  const sessions = [
    makeEntry({
      id: 'a',
      startedAtEpochMs: Date.UTC(2026, 11, 1, 9),
      endedAtEpochMs: Date.UTC(2026, 11, 1, 9, 10),
    }),
    makeEntry({
      id: 'b',
      startedAtEpochMs: Date.UTC(2026, 11, 3, 9),
      endedAtEpochMs: Date.UTC(2026, 11, 3, 9, 10),
      before: { pain0to10: 5 },
      after: { pain0to10: 5 },
    }),
    makeEntry({
      id: 'c',
      startedAtEpochMs: Date.UTC(2026, 11, 5, 9),
      endedAtEpochMs: Date.UTC(2026, 11, 5, 9, 10),
      before: { pain0to10: 7, stiffness0to10: 6 },
      after: { pain0to10: 4, stiffness0to10: 6 },
    }),
  ];
  const trial = makeTrial({
    startedAtEpochMs: Date.UTC(2026, 11, 1, 7),
    endedAtEpochMs: Date.UTC(2026, 11, 4, 23),
  });
  const ratings = [
    makeRating({
      id: 'r1',
      dayKey: '2026-12-01',
      atEpochMs: Date.UTC(2026, 11, 1, 8),
      pain0to10: 3,
    }),
    makeRating({
      id: 'r2',
      dayKey: '2026-12-02',
      atEpochMs: Date.UTC(2026, 11, 2, 8),
      pain0to10: 6,
      tookPainkiller: true,
    }),
    makeRating({
      id: 'r3',
      dayKey: '2026-12-06',
      atEpochMs: Date.UTC(2026, 11, 6, 8),
      pain0to10: 1,
    }),
  ];

  it('has the journal’s own figures: the same counts and mean drops History shows', async () => {
    const figures = summaryFiguresOf(trial, ratings, sessions, utcMoment, 3);
    expect(figures.sessionCount).toBe(3);
    expect(figures.journal.pain.meanDrop).toBe(2);
    expect(figures.journal.pain.sessionsWithBoth).toBe(3);
    // Stiffness: 7→4 in a, none in b, 6→6 in c: (3 + 0) / 2 = 1.5.
    expect(figures.journal.stiffness.meanDrop).toBe(1.5);
    // The journal model over the same sessions: History's rows give the same summary.
    const journal = createJournal({
      settings: createMemorySettings(),
      loadPlatform: async () => createFakeJournalPlatform(sessions),
    });
    await journal.load();
    expect(figures.journal).toEqual(summarizeJournal(journal.rows.value));
    expect(figures.sessionCount).toBe(journal.rows.value.length);
  });

  it('counts the trial’s ratings while it ran and names its routine and dates', () => {
    const figures = summaryFiguresOf(trial, ratings, sessions, utcMoment, 3);
    expect(figures.ratingsInTrial).toBe(2);
    expect(figures.analysis.blocks[0]?.difference).toBe(-3);
    expect(figures.routine?.id).toBe('b');
    expect([figures.firstDayKey, figures.lastDayKey]).toEqual(['2026-12-01', '2026-12-14']);
  });

  it('shows how the plan went: routine days done, comparison days pressed, painkillers', () => {
    // The trial ran days 1–4 (routine, comparison, routine, comparison): sessions on 1 and 3
    // December (both routine days); the 5 December session came after it ended. A painkiller
    // on 2 December, a comparison day.
    const figures = summaryFiguresOf(trial, ratings, sessions, utcMoment, 3);
    expect(figures.adherence).toEqual({
      routineDays: 2,
      routineDaysDone: 2,
      comparisonDays: 2,
      comparisonDaysPressed: 0,
      painkillerRoutineDays: 0,
      painkillerComparisonDays: 1,
    });
    const pressedOnComparison = summaryFiguresOf(
      trial,
      ratings,
      [...sessions, makeEntry({ id: 'd', startedAtEpochMs: Date.UTC(2026, 11, 2, 12) })],
      utcMoment,
      3,
    );
    expect(pressedOnComparison.adherence.comparisonDaysPressed).toBe(1);
  });
});
