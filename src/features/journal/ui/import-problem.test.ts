import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportToJson } from '../../../domain/records/export-file';
import { noteMaxChars } from '../../../domain/records/fields';
import { maxQuickRatings } from '../../../domain/records/quick-rating';
import { maxJournalSessions } from '../../../domain/records/session-entry';
import { maxTrials } from '../../../domain/records/trial-record';
import {
  largestEntry,
  largestExportBytes,
  largestRating,
  largestSpot,
  largestTrial,
} from '../../../domain/records/export-size';
import { maxSpotMarks } from '../../../domain/records/spot-mark';
import { maxTurnResults } from '../../../domain/records/turn-result';
import {
  entryArb,
  makeEntry,
  makeRating,
  makeSpotMark,
  makeTrial,
  makeTurn,
  turnArb,
} from '../../../../test/journal-fakes';
import { importMaxBytes, validateImport } from '../../../domain/records/import-file';
import { describeImportProblem } from '../ui/import-problem';

const now = Date.UTC(2026, 10, 25);
const validFile = (entries = [makeEntry({ id: 'a' }), makeEntry({ id: 'b' })]) =>
  JSON.parse(exportToJson(entries, now)) as Record<string, unknown> & {
    entries: Record<string, unknown>[];
  };

/** The file with a change applied to session `index` (0-based). */
function withSession(index: number, change: (session: Record<string, unknown>) => void): string {
  const file = validFile();
  const session = file.entries[index];
  if (session) change(session);
  return JSON.stringify(file);
}

