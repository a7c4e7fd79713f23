import { cuesBetween, type Timeline } from './timeline';
import { toneLengthMs } from './tone-shapes';
import type { TrackRequest } from './track';

/**
 * "+30 s" rendered ahead. The hold's part with 30 s more is rendered from an anchor a little
 * ahead of the element, so that a tap on "Add 30 seconds" finds it ready: the element plays on
 * (up to the anchor both parts sound the same) and the longer part takes over at the anchor.
 * A new anchor, and so a new render, comes every few seconds of a hold.
 */

/** The anchor is at least this far ahead of the element: its render is done before it gets there. */
export const moreTimeLeadMs = 1_500;
/** Without the breathing sound, anchors sit on this grid of session time. */
export const moreTimeGridMs = 5_000;

/**
 * Where the longer part rendered ahead from `atMs` starts: the first breath at least
 * `moreTimeLeadMs` ahead (with the breathing sound on, a breath is never cut in two), else the
 * next point of the grid; never in the tail of a tone, which the new part would cut off.
 */
export function moreTimeAnchorMs(timeline: Timeline, atMs: number, breathSound: boolean): number {
  const earliestMs = atMs + moreTimeLeadMs;
  const nearby = cuesBetween(timeline, Math.max(0, earliestMs - 2_000), earliestMs + 30_000);
  const isInTail = (anchorMs: number) =>
    nearby.some((cue) => cue.atMs < anchorMs && cue.atMs + toneLengthMs(cue.kind) > anchorMs);
  const candidates = breathSound
    ? nearby.filter((cue) => cue.kind.startsWith('breathe')).map((cue) => cue.atMs)
    : Array.from(
        { length: 6 },
        (_, index) => (Math.ceil(earliestMs / moreTimeGridMs) + index) * moreTimeGridMs,
      );
  return candidates.find((anchorMs) => anchorMs >= earliestMs && !isInTail(anchorMs)) ?? Infinity;
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
