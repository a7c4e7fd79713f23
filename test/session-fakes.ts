import type { Checkpoint } from '../src/app/session-checkpoint';
import type {
  AudioState,
  MediaHandlers,
  MediaPosition,
  MediaStep,
  SessionPlatform,
  ToneKind,
  WakeLockState,
} from '../src/app/session-ports';

/** Hand-written fakes for the session's ports. A fake clock drives time. */
export function createFakeSessionPlatform(
  options: { voices?: string[]; lockFree?: boolean; msPerRead?: number } = {},
) {
  let nowMs = 1_000;
  let onTick: (() => void) | null = null;
  let intervalMs = 0;
  let saved: Checkpoint | undefined;
  let audio: AudioState = 'suspended';
  const audioListeners = new Set<(state: AudioState) => void>();
  const log = {
    tones: [] as Array<{ kind: ToneKind; atPageMs: number; cancelled: boolean }>,
    spoken: [] as Array<{ text: string; atMs: number }>,
    vibrations: [] as Array<readonly number[]>,
    media: [] as Array<{ title: string; state: string }>,
    mediaSteps: [] as MediaStep[],
    mediaPositions: [] as MediaPosition[],
    wakeLock: [] as WakeLockState[],
    checkpointsSaved: 0,
  };
  let handlers: MediaHandlers | null = null;
  let lockHeld = false;

  const platform: SessionPlatform = {
    // Like performance.now, a clock may move on between two reads.
    clock: { nowMs: () => (nowMs += options.msPerRead ?? 0) },
    tones: {
      prepare: () => {},
      resume: async () => {
        audio = 'running';
        return audio;
      },
      state: () => audio,
      onStateChange: (listener) => {
        audioListeners.add(listener);
        return () => audioListeners.delete(listener);
      },
      realign: () => {},
      schedule: (kind, atPageMs) => void log.tones.push({ kind, atPageMs, cancelled: false }),
      cancelAll: () => {
        for (const tone of log.tones) if (tone.atPageMs >= nowMs) tone.cancelled = true;
      },
      close: async () => {
        audio = 'closed';
      },
    },
    speech: {
      hasVoice: (lang) => (options.voices ?? []).includes(lang),
      speak: (text) => void log.spoken.push({ text, atMs: nowMs }),
      cancel: () => {},
    },
    haptics: { vibrate: (pattern) => (log.vibrations.push(pattern), true) },
    wakeLock: {
      request: async () => (log.wakeLock.push('held'), 'held'),
      release: async () => void log.wakeLock.push('released'),
    },
    media: {
      setHandlers: (next) => void (handlers = next),
      setStep: (step) => {
        log.mediaSteps.push(step);
        log.media.push({ title: step.title, state: log.media.at(-1)?.state ?? 'none' });
      },
      setPlaybackState: (state) =>
        void log.media.push({ title: log.media.at(-1)?.title ?? '', state }),
      setPosition: (position) => void log.mediaPositions.push(position),
      clear: () => void log.media.push({ title: '', state: 'none' }),
    },
    ticker: {
      start: (ms, callback) => {
        intervalMs = ms;
        onTick = callback;
        return () => {
          onTick = null;
        };
      },
    },
    checkpoints: {
      save: async (checkpoint) => {
        saved = structuredClone(checkpoint);
        log.checkpointsSaved += 1;
      },
      load: async () => saved,
      clear: async () => {
        saved = undefined;
      },
    },
    lock: {
      acquire: async () => {
        if (options.lockFree === false) return false;
        lockHeld = true;
        return true;
      },
      isHeldElsewhere: async () => options.lockFree === false,
      release: () => {
        lockHeld = false;
      },
    },
  };

  return {
    platform,
    log,
    nowMs: () => nowMs,
    /** Moves the clock on in ticker-sized steps, ticking as a worker would. */
    run(ms: number) {
      const endMs = nowMs + ms;
      while (nowMs < endMs) {
        nowMs = Math.min(endMs, nowMs + (intervalMs || 100));
        onTick?.();
      }
    },
    /** Time passes with no tick at all (a frozen page), then one tick. */
    jump(ms: number) {
      nowMs += ms;
      onTick?.();
    },
    setAudio(state: AudioState) {
      audio = state;
      for (const listener of audioListeners) listener(state);
    },
    media: () => handlers,
    isLockHeld: () => lockHeld,
    savedCheckpoint: () => saved,
    isTicking: () => onTick !== null,
  };
}
