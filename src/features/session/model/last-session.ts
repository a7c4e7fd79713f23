import type { SettingsStore } from '../../../shared/ports';

/**
 * When a session was last started from its set-up. Home reads it to offer "Start with last
 * time's settings"; it stays a tiny module because Home is the first screen.
 */
export const lastStartKey = 'session.lastStartedAt';

export function hasStartedSession(settings: SettingsStore): boolean {
  return typeof settings.read<number>(lastStartKey) === 'number';
}

export function recordSessionStart(settings: SettingsStore, epochMs: number): void {
  settings.write(lastStartKey, epochMs);
}
