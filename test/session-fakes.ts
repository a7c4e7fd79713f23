import type { Checkpoint } from '../src/features/session/core/checkpoint';
import type {
  AudioState,
  MediaHandlers,
  MediaPosition,
  MediaStep,
  SessionPlatform,
  ToneKind,
  TrackEvent,
  WakeLockState,
} from '../src/features/session/ports';
import { trackDurationMs, type TrackRequest } from '../src/features/session/core/track';

/**
 * Hand-written fakes for the session's ports. A fake clock drives time. The media track plays
 * by that clock: its position moves only while it plays, and it ends after the rendered length.
 */
export function createFakeSessionPlatform(
  options: {
    voices?: string[];
    /** The renderer could not load the voice bank: its tracks have no words. */
    voiceBankMissing?: boolean;
    lockFree?: boolean;
    msPerRead?: number;
    /** The browser refuses to play the track (no user gesture). */
    trackBlocked?: boolean;
    /** Rendering the track fails (e.g. no worker, out of memory). */
    renderFails?: boolean;
    /** Renders wait for `finishRenders()`, as a worker takes its time. */
    deferRenders?: boolean;
    /**
     * The media track's events wait for `deliverTrackEvents()`, as a media element's events
     * come a task after their cause, whatever happened in between.
     */
    queueTrackEvents?: boolean;
    /** Checkpoint writes wait for `finishCheckpointWrites()`, as IndexedDB takes its time. */
    deferCheckpointWrites?: boolean;
  } = {},
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
    /** Every track rendered, in order. */
    renders: [] as TrackRequest[],
    /** Every track loaded into the media element, with the session time of its first sample. */
    loads: [] as Array<{ request: TrackRequest; offsetMs: number | null; type: string }>,
    unlocks: 0,
    /** Every call that makes or starts the Web Audio context. */
    audioContext: [] as Array<'resume'>,
  };
  const rendered = new WeakMap<Blob, TrackRequest>();
  const deferred: Array<() => void> = [];
  const trackListeners = new Set<(event: TrackEvent) => void>();
  let track: {
    /** Null for the pause bed, which stands for no session time. */
    offsetMs: number | null;
    durationMs: number;
    mediaMs: number;
    playingSinceMs: number | null;
    ended: boolean;
  } | null = null;
  const mediaMs = () =>
    track
      ? Math.min(
          track.durationMs,
          track.mediaMs + (track.playingSinceMs === null ? 0 : nowMs - track.playingSinceMs),
        )
      : 0;
  const queuedTrackEvents: TrackEvent[] = [];
  const dispatchTrack = (event: TrackEvent) => {
    for (const listener of [...trackListeners]) listener(event);
  };
  const emitTrack = (event: TrackEvent) => {
    if (options.queueTrackEvents) queuedTrackEvents.push(event);
    else dispatchTrack(event);
  };
  const stopTrack = () => {
    if (track && track.playingSinceMs !== null) {
      track.mediaMs = mediaMs();
      track.playingSinceMs = null;
    }
  };
  /** The media element reaches the end of its track (it plays on with no script). */
  const checkTrackEnd = () => {
    if (track && !track.ended && track.playingSinceMs !== null && mediaMs() >= track.durationMs) {
      stopTrack();
      track.ended = true;
      emitTrack('ended');
    }
  };
  let handlers: MediaHandlers | null = null;
  let format: 'flac' | 'wav' = 'flac';
  let lockHeld = false;
  let pageListeners: { hidden(): void; visible(): void } | null = null;
  const deferredWrites: Array<() => void> = [];

  const platform: SessionPlatform = {
    // Like performance.now, a clock may move on between two reads.
    clock: { nowMs: () => (nowMs += options.msPerRead ?? 0) },
    tones: {
      resume: async () => {
        log.audioContext.push('resume');
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
    renderer: {
      hasWords: () => !options.voiceBankMissing,
      useFallbackFormat: () => {
        if (format === 'wav') return false;
        format = 'wav';
        return true;
      },
      render: async (request) => {
        log.renders.push(request);
        if (options.deferRenders) await new Promise<void>((resolve) => deferred.push(resolve));
        if (options.renderFails) throw new Error('render failed');
        const blob = new Blob([], { type: format === 'flac' ? 'audio/flac' : 'audio/wav' });
        rendered.set(blob, request);
        return blob;
      },
    },
    track: {
      unlock: () => void (log.unlocks += 1),
      load: (audio, offsetMs) => {
        const request = rendered.get(audio);
        if (!request) throw new Error('not a rendered track');
        log.loads.push({ request, offsetMs, type: audio.type });
        track = {
          offsetMs,
          durationMs: trackDurationMs(request),
          mediaMs: 0,
          playingSinceMs: null,
          ended: false,
        };
      },
      play: async () => {
        if (!track || track.ended) return false;
        if (options.trackBlocked) {
          emitTrack('blocked');
          return false;
        }
        if (track.playingSinceMs === null) track.playingSinceMs = nowMs;
        emitTrack('playing');
        return true;
      },
      pause: () => stopTrack(),
      clear: () => {
        track = null;
      },
      currentMs: () => (track && track.offsetMs !== null ? track.offsetMs + mediaMs() : null),
      state: () => {
        if (!track) return 'empty';
        if (track.ended) return 'ended';
        return track.playingSinceMs === null ? 'paused' : 'playing';
      },
      onEvent: (listener) => {
        trackListeners.add(listener);
        return () => trackListeners.delete(listener);
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
        const copy = structuredClone(checkpoint);
        log.checkpointsSaved += 1;
        if (options.deferCheckpointWrites) {
          await new Promise<void>((resolve) => deferredWrites.push(resolve));
        }
        saved = copy;
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
    page: {
      watch: (listeners) => {
        pageListeners = listeners;
        return () => {
          if (pageListeners === listeners) pageListeners = null;
        };
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
        checkTrackEnd();
        onTick?.();
      }
    },
    /** Time passes with no tick at all (a frozen page), then one tick. */
    jump(ms: number) {
      nowMs += ms;
      checkTrackEnd();
      onTick?.();
    },
    /** Delivers the media track's events held by `queueTrackEvents`, in order. */
    deliverTrackEvents() {
      for (const event of queuedTrackEvents.splice(0)) dispatchTrack(event);
    },
    /** The page is hidden, or about to go (pagehide): as the page lifecycle tells the model. */
    hidePage: () => pageListeners?.hidden(),
    /** The page shows again. */
    showPage: () => pageListeners?.visible(),
    /** True while the model watches the page's lifecycle. */
    isWatchingPage: () => pageListeners !== null,
    /** Lets checkpoint writes held by `deferCheckpointWrites` land in storage. */
    finishCheckpointWrites() {
      for (const resolve of deferredWrites.splice(0)) resolve();
    },
    /** Lets renders held by `deferRenders` finish. */
    finishRenders() {
      for (const resolve of deferred.splice(0)) resolve();
    },
    /** Lets pending promises (a track being rendered, then played) settle. */
    async settle() {
      for (let round = 0; round < 10; round += 1) await Promise.resolve();
    },
    /** Something outside the app paused the media element (a call, the lock screen's own UI). */
    interruptTrack() {
      stopTrack();
      emitTrack('paused');
    },
    /** The media element cannot play the file it was given (a format it said it plays). */
    failTrack() {
      stopTrack();
      emitTrack('error');
    },
    /** Something outside the app played the media element again (a headphones button). */
    playTrackFromOutside() {
      if (track && track.playingSinceMs === null) track.playingSinceMs = nowMs;
      emitTrack('playing');
    },
    /** Where the media element is: the session time of the sample it plays. */
    trackMs: () => (track && track.offsetMs !== null ? track.offsetMs + mediaMs() : null),
    /** True while the element plays the pause bed (a part that stands for no session time). */
    isBedLoaded: () => track !== null && track.offsetMs === null,
    trackState: () => platform.track.state(),
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
