import { points, type PointId, type Side } from './points';

/**
 * How far the centre of Houxi's (SI3) zone lies behind (on the wrist side of) the centre of the
 * 5th knuckle, in cun. Source: clinical.md, point 1 (WHO 2008): "in the hollow just behind the
 * 5th knuckle"; 0.5 cun is our reading of "just behind", and the zone (1 cun across) covers the
 * rest. The camera mode and the drawing both place Houxi from this one value.
 */
export const houxiBehindKnuckleCun = 0.5;

/**
 * Where each point sits on the app's drawings, as data: which drawing, the search zone's centre
 * and radius in that drawing's coordinates (its viewBox), for each side. The drawings in
 * shared/ui/pictures/ draw their bones and outlines from the landmarks below, so the
 * zones and the anatomy cannot drift apart.
 *
 * Conventions:
 * - Hands are seen from the back, palm down, fingers pointing away from you: on a right hand the
 *   thumb is on the left of the picture. A left hand is the right hand mirrored (x → width − x).
 * - Head and shoulders are seen from behind, so the person's left side is on the picture's left.
 * - A search zone is about one finger width across (clinical.md: show a zone, not a pin).
 */
export type DrawingId =
  | 'hand-back'
  | 'fist-side'
  | 'hand-grasp'
  | 'head-back'
  | 'shoulders-back'
  | 'neck-muscles'
  | 'finger-measures';

export interface Drawing {
  readonly id: DrawingId;
  readonly width: number;
  readonly height: number;
  /** One hand per picture, drawn as a right hand and mirrored for the left. */
  readonly isMirroredForLeft: boolean;
}

export const drawings: Readonly<Record<DrawingId, Drawing>> = {
  'hand-back': { id: 'hand-back', width: 240, height: 300, isMirroredForLeft: true },
  'fist-side': { id: 'fist-side', width: 260, height: 200, isMirroredForLeft: true },
  'hand-grasp': { id: 'hand-grasp', width: 240, height: 300, isMirroredForLeft: true },
  'head-back': { id: 'head-back', width: 240, height: 250, isMirroredForLeft: false },
  'shoulders-back': { id: 'shoulders-back', width: 300, height: 210, isMirroredForLeft: false },
  'neck-muscles': { id: 'neck-muscles', width: 300, height: 260, isMirroredForLeft: false },
  'finger-measures': { id: 'finger-measures', width: 260, height: 170, isMirroredForLeft: false },
};

export interface Xy {
  readonly x: number;
  readonly y: number;
}

/** A point's search zone on one drawing, for one side. */
export interface PointAnchor {
  readonly pointId: PointId;
  readonly side: Side;
  readonly drawing: DrawingId;
  /** Centre of the zone: the most likely spot. */
  readonly cx: number;
  readonly cy: number;
  /** Radius of the zone, about half a finger width on that drawing. */
  readonly r: number;
}

/**
 * The back of a right hand (drawing 'hand-back'). Knuckles are the heads of the metacarpal bones
 * (the metacarpophalangeal joints); bases are where the bones meet the wrist.
 */
export const rightHand = {
  /** Thumb width at its widest joint, in drawing units: 1 cun (clinical.md). */
  cunUnits: 26,
  fingerWidths: { thumb: 27, index: 25, middle: 26, ring: 24, little: 21 },
  knuckles: {
    index: { x: 92, y: 132 },
    middle: { x: 120, y: 126 },
    ring: { x: 146, y: 130 },
    little: { x: 170, y: 142 },
  },
  metacarpalBases: {
    index: { x: 104, y: 246 },
    middle: { x: 121, y: 248 },
    ring: { x: 138, y: 248 },
    little: { x: 154, y: 244 },
  },
  /** Finger middle joints and tips (centre line), and the thumb's joints. */
  fingerJoints: {
    index: [
      { x: 86, y: 80 },
      { x: 82, y: 42 },
    ],
    middle: [
      { x: 121, y: 70 },
      { x: 121, y: 26 },
    ],
    ring: [
      { x: 152, y: 78 },
      { x: 156, y: 42 },
    ],
    little: [
      { x: 180, y: 104 },
      { x: 186, y: 76 },
    ],
  },
  thumb: [
    { x: 100, y: 258 },
    { x: 60, y: 212 },
    { x: 32, y: 164 },
  ],
  /** The little-finger edge of the hand, where the skin of the back meets the palm's. */
  littleFingerEdgeX: 186,
} as const;

/** A right fist seen from the little-finger side (drawing 'fist-side'). */
export const rightFist = {
  knuckle: { x: 206, y: 74 },
  /** The end of the palm crease on the hand's edge, just behind the little-finger knuckle. */
  creaseEnd: { x: 182, y: 112 },
  /** The line where the skin of the back of the hand meets the palm's skin. */
  skinBorderY: 112,
} as const;

/** The back of the head and upper neck (drawing 'head-back'). x is as seen from behind. */
export const headBack = {
  midlineX: 120,
  /** The lower edge of the skull where it meets the neck, at the hollows. */
  skullBaseY: 150,
  earlobeY: 150,
  /** The outer edge of the thick muscles either side of the spine (trapezius), on the left. */
  trapeziusOuterLeftX: 94,
  /** The sternocleidomastoid's edge behind the ear, on the left. */
  scmInnerLeftX: 66,
} as const;

