import type { JournalEntry } from '../src/domain/records/session-entry';

/**
 * Journal files for the import control, written out by hand: the file format is a promise to
 * the people who keep these files, so the tests spell it out rather than borrow the app's code.
 */

/** Fields to change in an entry; an unknown field or a wrong value makes a file to refuse. */
export type EntryChanges = { readonly [Key in keyof JournalEntry]?: unknown } & Readonly<
  Record<string, unknown>
>;

const tenMinutesMs = 600_000;

/**
 * A valid entry: ten minutes on Houxi, left hand, on 1 November 2026 at 08:00 UTC, no readings
 * and no note; `changes` replace or add fields. The end time follows a changed start time.
 */
export function journalEntry(changes: EntryChanges = {}): Record<string, unknown> {
  const startedAtEpochMs =
    (changes.startedAtEpochMs as number | undefined) ?? Date.UTC(2026, 10, 1, 8);
  return {
    id: 'entry-1',
    startedAtEpochMs,
    endedAtEpochMs: startedAtEpochMs + tenMinutesMs,
    activeMs: tenMinutesMs,
    painSide: 'left',
    holdMs: 60_000,
    isPregnancyMode: false,
    steps: [{ pointId: 'SI3', side: 'left', status: 'done' }],
    completed: true,
    before: {},
    after: {},
    tenderPoints: [],
    rightPoints: [],
    note: '',
    ...changes,
  };
}

export interface EntriesOptions {
  /** Ids are `<idPrefix>-0`, `<idPrefix>-1`, … */
  readonly idPrefix: string;
  /** The first entry's start; 1 November 2026, 08:00 UTC by default. */
  readonly firstStartEpochMs?: number;
  /** Time between two entries' starts; an hour by default. */
  readonly spacingMs?: number;
  /** Changes for entry `index`. */
  readonly each?: (index: number) => EntryChanges;
}

/** `count` valid entries, one after another. */
export function journalEntries(count: number, options: EntriesOptions): Record<string, unknown>[] {
  const first = options.firstStartEpochMs ?? Date.UTC(2026, 10, 1, 8);
  const spacingMs = options.spacingMs ?? 3_600_000;
  return Array.from({ length: count }, (_, index) =>
    journalEntry({
      id: `${options.idPrefix}-${index}`,
      startedAtEpochMs: first + index * spacingMs,
      ...options.each?.(index),
    }),
  );
}

/** A file as `setInputFiles` takes it, holding `body` as an export of this app. */
function exportFile(body: object, name: string) {
  return {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'acupress-journal', ...body })),
  };
}

/** An export file (format acupress-journal, schema version 1) as `setInputFiles` takes it. */
export function journalFile(entries: readonly object[], name = 'journal.json') {
  return exportFile({ schemaVersion: 1, exportedAt: '2026-11-25T00:00:00.000Z', entries }, name);
}

/** An export file of schema version 3 (issue 17): spot marks, and no sessions, ratings or trials. */
export function spotsFile(spots: readonly object[], name = 'spots.json') {
  return exportFile(
    {
      schemaVersion: 3,
      exportedAt: '2026-12-01T00:00:00.000Z',
      entries: [],
      ratings: [],
      trials: [],
      spots,
    },
    name,
  );
}
