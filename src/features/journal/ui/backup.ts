import { locale } from '../../../i18n/i18n';
import { downloadText } from '../../../shared/ui/download';
import { exportToJson } from '../../../domain/records/export-file';
import { localMoment } from '../../../shared/core/local-moment';
import type { Journal } from '../model/journal';

/** "acupress-journal-2026-12-07.json" (the local day of `nowMs`), with an optional suffix. */
export function journalFileName(nowMs: number, suffix: string, extension: string): string {
  return `acupress-journal-${localMoment(new Date(nowMs)).dateKey}${suffix}.${extension}`;
}

/** Downloads the whole journal as a JSON backup (the import's format) and notes when. */
export async function saveBackup(journal: Journal, nowMs: number): Promise<void> {
  const entries = await journal.loadAll();
  const json = exportToJson(entries, nowMs, await journal.loadExtras());
  downloadText(journalFileName(nowMs, '', 'json'), 'application/json', json);
  journal.noteBackup(nowMs);
}

/** "7 December 2026", in the language shown. */
export function formatBackupDate(epochMs: number): string {
  return new Intl.DateTimeFormat(locale.value, { dateStyle: 'long' }).format(epochMs);
}
