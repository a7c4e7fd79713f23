import type { Side } from '../../../domain/points';
import type { Point2 } from './point';
import { houxiBehindKnuckleCun } from '../../../domain/drawings';

/**
 * From 21 hand landmarks to the search zones of the three hand points, on the image.
 *
 * Landmarks follow MediaPipe Hands: 0 wrist; 1–4 thumb; 5, 9, 13, 17 the knuckles
 * (metacarpophalangeal joints) of the index, middle, ring and little fingers; the rest finger
 * joints and tips. Coordinates are in any one unit with y pointing down (image pixels).
 *
 * Scale: finger widths ("cun") of the user's own hand, never centimetres.
 * Source: clinical.md, "Measures" (four fingers together = 3 cun); we take the width across the
 * 2nd–5th knuckles as about 3 cun, an approximation of that measure, not a standard one. Landmarks 5 and 17 are the centres of the outer knuckles, which span
 * three of the four finger widths, so the full knuckle width is 4/3 of their distance.
 */
export type { Point2 } from './point';

/**
 * A place in a zone's own frame: the domain's ZoneXy (domain/zone-frame.ts), the offset
 * from the zone's centre in zone radii on that side's picture. Spelled out here rather than
 * imported, so that the hand worker's types (which reach this file through the ports) do not
 * pull in the spots feature's screens; the camera model passes ZoneXy values both ways, so the
 * compiler keeps the two the same shape.
 */
export interface ZoneXy {
  readonly u: number;
  readonly v: number;
}

export type HandPointId = 'SI3' | 'EX-UE8' | 'LI4';
export const handPointIds: readonly HandPointId[] = ['SI3', 'EX-UE8', 'LI4'];

export type Facing = 'back' | 'palm';

export interface HandZone {
  readonly pointId: HandPointId;
  /** The most likely spot, in the landmarks' units. */
  readonly centre: Point2;
  /** The search zone around it: about one finger width across (clinical.md: a zone, not a pin). */
  readonly radius: number;
  /**
   * The unit vector along the hand from the knuckles toward the wrist: the pictures' "down"
   * (illustrations.ts draws the hand fingers up). With the centre and radius it places the
   * hand-relative frame of domain/zone-frame.ts on this hand (see `spotOnHand`).
   */
  readonly towardWrist: Point2;
}

export interface HandReading {
  /** The user's real hand. */
  readonly hand: Side;
  /** Which side of the hand faces the camera. */
  readonly facing: Facing;
  /** One cun in the landmarks' units. */
  readonly cun: number;
  readonly zones: readonly HandZone[];
}

export const landmarkCount = 21;
const WRIST = 0;
const THUMB_MCP = 2;
const INDEX_MCP = 5;
const MIDDLE_MCP = 9;
const RING_MCP = 13;
const LITTLE_MCP = 17;

/** Zone radius in cun: a zone one cun (a thumb width) across. */
export const zoneRadiusCun = 0.5;

const add = (a: Point2, b: Point2): Point2 => ({ x: a.x + b.x, y: a.y + b.y });
const sub = (a: Point2, b: Point2): Point2 => ({ x: a.x - b.x, y: a.y - b.y });
const scale = (a: Point2, k: number): Point2 => ({ x: a.x * k, y: a.y * k });
const lerp = (a: Point2, b: Point2, k: number): Point2 => add(a, scale(sub(b, a), k));
const length = (a: Point2): number => Math.hypot(a.x, a.y);
const unit = (a: Point2): Point2 => {
  const l = length(a);
  return l > 0 ? scale(a, 1 / l) : { x: 0, y: 0 };
};
const dot = (a: Point2, b: Point2): number => a.x * b.x + a.y * b.y;
const cross = (a: Point2, b: Point2): number => a.x * b.y - a.y * b.x;

export function distance(a: Point2, b: Point2): number {
  return length(sub(a, b));
}

function at(landmarks: readonly Point2[], index: number): Point2 {
  const point = landmarks[index];
  if (!point) throw new RangeError(`a hand has ${landmarkCount} landmarks; ${index} is missing`);
  return point;
}

/** The other hand. */
function flip(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}

