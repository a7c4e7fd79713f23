import { signal } from '@preact/signals';
import type { SettingsStore } from '../../../shared/ports';
import { trackDurationMs, trackSampleRate, type TrackCue, type TrackRequest } from '../core/track';
import type { SessionPlatform, TrackEvent } from '../ports';

/** The lock check: a 60-second test sound to follow with the phone locked, once per device. */
export const lockCheckMs = 60_000;
const toneEveryMs = 10_000;
/** Tones the check plays (the 'half' tone every 10 s); the closing tone ends it. */
export const lockCheckTones = lockCheckMs / toneEveryMs;
export const lockCheckKey = 'session.lockCheck';

export interface LockCheckResult {
  readonly atEpochMs: number;
  /** How far the test sound played, by the media element's own clock. */
  readonly playedMs: number;
  /** How many tones the person says they heard with the phone locked. */
  readonly heard: number;
}

/** The check's sound: a tone every 10 s, six in all, then the closing tone at 60 s. */
export function lockCheckRequest(sampleRate = trackSampleRate): TrackRequest {
  const cues: TrackCue[] = [];
  for (let atMs = 0; atMs < lockCheckMs; atMs += toneEveryMs) cues.push({ atMs, kind: 'half' });
  cues.push({ atMs: lockCheckMs, kind: 'done' });
  return { fromMs: 0, untilMs: lockCheckMs, cues, sampleRate };
}

function readResult(settings: SettingsStore | undefined): LockCheckResult | null {
  const saved = settings?.read<LockCheckResult>(lockCheckKey);
  return saved && Number.isFinite(saved.playedMs) && Number.isFinite(saved.heard) ? saved : null;
}

/**
 * The lock check: plays the test sound on the session's media element (as a session would, so
 * it keeps playing locked), follows how far the element's clock got, and asks the person how many
 * tones they heard. The answer is kept on this device and shown in Settings.
 */
export function createLockCheck(
  platform: Pick<SessionPlatform, 'track' | 'renderer'>,
  deps: { readonly settings?: SettingsStore; readonly epochNowMs: () => number },
  isSessionRunning: () => boolean,
) {
  const phase = signal<'idle' | 'playing' | 'asking'>('idle');
  const playedMs = signal(0);
  const last = signal<LockCheckResult | null>(readResult(deps.settings));
  let stopEvents: (() => void) | null = null;

  function finish(): void {
    stopEvents?.();
    stopEvents = null;
    platform.track.clear();
    playedMs.value = Math.min(lockCheckMs, playedMs.value);
    phase.value = 'asking';
  }

  return {
    phase,
    playedMs,
    last,
    /** Inside the user's tap: the element is unlocked at once, the sound plays once rendered. */
    run(): void {
      if (isSessionRunning() || phase.value === 'playing') return;
      platform.track.unlock();
      phase.value = 'playing';
      playedMs.value = 0;
      const request = lockCheckRequest();
      stopEvents = platform.track.onEvent((event: TrackEvent) => {
        const atMs = platform.track.currentMs();
        if (atMs !== null) playedMs.value = Math.max(playedMs.value, atMs);
        if (event === 'ended') {
          playedMs.value = lockCheckMs;
          finish();
        } else if (event === 'paused' || event === 'error') {
          finish();
        }
      });
      platform.renderer.render(request).then(
        (audio) => {
          if (phase.value !== 'playing') return;
          platform.track.load(audio, 0, trackDurationMs(request));
          void platform.track.play();
        },
        () => finish(),
      );
    },
    /** Stops the check early (the person tapped Stop). */
    stop(): void {
      if (phase.value === 'playing') finish();
    },
    /** How many tones the person heard with the phone locked. */
    answer(heard: number): void {
      const result = { atEpochMs: deps.epochNowMs(), playedMs: playedMs.value, heard };
      deps.settings?.write(lockCheckKey, result);
      last.value = result;
      phase.value = 'idle';
    },
  };
}

export type LockCheck = ReturnType<typeof createLockCheck>;
