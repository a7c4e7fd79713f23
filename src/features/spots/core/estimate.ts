import type { PointId, Side } from '../../../domain/points';
import {
  clampToZone,
  mirrorSpot,
  radiiFromMiddle,
  type SpotEstimate,
  type ZoneXy,
} from '../../../domain/zone-frame';
import type { SpotMark } from '../../../domain/records/spot-mark';

/** How many of the latest placed marks make "your spot": recent enough to follow a change. */
export const recentMarkCount = 7;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The places of one point and side's marks, oldest first (only marks that have a place). */
export function placesOf(marks: readonly SpotMark[], pointId: PointId, side: Side): ZoneXy[] {
  return marks
    .filter((mark) => mark.pointId === pointId && mark.side === side)
    .filter((mark) => mark.u !== undefined && mark.v !== undefined)
    .sort((a, b) => a.atEpochMs - b.atEpochMs)
    .map((mark) => clampToZone({ u: mark.u!, v: mark.v! }));
}

/**
 * The middle and spread of the latest places. The coordinate-wise median, so that one stray
 * mark does not pull the spot; then kept inside the zone, which it never leaves.
 */
export function middleOf(places: readonly ZoneXy[], count = recentMarkCount) {
  const recent = places.slice(-count);
  if (recent.length === 0) return undefined;
  const spot = clampToZone({
    u: median(recent.map((p) => p.u)),
    v: median(recent.map((p) => p.v)),
  });
  const spreadRadii = median(
    recent.map((p) => radiiFromMiddle({ u: p.u - spot.u, v: p.v - spot.v })),
  );
  return { spot, spreadRadii, markCount: recent.length };
}

/** "Your spot" for a point and side: from its own marks, else the other side's mirrored. */
export function estimateSpot(
  marks: readonly SpotMark[],
  pointId: PointId,
  side: Side,
): SpotEstimate | undefined {
  const own = middleOf(placesOf(marks, pointId, side));
  if (own) return { ...own, source: 'own' };
  const other = middleOf(placesOf(marks, pointId, side === 'left' ? 'right' : 'left'));
  if (other) return { ...other, spot: mirrorSpot(other.spot), source: 'mirror' };
  return undefined;
}
