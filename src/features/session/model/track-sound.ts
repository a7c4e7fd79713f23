import { gateAfter, isPaused } from '../core/session-clock';
import { nextStepStartMs, previousStepStartMs, stepAt, type Timeline } from '../core/timeline';
import { trackDurationMs, trackRequest, trackSampleRate, type TrackRequest } from '../core/track';
import { pauseBedRequest } from '../core/bed';
import type { TrackEvent } from '../ports';
import { isRunning, type SessionCore, type SessionSound } from './session-core';
import { soundsOf, type TrackHost } from './track-host';
import { createMoreTimeAhead, createTrackParts, type MoreTimePart } from './track-parts';
import { tickMs } from './session-types';

export { soundsOf, type TrackHost };

/**
 * 'Keep playing with the screen locked': the session as rendered parts (core/track.ts), each
 * up to the next wait-for-me gate (then the quiet bed) or the end, played by one media element
 * whose clock is the session's clock; after Pause it plays the pause bed, never idle. What a
 * button may ask for next (Ready or "Start now", the next step, Previous, the paused position) is
 * rendered ahead, so that a handler swaps the source and calls play() at once, inside the
 * system's action; so is the hold with 30 s more, which takes over where both sound the same. A
 * part not rendered yet plays when it is, the element playing on what it played until then.
 */
export function createTrackSound(core: SessionCore, host: TrackHost): SessionSound {
  const { platform } = core;
  /** 'filler': session time stands at `fromMs` while the part renders (see `fill`). */
  let mode: 'part' | 'pause-bed' | 'filler' = 'part';
  /** Session time of the part loaded, or wanted while the bed stands in. */
  let fromMs = 0;
  let generation = 0;
  const parts = createTrackParts((request) => platform.renderer.render(request));
  const more = createMoreTimeAhead((request) => platform.renderer.render(request));
  /** The longer hold's part, taking over when the element gets to where it starts. */
  let handOver: MoreTimePart | null = null;
  let neighbours = '';
  let neighboursOf: Timeline | null = null;
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
    const timeline = core.timeline.value;
    return timeline ? parts.ensure(timeline, from, gate, requestFor(from, gate)) : null;
  }

  function loadAndPlay(blob: Blob, from: number | null, request: TrackRequest | null) {
    platform.track.load(blob, from, request ? trackDurationMs(request) : undefined);
    mode = from === null ? mode : 'part';
    void platform.track.play().then((played) => {
      if (played) core.audioState.value = 'running';
    });
  }

  /**
   * Something stands in (never silence) while the element plays: a part plays on as it was, for
   * a moment, until the one wanted is rendered; the bed, after Pause. Else it is emptied.
   */
  function fill(as: 'pause-bed' | 'filler'): void {
    const state = platform.track.state();
    const sounding = state === 'playing' || state === 'loading' || mode !== 'part';
    if (as === 'filler' && (state === 'playing' || state === 'loading')) {
      mode = 'filler';
    } else if (bed && (sounding || as === 'pause-bed')) {
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
    handOver = null;
    fromMs = from;
    const blob = ensure(from, gate);
    if (paused()) return;
    const request = requestFor(from, gate);
    if (blob) {
      loadAndPlay(blob, from, request);
      return;
    }
    fill('filler');
    const pending = parts.get(from, gate);
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

  /** Renders ahead what a lock-screen button (or "+30 s") may ask for from here; drops the rest. */
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
    if (mode === 'part' && !paused() && !(gate !== null && at >= gate)) {
      const request = (of: Timeline, from: number, to: number | null) =>
        trackRequest(of, from, to, soundsOf(core.options?.cueStyle));
      const breath = !!core.options?.cueStyle.breathSound;
      more.update(timeline, gate, host.longerHold(), at, breath, request);
    }
    const wanted: Array<[number, number | null]> = [[fromMs, gate]];
    // Ready at a gate, and "Start now" while a step gets ready: its hold.
    const here = stepAt(timeline, at);
    const hold =
      here.segment?.kind === 'prepare' ? timeline.steps[here.stepIndex]?.holdStartMs : undefined;
    if (gate !== null && (at >= gate || hold === gate))
      wanted.push([gate, gateAfter(timeline, gate, false)]);
    else if (hold !== undefined) wanted.push([hold, host.gateFor(hold)]);
    const next = nextStepStartMs(timeline, at);
    wanted.push([next, host.gateFor(next)]);
    // Previous: the step before in a step's first seconds, then this step's start.
    const back = previousStepStartMs(timeline, at);
    const start = timeline.steps[here.stepIndex]?.startMs ?? back;
    for (const from of new Set([back, start])) wanted.push([from, host.gateFor(from)]);
    const key = wanted.map(([from, to]) => `${from}:${to}`).join(' ');
    if (key === neighbours && neighboursOf === timeline) return;
    neighbours = key;
    neighboursOf = timeline;
    for (const [from, to] of wanted) ensure(from, to);
    parts.keepOnly(wanted);
  }

  /** "+30 s": the element plays on, and the longer part takes over where it starts. */
  function handOverIfDue(): void {
    const due = handOver;
    if (!due || !(due.part instanceof Blob) || platform.track.state() !== 'playing') return;
    const at = platform.track.currentMs() ?? -Infinity;
    // The worker ticks every 100 ms: the nearest tick swaps, a few ms early or late at most.
    if (at < due.fromMs - tickMs / 2) return;
    handOver = null;
    generation += 1;
    fromMs = due.fromMs;
    const request = requestFor(due.fromMs, due.gate);
    loadAndPlay(due.part, due.fromMs, request);
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
        if (mode === 'filler' && bed) loadAndPlay(bed, null, null);
        else if (mode === 'pause-bed') host.bedEnded('pause');
        else if (clock.gateMs !== null && elapsed() >= clock.gateMs) host.bedEnded('gate');
        else host.partEnded();
        return;
      case 'error':
        // A browser that said it plays FLAC but cannot: the same part again, as WAV.
        parts.clear();
        more.clear();
        handOver = null;
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
      handOver = null;
      parts.clear();
      parts.use(core.timeline.value);
      if (!cued) {
        playPart(from, clockGate());
        return;
      }
      generation += 1;
      parts.set(core.timeline.value, from, clockGate(), cued.audio);
      void cued.played.then((played) => {
        if (played) core.audioState.value = 'running';
      });
    },
    tick() {
      const state = platform.track.state();
      if (state === 'playing' || paused()) renderAhead();
      handOverIfDue();
    },
    pause(byUser) {
      fromMs = elapsed();
      generation += 1;
      handOver = null;
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
      const timeline = core.timeline.value;
      const longer = timeline && mode === 'part' ? more.take(timeline, from) : null;
      const sounding = platform.track.state() === 'playing';
      if (!longer || !sounding || paused() || Math.abs(elapsed() - from) > tickMs) {
        playPart(from, clockGate());
        return;
      }
      // The longer hold: what plays now is what it plays up to its part's start.
      generation += 1;
      handOver = longer;
      fromMs = longer.fromMs;
      parts.set(timeline, longer.fromMs, longer.gate, longer.part);
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
      more.clear();
      handOver = null;
      // Nothing of this session stays held (each part is a file on the disk while it is).
      bed = null;
      bedRendering = false;
    },
  };
}
