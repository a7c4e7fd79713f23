import type { TurnMoment, TurnRecord, TurnSideRecord } from '../../../domain/records/turn-result';
import { changeBetween, type Change, type SideResult, type TurnResult } from './turn-test';

/**
 * From a test's result to the record the journal keeps, and back; and the change between a
 * session's before and after results, each side shown only when larger than the test's spread.
 */

/** Where a result belongs: a session (before or after it), or nothing (on its own). */
export interface TurnLink {
  readonly sessionId: string;
  readonly moment: TurnMoment;
}

export function recordOf(
  result: TurnResult,
  meta: {
    readonly id: string;
    readonly atEpochMs: number;
    readonly dayKey: string;
    readonly link?: TurnLink;
    /** The personal trial it is taken for, as that trial's measurement (never with a link). */
    readonly trialId?: string;
  },
): TurnRecord {
  const side = (value: SideResult | null): TurnSideRecord | undefined =>
    value ? { degrees: value.degrees, atLeast: value.atLeast } : undefined;
  const left = side(result.left);
  const right = side(result.right);
  return {
    id: meta.id,
    atEpochMs: meta.atEpochMs,
    dayKey: meta.dayKey,
    ...(left ? { left } : {}),
    ...(right ? { right } : {}),
    ...(meta.link ? { sessionId: meta.link.sessionId, moment: meta.link.moment } : {}),
    ...(meta.trialId !== undefined && !meta.link ? { trialId: meta.trialId } : {}),
  };
}

export function resultOf(record: TurnRecord): TurnResult {
  return { left: record.left ?? null, right: record.right ?? null };
}

export interface SessionChange {
  readonly left: Change;
  readonly right: Change;
}

/** The change each side from a session's before result to its after result. */
export function sessionChange(before: TurnRecord, after: TurnRecord): SessionChange {
  return {
    left: changeBetween(before.left ?? null, after.left ?? null),
    right: changeBetween(before.right ?? null, after.right ?? null),
  };
}

/**
 * A before result taken on the set-up screen belongs to the session started next, if that
 * session started within this long of it (the test takes 20 s; a person may read, rate and
 * choose the routine first).
 */
export const beforeLinkWindowMs = 30 * 60_000;

/** Whether the before result measured at `measuredAtMs` belongs to a session started at `startedAtMs`. */
export function isBeforeOf(measuredAtMs: number, startedAtMs: number): boolean {
  return measuredAtMs <= startedAtMs && startedAtMs - measuredAtMs <= beforeLinkWindowMs;
}

/** The turn results over time, for a chart: seconds since 1970, and degrees each side (null: not measured). */
export interface TurnSeries {
  readonly x: number[];
  readonly left: (number | null)[];
  readonly right: (number | null)[];
}

/** Every result, oldest first, as a chart's columns (results at the cap plot at the cap). */
export function turnSeries(records: readonly TurnRecord[]): TurnSeries {
  const sorted = [...records].sort((a, b) => a.atEpochMs - b.atEpochMs);
  return {
    x: sorted.map((record) => record.atEpochMs / 1000),
    left: sorted.map((record) => record.left?.degrees ?? null),
    right: sorted.map((record) => record.right?.degrees ?? null),
  };
}
