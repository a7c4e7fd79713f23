import { useComputed } from '@preact/signals';
import { tCount, t } from '../../../i18n/i18n';
import { backupDue } from '../core/backup';
import { useBackupSaver } from './use-backup-saver';

/**
 * History's quiet line after 10 new sessions, or 14 days since the last backup
 * (core/backup.ts), with one tap to save one. Never while a session runs.
 */
export function BackupNudge() {
  const { app, journal, saved, save } = useBackupSaver();
  const due = useComputed(() =>
    backupDue({
      nowMs: app.now(),
      lastBackupAtMs: journal.lastBackupAtMs.value,
      sessionStartsMs: journal.rows.value.map((row) => row.startedAtEpochMs),
    }),
  );
  if (app.isSessionActive.value) return null;
  if (saved.value) {
    return (
      <p class="backup-nudge quiet" role="status">
        {t('journal.storage.saved')}
      </p>
    );
  }
  if (!due.value.isDue) return null;
  return (
    <p class="backup-nudge quiet">
      {tCount(
        journal.lastBackupAtMs.value === undefined
          ? 'journal.backup.dueFirst'
          : 'journal.backup.due',
        due.value.newSessions,
      )}{' '}
      <button type="button" class="link-button" onClick={save}>
        {t('journal.storage.save')}
      </button>
    </p>
  );
}
