import { cuesBetween, type Timeline } from './timeline';
import { toneLengthMs } from './tone-shapes';
import type { TrackRequest } from './track';

/**
 * "+30 s" rendered ahead. The hold's part with 30 s more is rendered from an anchor ahead of the
 * element, so that a tap on "Add 30 seconds" finds it ready: the element plays on (up to the
 * anchor both parts sound the same) and the longer part takes over at the anchor. The anchor is
 * as far ahead as the two still sound the same (up to `moreTimeMaxWaitMs`), so that a hold
 * needs a few such renders, not one every breath.
 */

/** The anchor is at least this far ahead of the element: its render is done before it gets there. */
export const moreTimeLeadMs = 1_500;
/** How long a tap may wait, the element playing on, for the longer part to take over. */
export const moreTimeMaxWaitMs = 30_000;
/** Without the breathing sound, anchors sit on this grid of session time. */
export const moreTimeGridMs = 5_000;

/**
 * Where the longer part rendered ahead from `atMs` starts: the last breath (with the breathing
 * sound on, a breath is never cut in two), else the last point of the grid, at least
 * `moreTimeLeadMs` ahead and before `beforeMs` (where the two timelines part); never in the tail
 * of a tone, which the new part would cut off. Infinity when there is none.
 */
export function moreTimeAnchorMs(
  timeline: Timeline,
  atMs: number,
  breathSound: boolean,
  beforeMs = Infinity,
): number {
  const earliestMs = atMs + moreTimeLeadMs;
  const untilMs = Math.min(beforeMs, earliestMs + moreTimeMaxWaitMs);
  if (untilMs <= earliestMs) return Infinity;
  const nearby = cuesBetween(timeline, Math.max(0, earliestMs - 2_000), untilMs);
  const isInTail = (anchorMs: number) =>
    nearby.some((cue) => cue.atMs < anchorMs && cue.atMs + toneLengthMs(cue.kind) > anchorMs);
  const firstGrid = Math.ceil(earliestMs / moreTimeGridMs);
  const candidates = breathSound
    ? nearby.filter((cue) => cue.kind.startsWith('breathe')).map((cue) => cue.atMs)
    : Array.from(
        { length: Math.max(0, Math.ceil(untilMs / moreTimeGridMs) - firstGrid) },
        (_, index) => (firstGrid + index) * moreTimeGridMs,
      );
  const fitting = candidates.filter(
    (anchorMs) => anchorMs >= earliestMs && anchorMs < untilMs && !isInTail(anchorMs),
  );
  return fitting.at(-1) ?? Infinity;
}

/**
 * The session time from which two parts that start together sound different (Infinity when
 * they never do): the first cue or spoken phrase one has and the other has not, or where one
 * stops and the other plays on. Up to there, the element playing one plays the other as well.
 */
export function firstDifferenceMs(a: TrackRequest, b: TrackRequest): number {
  let firstMs = a.untilMs === b.untilMs ? Infinity : Math.min(a.untilMs, b.untilMs);
  const compare = <T extends { readonly atMs: number }>(
    x: readonly T[],
    y: readonly T[],
    same: (p: T, q: T) => boolean,
  ) => {
    for (let index = 0; index < Math.max(x.length, y.length); index += 1) {
      const p = x[index];
      const q = y[index];
      if (p && q && same(p, q)) continue;
      firstMs = Math.min(firstMs, p?.atMs ?? Infinity, q?.atMs ?? Infinity);
      return;
    }
  };
  compare(a.cues, b.cues, (p, q) => p.atMs === q.atMs && p.kind === q.kind);
  compare(
    a.voice?.phrases ?? [],
    b.voice?.phrases ?? [],
    (p, q) => p.atMs === q.atMs && p.phrase === q.phrase,
  );
  return firstMs;
}
