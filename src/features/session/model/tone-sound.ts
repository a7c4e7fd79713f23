import { elapsedAt, isPaused, isWaitingAtGate } from '../core/session-clock';
import { cuesBetween } from '../core/timeline';
import { isBreathCue } from '../core/cues';
import type { AudioState } from '../ports';
import type { Playback } from '../core/checkpoint';
import { tonesOn } from './cue-effects';
import type { SessionCore, SessionSound } from './session-core';
import { lookaheadMs, staleMs } from './session-types';

/**
 * 'Play over my music': tones scheduled a few seconds ahead on the Web Audio clock by the worker
 * tick, mixed with other apps' audio. Session time is the page clock's.
 */
export function createToneSound(core: SessionCore): SessionSound {
  const { platform } = core;
  let scheduledUntilMs = 0;
  let stopWatch: (() => void) | null = null;

  const elapsed = () => {
    const clock = core.clock.value;
    return clock ? elapsedAt(clock, core.now()) : 0;
  };

  /** Puts the next few seconds of tones on the audio clock. */
  function schedule(elapsedMs: number): void {
    const timeline = core.timeline.value;
    const clock = core.clock.value;
    if (!timeline || !clock || isPaused(clock)) return;
    const limitMs = Math.min(clock.gateMs ?? Infinity, timeline.totalMs + 1);
    const untilMs = Math.min(elapsedMs + lookaheadMs, limitMs);
    if (tonesOn(core)) {
      for (const cue of cuesBetween(timeline, scheduledUntilMs, untilMs)) {
        if (cue.atMs < elapsedMs - staleMs) continue;
        if (isBreathCue(cue.kind) && !core.options?.cueStyle.breathSound) continue;
        platform.tones.schedule(cue.kind, clock.originMs + cue.atMs);
      }
    }
    scheduledUntilMs = Math.max(scheduledUntilMs, untilMs);
    platform.tones.realign();
  }

  /** Drops what was scheduled; the next tick schedules again from `fromMs`. */
  function restartAt(fromMs: number): void {
    platform.tones.cancelAll();
    scheduledUntilMs = fromMs;
  }

  const resumeAudio = () =>
    platform.tones.resume().then((state: AudioState) => (core.audioState.value = state));

  return {
    kind: 'tones',
    elapsed,
    isWaiting: () => {
      const clock = core.clock.value;
      return clock !== null && isWaitingAtGate(clock, core.now());
    },
    begin(fromMs) {
      scheduledUntilMs = fromMs;
      stopWatch?.();
      stopWatch = platform.tones.onStateChange((state) => {
        const wasRunning = core.audioState.value === 'running';
        core.audioState.value = state;
        // Back from an interruption (a call, Safari's 'interrupted'): the audio clock stood
        // still while the session's did not, so what was scheduled goes on the clock again.
        if (state === 'running' && !wasRunning && core.status.value === 'running') {
          restartAt(elapsed());
          schedule(elapsed());
        }
      });
    },
    tick(elapsedMs) {
      schedule(elapsedMs);
    },
    pause() {
      restartAt(elapsed());
    },
    resume() {
      void resumeAudio();
      restartAt(elapsed());
    },
    moveTo(fromMs) {
      restartAt(fromMs);
    },
    retry: async () => (core.audioState.value = await platform.tones.resume()),
    stop(completed) {
      stopWatch?.();
      stopWatch = null;
      if (!completed) platform.tones.cancelAll();
    },
  };
}

/**
 * On the set-up screen's gestures: start the audio clock early, so Start is instant. Only for
 * 'over-music' playback: an audio context made for nothing would hold the device's audio.
 */
export function warmUpAudio(core: SessionCore, playback: Playback): void {
  if (playback !== 'over-music' || core.status.value === 'running') return;
  if (core.platform.tones.state() !== 'running') {
    void core.platform.tones.resume().then((state) => (core.audioState.value = state));
  }
}