/** Shoulders from behind (drawing 'shoulders-back'). x is as seen from behind. */
export const shouldersBack = {
  /** The bony bump at the base of the neck (7th neck vertebra). */
  c7: { x: 150, y: 120 },
  /** The tip of the left shoulder (acromion); the right one mirrors it. */
  acromionLeft: { x: 42, y: 142 },
} as const;

/** Neck muscles from the side (drawing 'neck-muscles'), facing right. */
export const neckSide = {
  /** Fengchi from the side: under the skull, behind the ear, between the two muscles. */
  fengchi: { x: 100, y: 122 },
} as const;

export function mirrorX(width: number, x: number): number {
  return width - x;
}

function midpoint(a: Xy, b: Xy): Xy {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

const handZoneR = Math.round(rightHand.fingerWidths.index / 2);

/** The right hand's zones; the left hand's are these mirrored. */
const rightHandZones: Readonly<Record<'SI3' | 'EX-UE8' | 'LI4', Xy>> = {
  // Source: WHO 2008: the little-finger edge, in the hollow behind the 5th knuckle, at the
  // border of the back and palm skin. As far behind the knuckle as in camera mode.
  SI3: {
    x: rightHand.littleFingerEdgeX - 4,
    y: rightHand.knuckles.little.y + houxiBehindKnuckleCun * rightHand.cunUnits,
  },
  // Source: GB/T 40997-2021 (extra points): between the 2nd and 3rd metacarpals, about 0.5 cun behind the knuckles.
  'EX-UE8': (() => {
    const between = midpoint(rightHand.knuckles.index, rightHand.knuckles.middle);
    return { x: between.x + 1, y: between.y + rightHand.cunUnits / 2 };
  })(),
  // Source: WHO 2008: beside the middle of the 2nd metacarpal, on its thumb (radial) side.
  LI4: (() => {
    const middle = midpoint(rightHand.knuckles.index, rightHand.metacarpalBases.index);
    return { x: middle.x - 9, y: middle.y };
  })(),
};

function handAnchor(
  pointId: 'SI3' | 'EX-UE8' | 'LI4',
  side: Side,
  drawing: 'hand-back' | 'hand-grasp',
): PointAnchor {
  const zone = rightHandZones[pointId];
  const { width } = drawings[drawing];
  return {
    pointId,
    side,
    drawing,
    cx: side === 'right' ? zone.x : mirrorX(width, zone.x),
    cy: zone.y,
    r: handZoneR,
  };
}

function fistAnchor(side: Side): PointAnchor {
  const { width } = drawings['fist-side'];
  const { creaseEnd } = rightFist;
  return {
    pointId: 'SI3',
    side,
    drawing: 'fist-side',
    cx: side === 'right' ? creaseEnd.x : mirrorX(width, creaseEnd.x),
    cy: creaseEnd.y,
    r: 11,
  };
}

function fengchiAnchor(side: Side): PointAnchor {
  const { width } = drawings['head-back'];
  // Source: WHO 2008: below the skull, in the hollow between the trapezius and the SCM.
  const leftX = (headBack.trapeziusOuterLeftX + headBack.scmInnerLeftX) / 2;
  return {
    pointId: 'GB20',
    side,
    drawing: 'head-back',
    cx: side === 'left' ? leftX : mirrorX(width, leftX),
    cy: headBack.skullBaseY + 7,
    r: 9,
  };
}

function jianjingAnchor(side: Side): PointAnchor {
  const { width } = drawings['shoulders-back'];
  // Source: WHO 2008: midway between C7 and the acromion, on the top of the shoulder.
  const middle = midpoint(shouldersBack.c7, shouldersBack.acromionLeft);
  return {
    pointId: 'GB21',
    side,
    drawing: 'shoulders-back',
    cx: side === 'left' ? middle.x : mirrorX(width, middle.x),
    cy: middle.y - 8,
    r: 9,
  };
}

/** The main picture of a point on one side: the one the session shows. */
export function primaryAnchor(pointId: PointId, side: Side): PointAnchor {
  switch (pointId) {
    case 'SI3':
    case 'EX-UE8':
    case 'LI4':
      return handAnchor(pointId, side, 'hand-back');
    case 'GB20':
      return fengchiAnchor(side);
    case 'GB21':
      return jianjingAnchor(side);
  }
}

/** Every picture of a point on one side: the main one first, then the helping views. */
export function anchorsFor(pointId: PointId, side: Side): readonly PointAnchor[] {
  const primary = primaryAnchor(pointId, side);
  if (pointId === 'SI3') return [primary, fistAnchor(side)];
  if (pointId === 'LI4') return [primary, handAnchor('LI4', side, 'hand-grasp')];
  return [primary];
}

/** Every anchor the app draws, for both sides of every point. */
export function allAnchors(): readonly PointAnchor[] {
  return points.flatMap((point) =>
    (['left', 'right'] as const).flatMap((side) => anchorsFor(point.id, side)),
  );
}

/** The neck-muscle view's markers: the back-of-neck point, from the side. */
export function neckMuscleMarker(): Xy {
  return neckSide.fengchi;
}
