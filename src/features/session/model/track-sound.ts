import { gateAfter, isPaused } from '../core/session-clock';
import { nextStepStartMs, stepAt, type Timeline } from '../core/timeline';
import {
  trackDurationMs,
  trackRequest,
  trackSampleRate,
  type TrackRequest,
  type TrackSounds,
} from '../core/track';
import { pauseBedRequest } from '../core/bed';
import type { CueStyle } from '../core/checkpoint';
import { trackVoiceBank } from '../core/voice-track';
import { locale } from '../../../i18n/i18n';
import type { TrackEvent } from '../ports';
import { isRunning, type SessionCore, type SessionSound } from './session-core';

/** What the track plays for a cue style: with Voice on, its words in the app's language, and the tones. */
export function soundsOf(cue: CueStyle | undefined): TrackSounds {
  const voice = trackVoiceBank(cue, locale.value);
  return { tones: !!cue && (cue.tones || cue.voice), breathSound: !!cue?.breathSound, voice };
}

/** What the track's owner hears from it. */
export interface TrackHost {
  /** The wait-for-me gate a move to `targetMs` waits at (null: none). */
  gateFor(targetMs: number): number | null;
  /** Something outside the app paused or played the element (a call, a headphones button). */
  pausedFromOutside(): void;
  playedFromOutside(): void;
  /** A part played to its end (the session's end). */
  partEnded(): void;
  /** The quiet bed ran its 5 minutes at a gate or in a pause: the sound has stopped. */
  bedEnded(where: 'gate' | 'pause'): void;
  /** The element cannot play the track in any format: carry on with Web Audio. */
  fallBack(): void;
  /** The element started playing (the lock screen's handlers are applied again). */
  playing(): void;
  /** The element's time moved on. */
  progressed(): void;
}

/**
 * 'Keep playing with the screen locked': the session as rendered parts (core/track.ts), each
 * from a position up to the next wait-for-me gate (then the quiet bed) or the end, played by one
 * media element whose clock is the session's clock. The element never idles mid-session: after
 * the user's Pause it plays the pause bed, and while a part is still rendering the bed fills in.
 * The parts a lock-screen button may ask for next (Ready at a gate, the next step, this step's
 * start and the one before, the paused position) are rendered ahead, so that the handler swaps
 * the element's source and calls play() at once, inside the system's action.
 */