function messageFor(text: string): string {
  const result = validateImport(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return describeImportProblem(result.problem);
}

describe('validateImport', () => {
  it('accepts an export of this app and returns its sessions', () => {
    const result = validateImport(JSON.stringify(validFile()));
    expect(result.ok && result.data.entries.map((entry) => entry.id)).toEqual(['a', 'b']);
  });

  const validText = JSON.stringify(validFile());
  it.each<[string, string, string]>([
    [
      'a truncated file',
      validText.slice(0, validText.length / 2),
      'The file is not valid JSON. It may be damaged or cut short.',
    ],
    ['an empty file', '', 'The file is not valid JSON. It may be damaged or cut short.'],
    ['a JSON array', '[]', 'The file is not a journal export from Acupress.'],
    [
      'another app’s file',
      JSON.stringify({
        format: 'other',
        schemaVersion: 1,
        exportedAt: '2026-11-25T00:00:00.000Z',
        entries: [],
      }),
      'The file is not a journal export from Acupress.',
    ],
    [
      'a future schema version',
      JSON.stringify({ ...validFile(), schemaVersion: 7 }),
      'The file was made by a newer version of Acupress (format version 7). Update the app, then import it again.',
    ],
    [
      'pain out of range',
      withSession(1, (s) => (s.after = { pain0to10: 11 })),
      'Session 2: pain after must be a whole number from 0 to 10.',
    ],
    [
      'a negative stiffness',
      withSession(0, (s) => (s.before = { stiffness0to10: -1 })),
      'Session 1: stiffness before must be a whole number from 0 to 10.',
    ],
    [
      'a fractional pain',
      withSession(0, (s) => (s.before = { pain0to10: 2.5 })),
      'Session 1: pain before must be a whole number from 0 to 10.',
    ],
    [
      'pain as text',
      withSession(0, (s) => (s.before = { pain0to10: '5' })),
      'Session 1: pain before must be a whole number from 0 to 10.',
    ],
    [
      'a wrong type',
      withSession(1, (s) => (s.completed = 'yes')),
      'Session 2: completed has the wrong kind of value.',
    ],
    [
      'an unknown field',
      withSession(0, (s) => (s.password = 'x')),
      'Session 1: "password" is not a field of the journal format.',
    ],
    ['a missing field', withSession(0, (s) => delete s.steps), 'Session 1: steps is missing.'],
    [
      'an invalid date',
      withSession(1, (s) => (s.startedAtEpochMs = 1e20)),
      'Session 2: the start time is not a valid date.',
    ],
    [
      'a date before 2000',
      withSession(1, (s) => (s.endedAtEpochMs = 5)),
      'Session 2: the end time is not a valid date.',
    ],
    [
      'an end before the start',
      withSession(0, (s) => (s.endedAtEpochMs = Number(s.startedAtEpochMs) - 1)),
      'Session 1: the session ends before it starts.',
    ],
    [
      'an invalid export date',
      JSON.stringify({ ...validFile(), exportedAt: 'yesterday' }),
      'In the file: exportedAt is not a valid date.',
    ],
    [
      'a huge note',
      withSession(0, (s) => (s.note = 'x'.repeat(5000))),
      'Session 1: the note is longer than 2,000 characters.',
    ],
    [
      'an unknown point',
      withSession(0, (s) => (s.tenderPoints = ['ST36'])),
      'Session 1: tenderPoints.0 has a value this app does not know.',
    ],
    [
      'a bad id',
      withSession(0, (s) => (s.id = '<script>')),
      'Session 1: the session id must be 1 to 100 letters, digits, dashes or underscores.',
    ],
    [
      'duplicate ids',
      withSession(1, (s) => (s.id = 'a')),
      'Session 2: it has the same id as session 1.',
    ],
    [
      'a __proto__ key',
      validText.replace('"before":{', '"before":{"__proto__":{"polluted":true},'),
      'Session 1: a field named "__proto__" is not allowed.',
    ],
    [
      'a constructor key at the top',
      validText.replace('{', '{"constructor":{"prototype":{}},'),
      'In the file: a field named "constructor" is not allowed.',
    ],
  ])('refuses %s and says what and where', (_name, text, message) => {
    expect(messageFor(text)).toBe(message);
  });

  it('accepts a session length with a fraction of a millisecond', () => {
    expect(validateImport(withSession(0, (s) => (s.activeMs = 10_000.25))).ok).toBe(true);
  });

  it('refuses a session length below zero or over a day', () => {
    expect(messageFor(withSession(0, (s) => (s.activeMs = -1)))).toBe(
      'Session 1: the session length in milliseconds cannot be below zero.',
    );
    expect(messageFor(withSession(1, (s) => (s.activeMs = 9e7)))).toBe(
      'Session 2: the session length in milliseconds must be at most 86,400,000.',
    );
  });

  it('names an unknown field that shares a name with an object method', () => {
    expect(messageFor(withSession(0, (s) => (s['valueOf'] = null)))).toBe(
      'Session 1: "valueOf" is not a field of the journal format.',
    );
  });

  it('refuses a file larger than the largest export the app can write, before reading it', () => {
    expect(importMaxBytes).toBe(largestExportBytes());
    const result = validateImport('{}', importMaxBytes + 1);
    expect(!result.ok && describeImportProblem(result.problem)).toBe(
      `The file is larger than ${Math.floor(importMaxBytes / 1e6)} MB, so it cannot be a journal export from this app.`,
    );
    // A file of exactly that size is read.
    expect(validateImport(exportToJson([makeEntry()], now), importMaxBytes).ok).toBe(true);
  });

  it('imports again the largest records the app can write, and not one a character longer', () => {
    const ids = (prefix: string) => (_: unknown, index: number) =>
      `${prefix}${index}`.padEnd(100, 'x');
    const entries = [0, 1, 2].map(ids('s')).map((id) => ({ ...largestEntry(), id }));
    const extras = {
      ratings: [0, 1].map(ids('r')).map((id) => ({ ...largestRating(), id })),
      trials: [0, 1].map(ids('t')).map((id) => ({ ...largestTrial(), id })),
      spots: [0, 1].map(ids('p')).map((id) => ({ ...largestSpot(), id })),
      turns: [],
    };
    const text = exportToJson(entries, now, extras);
    expect(text.length).toBe(
      largestExportBytes({ sessions: 3, ratings: 2, trials: 2, spots: 2, turns: 0 }),
    );
    const result = validateImport(text);
    expect(result.ok && result.data).toEqual({ ...JSON.parse(text), ...extras, entries });

    const longer = entries.map((entry, index) =>
      index === 1 ? { ...entry, note: `${entry.note}a` } : entry,
    );
    expect(messageFor(exportToJson(longer, now, extras))).toBe(
      `Session 2: the note is longer than ${noteMaxChars.toLocaleString('en')} characters.`,
    );
  });

  it('imports again the export of a journal with as many records as the app keeps', () => {
    const start = Date.UTC(2026, 0, 1);
    const entries = Array.from({ length: maxJournalSessions }, (_, i) =>
      makeEntry({
        id: `s${i}`,
        startedAtEpochMs: start + i * 60_000,
        endedAtEpochMs: start + i * 60_000 + 1000,
      }),
    );
    const extras = {
      ratings: Array.from({ length: maxQuickRatings }, (_, i) =>
        makeRating({ id: `r${i}`, atEpochMs: start + i }),
      ),
      trials: Array.from({ length: maxTrials }, (_, i) =>
        makeTrial({ id: `t${i}`, startedAtEpochMs: start + i }),
      ),
      spots: Array.from({ length: maxSpotMarks }, (_, i) =>
        makeSpotMark({ id: `p${i}`, atEpochMs: start + i }),
      ),
      turns: Array.from({ length: maxTurnResults }, (_, i) =>
        makeTurn({ id: `u${i}`, atEpochMs: start + i }),
      ),
    };
    const text = exportToJson(entries, now, extras);
    // Larger than the old fixed limit (20 MB), which refused journals the app had written.
    expect(text.length).toBeGreaterThan(20 * 1024 * 1024);
    const result = validateImport(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Exported again, it is the same file: every record came back as it was.
    expect(exportToJson(result.data.entries, now, result.data) === text).toBe(true);
    expect(result.data.entries).toHaveLength(maxJournalSessions);
    expect(result.data.spots).toHaveLength(maxSpotMarks);
  }, 30_000);

  it('does not pollute Object.prototype', () => {
    validateImport('{"__proto__":{"polluted":true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives back exactly the sessions that were exported (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(entryArb, { selector: (entry) => entry.id, maxLength: 8 }),
        (entries) => {
          const result = validateImport(exportToJson(entries, now));
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const byId = (list: readonly { id: string }[]) =>
            [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
          expect(byId(result.data.entries)).toEqual(byId(entries));
        },
      ),
      { numRuns: 100 },
    );
    // A generous limit: the machine is shared, and this is not a speed test.
  }, 60_000);
});

// Issue 18: quick ratings and trials (file schema version 2).
describe('validateImport: quick ratings and trials', () => {
  const extras = { ratings: [makeRating()], trials: [makeTrial()], spots: [], turns: [] };
  const fileWith = (change: (file: Record<string, unknown>) => void) => {
    const file = JSON.parse(exportToJson([makeEntry()], now, extras)) as Record<string, unknown>;
    change(file);
    return JSON.stringify(file);
  };
  const first = (file: Record<string, unknown>, list: 'ratings' | 'trials') =>
    (file[list] as Record<string, unknown>[])[0]!;

  it('takes back an export with ratings and a trial exactly as they were', () => {
    const result = validateImport(exportToJson([makeEntry()], now, extras));
    expect(result.ok && result.data.schemaVersion).toBe(6);
    expect(
      result.ok && {
        ratings: result.data.ratings,
        trials: result.data.trials,
        spots: result.data.spots,
        turns: [],
      },
    ).toEqual(extras);
  });

  it('takes back issue 23’s painkiller tick and a trial’s pause, and a version 3 file without them', () => {
    const withNew = {
      ratings: [makeRating({ tookPainkiller: true })],
      trials: [makeTrial({ pausedFor: 'two-weeks', clearedPauses: ['getting-worse'] })],
      spots: [],
      turns: [],
    };
    const result = validateImport(exportToJson([makeEntry()], now, withNew));
    expect(result.ok && { ratings: result.data.ratings, trials: result.data.trials }).toEqual({
      ratings: withNew.ratings,
      trials: withNew.trials,
    });
    const older = fileWith((file) => {
      file.schemaVersion = 3;
    });
    const old = validateImport(older);
    expect(old.ok && old.data.ratings[0]?.tookPainkiller).toBeUndefined();
    const wrong = fileWith((file) => {
      first(file, 'trials').pausedFor = 'forever';
    });
    expect(validateImport(wrong).ok).toBe(false);
  });

  it('still imports a version 1 file, with no ratings and no trials', () => {
    const file = JSON.parse(exportToJson([makeEntry()], now)) as Record<string, unknown>;
    delete file.ratings;
    delete file.trials;
    file.schemaVersion = 1;
    const result = validateImport(JSON.stringify(file));
    expect(
      result.ok && [result.data.entries.length, result.data.ratings, result.data.trials],
    ).toEqual([1, [], []]);
  });

  it.each<[string, (file: Record<string, unknown>) => void, string]>([
    [
      'a pain rating of 11',
      (file) => void (first(file, 'ratings').pain0to10 = 11),
      'Quick rating 1: pain0to10 must be a whole number from 0 to 10.',
    ],
    [
      'a rating without pain',
      (file) => void delete first(file, 'ratings').pain0to10,
      'Quick rating 1: pain0to10 is missing.',
    ],
    [
      'a day that is not a date',
      (file) => void (first(file, 'ratings').dayKey = '2026-13-01'),
      'Quick rating 1: dayKey is not a valid date.',
    ],
    [
      'two routine days in one block',
      (file) => void (first(file, 'trials').days = ['routine', 'routine']),
      'Trial 1: the plan must be pairs of days, each with one routine day and one comparison day.',
    ],
    [
      'an unknown end',
      (file) => void (first(file, 'trials').end = 'cured'),
      'Trial 1: end has a value this app does not know.',
    ],
    [
      'a duplicate rating id',
      (file) => void (file.ratings as unknown[]).push(first(file, 'ratings')),
      'Quick rating 2: it has the same id as number 1.',
    ],
  ])('refuses %s, naming the record', (_, change, message) => {
    expect(messageFor(fileWith(change))).toBe(message);
  });
});

// Issue 17: spot marks (file schema version 3).
describe('validateImport: spot marks', () => {
  const spots = [
    makeSpotMark(),
    {
      id: 'spot-2',
      pointId: 'EX-UE8',
      side: 'left',
      atEpochMs: Date.UTC(2026, 11, 2),
      outcome: 'not-found',
    } as const,
  ];
  const extras = { ratings: [], trials: [], spots, turns: [] };
  const fileWith = (change: (file: Record<string, unknown>) => void) => {
    const file = JSON.parse(exportToJson([makeEntry()], now, extras)) as Record<string, unknown>;
    change(file);
    return JSON.stringify(file);
  };
  const first = (file: Record<string, unknown>) => (file.spots as Record<string, unknown>[])[0]!;

  it('takes back an export with spot marks exactly as they were', () => {
    const result = validateImport(exportToJson([makeEntry()], now, extras));
    expect(result.ok && result.data.spots).toEqual(spots);
  });

  it('still imports a version 2 file, with no spot marks', () => {
    const file = JSON.parse(exportToJson([makeEntry()], now, extras)) as Record<string, unknown>;
    delete file.spots;
    file.schemaVersion = 2;
    const result = validateImport(JSON.stringify(file));
    expect(result.ok && [result.data.entries.length, result.data.spots]).toEqual([1, []]);
  });

  it.each<[string, (file: Record<string, unknown>) => void, string]>([
    [
      'a place outside the zone',
      (file) => void (first(file).u = 1.5),
      'Spot mark 1: u must be inside the zone (from −1 to 1, and within its circle).',
    ],
    [
      'a place outside the zone’s circle',
      (file) => Object.assign(first(file), { u: 0.9, v: 0.9 }),
      'Spot mark 1: a value must be inside the zone (from −1 to 1, and within its circle).',
    ],
    [
      'a shown spot without a place',
      (file) => void delete first(file).v,
      'Spot mark 1: a place is given only for a spot that was shown, and must be given for one.',
    ],
    [
      'a point the app does not know',
      (file) => void (first(file).pointId = 'ST36'),
      'Spot mark 1: pointId has a value this app does not know.',
    ],
    [
      'a duplicate id',
      (file) => void (file.spots as unknown[]).push(first(file)),
      'Spot mark 3: it has the same id as number 1.',
    ],
  ])('refuses %s, saying where', (_name, change, message) => {
    const result = validateImport(fileWith(change));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeImportProblem(result.problem)).toBe(message);
  });
});

// Issue 29: the turn test's results (file schema version 5).
describe('validateImport: turn results', () => {
  const turns = [
    makeTurn({ id: 'before', sessionId: 'session-1', moment: 'before' }),
    makeTurn({
      id: 'after',
      atEpochMs: Date.UTC(2026, 11, 1, 8, 20),
      sessionId: 'session-1',
      moment: 'after',
      left: { degrees: 90, atLeast: true },
    }),
    // On its own, from History, with one side not measured.
    makeTurn({ id: 'alone', atEpochMs: Date.UTC(2026, 11, 2, 9) }),
  ];
  delete (turns[2] as { right?: unknown }).right;
  const extras = { ratings: [], trials: [], spots: [], turns };
  const fileWith = (change: (file: Record<string, unknown>) => void) => {
    const file = JSON.parse(exportToJson([makeEntry()], now, extras)) as Record<string, unknown>;
    change(file);
    return JSON.stringify(file);
  };
  const turnAt = (file: Record<string, unknown>, index: number) =>
    (file.turns as Record<string, unknown>[])[index]!;

  it('takes back an export with turn results exactly as they were', () => {
    const text = exportToJson([makeEntry()], now, extras);
    const result = validateImport(text);
    expect(result.ok && result.data.schemaVersion).toBe(6);
    expect(result.ok && result.data.turns).toEqual(turns);
    // Exported again, the same file.
    expect(result.ok && exportToJson(result.data.entries, now, result.data)).toBe(text);
  });

  it('gives back exactly the turn results that were exported (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(turnArb, { selector: (turn) => turn.id, maxLength: 6 }),
        (list) => {
          const result = validateImport(exportToJson([], now, { ...extras, turns: list }));
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const byTime = [...list].sort((a, b) => a.atEpochMs - b.atEpochMs);
          expect(result.data.turns).toEqual(byTime);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('still imports a version 4 file, with no turn results', () => {
    const text = fileWith((file) => {
      delete file.turns;
      file.schemaVersion = 4;
    });
    const result = validateImport(text);
    expect(result.ok && [result.data.entries.length, result.data.turns]).toEqual([1, []]);
  });

  it('says which turn result is wrong, and how', () => {
    expect(
      messageFor(fileWith((file) => (turnAt(file, 1).left = { degrees: 91, atLeast: false }))),
    ).toMatch(/^Turn test result 2: /);
    expect(messageFor(fileWith((file) => delete turnAt(file, 0).moment))).toBe(
      'Turn test result 1: it names a session without saying before or after it, or the other way round.',
    );
    expect(messageFor(fileWith((file) => (turnAt(file, 2).moment = 'after')))).toMatch(
      /^Turn test result 3: it names a session without/,
    );
    expect(messageFor(fileWith((file) => (turnAt(file, 2).id = 'before')))).toBe(
      'Turn test result 3: it has the same id as number 1.',
    );
    expect(messageFor(fileWith((file) => (turnAt(file, 0).moment = 'during')))).toMatch(
      /^Turn test result 1: /,
    );
  });
});
