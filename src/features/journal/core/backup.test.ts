import { describe, expect, it } from 'vitest';
import { backupDue } from './backup';

const day = 86_400_000;
const start = Date.UTC(2026, 10, 1, 8);
/** `count` sessions a day apart from `first`. */
const sessions = (count: number, first = start) =>
  Array.from({ length: count }, (_, index) => first + index * day);

describe('when a backup is due', () => {
  it('is never due before the first session', () => {
    expect(
      backupDue({ nowMs: start + 100 * day, lastBackupAtMs: undefined, sessionStartsMs: [] }),
    ).toEqual({ isDue: false, newSessions: 0 });
  });

  it('is due at the 10th session since the last backup, not at the 9th', () => {
    const lastBackupAtMs = start - 1;
    const nowMs = start + 9 * day;
    expect(backupDue({ nowMs, lastBackupAtMs, sessionStartsMs: sessions(9) })).toEqual({
      isDue: false,
      newSessions: 9,
    });
    expect(backupDue({ nowMs, lastBackupAtMs, sessionStartsMs: sessions(10) })).toEqual({
      isDue: true,
      newSessions: 10,
    });
  });

  it('counts only the sessions after the last backup', () => {
    const all = sessions(25);
    const lastBackupAtMs = all[19]!;
    expect(
      backupDue({ nowMs: lastBackupAtMs + day, lastBackupAtMs, sessionStartsMs: all }),
    ).toEqual({ isDue: false, newSessions: 5 });
  });

  it('is due 14 days after the last backup once a session is new, not a moment before', () => {
    const lastBackupAtMs = start;
    const sessionStartsMs = [start + day];
    expect(backupDue({ nowMs: start + 14 * day - 1, lastBackupAtMs, sessionStartsMs }).isDue).toBe(
      false,
    );
    expect(backupDue({ nowMs: start + 14 * day, lastBackupAtMs, sessionStartsMs }).isDue).toBe(
      true,
    );
    // Nothing new since the backup: nothing to save, however long ago.
    expect(
      backupDue({ nowMs: start + 90 * day, lastBackupAtMs, sessionStartsMs: [start - day] }).isDue,
    ).toBe(false);
  });

  it('without a backup, counts the 14 days from the first session', () => {
    const sessionStartsMs = [start + 3 * day, start];
    expect(
      backupDue({ nowMs: start + 13 * day, lastBackupAtMs: undefined, sessionStartsMs }),
    ).toEqual({ isDue: false, newSessions: 2 });
    expect(
      backupDue({ nowMs: start + 14 * day, lastBackupAtMs: undefined, sessionStartsMs }),
    ).toEqual({ isDue: true, newSessions: 2 });
  });
});
