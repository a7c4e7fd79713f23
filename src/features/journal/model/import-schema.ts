import * as v from 'valibot';
import {
  earliestEpochMs,
  exportFormat,
  exportSchemaVersion,
  latestEpochMs,
  maxActiveMs,
  maxEntryHoldMs,
  maxJournalSessions,
  maxPointsListed,
  maxQuickRatings,
  maxStepsPerEntry,
  maxTrials,
  noteMaxChars,
  recordIdMaxChars,
  type JournalEntry,
  type JournalExport,
} from '../core/format';
import { largestExportBytes } from '../core/export-size';
import { painSides } from '../../session';
import type { PointId } from '../../guide';
import {
  isBlockPlan,
  isDayKey,
  maxTrialDays,
  pauseReasons,
  ratingNoteMaxChars,
  stopReasons,
  type QuickRating,
  type TrialRecord,
} from '../../trial';
import { markOutcomes, maxSpotMarks, type SpotMark } from '../../spots';
import type { MessageKey } from '../../../i18n/i18n';

/**
 * Validates a whole journal export before anything touches the database. Every problem names
 * what is wrong and where ("Session 14: pain after must be a whole number from 0 to 10.").
 */
/**
 * The largest file the app can write: its export of the largest journal it keeps. Anything
 * larger cannot be one of its exports, and is refused before it is read.
 */
export const importMaxBytes = largestExportBytes();
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

