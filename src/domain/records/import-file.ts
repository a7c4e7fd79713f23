import * as v from 'valibot';
import { pointIds as articlePointIds, type PointId } from '../points';
import { exportFormat, exportSchemaVersion, type JournalExport } from './export-file';
import { largestExportBytes } from './export-size';
import { code, isImportProblemCode, listOf, noteMaxChars, type ImportProblemCode } from './fields';
import { maxQuickRatings, quickRatingSchema, type QuickRating } from './quick-rating';
import { entrySchemaFor, maxJournalSessions, type JournalEntry } from './session-entry';
import { maxSpotMarks, spotMarkSchemaFor, type SpotMark } from './spot-mark';
import { maxTrials, trialRecordSchema, type TrialRecord } from './trial-record';
import { maxTurnResults, turnRecordSchema, type TurnRecord } from './turn-result';

/**
 * Checks a whole journal export before anything touches the database, against each record's
 * own schema. Every problem is a code that names what is wrong and where; the journal's screen
 * says it in words ("Session 14: pain after must be a whole number from 0 to 10.").
 */

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** The lists of records beside the sessions. */
export type RecordList = 'ratings' | 'trials' | 'spots' | 'turns';
const recordLists: readonly RecordList[] = ['ratings', 'trials', 'spots', 'turns'];
const isRecordList = (key: unknown): key is RecordList => recordLists.includes(key as RecordList);

export interface ImportProblem {
  readonly code: ImportProblemCode;
  /** 1-based session number in the file, when the problem is inside a session. */
  readonly session?: number;
  /** 1-based number of the quick rating, trial or mark in the file, when the problem is inside one. */
  readonly record?: { readonly list: RecordList; readonly number: number };
  /** The field's path in the file (the journal's screen has labels for some). */
  readonly field?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type ImportResult =
  | { readonly ok: true; readonly data: JournalExport }
  | { readonly ok: false; readonly problem: ImportProblem };

function fileSchemaFor(pointIds: readonly PointId[]) {
  return v.strictObject(
    {
      format: v.literal(exportFormat, code('notOurs')),
      schemaVersion: v.pipe(
        v.number(code('notOurs')),
        v.integer(code('notOurs')),
        v.minValue(1, code('notOurs')),
        v.maxValue(exportSchemaVersion, code('newerVersion')),
      ),
      exportedAt: v.pipe(v.string(code('date')), v.isoTimestamp(code('date'))),
      entries: listOf(entrySchemaFor(pointIds), maxJournalSessions),
      // Version 2 on; a version 1 file has neither.
      ratings: v.exactOptional(listOf(quickRatingSchema, maxQuickRatings)),
      trials: v.exactOptional(listOf(trialRecordSchema, maxTrials)),
      // Version 3 on; older files have none.
      spots: v.exactOptional(listOf(spotMarkSchemaFor(pointIds), maxSpotMarks)),
      // Version 5 on; older files have none.
      turns: v.exactOptional(listOf(turnRecordSchema, maxTurnResults)),
    },
    code('notOurs'),
  );
}

export interface Importer {
  /**
   * The largest file the app can write: its export of the largest journal it keeps. Anything
   * larger cannot be one of its exports, and is refused before it is read.
   */
  readonly maxBytes: number;
  /** Checks a whole export file's text; on success returns the data to merge. */
  readonly validate: (text: string, byteSize?: number) => ImportResult;
}

/** The import for the points `pointIds` (the article's by default). */
export function importerFor(pointIds: readonly PointId[] = articlePointIds): Importer {
  const fileSchema = fileSchemaFor(pointIds);
  const maxBytes = largestExportBytes(undefined, pointIds);
  return {
    maxBytes,
    validate: (text, byteSize = utf8Bytes(text)) => validate(fileSchema, maxBytes, text, byteSize),
  };
}

const articleImporter = importerFor();
export const importMaxBytes = articleImporter.maxBytes;
export const validateImport = articleImporter.validate;

/** The path of the first forbidden key anywhere in the parsed value (built only when found). */
function findForbiddenKey(value: unknown): (string | number)[] | undefined {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (item === null || typeof item !== 'object') continue;
      const found = findForbiddenKey(item);
      if (found) return [index, ...found];
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key in value) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      if (forbiddenKeys.has(key)) return [key];
      const child = (value as Record<string, unknown>)[key];
      if (child === null || typeof child !== 'object') continue;
      const found = findForbiddenKey(child);
      if (found) return [key, ...found];
    }
  }
  return undefined;
}

