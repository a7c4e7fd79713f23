import { signal } from '@preact/signals';
import { isPaused } from '../core/session-clock';
import { stepAt } from '../core/timeline';
import {
  fellSilent,
  parsePlayLog,
  playLogKey,
  withEntry,
  type PlayEntry,
  type PlayOutcome,
} from '../core/play-log';
import type { SessionCore } from './session-core';

/** Why the sound stopped mid-session, and where: shown when the user is back. */
export interface SoundStopped {
  /** 'gate' and 'pause': the quiet bed ran its 5 minutes; 'outside': a call, a battery saver… */
  readonly reason: 'gate' | 'pause' | 'outside';
  /** Session time the sound stopped at. */
  readonly atMs: number;
  readonly stepIndex: number;
}

/**
 * Watches whether the session's sound kept going, and tells the truth when it did not: the
 * 5-minute cap of a gate or a pause, or the sound stopped from outside while the page was
 * hidden (on return, session time is compared with the wall clock). Each session's outcome goes
 * into the local play log (core/play-log.ts) when the deps give a settings store.
 */
export function createSoundWatch(core: SessionCore) {
  const stopped = signal<SoundStopped | null>(null);
  let startedAtEpochMs = 0;
  let hiddenAt: { nowMs: number; elapsedMs: number; wasPlaying: boolean } | null = null;
  let wasHidden = false;
  /** Where something outside the app stopped the element, until the page shows again. */
  let outsideStopAt: number | null = null;
  /** Where the sound last stopped in this session: the log keeps it over "running". */
  let stoppedAtMs: number | null = null;

  const settings = () => core.deps.settings;
  function log(outcome: PlayOutcome, atMs: number): void {
    const store = settings();
    if (!store || startedAtEpochMs === 0) return;
    const entry: PlayEntry = { startedAtEpochMs, outcome, atMs: Math.round(atMs), wasHidden };
    store.write(playLogKey, withEntry(parsePlayLog(store.read(playLogKey)), entry));
  }

  function say(reason: SoundStopped['reason'], atMs: number): void {
    const timeline = core.timeline.value;
    if (!timeline) return;
    stopped.value = { reason, atMs, stepIndex: stepAt(timeline, atMs).stepIndex };
    stoppedAtMs = atMs;
    log('stopped', atMs);
  }

  const sounding = () => {
    const clock = core.clock.value;
    return clock !== null && !isPaused(clock) && !core.sound.isWaiting();
  };

  return {
    stopped,
    begin(startedAt: number): void {
      startedAtEpochMs = startedAt;
      stopped.value = null;
      hiddenAt = null;
      wasHidden = false;
      outsideStopAt = null;
      stoppedAtMs = null;
      log('running', core.sound.elapsed());
    },
    bedEnded(where: 'gate' | 'pause'): void {
      say(where, core.sound.elapsed());
    },
    stoppedFromOutside(): void {
      // Seen at once on a visible page; said when the page shows again if hidden.
      if (hiddenAt === null) say('outside', core.sound.elapsed());
      else outsideStopAt = core.sound.elapsed();
    },
    hidden(): void {
      wasHidden = true;
      // Where it got to, should the page be ended while hidden (the log says "or later").
      if (stoppedAtMs === null) log('running', core.sound.elapsed());
      hiddenAt = { nowMs: core.now(), elapsedMs: core.sound.elapsed(), wasPlaying: sounding() };
    },
    visible(): void {
      const from = hiddenAt;
      hiddenAt = null;
      if (core.status.value !== 'running') return;
      if (outsideStopAt !== null) {
        say('outside', outsideStopAt);
        outsideStopAt = null;
        return;
      }
      const to = { nowMs: core.now(), elapsedMs: core.sound.elapsed() };
      if (from?.wasPlaying && sounding() && fellSilent(from, to)) say('outside', to.elapsedMs);
    },
    /** The sound plays again (Resume, Ready): the word about its stop is done. */
    clearIfSounding(): void {
      if (stopped.value && sounding()) stopped.value = null;
    },
    finish(completed: boolean, atMs: number): void {
      if (completed) log('finished', atMs);
      else if (stoppedAtMs !== null) log('stopped', stoppedAtMs);
      else log('ended-early', atMs);
    },
  };
}
