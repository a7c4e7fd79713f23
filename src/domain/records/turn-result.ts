import * as v from 'valibot';
import { code, epochMsSchema, oneOf, recordIdSchema } from './fields';
import { dayKeySchema } from './quick-rating';

/**
 * A turn test's result: how far the head turned to each side, in whole degrees.
 * Plain data: the journal's database, export and import carry it as is. The readings it came
 * from are never stored.
 */

/** One side's turn: degrees from the middle, and whether it reached the test's report cap. */
export interface TurnSideRecord {
  readonly degrees: number;
  /** True when the turn reached the cap: it reads "{degrees}° or more". */
  readonly atLeast: boolean;
}

/** When in a session the test was taken; a standalone test has neither this nor a session. */
export type TurnMoment = 'before' | 'after';
export const turnMoments: readonly TurnMoment[] = ['before', 'after'];

export interface TurnRecord {
  readonly id: string;
  readonly atEpochMs: number;
  /** The person's local date when they measured, "YYYY-MM-DD" (the trial's days count by it). */
  readonly dayKey: string;
  /** Absent when that side was not measured (no hold beyond the smallest turn). */
  readonly left?: TurnSideRecord;
  readonly right?: TurnSideRecord;
  /** The session it was taken before or after (the journal entry's id), with `moment`. */
  readonly sessionId?: string;
  readonly moment?: TurnMoment;
  /**
   * The personal trial it was taken for, as that trial's measurement (export format 6 on): only
   * such results answer a turn trial, never those taken with a session.
   */
  readonly trialId?: string;
}

/**
 * The largest turn a record may hold: the turn test reports at most its cap, 90° (the turn
 * feature's core/turn-test.ts reportCapDeg; its test checks that the cap fits here).
 */
export const turnRecordMaxDeg = 90;
/** The most turn results the journal keeps: one before and one after each of its sessions, and as many on their own. */
export const maxTurnResults = 60_000;

const sideSchema = v.strictObject(
  {
    degrees: v.pipe(
      v.number(code('wrongType')),
      v.integer(code('wrongType')),
      v.minValue(0, code('negative')),
      v.maxValue(turnRecordMaxDeg, code('tooBig')),
    ),
    atLeast: v.boolean(code('wrongType')),
  },
  code('wrongType'),
);

export const turnRecordSchema = v.pipe(
  v.strictObject(
    {
      id: recordIdSchema,
      atEpochMs: epochMsSchema,
      dayKey: dayKeySchema,
      left: v.exactOptional(sideSchema),
      right: v.exactOptional(sideSchema),
      sessionId: v.exactOptional(recordIdSchema),
      moment: v.exactOptional(oneOf(turnMoments)),
      trialId: v.exactOptional(recordIdSchema),
    },
    code('wrongType'),
  ),
  // A result taken with a session says whether before or after it; one on its own says neither.
  v.check(
    (turn) => (turn.sessionId === undefined) === (turn.moment === undefined),
    code('sessionAndMoment'),
  ),
  // A trial's measurement is taken on its own, never with a session.
  v.check((turn) => turn.trialId === undefined || turn.sessionId === undefined, code('wrongType')),
);

/** The turn results of one session, before and after (either may be absent). */
export function turnsOfSession(
  turns: readonly TurnRecord[],
  sessionId: string,
): { readonly before?: TurnRecord; readonly after?: TurnRecord } {
  let before: TurnRecord | undefined;
  let after: TurnRecord | undefined;
  // The latest of each counts (a person may test again).
  for (const turn of turns) {
    if (turn.sessionId !== sessionId) continue;
    if (turn.moment === 'before' && (!before || turn.atEpochMs >= before.atEpochMs)) before = turn;
    if (turn.moment === 'after' && (!after || turn.atEpochMs >= after.atEpochMs)) after = turn;
  }
  return { ...(before ? { before } : {}), ...(after ? { after } : {}) };
}
