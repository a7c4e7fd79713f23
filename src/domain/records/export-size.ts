import { painSides, pointIds as articlePointIds, type PointId } from '../points';
import { exportToJson, type JournalExtras } from './export-file';
import { latestEpochMs, noteMaxChars, recordIdMaxChars } from './fields';
import { maxQuickRatings, ratingNoteMaxChars, type QuickRating } from './quick-rating';
import { maxJournalSessions, maxStepsPerEntry, type JournalEntry } from './session-entry';
import { markOutcomes, maxSpotMarks, type SpotMark } from './spot-mark';
import {
  maxTrialDays,
  maxTrials,
  pauseReasons,
  stopReasons,
  trialEnds,
  type TrialRecord,
} from './trial-record';
import { turnMoments, turnRecordMaxDeg, maxTurnResults, type TurnRecord } from './turn-result';

/**
 * The size of the largest export the app can write: every record as long as its limits let it
 * be, as many as the journal keeps, written by the export itself (exportToJson). The import's
 * size limit is this, so that every file the app exports imports again.
 */

/** How many of each record; the journal's limits by default. */
export interface ExportCounts {
  readonly sessions: number;
  readonly ratings: number;
  readonly trials: number;
  readonly spots: number;
  readonly turns: number;
}

export const largestJournal: ExportCounts = {
  sessions: maxJournalSessions,
  ratings: maxQuickRatings,
  trials: maxTrials,
  spots: maxSpotMarks,
  turns: maxTurnResults,
};

/**
 * The longest text a note can turn into: JSON writes a control character as "\u0001", six
 * bytes for one character, the most any UTF-16 code unit takes (a lone surrogate is six too,
 * "é" is two bytes, "字" three, an emoji four for its two code units).
 */
const longestNote = (chars: number) => '\u0001'.repeat(chars);
/**
 * The longest a number from 0 to a day in milliseconds prints: 17 significant digits behind
 * "0.00000" (JavaScript writes numbers from 1e-6 on without an exponent). Durations may keep
 * fractions (older entries kept the session clock's value).
 */
const longestDurationMs = 0.0000012345678901234567;
/** The same for a place in the zone (from −1 to 1): one more for the sign. */
const longestZoneCoordinate = -0.0000012345678901234567;
/** Epoch milliseconds print 13 digits from 2001 to 2286: the latest date the import takes. */
const longestEpochMs = latestEpochMs;
const longestId = 'x'.repeat(recordIdMaxChars);
const longest = <T extends string>(values: readonly T[]): T =>
  values.reduce((a, b) => (b.length > a.length ? b : a));
/** The largest session for the points `pointIds` (the article's by default). */
export function largestEntry(pointIds: readonly PointId[] = articlePointIds): JournalEntry {
  const longestPoint: PointId = longest(pointIds);
  return {
    id: longestId,
    startedAtEpochMs: longestEpochMs,
    endedAtEpochMs: longestEpochMs,
    activeMs: longestDurationMs,
    painSide: longest(painSides),
    holdMs: longestDurationMs,
    isPregnancyMode: false,
    steps: Array.from({ length: maxStepsPerEntry }, () => ({
      pointId: longestPoint,
      side: 'right' as const,
      status: 'not-reached' as const,
    })),
    completed: false,
    before: { pain0to10: 10, stiffness0to10: 10 },
    after: { pain0to10: 10, stiffness0to10: 10 },
    tenderPoints: Array.from({ length: pointIds.length }, () => longestPoint),
    rightPoints: Array.from({ length: pointIds.length }, () => longestPoint),
    note: longestNote(noteMaxChars),
  };
}

export function largestRating(): QuickRating {
  return {
    id: longestId,
    atEpochMs: longestEpochMs,
    dayKey: '2100-01-01',
    pain0to10: 10,
    stiffness0to10: 10,
    note: longestNote(ratingNoteMaxChars),
    hasWarningSign: false,
    tookPainkiller: false,
  };
}

export function largestTrial(): TrialRecord {
  return {
    id: longestId,
    seed: 2 ** 32 - 1,
    startDayKey: '2100-01-01',
    // Blocks of two days, one of each kind (schedule.ts): every valid plan is this long.
    days: Array.from({ length: maxTrialDays }, (_, day) =>
      day % 2 === 0 ? ('routine' as const) : ('comparison' as const),
    ),
    ratingMinutes: [24 * 60 - 2, 24 * 60 - 1],
    startedAtEpochMs: longestEpochMs,
    endedAtEpochMs: longestEpochMs,
    end: longest(trialEnds),
    stopReasons: stopReasons.map(() => longest(stopReasons)),
    pausedFor: longest(pauseReasons),
    clearedPauses: pauseReasons.map(() => longest(pauseReasons)),
  };
}

export function largestSpot(pointIds: readonly PointId[] = articlePointIds): SpotMark {
  // Only a shown place has u and v; of those outcomes, the longer name.
  const placed = markOutcomes.filter((outcome) => outcome === 'tapped' || outcome === 'as-shown');
  return {
    id: longestId,
    pointId: longest(pointIds),
    side: 'right',
    atEpochMs: longestEpochMs,
    outcome: longest(placed),
    u: longestZoneCoordinate,
    v: longestZoneCoordinate,
  };
}

export function largestTurn(): TurnRecord {
  const side = { degrees: turnRecordMaxDeg, atLeast: false };
  return {
    id: longestId,
    atEpochMs: longestEpochMs,
    dayKey: '2100-01-01',
    left: side,
    right: side,
    sessionId: longestId,
    moment: longest(turnMoments),
  };
}

/** Bytes of text that is ASCII, as every largest record's JSON is. */
function asciiBytes(text: string): number {
  if (!/^[\x20-\x7e\n]*$/.test(text)) throw new RangeError('expected ASCII text');
  return text.length;
}

/**
 * The bytes of exportToJson for `counts` of the largest records. The export writes one record
 * per line, so each more record adds its JSON and ",\n": the figure for one of each, written
 * by the export, plus that much for every other one.
 */
export function largestExportBytes(
  counts: ExportCounts = largestJournal,
  pointIds: readonly PointId[] = articlePointIds,
): number {
  const entry = largestEntry(pointIds);
  const spot = largestSpot(pointIds);
  const extras: JournalExtras = {
    ratings: counts.ratings > 0 ? [largestRating()] : [],
    trials: counts.trials > 0 ? [largestTrial()] : [],
    spots: counts.spots > 0 ? [spot] : [],
    turns: counts.turns > 0 ? [largestTurn()] : [],
  };
  const one = asciiBytes(exportToJson(counts.sessions > 0 ? [entry] : [], 0, extras));
  const more = (count: number, record: object) =>
    Math.max(0, count - 1) * (asciiBytes(JSON.stringify(record)) + 2);
  return (
    one +
    more(counts.sessions, entry) +
    more(counts.ratings, largestRating()) +
    more(counts.trials, largestTrial()) +
    more(counts.spots, spot) +
    more(counts.turns, largestTurn())
  );
}
