import type { PointAnchor, Xy } from './drawings';
import type { PointId } from './points';

/**
 * The frame marks are kept in: the offset from the zone's centre, in zone radii, on that side's
 * own picture (x to the picture's right, y down). The zone is half a finger width across the
 * body part on every picture (drawings.ts), and on the hands it is the camera mode's zone
 * too (camera's hand-points.ts: radius `zoneRadiusCun` of that hand's cun), so the same (u, v) is the same
 * place on the drawing and on the person's own hand, whatever its size.
 */
export interface ZoneXy {
  readonly u: number;
  readonly v: number;
}

export const zoneMiddle: ZoneXy = { u: 0, v: 0 };

/**
 * A mark farther than this from the zone's centre (in zone radii) is not taken as the person's
 * spot: it is more likely another place than this point (clinical.md: show a zone, not a pin;
 * the point may be elsewhere). Between the zone's edge and this it is pulled onto the edge.
 */
export const farFromZoneRadii = 2;

export function toZone(anchor: PointAnchor, xy: Xy): ZoneXy {
  return { u: (xy.x - anchor.cx) / anchor.r, v: (xy.y - anchor.cy) / anchor.r };
}

export function toPicture(anchor: PointAnchor, spot: ZoneXy): Xy {
  return { x: anchor.cx + spot.u * anchor.r, y: anchor.cy + spot.v * anchor.r };
}

export function radiiFromMiddle(spot: ZoneXy): number {
  return Math.hypot(spot.u, spot.v);
}

/**
 * The same place on the other side. Every picture of the other side is this one mirrored
 * left–right (hands drawn as a right hand and mirrored; head and shoulders symmetric about the
 * midline, their zones mirrored), so in zone coordinates mirroring only turns u round.
 */
export function mirrorSpot(spot: ZoneXy): ZoneXy {
  return { u: -spot.u, v: spot.v };
}

/** The nearest place inside the zone (on its edge when outside). */
export function clampToZone(spot: ZoneXy): ZoneXy {
  const d = radiiFromMiddle(spot);
  if (d <= 1) return spot;
  return { u: spot.u / d, v: spot.v / d };
}

/**
 * Points where a tap counts only inside the zone. At Fengchi (GB20) two radii down and toward
 * the ear is the side of the neck over the sternocleidomastoid, where the app says never to
 * press; Jianjing (GB21) sits at the base of the neck too. Source: clinical.md "Your spot".
 * On the hand points a tap near the zone is kept as before.
 */
export const insideOnlyPoints: readonly PointId[] = ['GB20', 'GB21'];

/** How far from the zone's centre (in zone radii) a tap may be and still count, by point. */
export function reachOf(pointId?: PointId): number {
  return pointId !== undefined && insideOnlyPoints.includes(pointId) ? 1 : farFromZoneRadii;
}

/**
 * Whether a shown place is near enough the zone to be taken as the person's spot: inside it at
 * GB20 and GB21, within two radii elsewhere.
 */
export function isNearZone(spot: ZoneXy, pointId?: PointId): boolean {
  return (
    Number.isFinite(spot.u) &&
    Number.isFinite(spot.v) &&
    radiiFromMiddle(spot) <= reachOf(pointId) + 1e-9
  );
}

/** One arrow-key press moves a marker a quarter of the zone's radius. */
export const keyStepRadii = 0.25;
/** A marker can go this far out with the keys, so that a keyboard can show "outside" too. */
export const keyReachRadii = farFromZoneRadii + 0.5;

/** The place, brought back to `reach` zone radii from the middle when it is farther. */
export function withinReach(spot: ZoneXy, reach = keyReachRadii): ZoneXy {
  const d = radiiFromMiddle(spot);
  return d <= reach ? spot : { u: (spot.u / d) * reach, v: (spot.v / d) * reach };
}

/** "Your spot" for one point and side: where the person's marks put it. */
export interface SpotEstimate {
  /** The middle of the recent marks, inside the zone. */
  readonly spot: ZoneXy;
  /** How spread out they are: the median distance from the middle, in zone radii. */
  readonly spreadRadii: number;
  /** How many marks it comes from. */
  readonly markCount: number;
  /** From this side's own marks, or the other side's mirrored. */
  readonly source: 'own' | 'mirror';
}
