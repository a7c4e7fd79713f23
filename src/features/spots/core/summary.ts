import type { PointId, Side } from '../../../domain/points';
import { middleOf, placesOf, recentMarkCount } from './estimate';
import type { SpotMark } from '../../../domain/records/spot-mark';

/** Whether the spread of the marks is getting smaller: an observation, not a judgement. */
export type Settling = 'smaller' | 'not-smaller' | 'too-few';

export interface SpotSummary {
  readonly pointId: PointId;
  readonly side: Side;
  /** Holds after which the person answered. */
  readonly answers: number;
  /** Of those, how often they found the spot (shown, or about where shown). */
  readonly found: number;
  readonly settling: Settling;
}

/**
 * Found / answered per point and side, and whether the spread has got smaller: the spread of
 * the latest marks against the spread of the ones before them (needs two groups of three).
 */
export function summariseSpots(marks: readonly SpotMark[]): SpotSummary[] {
  const keys = new Map<string, { pointId: PointId; side: Side }>();
  for (const mark of marks) keys.set(`${mark.pointId}|${mark.side}`, mark);
  return [...keys.values()].map(({ pointId, side }) => {
    const own = marks.filter((mark) => mark.pointId === pointId && mark.side === side);
    const found = own.filter((mark) => mark.outcome === 'tapped' || mark.outcome === 'as-shown');
    const places = placesOf(own, pointId, side);
    const half = Math.min(recentMarkCount, Math.floor(places.length / 2));
    let settling: Settling = 'too-few';
    if (half >= 3) {
      const before = middleOf(places.slice(-2 * half, -half), half)!;
      const latest = middleOf(places.slice(-half), half)!;
      settling = latest.spreadRadii < before.spreadRadii ? 'smaller' : 'not-smaller';
    }
    return { pointId, side, answers: own.length, found: found.length, settling };
  });
}
