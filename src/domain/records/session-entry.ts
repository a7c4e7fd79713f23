import * as v from 'valibot';
import {
  pointIds as articlePointIds,
  painSides,
  type PainSide,
  type PointId,
  type Side,
} from '../points';
import {
  code,
  epochMsSchema,
  listOf,
  noteMaxChars,
  noteSchema,
  oneOf,
  recordIdSchema,
  scoreSchema,
  sideSchema,
} from './fields';

// What the journal keeps for each session. Pure data: the session's SessionRecord is a
// JournalEntry without the after-session answers.

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

/**
 * The most sessions the journal keeps, and so the most one export holds. Every file the app
 * writes must import again, so the import's size limit is the size of the largest journal the
 * records' limits allow (export-size.ts), never a round figure. Chosen far above real use:
 * 20,000 sessions is three a day for more than 18 years. The journal refuses a session or an
 * import past it.
 */
export const maxJournalSessions = 20_000;

/** A session's steps (the planner makes at most 10: five points, two sides). */
export const maxStepsPerEntry = 40;
/** A session's active time, at most a day, and its hold, at most ten minutes. */
export const maxActiveMs = 24 * 60 * 60 * 1000;
export const maxEntryHoldMs = 10 * 60 * 1000;

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

/** How each step of the plan ended: the journal keeps the same record. */
export type StepOutcome = JournalStep;

/**
 * What a finished (or ended) session hands to the journal: its entry before the after-session
 * questions (readings after, tender and right points, note), which the journal asks.
 */
export type SessionRecord = Omit<JournalEntry, 'after' | 'tenderPoints' | 'rightPoints' | 'note'>;

// An empty array would pass as an object with no readings: refuse it, so a file is taken as is.
const readingsSchema = v.pipe(
  v.custom<object>(
    (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
    code('wrongType'),
  ),
  v.strictObject({ pain0to10: scoreSchema, stiffness0to10: scoreSchema }, code('wrongType')),
);
// Durations may hold fractions of a millisecond (older entries kept the session clock's value).
const duration = (max: number) =>
  v.pipe(
    v.number(code('wrongType')),
    v.finite(code('wrongType')),
    v.minValue(0, code('negative')),
    v.maxValue(max, code('tooBig')),
  );
const stepStatuses: readonly JournalStep['status'][] = ['done', 'skipped', 'not-reached'];

/**
 * A stored session, checked field by field, for the points `pointIds` (the article's by
 * default): a step names one of them, and a list of tender or "right" points each at most once.
 */
export function entrySchemaFor(pointIds: readonly PointId[] = articlePointIds) {
  const pointIdSchema = oneOf(pointIds);
  const pointList = listOf(pointIdSchema, pointIds.length);
  return v.pipe(
    v.strictObject(
      {
        id: recordIdSchema,
        startedAtEpochMs: epochMsSchema,
        endedAtEpochMs: epochMsSchema,
        activeMs: duration(maxActiveMs),
        painSide: oneOf<PainSide>(painSides),
        holdMs: duration(maxEntryHoldMs),
        isPregnancyMode: v.boolean(code('wrongType')),
        steps: listOf(
          v.strictObject(
            { pointId: pointIdSchema, side: sideSchema, status: oneOf(stepStatuses) },
            code('wrongType'),
          ),
          maxStepsPerEntry,
        ),
        completed: v.boolean(code('wrongType')),
        before: readingsSchema,
        after: readingsSchema,
        tenderPoints: pointList,
        rightPoints: pointList,
        note: noteSchema(noteMaxChars),
      },
      code('wrongType'),
    ),
    v.check((entry) => entry.endedAtEpochMs >= entry.startedAtEpochMs, code('endsBeforeStart')),
  );
}
