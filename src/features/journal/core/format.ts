import { civilFromDays } from '../../../shared/core/civil-date';
import type { PainSide } from '../../session';
import type { PointId, Side } from '../../guide';
import type { QuickRating, TrialRecord } from '../../trial';
import type { SpotMark } from '../../spots';

// What the journal keeps for each session, and the export file format. Pure data: the session
// feature's SessionRecord is structurally a JournalEntry without the after-session answers.

/** Pain and stiffness before or after a session (the session feature's readings too). */
export interface Readings {
  /** 0 no pain … 10 worst imaginable; absent when skipped. */
  readonly pain0to10?: number;
  readonly stiffness0to10?: number;
}

export interface JournalStep {
  readonly pointId: PointId;
  readonly side: Side;
  readonly status: 'done' | 'skipped' | 'not-reached';
}

/** A session's note, and a quick rating's, is at most this long (the screen and the import agree). */
export const noteMaxChars = 2000;

/**
 * The most the journal keeps, and so the most one export holds. Every file the app writes must
 * import again, so the import's size limit is the size of the largest journal these allow
 * (export-size.ts), never a round figure. Chosen far above real use: 20,000 sessions is three
 * a day for more than 18 years; 10,000 quick ratings, two a day for 13 years; 100 personal
 * trials of up to 28 days each. Issue 17's spot marks have their own (spots' maxSpotMarks).
 * The journal refuses a session or an import past them (model/journal.ts).
 */
export const maxJournalSessions = 20_000;
export const maxQuickRatings = 10_000;
export const maxTrials = 100;

/** Ids of the journal's records (the app's own are UUIDs, 36 characters). */
export const recordIdMaxChars = 100;
/** A session's steps (the planner makes at most 10: five points, two sides). */
export const maxStepsPerEntry = 40;
/** A session's tender and "right" points: each of the five at most once. */
export const maxPointsListed = 5;
/** A session's active time, at most a day, and its hold, at most ten minutes. */
export const maxActiveMs = 24 * 60 * 60 * 1000;
export const maxEntryHoldMs = 10 * 60 * 1000;
/** Records are dated from 2000-01-01 to 2100-01-01 UTC; other dates are not real for this app. */
export const earliestEpochMs = 946_684_800_000;
export const latestEpochMs = 4_102_444_800_000;

export interface JournalEntry {
  /** Random id (crypto.randomUUID) made when the session starts. */
  readonly id: string;
  /** Epoch ms (Date.now) when the first step began and when the session ended. */
  readonly startedAtEpochMs: number;
  readonly endedAtEpochMs: number;
  /** Session time actually spent, pauses excluded. */
  readonly activeMs: number;
  readonly painSide: PainSide;
  readonly holdMs: number;
  readonly isPregnancyMode: boolean;
  readonly steps: readonly JournalStep[];
  readonly completed: boolean;
  readonly before: Readings;
  readonly after: Readings;
  /** Points that felt tender, and points that felt right (relief, "that's the spot"). */
  readonly tenderPoints: readonly PointId[];
  readonly rightPoints: readonly PointId[];
  readonly note: string;
}

export const exportFormat = 'acupress-journal';
/**
 * The export file's schema version; an import refuses a newer one.
 * 1. sessions ("entries").
 * 2. adds the records beside the sessions (JournalExtras); a version 1 file imports with none.
 * 3. adds issue 17's spot marks ("spots"); an older file imports with none.
 * 4. adds issue 23's optional fields: a quick rating's "took a painkiller" (tookPainkiller), a
 *    trial's pause ("pausedFor") and the pauses a doctor has seen ("clearedPauses"); an older
 *    file imports without them.
 */
export const exportSchemaVersion = 4;

/**
 * Records the journal keeps beside the sessions, one list per feature; each is exported,
 * imported and deleted with the journal. A feature adds its list here, in the database
 * (platform/db.ts) and in the import schema.
 */
