import type { Timeline } from './timeline';

/** One step of the session as a chapter of its sound: where it starts and ends, in session time. */
export interface Chapter {
  readonly startMs: number;
  readonly endMs: number;
  readonly stepIndex: number;
}

/**
 * The session's chapters, one per step, in order. The lock screen's title follows the chapter
 * the media element's time is in (read on each of its `timeupdate` events), so it changes with
 * the sound, not with a script's timer.
 */
export function chapterTable(timeline: Timeline): readonly Chapter[] {
  return timeline.steps.map((span, stepIndex) => ({
    startMs: span.startMs,
    endMs: span.endMs,
    stepIndex,
  }));
}

/** The chapter `elapsedMs` falls in: the first before the start, the last from its end on. */
export function chapterAt(table: readonly Chapter[], elapsedMs: number): Chapter | null {
  let low = 0;
  let high = table.length - 1;
  if (high < 0) return null;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((table[middle]?.startMs ?? Infinity) <= elapsedMs) low = middle;
    else high = middle - 1;
  }
  return table[low] ?? null;
}
