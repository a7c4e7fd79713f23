import type { PointId, Side } from '../../../domain/points';
import { chapterAt, chapterTable, type Chapter } from '../core/chapters';
import { isPaused } from '../core/session-clock';
import type { Timeline } from '../core/timeline';
import type { MediaControls, MediaStep } from '../ports';
import type { SessionCore } from './session-core';
import type { SessionWords } from './session-types';
import type { Transport } from './session-transport';

/** The lock screen's artwork: square PNGs per point and side, drawn at build time, precached. */
export const artworkSizesPx = [128, 256, 512] as const;
export type ArtworkSizePx = (typeof artworkSizesPx)[number];
export const artworkSizePx = 512;

/** Where the build puts the picture of `pointId` on `side` (build/point-artwork.mjs). */
export function artworkPath(pointId: PointId, side: Side, sizePx: ArtworkSizePx = 512): string {
  return sizePx === 512
    ? `/artwork/${pointId}-${side}.png`
    : `/artwork/${pointId}-${side}-${sizePx}.png`;
}

/** A jump of the session clock bigger than this (a seek, Back, Skip) moves the position bar. */
const positionSlackMs = 500;

/** The lock screen's words and pictures for one step of the plan. */
export function mediaStepOf(
  timeline: Timeline,
  stepIndex: number,
  words: SessionWords,
): MediaStep | null {
  const step = timeline.plan.steps[stepIndex];
  const text = words.mediaStep(timeline, stepIndex);
  if (!step || !text) return null;
  const artwork = artworkSizesPx.map((sizePx) => ({
    src: artworkPath(step.pointId, step.side, sizePx),
    sizePx,
  }));
  return { ...text, artwork };
}

/** What the session can do when the lock screen (or a headphones button) asks. */
export interface LockScreenVerbs {
  /** Play: resume, or "Ready" at a wait-for-me gate. */
  play(): void;
  pause(): void;
  next(): void;
  previous(): void;
  /** Moves the session to this session time. */
  seekToElapsed(elapsedMs: number): void;
}

/**
 * The Media Session as the session's lock-screen player: the step's title, "Step 3 of 9",
 * the point's picture, and a position bar over the whole session. The title follows the
 * chapter (step) the element's time is in. `show` is cheap to call on every tick and every
 * `timeupdate`: it tells the browser only what changed (the browser moves the bar on its own).
 */
export function createLockScreen(media: MediaControls, words: SessionWords) {
  let timeline: Timeline | null = null;
  let chapters: readonly Chapter[] = [];
  let stepIndex = -1;
  let isPlaying: boolean | null = null;
  let last: { elapsedMs: number; nowMs: number } | null = null;

  function show(current: Timeline, elapsedMs: number, playing: boolean, nowMs: number): void {
    if (current !== timeline) chapters = chapterTable(current);
    const index = chapterAt(chapters, elapsedMs)?.stepIndex ?? -1;
    if (index < 0) return;
    const isNewStep = index !== stepIndex || current.plan !== timeline?.plan;
    if (isNewStep) {
      const step = mediaStepOf(current, index, words);
      if (step) media.setStep(step);
    }
    const expectedMs = last && isPlaying ? last.elapsedMs + (nowMs - last.nowMs) : last?.elapsedMs;
    const jumped = expectedMs === undefined || Math.abs(elapsedMs - expectedMs) > positionSlackMs;
    if (playing !== isPlaying) media.setPlaybackState(playing ? 'playing' : 'paused');
    if (current !== timeline || jumped || playing !== isPlaying) {
      media.setPosition({ durationMs: current.totalMs, positionMs: elapsedMs, playbackRate: 1 });
    }
    timeline = current;
    stepIndex = index;
    isPlaying = playing;
    last = { elapsedMs, nowMs };
  }

  function connect(verbs: LockScreenVerbs): void {
    media.setHandlers({
      play: verbs.play,
      pause: verbs.pause,
      next: verbs.next,
      previous: verbs.previous,
      seekTo: (elapsedMs) => {
        const total = timeline?.totalMs;
        if (total !== undefined) verbs.seekToElapsed(Math.min(Math.max(0, elapsedMs), total));
      },
    });
  }

  function clear(): void {
    timeline = null;
    chapters = [];
    stepIndex = -1;
    isPlaying = null;
    last = null;
    media.clear();
  }

  return { show, connect, clear };
}

/**
 * The lock screen wired to a session: its buttons move the transport (at a gate Play and Next
 * mean Ready; in a pause, Play and Pause both mean go on, as the system may show either while
 * the quiet bed plays), and `update` shows where the session is.
 */
export function attachLockScreen(core: SessionCore, transport: Transport) {
  const screen = createLockScreen(core.platform.media, core.deps.words);
  const isWaiting = () => core.clock.value !== null && core.sound.isWaiting();
  const isStopped = () => isWaiting() || (core.clock.value !== null && isPaused(core.clock.value));
  const goOn = () => (isWaiting() ? transport.ready() : transport.resume());
  return {
    connect: () =>
      screen.connect({
        play: goOn,
        pause: () => (isStopped() ? goOn() : transport.pause()),
        next: () => (isWaiting() ? transport.ready() : transport.skipSide()),
        previous: () => transport.back(),
        seekToElapsed: (elapsedMs) => transport.seekTo(elapsedMs),
      }),
    update(): void {
      const clock = core.clock.value;
      const timeline = core.timeline.value;
      if (core.status.value !== 'running' || !timeline || !clock) return;
      const playing = !isPaused(clock) && !isWaiting();
      screen.show(timeline, core.sound.elapsed(), playing, core.now());
    },
    clear: () => screen.clear(),
  };
}

export type LockScreen = ReturnType<typeof createLockScreen>;
