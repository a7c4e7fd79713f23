/** What the safety feature needs from the app around it. */
export interface HealthClockPorts {
  /** Epoch milliseconds now. */
  readonly now: () => number;
  /** When a session last started (the session's own record), if ever. */
  readonly lastSessionAtEpochMs: () => number | undefined;
}