export function createTrackSound(core: SessionCore, host: TrackHost): SessionSound {
  const { platform } = core;
  /** 'part': the element plays (or holds) session time; else the bed stands in for it. */
  let mode: 'part' | 'pause-bed' | 'filler' = 'part';
  /** Session time of the part loaded, or wanted while the bed stands in. */
  let fromMs = 0;
  let generation = 0;
  /** Parts rendered (or rendering) ahead for the current timeline, by `from:gate`. */
  const parts = new Map<string, Blob | Promise<Blob>>();
  let partsOf: Timeline | null = null;
  let neighbours = '';
  let bed: Blob | null = null;
  let bedRendering = false;
  let stopEvents: (() => void) | null = null;

  const clockGate = () => core.clock.value?.gateMs ?? null;
  const paused = () => core.clock.value !== null && isPaused(core.clock.value);

  function requestFor(from: number, gate: number | null): TrackRequest | null {
    const timeline = core.timeline.value;
    if (!timeline) return null;
    return trackRequest(timeline, from, gate, soundsOf(core.options?.cueStyle));
  }

  /** The part from `from` to `gate`: the file when rendered, else null (its render is started). */
  function ensure(from: number, gate: number | null): Blob | null {
    if (partsOf !== core.timeline.value) {
      parts.clear();
      partsOf = core.timeline.value;
    }
    const key = `${from}:${gate}`;
    const have = parts.get(key);
    if (have instanceof Blob) return have;
    const request = requestFor(from, gate);
    if (!have && request) {
      const rendering = platform.renderer.render(request);
      parts.set(key, rendering);
      rendering.then(
        (blob) => void (parts.get(key) === rendering && parts.set(key, blob)),
        () => void (parts.get(key) === rendering && parts.delete(key)),
      );
    }
    return null;
  }

  function loadAndPlay(blob: Blob, from: number | null, request: TrackRequest | null) {
    platform.track.load(blob, from, request ? trackDurationMs(request) : undefined);
    mode = from === null ? mode : 'part';
    void platform.track.play().then((played) => {
      if (played) core.audioState.value = 'running';
    });
  }

  /** The bed stands in (never silence) while the element plays; otherwise it is emptied. */
  function fill(as: 'pause-bed' | 'filler'): void {
    const state = platform.track.state();
    const sounding = state === 'playing' || state === 'loading' || mode !== 'part';
    if (bed && (sounding || as === 'pause-bed')) {
      mode = as;
      loadAndPlay(bed, null, null);
    } else if (as === 'filler') {
      mode = 'part';
      platform.track.clear();
    } else {
      platform.track.pause();
    }
  }

  /** Plays session time from `from` (up to `gate`); a part not rendered yet plays when it is. */
  function playPart(from: number, gate: number | null): void {
    const current = (generation += 1);
    fromMs = from;
    const blob = ensure(from, gate);
    if (paused()) return;
    const request = requestFor(from, gate);
    if (blob) {
      loadAndPlay(blob, from, request);
      return;
    }
    fill('filler');
    const pending = parts.get(`${from}:${gate}`);
    if (!(pending instanceof Promise)) return;
    pending.then(
      (rendered) => {
        if (current !== generation || !isRunning(core) || paused()) return;
        loadAndPlay(rendered, from, request);
      },
      () => {
        if (current === generation) host.fallBack();
      },
    );
  }

  const elapsed = () => {
    const clock = core.clock.value;
    if (!clock) return 0;
    // The closing tone (and the bed at a gate) plays on past it; session time stops there.
    const endMs = Math.min(clock.gateMs ?? Infinity, core.timeline.value?.totalMs ?? Infinity);
    const at = mode === 'part' ? (platform.track.currentMs() ?? fromMs) : fromMs;
    return Math.min(Math.max(0, at), endMs);
  };

  /** Renders ahead what a lock-screen button may ask for from here, and drops the rest. */
  function renderAhead(): void {
    const timeline = core.timeline.value;
    if (!timeline || !isRunning(core)) return;
    if (!bed && !bedRendering) {
      bedRendering = true;
      platform.renderer.render(pauseBedRequest(trackSampleRate)).then(
        (blob) => void (bed = blob),
        () => void (bedRendering = false),
      );
    }
    const at = elapsed();
    const gate = clockGate();
    const wanted: Array<[number, number | null]> = [[fromMs, gate]];
    if (gate !== null && at >= gate) wanted.push([gate, gateAfter(timeline, gate, false)]);
    const next = nextStepStartMs(timeline, at);
    wanted.push([next, host.gateFor(next)]);
    const { stepIndex } = stepAt(timeline, at);
    for (const index of [stepIndex, stepIndex - 1]) {
      const start = timeline.steps[index]?.startMs;
      if (start !== undefined) wanted.push([start, host.gateFor(start)]);
    }
    const keys = wanted.map(([from, to]) => `${from}:${to}`);
    const key = keys.join(' ');
    if (key === neighbours && partsOf === timeline) return;
    neighbours = key;
    for (const [from, to] of wanted) ensure(from, to);
    for (const have of [...parts.keys()]) if (!keys.includes(have)) parts.delete(have);
  }

  function onEvent(event: TrackEvent): void {
    const clock = core.clock.value;
    if (!isRunning(core) || !clock) return;
    // Events come a task after their cause: one that no longer matches the element is old news.
    const state = platform.track.state();
    const isPlaying = state === 'playing' || state === 'loading';
    switch (event) {
      case 'playing':
        if (!isPlaying) return;
        core.audioState.value = 'running';
        host.playing();
        // Played from the lock screen or headphones while the element stood paused.
        if (mode === 'part' && isPaused(clock)) host.playedFromOutside();
        return;
      case 'paused':
        if (isPlaying) return;
        // A call, a headset unplugged, another app's audio: the session pauses with its sound.
        if (mode === 'pause-bed') mode = 'part';
        else host.pausedFromOutside();
        return;
      case 'blocked':
        core.audioState.value = 'suspended';
        return;
      case 'time':
        host.progressed();
        return;
      case 'ended':
        if (mode === 'pause-bed') host.bedEnded('pause');
        else if (clock.gateMs !== null && elapsed() >= clock.gateMs) host.bedEnded('gate');
        else host.partEnded();
        return;
      case 'error':
        // A browser that said it plays FLAC but cannot: the same part again, as WAV.
        parts.clear();
        bed = null;
        bedRendering = false;
        neighbours = '';
        if (platform.renderer.useFallbackFormat()) playPart(elapsed(), clock.gateMs);
        else host.fallBack();
    }
  }

  return {
    kind: 'track',
    elapsed,
    isWaiting: () => {
      const gate = clockGate();
      return gate !== null && elapsed() >= gate;
    },
    begin(from, cued) {
      stopEvents?.();
      stopEvents = platform.track.onEvent(onEvent);
      mode = 'part';
      fromMs = from;
      parts.clear();
      partsOf = core.timeline.value;
      if (!cued) {
        playPart(from, clockGate());
        return;
      }
      generation += 1;
      parts.set(`${from}:${clockGate()}`, cued.audio);
      void cued.played.then((played) => {
        if (played) core.audioState.value = 'running';
      });
    },
    tick() {
      const state = platform.track.state();
      if (state === 'playing' || paused()) renderAhead();
    },
    pause(byUser) {
      fromMs = elapsed();
      generation += 1;
      if (byUser) fill('pause-bed');
      else if (mode !== 'part') mode = 'part';
      // The part to go on with, rendered now: Play on the lock screen then swaps it in at once.
      ensure(fromMs, clockGate());
    },
    resume() {
      const state = platform.track.state();
      const heldAt = platform.track.currentMs();
      // An element paused from outside waits where it stopped: it plays on from there.
      const held = state === 'paused' || state === 'playing' || state === 'loading';
      if (mode === 'part' && held && heldAt !== null && Math.abs(heldAt - fromMs) < 1) {
        generation += 1;
        void platform.track.play().then((played) => {
          if (played) core.audioState.value = 'running';
        });
        return;
      }
      playPart(fromMs, clockGate());
    },
    moveTo(from) {
      playPart(from, clockGate());
    },
    retry: async () => {
      const played = await platform.track.play();
      return (core.audioState.value = played ? 'running' : 'suspended');
    },
    stop(completed) {
      generation += 1;
      stopEvents?.();
      stopEvents = null;
      if (!completed) platform.track.clear();
      parts.clear();
    },
  };
}
