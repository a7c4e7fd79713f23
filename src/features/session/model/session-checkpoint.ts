import type { Checkpoint } from '../core/checkpoint';
import type { SessionRecord, StepOutcome } from '../../../domain/records/session-entry';
import type { SessionCore } from './session-core';
import { type StartOptions, checkpointEveryMs } from './session-types';

/** The options a checkpoint was started with. */
export function startOptionsOfCheckpoint(saved: Checkpoint): StartOptions {
  return {
    painSide: saved.painSide,
    planOptions: saved.planOptions,
    timing: saved.timing,
    waitForMe: saved.waitForMe,
    cueStyle: saved.cueStyle,
    before: saved.before,
  };
}

/** Every step of the plan with what became of it so far. */
export function outcomesList(core: SessionCore): StepOutcome[] {
  return (core.timeline.value?.plan.steps ?? []).map((step, index) => ({
    pointId: step.pointId,
    side: step.side,
    status: core.outcomes.get(index) ?? 'not-reached',
  }));
}

/**
 * Where the running session is, saved in IndexedDB: at each step change, on pause and hide, and
 * every few seconds of a hold, so that a crash or a reload loses little.
 */
export function createCheckpointing(
  core: SessionCore,
  session: { id: string; startedAtEpochMs: number },
) {
  let lastSavedAtMs = -Infinity;
  /** The latest write, settled once it is in IndexedDB (or failed). */
  let written: Promise<void> = Promise.resolve();

  function current(): Checkpoint | null {
    const { options } = core;
    const timeline = core.timeline.value;
    const clock = core.clock.value;
    if (!options || !timeline || !clock) return null;
    return {
      version: 1,
      id: session.id,
      painSide: options.painSide,
      planOptions: options.planOptions,
      timing: options.timing,
      waitForMe: options.waitForMe,
      cueStyle: options.cueStyle,
      elapsedMs: core.sound.elapsed(),
      gateMs: clock.gateMs,
      startedAtEpochMs: session.startedAtEpochMs,
      savedAtEpochMs: core.deps.epochNowMs(),
      outcomes: outcomesList(core),
      before: options.before,
    };
  }

  /**
   * Writes where the session is now. The write starts (and is committed) before this returns,
   * so that a page that goes right after keeps it; the promise settles once it is written.
   */
  function save(): Promise<void> {
    lastSavedAtMs = core.now();
    const checkpoint = current();
    if (checkpoint && core.status.value === 'running') {
      written = core.platform.checkpoints.save(checkpoint).catch(() => {});
    }
    return written;
  }

  /** Saves when the last save is `checkpointEveryMs` old. */
  function saveIfDue(): void {
    if (core.now() - lastSavedAtMs >= checkpointEveryMs) void save();
  }

  return {
    save,
    saveIfDue,
    /** Settles once the latest checkpoint asked for is written (Pause's, the page hiding's). */
    whenWritten: () => written,
  };
}

export type Checkpointing = ReturnType<typeof createCheckpointing>;

/** What the journal keeps of a session that ended now (`activeMs` of session time in it). */
export function sessionRecord(
  core: SessionCore,
  session: { id: string; startedAtEpochMs: number },
  completed: boolean,
  activeMs: number,
): SessionRecord | null {
  const { options } = core;
  const timeline = core.timeline.value;
  if (!options || !timeline) return null;
  return {
    id: session.id,
    startedAtEpochMs: session.startedAtEpochMs,
    endedAtEpochMs: core.deps.epochNowMs(),
    activeMs,
    painSide: options.painSide,
    holdMs: timeline.plan.holdMs,
    isPregnancyMode: options.planOptions.isPregnant === true,
    steps: outcomesList(core),
    completed,
    before: options.before,
  };
}
