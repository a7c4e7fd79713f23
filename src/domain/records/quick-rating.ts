import * as v from 'valibot';
import {
  code,
  epochMsSchema,
  noteMaxChars,
  noteSchema,
  recordIdSchema,
  requiredScoreSchema,
  scoreSchema,
} from './fields';
import { isDayKey } from '../civil-date';

/**
 * A quick rating ("rate now", any time, several a day), kept by the journal for the personal
 * trial. Plain data: the journal's database, export and import carry it as is.
 */
export interface QuickRating {
  readonly id: string;
  readonly atEpochMs: number;
  /** The person's local date when they rated, "YYYY-MM-DD": the day the rating counts for. */
  readonly dayKey: string;
  /** 0 no pain … 10 worst imaginable. */
  readonly pain0to10: number;
  readonly stiffness0to10?: number;
  readonly note: string;
  /** The person said one of the warning signs is there. */
  readonly hasWarningSign: boolean;
  /** The person took a painkiller since the last rating (export format 4 on; absent = not said). */
  readonly tookPainkiller?: boolean;
}

/** A quick rating's note is as long as a session's (the screen and the import agree). */
export const ratingNoteMaxChars = noteMaxChars;
/** The most quick ratings the journal keeps: two a day for 13 years. */
export const maxQuickRatings = 10_000;

/** A local date key, "YYYY-MM-DD". */
export const dayKeySchema = v.pipe(v.string(code('date')), v.check(isDayKey, code('date')));

export const quickRatingSchema = v.strictObject(
  {
    id: recordIdSchema,
    atEpochMs: epochMsSchema,
    dayKey: dayKeySchema,
    pain0to10: requiredScoreSchema,
    stiffness0to10: scoreSchema,
    note: noteSchema(ratingNoteMaxChars),
    hasWarningSign: v.boolean(code('wrongType')),
    // Export format 4: "I took a painkiller"; older files have none.
    tookPainkiller: v.exactOptional(v.boolean(code('wrongType'))),
  },
  code('wrongType'),
);
