import { formatDuration } from '../../../i18n/durations';
import { locale, t } from '../../../i18n/i18n';
import { pointText } from '../../../i18n/point-text';
import type { JournalEntry } from '../../../domain/records/session-entry';
import type { PointId } from '../../../domain/points';

export function formatDateTime(epochMs: number): string {
  return new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short' }).format(
    epochMs,
  );
}

export function formatScore(value: number | undefined): string {
  return value === undefined ? t('journal.history.notRated') : String(value);
}

export function formatOneDecimal(value: number): string {
  return new Intl.NumberFormat(locale.value, { maximumFractionDigits: 1 }).format(value);
}

export function pressedPointNames(entry: JournalEntry): string {
  const ids: PointId[] = [];
  for (const step of entry.steps) {
    if (step.status === 'done' && !ids.includes(step.pointId)) ids.push(step.pointId);
  }
  return new Intl.ListFormat(locale.value, { style: 'short', type: 'conjunction' }).format(
    ids.map((id) => pointText(id).name),
  );
}

export function sessionLength(entry: JournalEntry): string {
  return formatDuration(entry.activeMs);
}
