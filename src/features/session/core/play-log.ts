/**
 * How sessions played on this device: a small local log (the last `playLogSize` sessions) of
 * how each ended and whether the sound was stopped from outside the app (a call, a battery
 * saver), shown in Settings. It never leaves the device; "Delete all data" removes it.
 */
export const playLogKey = 'session.playLog';
export const playLogSize = 20;

export type PlayOutcome = 'running' | 'finished' | 'ended-early' | 'stopped';

export interface PlayEntry {
  readonly startedAtEpochMs: number;
  readonly outcome: PlayOutcome;
  /** Session time when it ended or the sound stopped. */
  readonly atMs: number;
  /** True when the page was hidden (phone locked, another app) at some point. */
  readonly wasHidden: boolean;
}

/** The log with `entry` in place of the entry of the same session, newest first, capped. */
export function withEntry(log: readonly PlayEntry[], entry: PlayEntry): PlayEntry[] {
  const others = log.filter((old) => old.startedAtEpochMs !== entry.startedAtEpochMs);
  return [entry, ...others]
    .sort((a, b) => b.startedAtEpochMs - a.startedAtEpochMs)
    .slice(0, playLogSize);
}

/** A stored log, or an empty one for anything else (an old or hand-edited value). */
export function parsePlayLog(value: unknown): PlayEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry): entry is PlayEntry =>
      typeof entry === 'object' &&
      entry !== null &&
      Number.isFinite(entry.startedAtEpochMs) &&
      Number.isFinite(entry.atMs) &&
      ['running', 'finished', 'ended-early', 'stopped'].includes(entry.outcome) &&
      typeof entry.wasHidden === 'boolean',
  );
}

/**
 * Did the sound fall silent while the page could not run? Between `from` and `to` (page clock)
 * the session's time should have moved as far as the wall clock, unless the user paused or a
 * gate waits; a shortfall of more than `stallSlackMs` means the sound stopped.
 */
export const stallSlackMs = 3000;
export function fellSilent(
  from: { readonly nowMs: number; readonly elapsedMs: number },
  to: { readonly nowMs: number; readonly elapsedMs: number },
): boolean {
  return to.nowMs - from.nowMs - (to.elapsedMs - from.elapsedMs) > stallSlackMs;
}
