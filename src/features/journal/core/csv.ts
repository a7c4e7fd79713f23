import { isoFromEpochMs } from '../../../domain/civil-date';
import { sortEntries, type JournalEntry } from '../../../domain/records/session-entry';

/**
 * One CSV row per session (RFC 4180, CRLF line ends). Every cell that starts with a character a
 * spreadsheet reads as a formula (= + - @, tab, carriage return) gets a leading apostrophe, so
 * that opening the file never runs a formula hidden in a note (OWASP "CSV injection").
 */
export const csvColumns = [
  'session_id',
  'started_at_utc',
  'ended_at_utc',
  'active_seconds',
  'pain_side',
  'hold_seconds',
  'pregnancy_mode',
  'completed',
  'pain_before',
  'pain_after',
  'stiffness_before',
  'stiffness_after',
  'points_done',
  'points_skipped',
  'tender_points',
  'right_points',
  'note',
] as const;

const formulaStart = /^[=+\-@\t\r]/;

/** A cell, safe from formula injection and quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number | boolean | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function stepsWith(entry: JournalEntry, status: 'done' | 'skipped'): string {
  return entry.steps
    .filter((step) => step.status === status)
    .map((step) => `${step.pointId} ${step.side}`)
    .join('; ');
}

export function csvRow(entry: JournalEntry): string {
  return [
    entry.id,
    isoFromEpochMs(entry.startedAtEpochMs),
    isoFromEpochMs(entry.endedAtEpochMs),
    Math.round(entry.activeMs / 1000),
    entry.painSide,
    Math.round(entry.holdMs / 1000),
    entry.isPregnancyMode,
    entry.completed,
    entry.before.pain0to10,
    entry.after.pain0to10,
    entry.before.stiffness0to10,
    entry.after.stiffness0to10,
    stepsWith(entry, 'done'),
    stepsWith(entry, 'skipped'),
    entry.tenderPoints.join('; '),
    entry.rightPoints.join('; '),
    entry.note,
  ]
    .map(csvCell)
    .join(',');
}

export function exportToCsv(entries: readonly JournalEntry[]): string {
  const lines = [csvColumns.join(',')];
  for (const entry of sortEntries(entries)) lines.push(csvRow(entry));
  return `${lines.join('\r\n')}\r\n`;
}
