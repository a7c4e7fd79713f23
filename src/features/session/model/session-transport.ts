import { PlanError, planSession, withMoreTime, type PlanOptions } from '../core/planner';
import {
  gateAfter,
  isPaused,
  passGate,
  pauseClock,
  resumeClock,
  seekClock,
} from '../core/session-clock';
import {
  deriveTimeline,
  nextPointStartMs,
  nextStepStartMs,
  previousStepStartMs,
  stepAt,
  type Timeline,
} from '../core/timeline';
import { spokenTiming } from '../core/voice-track';
import { locale } from '../../../i18n/i18n';
import type { CueEffects } from './cue-effects';
import type { Checkpointing } from './session-checkpoint';
import { isRunning, type SessionCore, type SessionSound } from './session-core';
import { moreTimeMs } from './session-types';
import type { LongerHold } from './track-parts';

/** What the transport asks of the rest of the model after it moved the clock. */
export interface TransportHooks {
  tick(): void;
  updateMedia(): void;
}

/**
 * The session's transport: pause and resume, skip, back, a seek, Ready at a wait-for-me gate and
 * "more time". Each sets the clock (core/session-clock.ts), then tells the sound to follow.
 */
export function createTransport(
  core: SessionCore,
  effects: CueEffects,
  checkpoints: Checkpointing,
  hooks: TransportHooks,
) {
  const now = () => core.now();
  const position = () => {
    const timeline = core.timeline.value;
    return timeline ? stepAt(timeline, core.sound.elapsed()) : null;
  };

  /** Drops what was scheduled and plays again from `fromMs` (a seek's target, or now). */
  function reschedule(fromMs: number = core.sound.elapsed()): void {
    effects.restartAt(fromMs);
    core.sound.moveTo(fromMs);
    hooks.tick();
  }

  /** `byUser`: the user's Pause (in the app or on the lock screen), not an interruption. */
  function pause(byUser = true): void {
    const clock = core.clock.value;
    if (!isRunning(core) || !clock || isPaused(clock)) return;
    const atMs = core.sound.elapsed();
    core.clock.value = pauseClock(clock, now());
    core.platform.speech.cancel();
    core.sound.pause(byUser);
    effects.restartAt(atMs);
    core.announcement.value = core.deps.words.paused();
    void checkpoints.save();
    hooks.updateMedia();
  }

  function resume(): void {
    const clock = core.clock.value;
    if (!isRunning(core) || !clock || !isPaused(clock)) return;
    core.clock.value = resumeClock(clock, now());
    core.sound.resume();
    effects.restartAt(core.sound.elapsed());
    hooks.tick();
    void checkpoints.save();
    hooks.updateMedia();
  }

  function togglePause(): void {
    if (core.clock.value && isPaused(core.clock.value)) resume();
    else pause();
  }

  /** The gate a move to `targetMs` waits at: the next hold's start, in wait-for-me mode. */
  function gateFor(targetMs: number): number | null {
    const timeline = core.timeline.value;
    return core.options?.waitForMe && timeline ? gateAfter(timeline, targetMs) : null;
  }

  function moveTo(targetMs: number, markSkipped: boolean): void {
    const timeline = core.timeline.value;
    const clock = core.clock.value;
    if (!isRunning(core) || !timeline || !clock) return;
    const from = position();
    if (markSkipped && from) {
      const to = stepAt(timeline, targetMs);
      for (let index = from.stepIndex; index < to.stepIndex; index += 1) {
        core.outcomes.set(index, 'skipped');
      }
    }
    core.clock.value = seekClock(clock, now(), targetMs, gateFor(targetMs));
    reschedule(targetMs);
  }

  /** Steps from `to` on are to do again. */
  function forgetFrom(to: number): void {
    for (const index of [...core.outcomes.keys()]) if (index >= to) core.outcomes.delete(index);
    core.lastStepIndex = to;
  }

  /**
   * Moves to any session time (the lock screen's position bar). Forward, the steps jumped over
   * count as skipped; back, the steps from there on are to do again.
   */
  function seekTo(elapsedMs: number): void {
    const timeline = core.timeline.value;
    const from = position();
    if (!isRunning(core) || !timeline || !from || !Number.isFinite(elapsedMs)) return;
    const targetMs = Math.min(Math.max(0, Math.round(elapsedMs)), timeline.totalMs);
    if (targetMs < from.elapsedMs) {
      forgetFrom(stepAt(timeline, targetMs).stepIndex);
      moveTo(targetMs, false);
    } else {
      moveTo(targetMs, true);
    }
  }

  function back(): void {
    const timeline = core.timeline.value;
    if (!timeline) return;
    const targetMs = previousStepStartMs(timeline, core.sound.elapsed());
    forgetFrom(stepAt(timeline, targetMs).stepIndex);
    moveTo(targetMs, false);
  }

  /** Ready: the hold starts now (wait-for-me gate, or cutting the transition short). */
  function ready(): void {
    const timeline = core.timeline.value;
    const clock = core.clock.value;
    if (!isRunning(core) || !timeline || !clock) return;
    if (clock.gateMs !== null) {
      const gateMs = clock.gateMs;
      core.clock.value = passGate(clock, timeline, now());
      reschedule(gateMs);
      return;
    }
    const at = position();
    const span = at ? timeline.steps[at.stepIndex] : undefined;
    if (span && at?.segment?.kind === 'prepare') moveTo(span.holdStartMs, false);
  }

  type Longer = { planOptions: PlanOptions; timeline: Timeline } | null;
  let longerOf: { key: readonly unknown[]; longer: Longer } | null = null;

  /**
   * The plan with more time on the current step, or null when its hold cannot grow. The same
   * object until the step or the choices change: the track renders its part ahead, and knows it.
   */
  function planWithMoreTime(): Longer {
    const { options } = core;
    const timeline = core.timeline.value;
    const at = position();
    if (!isRunning(core) || !options || !timeline || !at || at.isDone) return null;
    const key = [timeline, at.stepIndex, options, locale.value] as const;
    if (longerOf?.key.every((part, index) => part === key[index])) return longerOf.longer;
    longerOf = { key, longer: derivedWithMoreTime(at.stepIndex) };
    return longerOf.longer;
  }

  function derivedWithMoreTime(stepIndex: number): Longer {
    const { options } = core;
    const timeline = core.timeline.value;
    if (!options || timeline?.plan.steps[stepIndex]?.technique.kind !== 'hold') return null;
    const planOptions = withMoreTime(options.planOptions, stepIndex, moreTimeMs);
    try {
      const plan = planSession(options.painSide, planOptions);
      const timing = spokenTiming(options.timing, options.cueStyle, locale.value);
      return { planOptions, timeline: deriveTimeline(plan, timing) };
    } catch (error) {
      if (error instanceof PlanError) return null;
      throw error;
    }
  }

  /** The hold with more time, for the track to render ahead; its gates as addTime sets them. */
  function longerHold(): LongerHold | null {
    const longer = planWithMoreTime();
    const gateMs = core.clock.value?.gateMs ?? null;
    if (!longer) return null;
    return {
      timeline: longer.timeline,
      gateFor: (fromMs) =>
        gateMs !== null && gateMs > fromMs ? gateAfter(longer.timeline, fromMs, false) : gateMs,
    };
  }

  /**
   * More time on this hold: the timeline is derived again with the longer hold, so everything
   * after it moves later; the time already spent and the cues already heard stay as they were.
   * The checkpoint keeps the longer hold, so a resume keeps it too.
   */
  function addTime(): boolean {
    const longer = planWithMoreTime();
    const clock = core.clock.value;
    if (!longer || !core.options || !clock) return false;
    const elapsedMs = core.sound.elapsed();
    core.options = { ...core.options, planOptions: longer.planOptions };
    core.timeline.value = longer.timeline;
    // A wait-for-me gate ahead (the next step's hold) moves with the steps after this one.
    if (clock.gateMs !== null && clock.gateMs > elapsedMs) {
      core.clock.value = { ...clock, gateMs: gateAfter(longer.timeline, elapsedMs, false) };
    }
    core.announcement.value = core.deps.words.moreTimeAdded(moreTimeMs / 1000);
    reschedule(elapsedMs);
    void checkpoints.save();
    return true;
  }

  /**
   * The media element cannot play the track: carry on with Web Audio tones from here (the page
   * clock takes over at the same session time).
   */
  function replaceSound(from: SessionSound, to: SessionSound): void {
    const clock = core.clock.value;
    if (core.sound !== from || !isRunning(core) || !clock) return;
    const elapsedMs = from.elapsed();
    from.stop(false);
    core.sound = to;
    core.clock.value = seekClock(clock, now(), elapsedMs);
    core.audioState.value = core.platform.tones.state();
    to.begin(elapsedMs, null);
    void core.platform.tones.resume().then((next) => (core.audioState.value = next));
    reschedule(elapsedMs);
  }

  /** "Go on from there": from where the sound stopped, playing (Ready at a gate). */
  function goOnFrom(atMs: number): void {
    if (Math.abs(core.sound.elapsed() - atMs) > 500) seekTo(atMs);
    if (core.sound.isWaiting()) ready();
    else resume();
  }

  return {
    replaceSound,
    goOnFrom,
    pause,
    resume,
    togglePause,
    gateFor,
    seekTo,
    back,
    ready,
    addTime,
    reschedule,
    canAddTime: () => planWithMoreTime() !== null,
    longerHold,
    skipSide: () => {
      const timeline = core.timeline.value;
      if (timeline) moveTo(nextStepStartMs(timeline, core.sound.elapsed()), true);
    },
    skipPoint: () => {
      const timeline = core.timeline.value;
      if (timeline) moveTo(nextPointStartMs(timeline, core.sound.elapsed()), true);
    },
  };
}

export type Transport = ReturnType<typeof createTransport>;
