/**
 * When History suggests saving a backup: a journal lives in the browser's storage, which a phone
 * may clear, so after 10 new sessions, or 14 days after the last backup with at least
 * one new session since, a quiet line offers one. Never before the first session.
 */
export const backupDueAfterSessions = 10;
export const backupDueAfterMs = 14 * 86_400_000;

export interface BackupState {
  readonly nowMs: number;
  /** When the last backup (a JSON export) was saved; undefined when never. */
  readonly lastBackupAtMs: number | undefined;
  /** Every session's start, in any order. */
  readonly sessionStartsMs: Iterable<number>;
}

export interface BackupDue {
  readonly isDue: boolean;
  /** Sessions started after the last backup (all of them when there was none). */
  readonly newSessions: number;
}

export function backupDue({ nowMs, lastBackupAtMs, sessionStartsMs }: BackupState): BackupDue {
  let newSessions = 0;
  let firstNewMs = Number.POSITIVE_INFINITY;
  for (const startMs of sessionStartsMs) {
    if (lastBackupAtMs !== undefined && startMs <= lastBackupAtMs) continue;
    newSessions += 1;
    firstNewMs = Math.min(firstNewMs, startMs);
  }
  if (newSessions === 0) return { isDue: false, newSessions };
  // Without a backup, the 14 days run from the first session.
  const sinceMs = lastBackupAtMs ?? firstNewMs;
  return {
    isDue: newSessions >= backupDueAfterSessions || nowMs - sinceMs >= backupDueAfterMs,
    newSessions,
  };
}