export interface ImportProblem {
  readonly key: MessageKey;
  /** 1-based session number in the file, when the problem is inside a session. */
  readonly session?: number;
  /** 1-based number of the quick rating or trial in the file, when the problem is inside one. */
  readonly record?: { readonly list: 'ratings' | 'trials' | 'spots'; readonly number: number };
  /** The field's label key, or its path in the file when it has no label. */
  readonly field?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type ImportResult =
  | { readonly ok: true; readonly data: JournalExport }
  | { readonly ok: false; readonly problem: ImportProblem };

type ProblemKey = Extract<MessageKey, `journal.import.${string}`>;
const m = (key: ProblemKey) => key;

const pointIdSchema = v.picklist(
  ['SI3', 'EX-UE8', 'LI4', 'GB20', 'GB21'] satisfies readonly PointId[],
  m('journal.import.unknownValue'),
);
const score = v.exactOptional(
  v.pipe(
    v.number(m('journal.import.score')),
    v.integer(m('journal.import.score')),
    v.minValue(0, m('journal.import.score')),
    v.maxValue(10, m('journal.import.score')),
  ),
);
// An empty array would pass as an object with no readings: refuse it, so a file is taken as is.
const readings = v.pipe(
  v.custom<object>(
    (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
    m('journal.import.wrongType'),
  ),
  v.strictObject({ pain0to10: score, stiffness0to10: score }, m('journal.import.wrongType')),
);
const epochMs = v.pipe(
  v.number(m('journal.import.date')),
  v.integer(m('journal.import.date')),
  v.minValue(earliestEpochMs, m('journal.import.date')),
  v.maxValue(latestEpochMs, m('journal.import.date')),
);
// Durations may hold fractions of a millisecond (older entries kept the session clock's value).
const duration = (max: number) =>
  v.pipe(
    v.number(m('journal.import.wrongType')),
    v.finite(m('journal.import.wrongType')),
    v.minValue(0, m('journal.import.negative')),
    v.maxValue(max, m('journal.import.tooBig')),
  );
const pointList = v.pipe(
  v.array(pointIdSchema, m('journal.import.wrongType')),
  v.maxLength(maxPointsListed, m('journal.import.tooMany')),
);

const entrySchema = v.pipe(
  v.strictObject(
    {
      id: v.pipe(
        v.string(m('journal.import.wrongType')),
        v.minLength(1, m('journal.import.badId')),
        v.maxLength(recordIdMaxChars, m('journal.import.badId')),
        v.regex(/^[A-Za-z0-9_-]+$/, m('journal.import.badId')),
      ),
      startedAtEpochMs: epochMs,
      endedAtEpochMs: epochMs,
      activeMs: duration(maxActiveMs),
      painSide: v.picklist(painSides, m('journal.import.unknownValue')),
      holdMs: duration(maxEntryHoldMs),
      isPregnancyMode: v.boolean(m('journal.import.wrongType')),
      steps: v.pipe(
        v.array(
          v.strictObject(
            {
              pointId: pointIdSchema,
              side: v.picklist(['left', 'right'], m('journal.import.unknownValue')),
              status: v.picklist(
                ['done', 'skipped', 'not-reached'],
                m('journal.import.unknownValue'),
              ),
            },
            m('journal.import.wrongType'),
          ),
          m('journal.import.wrongType'),
        ),
        v.maxLength(maxStepsPerEntry, m('journal.import.tooMany')),
      ),
      completed: v.boolean(m('journal.import.wrongType')),
      before: readings,
      after: readings,
      tenderPoints: pointList,
      rightPoints: pointList,
      note: v.pipe(
        v.string(m('journal.import.wrongType')),
        v.maxLength(noteMaxChars, m('journal.import.tooLong')),
      ),
    },
    m('journal.import.wrongType'),
  ),
  v.check(
    (entry) => entry.endedAtEpochMs >= entry.startedAtEpochMs,
    m('journal.import.endsBeforeStart'),
  ),
);

// Issue 18: quick ratings and personal trials, beside the sessions (file schema version 2).
type TrialProblemKey = Extract<MessageKey, `trial.import.${string}`>;
const mt = (key: TrialProblemKey) => key;
const recordId = v.pipe(
  v.string(m('journal.import.wrongType')),
  v.minLength(1, m('journal.import.badId')),
  v.maxLength(recordIdMaxChars, m('journal.import.badId')),
  v.regex(/^[A-Za-z0-9_-]+$/, m('journal.import.badId')),
);
const dayKey = v.pipe(
  v.string(m('journal.import.date')),
  v.check(isDayKey, m('journal.import.date')),
);
const requiredScore = v.pipe(
  v.number(m('journal.import.score')),
  v.integer(m('journal.import.score')),
  v.minValue(0, m('journal.import.score')),
  v.maxValue(10, m('journal.import.score')),
);
const minuteOfDay = v.pipe(
  v.number(m('journal.import.wrongType')),
  v.integer(m('journal.import.wrongType')),
  v.minValue(0, m('journal.import.negative')),
  v.maxValue(24 * 60 - 1, m('journal.import.tooBig')),
);
const ratingSchema = v.strictObject(
  {
    id: recordId,
    atEpochMs: epochMs,
    dayKey,
    pain0to10: requiredScore,
    stiffness0to10: score,
    note: v.pipe(
      v.string(m('journal.import.wrongType')),
      v.maxLength(ratingNoteMaxChars, m('journal.import.tooLong')),
    ),
    hasWarningSign: v.boolean(m('journal.import.wrongType')),
    // Issue 23 (version 4): "I took a painkiller"; older files have none.
    tookPainkiller: v.exactOptional(v.boolean(m('journal.import.wrongType'))),
  },
  m('journal.import.wrongType'),
);
const trialSchema = v.pipe(
  v.strictObject(
    {
      id: recordId,
      seed: v.pipe(
        v.number(m('journal.import.wrongType')),
        v.integer(m('journal.import.wrongType')),
        v.minValue(0, m('journal.import.negative')),
        v.maxValue(2 ** 32 - 1, m('journal.import.tooBig')),
      ),
      startDayKey: dayKey,
      days: v.pipe(
        v.array(
          v.picklist(['routine', 'comparison'], m('journal.import.unknownValue')),
          m('journal.import.wrongType'),
        ),
        v.maxLength(maxTrialDays, m('journal.import.tooMany')),
        v.check((days) => isBlockPlan(days), mt('trial.import.badPlan')),
      ),
      ratingMinutes: v.pipe(
        v.tuple([minuteOfDay, minuteOfDay], m('journal.import.wrongType')),
        v.check(([first, second]) => first < second, m('journal.import.wrongType')),
      ),
      startedAtEpochMs: epochMs,
      endedAtEpochMs: v.exactOptional(epochMs),
      end: v.exactOptional(
        v.picklist(['finished', 'stopped', 'stop-rule'], m('journal.import.unknownValue')),
      ),
      stopReasons: v.exactOptional(
        v.pipe(
          v.array(v.picklist(stopReasons, m('journal.import.unknownValue'))),
          v.maxLength(stopReasons.length, m('journal.import.tooMany')),
        ),
      ),
      // Issue 23 (version 4): the two-week / getting-worse pause; older files have none.
      pausedFor: v.exactOptional(v.picklist(pauseReasons, m('journal.import.unknownValue'))),
      clearedPauses: v.exactOptional(
        v.pipe(
          v.array(v.picklist(pauseReasons, m('journal.import.unknownValue'))),
          v.maxLength(pauseReasons.length, m('journal.import.tooMany')),
        ),
      ),
    },
    m('journal.import.wrongType'),
  ),
  v.check(
    (trial) => trial.endedAtEpochMs === undefined || trial.endedAtEpochMs >= trial.startedAtEpochMs,
    m('journal.import.endsBeforeStart'),
  ),
);

// Issue 17: where the person found each point's tender spot (file schema version 3).
type SpotProblemKey = Extract<MessageKey, `spots.import.${string}`>;
const ms = (key: SpotProblemKey) => key;
// A place is inside the zone: the app clamps every mark it saves (core/frame.ts).
const zoneCoordinate = v.pipe(
  v.number(m('journal.import.wrongType')),
  v.finite(m('journal.import.wrongType')),
  v.minValue(-1, ms('spots.import.outsideZone')),
  v.maxValue(1, ms('spots.import.outsideZone')),
);
const spotSchema = v.pipe(
  v.strictObject(
    {
      id: recordId,
      pointId: pointIdSchema,
      side: v.picklist(['left', 'right'], m('journal.import.unknownValue')),
      atEpochMs: epochMs,
      outcome: v.picklist(markOutcomes, m('journal.import.unknownValue')),
      u: v.exactOptional(zoneCoordinate),
      v: v.exactOptional(zoneCoordinate),
    },
    m('journal.import.wrongType'),
  ),
  v.check(
    (mark) =>
      (mark.outcome === 'tapped' || mark.outcome === 'as-shown') ===
      (mark.u !== undefined && mark.v !== undefined),
    ms('spots.import.placeAndOutcome'),
  ),
  v.check(
    (mark) =>
      mark.u === undefined || mark.v === undefined || Math.hypot(mark.u, mark.v) <= 1 + 1e-9,
    ms('spots.import.outsideZone'),
  ),
);

const fileSchema = v.strictObject(
  {
    format: v.literal(exportFormat, m('journal.import.notOurs')),
    schemaVersion: v.pipe(
      v.number(m('journal.import.notOurs')),
      v.integer(m('journal.import.notOurs')),
      v.minValue(1, m('journal.import.notOurs')),
      v.maxValue(exportSchemaVersion, m('journal.import.newerVersion')),
    ),
    exportedAt: v.pipe(
      v.string(m('journal.import.date')),
      v.isoTimestamp(m('journal.import.date')),
    ),
    entries: v.pipe(
      v.array(entrySchema, m('journal.import.wrongType')),
      v.maxLength(maxJournalSessions, m('journal.import.tooMany')),
    ),
    // Issue 18 (version 2); a version 1 file has neither.
    ratings: v.exactOptional(
      v.pipe(
        v.array(ratingSchema, m('journal.import.wrongType')),
        v.maxLength(maxQuickRatings, m('journal.import.tooMany')),
      ),
    ),
    trials: v.exactOptional(
      v.pipe(
        v.array(trialSchema, m('journal.import.wrongType')),
        v.maxLength(maxTrials, m('journal.import.tooMany')),
      ),
    ),
    // Issue 17 (version 3); older files have none.
    spots: v.exactOptional(
      v.pipe(
        v.array(spotSchema, m('journal.import.wrongType')),
        v.maxLength(maxSpotMarks, m('journal.import.tooMany')),
      ),
    ),
  },
  m('journal.import.notOurs'),
);

/** Field names in the file, as words a person reads. */
const fieldLabels: Readonly<Record<string, MessageKey>> = {
  'before.pain0to10': 'journal.field.painBefore',
  'after.pain0to10': 'journal.field.painAfter',
  'before.stiffness0to10': 'journal.field.stiffnessBefore',
  'after.stiffness0to10': 'journal.field.stiffnessAfter',
  startedAtEpochMs: 'journal.field.startedAt',
  endedAtEpochMs: 'journal.field.endedAt',
  note: 'journal.field.note',
  activeMs: 'journal.field.activeMs',
  holdMs: 'journal.field.holdMs',
  id: 'journal.field.id',
};

export function fieldLabel(path: string): MessageKey | undefined {
  // Own keys only: a field named "valueOf" or "toString" must not find Object.prototype's.
  return Object.hasOwn(fieldLabels, path) ? fieldLabels[path] : undefined;
}

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
  if (
    (first === 'ratings' || first === 'trials' || first === 'spots') &&
    typeof second === 'number'
  ) {
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
    return { key: 'journal.import.unknownField', ...where };
  }
  if (issue.type === 'strict_object' && issue.received === 'undefined' && path.length > 0) {
    return { key: 'journal.import.missingField', ...where };
  }
  if (issue.message === 'journal.import.newerVersion') {
    return { key: 'journal.import.newerVersion', params: { version: String(issue.input) } };
  }
  if (issue.message === 'journal.import.notOurs') return { key: 'journal.import.notOurs' };
  const key = (
    issue.message.startsWith('journal.import.') ||
    issue.message.startsWith('trial.import.') ||
    issue.message.startsWith('spots.import.')
      ? issue.message
      : 'journal.import.wrongType'
  ) as MessageKey;
  const params =
    key === 'journal.import.tooLong'
      ? { max: noteMaxChars }
      : key === 'journal.import.tooMany'
        ? { max: Number(issue.requirement) }
        : key === 'journal.import.tooBig'
          ? { max: Number(issue.requirement) }
          : undefined;
  return params ? { key, ...where, params } : { key, ...where };
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

/** Checks a whole export file's text; on success returns the data to merge. */
export function validateImport(text: string, byteSize = utf8Bytes(text)): ImportResult {
  if (byteSize > importMaxBytes) {
    // Whole megabytes, rounded down: a refused file is larger than the figure said.
    const maxMb = Math.floor(importMaxBytes / 1_000_000);
    return { ok: false, problem: { key: 'journal.import.tooLarge', params: { maxMb } } };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: { key: 'journal.import.notJson' } };
  }
  const forbidden = findForbiddenKey(parsed);
  if (forbidden) {
    return {
      ok: false,
      problem: {
        key: 'journal.import.forbiddenKey',
        ...locate(forbidden.slice(0, -1)),
        params: { name: String(forbidden.at(-1)) },
      },
    };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, problem: { key: 'journal.import.notOurs' } };
  }
  const record = parsed as Record<string, unknown>;
  // Check format and version first: a newer file may have fields this version does not know.
  if (record.format !== exportFormat)
    return { ok: false, problem: { key: 'journal.import.notOurs' } };
  if (typeof record.schemaVersion === 'number' && record.schemaVersion > exportSchemaVersion) {
    return {
      ok: false,
      problem: { key: 'journal.import.newerVersion', params: { version: record.schemaVersion } },
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
          key: 'journal.import.duplicateId',
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
  for (const [list, items] of [
    ['ratings', ratings],
    ['trials', trials],
    ['spots', spots],
  ] as const) {
    const ids = new Map<string, number>();
    for (let index = 0; index < items.length; index += 1) {
      const id = items[index]?.id ?? '';
      const first = ids.get(id);
      if (first !== undefined) {
        return {
          ok: false,
          problem: {
            key: 'trial.import.duplicateId',
            record: { list, number: index + 1 },
            params: { other: first + 1 },
          },
        };
      }
      ids.set(id, index);
    }
  }
  return { ok: true, data: { ...result.output, entries, ratings, trials, spots } };
}
