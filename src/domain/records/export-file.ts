import { isoFromEpochMs } from '../civil-date';
import type { QuickRating } from './quick-rating';
import { sortEntries, type JournalEntry } from './session-entry';
import type { SpotMark } from './spot-mark';
import type { TrialRecord } from './trial-record';
import type { TurnRecord } from './turn-result';

/**
 * The journal's export file as the app writes it: its format and version, and exportToJson.
 * import-file.ts checks a file against the same records' schemas.
 */

export const exportFormat = 'acupress-journal';
/**
 * The export file's schema version; an import refuses a newer one.
 * 1. sessions ("entries").
 * 2. adds the records beside the sessions (JournalExtras); a version 1 file imports with none.
 * 3. adds the spot marks ("spots"); an older file imports with none.
 * 4. adds optional fields: a quick rating's "took a painkiller" (tookPainkiller), a
 *    trial's pause ("pausedFor") and the pauses a doctor has seen ("clearedPauses"); an older
 *    file imports without them.
 * 5. adds the turn test's results ("turns"); an older file imports with none.
 * 6. adds optional fields: a trial's measure ("measure": pain or turn) and the trial a turn
 *    result was taken for ("trialId"); an older file imports without them (its trials measure
 *    pain).
 */
export const exportSchemaVersion = 6;

/**
 * Records the journal keeps beside the sessions, one list per kind; each is exported,
 * imported and deleted with the journal. A new kind is a file in records/, a list here, in
 * the file schema below and in the database (platform/db.ts).
 */
export interface JournalExtras {
  /** Quick ratings ("rate now") and personal trials. */
  readonly ratings: readonly QuickRating[];
  readonly trials: readonly TrialRecord[];
  /** Where the person found each point's tender spot. */
  readonly spots: readonly SpotMark[];
  /** The turn test's results, with a session or on their own. */
  readonly turns: readonly TurnRecord[];
}

export const emptyExtras: JournalExtras = { ratings: [], trials: [], spots: [], turns: [] };

export interface JournalExport extends JournalExtras {
  readonly format: typeof exportFormat;
  readonly schemaVersion: number;
  readonly exportedAt: string;
  readonly entries: readonly JournalEntry[];
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
    turns: [...extras.turns].sort((a, b) => a.atEpochMs - b.atEpochMs),
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
    turns,
    ...header
  } = buildExport(entries, nowEpochMs, extras);
  const head = JSON.stringify(header).slice(0, -1);
  const list = (items: readonly unknown[]) =>
    items.length === 0 ? '[]' : `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`;
  return `${head},"entries":${list(sorted)},"ratings":${list(ratings)},"trials":${list(trials)},"spots":${list(spots)},"turns":${list(turns)}}\n`;
}