/**
 * The real hand from MediaPipe Tasks' handedness label. Tasks label the hand as it appears in the
 * frame given to them: on the hands.jpg fixture (the backs of two left hands, as taken) both are
 * labelled "Left". A mirrored (selfie) frame shows a left hand as a right one, so there the label
 * is swapped back.
 */
export function realHand(label: Side, frameMirrored: boolean): Side {
  return frameMirrored ? flip(label) : label;
}

/**
 * Back or palm, from the hand's chirality in the image: seen from the back, unmirrored, a right
 * hand turns wrist → index knuckle → little knuckle one way round; its palm, or a left hand's
 * back, the other way.
 */
export function facingOf(landmarks: readonly Point2[], hand: Side, frameMirrored: boolean): Facing {
  const wrist = at(landmarks, WRIST);
  const turn = cross(sub(at(landmarks, INDEX_MCP), wrist), sub(at(landmarks, LITTLE_MCP), wrist));
  const unmirroredTurn = frameMirrored ? -turn : turn;
  const rightBack = unmirroredTurn > 0;
  return (hand === 'right') === rightBack ? 'back' : 'palm';
}

/** One cun on this hand, from the knuckle width (about 3 cun). */
export function cunOf(landmarks: readonly Point2[]): number {
  const knuckleCentres = distance(at(landmarks, INDEX_MCP), at(landmarks, LITTLE_MCP));
  return (knuckleCentres * 4) / 3 / 3;
}

/** The unit vector across the hand at `from`, on the side where `toward` lies. */
function sideways(axis: Point2, from: Point2, toward: Point2): Point2 {
  const normal = unit({ x: -axis.y, y: axis.x });
  return dot(normal, sub(toward, from)) >= 0 ? normal : scale(normal, -1);
}

/**
 * The search zones of SI3, EX-UE8 and LI4 on a hand. The geometry follows the standard locations
 * in clinical.md (WHO 2008; Chinese national standard for EX-UE8); the distances in cun are our
 * reading of "just behind", "beside" and "about 0.5 cun", and the zone leaves room for the
 * article's advice to move around until the tender hollow is found.
 */
export function handZones(landmarks: readonly Point2[]): HandZone[] {
  const cun = cunOf(landmarks);
  const radius = zoneRadiusCun * cun;
  const wrist = at(landmarks, WRIST);
  const indexKnuckle = at(landmarks, INDEX_MCP);
  const middleKnuckle = at(landmarks, MIDDLE_MCP);
  const ringKnuckle = at(landmarks, RING_MCP);
  const littleKnuckle = at(landmarks, LITTLE_MCP);
  const thumb = at(landmarks, THUMB_MCP);

  // EX-UE8: between the 2nd and 3rd metacarpals, about 0.5 cun behind (wrist side of) the
  // knuckles. Source: clinical.md, point 2 (Chinese national standard).
  const between = lerp(indexKnuckle, middleKnuckle, 0.5);
  const luozhen = add(between, scale(unit(sub(wrist, between)), 0.5 * cun));

  // SI3: little-finger edge, in the hollow just behind the 5th knuckle. Source: clinical.md,
  // point 1 (WHO 2008). Out from the knuckle's centre to the hand's edge (half a finger width,
  // 3/8 cun), then `houxiBehindKnuckleCun` toward the wrist.
  const outward = unit(sub(littleKnuckle, ringKnuckle));
  const houxi = add(
    add(littleKnuckle, scale(outward, 0.375 * cun)),
    scale(unit(sub(wrist, littleKnuckle)), houxiBehindKnuckleCun * cun),
  );

  // LI4: beside the middle of the 2nd metacarpal, on its thumb side. Source: clinical.md, point
  // 3 (WHO 2008). The wrist landmark sits on the carpal bones, so the metacarpal spans about
  // the outer 80 % of wrist → index knuckle; its middle is 60 % of the way. Beside the bone:
  // 0.3 cun toward the thumb.
  const boneMiddle = lerp(wrist, indexKnuckle, 0.6);
  const hegu = add(
    boneMiddle,
    scale(sideways(sub(indexKnuckle, wrist), boneMiddle, thumb), 0.3 * cun),
  );

  // The pictures draw the hand along its middle metacarpal, fingers up (illustrations.ts: the
  // middle knuckle straight above its base), so the hand's own "down" is middle knuckle → wrist.
  const towardWrist = unit(sub(wrist, middleKnuckle));
  return [
    { pointId: 'SI3', centre: houxi, radius, towardWrist },
    { pointId: 'EX-UE8', centre: luozhen, radius, towardWrist },
    { pointId: 'LI4', centre: hegu, radius, towardWrist },
  ];
}

