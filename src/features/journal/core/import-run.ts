import { exportToJson, type JournalExtras } from '../../../domain/records/export-file';
import {
  importMaxBytes,
  validateImport,
  type ImportProblem,
} from '../../../domain/records/import-file';
import { maxQuickRatings } from '../../../domain/records/quick-rating';
import {
  maxJournalSessions,
  mergeEntries,
  type JournalEntry,
} from '../../../domain/records/session-entry';
import { maxSpotMarks } from '../../../domain/records/spot-mark';
import type { JournalStore, StoreProblem } from '../../../domain/records/store';
import { maxTrials } from '../../../domain/records/trial-record';
import { maxTurnResults } from '../../../domain/records/turn-result';

/**
 * Importing a journal file, from its bytes to the merged journal: read, check, back up what the
 * journal holds, check the limits, add what is new in one transaction. It runs off the page's
 * thread (platform/journal-import.worker.ts) with the database opened there, so that the
 * largest file the app takes (20,000 sessions) never holds the screen still; here it is plain
 * logic over the store, the same on any thread and in tests.
 */

/** Where an import has got to, for the screen's progress. */
export type ImportStage = 'reading' | 'checking' | 'backing-up' | 'saving';
export const importStages: readonly ImportStage[] = ['reading', 'checking', 'backing-up', 'saving'];

/**
 * Why a write failed: the disk is full ('quota'), the browser refused it ('write'), the journal
 * could not be read ('load'), or it holds as much as it keeps ('full': session-entry.ts's
 * maxJournalSessions and the other records' limits). The record store's problems.
 */
export type JournalProblem = StoreProblem;

/** A failed write's problem, from the error (Dexie wraps the browser's in `inner`). */
export function problemOf(error: unknown): JournalProblem {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    const record = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof record.name === 'string') names.push(record.name);
    current = record.inner ?? record.cause;
  }
  return names.some((name) => name === 'QuotaExceededError') ? 'quota' : 'write';
}

export type ImportRun =
  /** The file is not an export the app can take; nothing was written. */
  | { readonly kind: 'invalid'; readonly problem: ImportProblem }
  /** Journal and file together hold more than the journal keeps; nothing was written. */
  | { readonly kind: 'full' }
  /** Reading or writing the journal failed; nothing was written (one transaction). */
  | { readonly kind: 'failed'; readonly problem: 'quota' | 'write' }
  | { readonly kind: 'done'; readonly added: number; readonly skipped: number };

export interface ImportRunInput {
  /** The file's size in bytes, known before it is read. */
  readonly byteSize: number;
  readText(): Promise<string>;
  readonly store: Pick<JournalStore, 'all' | 'extras' | 'addNew'>;
  /** Sessions kept in memory because their write failed: the backup holds them too. */
  readonly unsaved: readonly JournalEntry[];
  readonly nowMs: number;
  onStage(stage: ImportStage): void;
  /**
   * The journal as it was, as an export file's text, before anything is written: called only
   * when the journal holds something, so that an import can always be undone by importing it.
   */
  onBackup(json: string): void;
}

const hasExtras = (extras: JournalExtras) =>
  extras.ratings.length > 0 ||
  extras.trials.length > 0 ||
  extras.spots.length > 0 ||
  extras.turns.length > 0;

/** How many distinct records `stored` and `added` hold together. */
const countTogether = (
  stored: readonly { readonly id: string }[],
  added: readonly { readonly id: string }[],
) => new Set([...stored, ...added].map((record) => record.id)).size;

/** Whether the journal would hold more than it keeps with the file's records added. */
export function isPastLimits(
  stored: { readonly sessions: readonly { readonly id: string }[]; readonly extras: JournalExtras },
  incoming: { readonly entries: readonly { readonly id: string }[] } & Partial<JournalExtras>,
): boolean {
  return (
    countTogether(stored.sessions, incoming.entries) > maxJournalSessions ||
    countTogether(stored.extras.ratings, incoming.ratings ?? []) > maxQuickRatings ||
    countTogether(stored.extras.trials, incoming.trials ?? []) > maxTrials ||
    countTogether(stored.extras.spots, incoming.spots ?? []) > maxSpotMarks ||
    countTogether(stored.extras.turns, incoming.turns ?? []) > maxTurnResults
  );
}

export async function runImport(input: ImportRunInput): Promise<ImportRun> {
  input.onStage('reading');
  // The size cap is checked before reading, so a huge file is never loaded into memory.
  if (input.byteSize > importMaxBytes) {
    const refused = validateImport('', input.byteSize);
    if (!refused.ok) return { kind: 'invalid', problem: refused.problem };
  }
  // The journal is read (for its backup and the limits) while the file is read and checked: the
  // database reads on its own thread meanwhile. An invalid file leaves what was read unused.
  const stored = Promise.all([input.store.all(), input.store.extras()]);
  stored.catch(() => undefined);
  const text = await input.readText();
  input.onStage('checking');
  const result = validateImport(text, input.byteSize);
  if (!result.ok) return { kind: 'invalid', problem: result.problem };
  const file = result.data;
  try {
    const [sessions, extras] = await stored;
    const everything = mergeEntries(sessions, input.unsaved);
    if (everything.length > 0 || hasExtras(extras)) {
      input.onStage('backing-up');
      input.onBackup(exportToJson(everything, input.nowMs, extras));
    }
    if (isPastLimits({ sessions, extras }, file)) return { kind: 'full' };
    input.onStage('saving');
    const added = await input.store.addNew(file.entries, {
      ratings: file.ratings ?? [],
      trials: file.trials ?? [],
      spots: file.spots ?? [],
      turns: file.turns ?? [],
    });
    return { kind: 'done', added, skipped: file.entries.length - added };
  } catch (error) {
    const problem = problemOf(error);
    return { kind: 'failed', problem: problem === 'quota' ? 'quota' : 'write' };
  }
}