function locate(
  path: readonly (string | number)[],
): Pick<ImportProblem, 'session' | 'record' | 'field'> {
  const [first, second, ...rest] = path;
  if (first === 'entries' && typeof second === 'number') {
    const field = rest.join('.');
    return field ? { session: second + 1, field } : { session: second + 1 };
  }
  if (isRecordList(first) && typeof second === 'number') {
    const field = rest.join('.');
    const record = { list: first, number: second + 1 } as const;
    return field ? { record, field } : { record };
  }
  const field = path.join('.');
  return field ? { field } : {};
}

function problemFromIssue(issue: v.BaseIssue<unknown>): ImportProblem {
  const path = (issue.path ?? []).map((item) => item.key as string | number);
  const where = locate(path);
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return { code: 'unknownField', ...where };
  }
  if (issue.type === 'strict_object' && issue.received === 'undefined' && path.length > 0) {
    return { code: 'missingField', ...where };
  }
  if (issue.message === 'newerVersion') {
    return { code: 'newerVersion', params: { version: String(issue.input) } };
  }
  if (issue.message === 'notOurs') return { code: 'notOurs' };
  const code: ImportProblemCode = isImportProblemCode(issue.message) ? issue.message : 'wrongType';
  const params =
    code === 'tooLong'
      ? { max: noteMaxChars }
      : code === 'tooMany'
        ? { max: Number(issue.requirement) }
        : code === 'tooBig'
          ? { max: Number(issue.requirement) }
          : undefined;
  return params ? { code, ...where, params } : { code, ...where };
}

/** Byte length of text as UTF-8, without allocating a copy. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

function validate(
  fileSchema: ReturnType<typeof fileSchemaFor>,
  maxBytes: number,
  text: string,
  byteSize: number,
): ImportResult {
  if (byteSize > maxBytes) {
    // Whole megabytes, rounded down: a refused file is larger than the figure said.
    const maxMb = Math.floor(maxBytes / 1_000_000);
    return { ok: false, problem: { code: 'tooLarge', params: { maxMb } } };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  const forbidden = findForbiddenKey(parsed);
  if (forbidden) {
    return {
      ok: false,
      problem: {
        code: 'forbiddenKey',
        ...locate(forbidden.slice(0, -1)),
        params: { name: String(forbidden.at(-1)) },
      },
    };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, problem: { code: 'notOurs' } };
  }
  const record = parsed as Record<string, unknown>;
  // Check format and version first: a newer file may have fields this version does not know.
  if (record.format !== exportFormat) return { ok: false, problem: { code: 'notOurs' } };
  if (typeof record.schemaVersion === 'number' && record.schemaVersion > exportSchemaVersion) {
    return {
      ok: false,
      problem: { code: 'newerVersion', params: { version: record.schemaVersion } },
    };
  }
  const result = v.safeParse(fileSchema, parsed, { abortEarly: true });
  if (!result.success) {
    const [issue] = result.issues;
    return { ok: false, problem: problemFromIssue(issue) };
  }
  const seen = new Map<string, number>();
  const entries: JournalEntry[] = result.output.entries;
  for (let index = 0; index < entries.length; index += 1) {
    const id = entries[index]?.id ?? '';
    const first = seen.get(id);
    if (first !== undefined) {
      return {
        ok: false,
        problem: {
          code: 'duplicateId',
          session: index + 1,
          params: { other: first + 1 },
        },
      };
    }
    seen.set(id, index);
  }
  const ratings: QuickRating[] = result.output.ratings ?? [];
  const trials: TrialRecord[] = result.output.trials ?? [];
  const spots: SpotMark[] = result.output.spots ?? [];
  const turns: TurnRecord[] = result.output.turns ?? [];
  for (const [list, items] of [
    ['ratings', ratings],
    ['trials', trials],
    ['spots', spots],
    ['turns', turns],
  ] as const) {
    const ids = new Map<string, number>();
    for (let index = 0; index < items.length; index += 1) {
      const id = items[index]?.id ?? '';
      const first = ids.get(id);
      if (first !== undefined) {
        return {
          ok: false,
          problem: {
            code: 'duplicateRecordId',
            record: { list, number: index + 1 },
            params: { other: first + 1 },
          },
        };
      }
      ids.set(id, index);
    }
  }
  return { ok: true, data: { ...result.output, entries, ratings, trials, spots, turns } };
}
