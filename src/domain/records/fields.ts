import * as v from 'valibot';
import type { Side } from '../points';

/**
 * What every stored record shares: the problem codes its schema reports, the id and date rules,
 * and the valibot pieces built from them. Codes only: the journal's screen says each code in
 * words (journal/ui/import-problem.ts).
 */
export const importProblemCodes = [
  'badId',
  'date',
  'duplicateId',
  'endsBeforeStart',
  'forbiddenKey',
  'missingField',
  'negative',
  'newerVersion',
  'notJson',
  'notOurs',
  'score',
  'tooBig',
  'tooLarge',
  'tooLong',
  'tooMany',
  'unknownField',
  'unknownValue',
  'wrongType',
  // A spot mark's place.
  'outsideZone',
  'placeAndOutcome',
  // A trial's plan, and a rating's, trial's or mark's id seen twice.
  'badPlan',
  'duplicateRecordId',
  // A turn result's session and moment (before or after) come together.
  'sessionAndMoment',
] as const;
export type ImportProblemCode = (typeof importProblemCodes)[number];
const codeSet: ReadonlySet<string> = new Set(importProblemCodes);
export const isImportProblemCode = (text: string): text is ImportProblemCode => codeSet.has(text);

export const code = (key: ImportProblemCode) => key;

/** Ids of the stored records (the app's own are UUIDs, 36 characters). */
export const recordIdMaxChars = 100;
/** Records are dated from 2000-01-01 to 2100-01-01 UTC; other dates are not real for this app. */
export const earliestEpochMs = 946_684_800_000;
export const latestEpochMs = 4_102_444_800_000;
/** A note (a session's, a quick rating's) is at most this long (the screen and the import agree). */
export const noteMaxChars = 2000;

export const recordIdSchema = v.pipe(
  v.string(code('wrongType')),
  v.minLength(1, code('badId')),
  v.maxLength(recordIdMaxChars, code('badId')),
  v.regex(/^[A-Za-z0-9_-]+$/, code('badId')),
);

export const epochMsSchema = v.pipe(
  v.number(code('date')),
  v.integer(code('date')),
  v.minValue(earliestEpochMs, code('date')),
  v.maxValue(latestEpochMs, code('date')),
);

/** A 0–10 reading the person must give. */
export const requiredScoreSchema = v.pipe(
  v.number(code('score')),
  v.integer(code('score')),
  v.minValue(0, code('score')),
  v.maxValue(10, code('score')),
);
/** A 0–10 reading the person may skip (absent when skipped). */
export const scoreSchema = v.exactOptional(requiredScoreSchema);

export const noteSchema = (maxChars: number) =>
  v.pipe(v.string(code('wrongType')), v.maxLength(maxChars, code('tooLong')));

/** One of `values`, or the unknown-value problem. */
export const oneOf = <const T extends string>(values: readonly T[]) =>
  v.picklist(values, code('unknownValue'));

/** A list of at most `max` items. */
export const listOf = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item, code('wrongType')), v.maxLength(max, code('tooMany')));

export const sideSchema = oneOf<Side>(['left', 'right']);
