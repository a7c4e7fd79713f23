import type { Timeline } from './timeline';

/**
 * The session's clock as plain data. Session time is `now - originMs`; pausing only shifts the
 * origin, and a "wait for me" gate holds the time at a step's start until the user is ready.
 * Every function takes the current time in ms; none reads a clock.
 */
export interface ClockState {
  readonly originMs: number;
  readonly pausedAtMs: number | null;
  /** Session time the clock stops at until `passGate` (wait-for-me mode); null when free running. */
  readonly gateMs: number | null;
}

/** Gates in wait-for-me mode: each step's hold starts on the user's Ready. */
export function gateAfter(timeline: Timeline, elapsedMs: number, inclusive = true): number | null {
  const gate = timeline.steps.find((span) =>
    inclusive ? span.holdStartMs >= elapsedMs : span.holdStartMs > elapsedMs,
  );
  return gate?.holdStartMs ?? null;
}

export function startClock(nowMs: number, gateMs: number | null = null): ClockState {
  return { originMs: nowMs, pausedAtMs: null, gateMs };
}

/** Session time at `nowMs`. */
export function elapsedAt(clock: ClockState, nowMs: number): number {
  const rawMs = Math.max(0, (clock.pausedAtMs ?? nowMs) - clock.originMs);
  return clock.gateMs === null ? rawMs : Math.min(rawMs, clock.gateMs);
}

export function isPaused(clock: ClockState): boolean {
  return clock.pausedAtMs !== null;
}

export function isWaitingAtGate(clock: ClockState, nowMs: number): boolean {
  return clock.gateMs !== null && elapsedAt(clock, nowMs) >= clock.gateMs;
}

export function pauseClock(clock: ClockState, nowMs: number): ClockState {
  if (clock.pausedAtMs !== null) return clock;
  // Freeze at the shown time, so that a pause while waiting at a gate does not jump on resume.
  const elapsedMs = elapsedAt(clock, nowMs);
  return { ...clock, originMs: nowMs - elapsedMs, pausedAtMs: nowMs };
}

export function resumeClock(clock: ClockState, nowMs: number): ClockState {
  if (clock.pausedAtMs === null) return clock;
  return { ...clock, originMs: clock.originMs + (nowMs - clock.pausedAtMs), pausedAtMs: null };
}

/** Moves session time to `targetMs`, keeping the paused state; the gate becomes `gateMs`. */
export function seekClock(
  clock: ClockState,
  nowMs: number,
  targetMs: number,
  gateMs: number | null = clock.gateMs,
): ClockState {
  const referenceMs = clock.pausedAtMs ?? nowMs;
  return { ...clock, originMs: referenceMs - targetMs, gateMs };
}

/** The user is ready: the hold starts now (even if the transition had time left), up to the next gate. */
export function passGate(clock: ClockState, timeline: Timeline, nowMs: number): ClockState {
  if (clock.gateMs === null) return clock;
  return seekClock(clock, nowMs, clock.gateMs, gateAfter(timeline, clock.gateMs, false));
}