export interface JournalExtras {
  /** Issue 18: quick ratings ("rate now") and personal trials. */
  readonly ratings: readonly QuickRating[];
  readonly trials: readonly TrialRecord[];
  /** Issue 17: where the person found each point's tender spot. */
  readonly spots: readonly SpotMark[];
}

export const emptyExtras: JournalExtras = { ratings: [], trials: [], spots: [] };

export interface JournalExport extends JournalExtras {
  readonly format: typeof exportFormat;
  readonly schemaVersion: number;
  readonly exportedAt: string;
  readonly entries: readonly JournalEntry[];
}

/** Entries oldest first (by start time, then id for a stable order). */
export function sortEntries(entries: readonly JournalEntry[]): JournalEntry[] {
  // Stored entries come back in order: checking is O(n), so the common case skips the sort.
  if (isSorted(entries)) return [...entries];
  return [...entries].sort(compareEntries);
}

function compareEntries(a: JournalEntry, b: JournalEntry): number {
  return a.startedAtEpochMs - b.startedAtEpochMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function isSorted(entries: readonly JournalEntry[]): boolean {
  for (let index = 1; index < entries.length; index += 1) {
    if (compareEntries(entries[index - 1]!, entries[index]!) > 0) return false;
  }
  return true;
}

export function buildExport(
  entries: readonly JournalEntry[],
  nowEpochMs: number,
  extras: JournalExtras = emptyExtras,
): JournalExport {
  return {
    format: exportFormat,
    schemaVersion: exportSchemaVersion,
    exportedAt: isoFromEpochMs(nowEpochMs),
    entries: sortEntries(entries),
    ratings: [...extras.ratings].sort((a, b) => a.atEpochMs - b.atEpochMs),
    trials: [...extras.trials].sort((a, b) => a.startedAtEpochMs - b.startedAtEpochMs),
    spots: [...extras.spots].sort((a, b) => a.atEpochMs - b.atEpochMs),
  };
}

export function exportToJson(
  entries: readonly JournalEntry[],
  nowEpochMs: number,
  extras: JournalExtras = emptyExtras,
): string {
  // One record per line: readable in a text editor, and much faster to write than full indenting.
  const {
    entries: sorted,
    ratings,
    trials,
    spots,
    ...header
  } = buildExport(entries, nowEpochMs, extras);
  const head = JSON.stringify(header).slice(0, -1);
  const list = (items: readonly unknown[]) =>
    items.length === 0 ? '[]' : `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`;
  return `${head},"entries":${list(sorted)},"ratings":${list(ratings)},"trials":${list(trials)},"spots":${list(spots)}}\n`;
}

/** Imported entries replace stored ones with the same id; the rest are kept. */
export function mergeEntries(
  existing: readonly JournalEntry[],
  incoming: readonly JournalEntry[],
): JournalEntry[] {
  if (incoming.length === 0) return sortEntries(existing);
  const byId = new Map(existing.map((entry) => [entry.id, entry]));
  for (const entry of incoming) byId.set(entry.id, entry);
  return sortEntries([...byId.values()]);
}

/** Change in pain (after − before), or undefined when either reading was skipped. */
export function painChange(entry: JournalEntry): number | undefined {
  const { pain0to10: before } = entry.before;
  const { pain0to10: after } = entry.after;
  return before === undefined || after === undefined ? undefined : after - before;
}

/**
 * "2026-11-25T05:51:58.000Z" from epoch milliseconds, computed without Date (core/ is pure):
 * civil-date.ts's calendar arithmetic, UTC.
 */
export function isoFromEpochMs(epochMs: number): string {
  const ms = Math.floor(epochMs);
  const days = Math.floor(ms / 86_400_000);
  const msOfDay = ms - days * 86_400_000;
  const { year, month, day } = civilFromDays(days);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const hours = Math.floor(msOfDay / 3_600_000);
  const minutes = Math.floor((msOfDay % 3_600_000) / 60_000);
  const seconds = Math.floor((msOfDay % 60_000) / 1000);
  const millis = msOfDay % 1000;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(millis, 3)}Z`;
}
