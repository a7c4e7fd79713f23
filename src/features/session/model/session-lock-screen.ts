import type { PointId, Side } from '../../guide';
import { stepAt, type Timeline } from '../core/timeline';
import type { MediaControls, MediaStep } from '../ports';
import type { SessionWords } from './session-model';

/** The lock screen's artwork: one square PNG per point and side, drawn at build time. */
export const artworkSizePx = 512;

/** Where the build puts the picture of `pointId` on `side` (build/point-artwork.mjs). */
export function artworkPath(pointId: PointId, side: Side): string {
  return `/artwork/${pointId}-${side}.png`;
}

/** A jump of the session clock bigger than this (a seek, Back, Skip) moves the position bar. */
const positionSlackMs = 500;

/** The lock screen's words and picture for one step of the plan. */
export function mediaStepOf(
  timeline: Timeline,
  stepIndex: number,
  words: SessionWords,
): MediaStep | null {
  const step = timeline.plan.steps[stepIndex];
  const text = words.mediaStep(timeline, stepIndex);
  if (!step || !text) return null;
  return { ...text, artwork: { src: artworkPath(step.pointId, step.side), sizePx: artworkSizePx } };
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
 * The Media Session as the session's lock-screen player: the step's title, "Point 3 of 9",
 * the point's picture, and a position bar over the current step. `show` is cheap to call on
 * every tick: it tells the browser only what changed (the browser moves the bar on its own
 * while playing).
 */
export function createLockScreen(media: MediaControls, words: SessionWords) {
  let timeline: Timeline | null = null;
  let stepIndex = -1;
  let isPlaying: boolean | null = null;
  let last: { elapsedMs: number; nowMs: number } | null = null;

  function stepSpan() {
    return timeline?.steps[stepIndex];
  }

  function show(current: Timeline, elapsedMs: number, playing: boolean, nowMs: number): void {
    const index = stepAt(current, elapsedMs).stepIndex;
    const span = current.steps[index];
    if (!span) return;
    const isNewStep = index !== stepIndex || current.plan !== timeline?.plan;
    if (index !== stepIndex || !timeline) {
      const step = mediaStepOf(current, index, words);
      if (step) media.setStep(step);
    }
    const expectedMs = last && isPlaying ? last.elapsedMs + (nowMs - last.nowMs) : last?.elapsedMs;
    const jumped = expectedMs === undefined || Math.abs(elapsedMs - expectedMs) > positionSlackMs;
    if (playing !== isPlaying) media.setPlaybackState(playing ? 'playing' : 'paused');
    if (isNewStep || jumped || playing !== isPlaying) {
      media.setPosition({
        durationMs: span.endMs - span.startMs,
        positionMs: elapsedMs - span.startMs,
        playbackRate: 1,
      });
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
      seekTo(positionMs) {
        const span = stepSpan();
        if (!span) return;
        const durationMs = span.endMs - span.startMs;
        verbs.seekToElapsed(span.startMs + Math.min(Math.max(0, positionMs), durationMs - 1));
      },
    });
  }

  function clear(): void {
    timeline = null;
    stepIndex = -1;
    isPlaying = null;
    last = null;
    media.clear();
  }

  return { show, connect, clear };
}

export type LockScreen = ReturnType<typeof createLockScreen>;