/**
 * The pictures' "right" on this hand: `towardWrist` turned a quarter back (image y points down,
 * so the picture's down (0, 1) turns to its right (1, 0)). A turn, never a reflection: a frame as
 * the camera takes it shows the back of each hand as that hand's picture does (the left hand's
 * picture is the right one mirrored, as a left hand is), so toward the thumb on the picture is
 * toward the thumb on the hand, on either hand.
 */
function acrossOf(zone: HandZone): Point2 {
  return { x: zone.towardWrist.y, y: -zone.towardWrist.x };
}

/**
 * Where a place given in the zone's frame (domain/zone-frame.ts: offset from the zone's centre in
 * zone radii, on that side's picture) lies on this hand, in the landmarks' units. The same
 * proportional mapping as the zone itself: its centre, its radius (half a cun of this hand), and
 * the hand's own direction, so the place follows the hand, its turn and its size.
 */
export function spotOnHand(zone: HandZone, spot: ZoneXy): Point2 {
  const across = acrossOf(zone);
  return add(
    zone.centre,
    scale(add(scale(across, spot.u), scale(zone.towardWrist, spot.v)), zone.radius),
  );
}

/** The inverse of `spotOnHand`: a place on the hand (a tap) in the zone's frame. */
export function spotFromHand(zone: HandZone, at: Point2): ZoneXy {
  const offset = sub(at, zone.centre);
  if (!(zone.radius > 0)) return { u: NaN, v: NaN };
  return {
    u: dot(offset, acrossOf(zone)) / zone.radius,
    v: dot(offset, zone.towardWrist) / zone.radius,
  };
}

export interface Size2 {
  readonly width: number;
  readonly height: number;
}

/**
 * From a place on the shown camera view (CSS pixels from its top-left corner) to the frame's
 * pixels. The view shows the frame scaled to cover it, centred (object-fit: cover, and the
 * overlay's xMidYMid slice), and mirrored left–right when `isMirrored`, like a mirror.
 */
export function frameFromView(at: Point2, view: Size2, frame: Size2, isMirrored: boolean): Point2 {
  const k = Math.max(view.width / frame.width, view.height / frame.height);
  const x = isMirrored ? view.width - at.x : at.x;
  return {
    x: (x - (view.width - frame.width * k) / 2) / k,
    y: (at.y - (view.height - frame.height * k) / 2) / k,
  };
}

/** Everything the camera mode needs from one detected hand. */
export function readHand(
  landmarks: readonly Point2[],
  label: Side,
  frameMirrored: boolean,
): HandReading {
  const hand = realHand(label, frameMirrored);
  return {
    hand,
    facing: facingOf(landmarks, hand, frameMirrored),
    cun: cunOf(landmarks),
    zones: handZones(landmarks),
  };
}

/** The zone of one point, from a reading. */
export function zoneOf(reading: HandReading, pointId: HandPointId): HandZone {
  const zone = reading.zones.find((z) => z.pointId === pointId);
  if (!zone) throw new RangeError(`no zone for ${pointId}`);
  return zone;
}

export function isHandPointId(value: string): value is HandPointId {
  return (handPointIds as readonly string[]).includes(value);
}

/** Mirrors landmarks left–right inside an image `width` wide (a selfie view of the same hand). */
export function mirrorLandmarks(landmarks: readonly Point2[], width: number): Point2[] {
  return landmarks.map((p) => ({ x: width - p.x, y: p.y }));
}

/** How far apart two zone centres are, in cun of the hand they were measured on. */
export function zoneErrorCun(a: HandZone, b: HandZone, cun: number): number {
  return distance(a.centre, b.centre) / cun;
}
