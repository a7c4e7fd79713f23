import { describe, expect, it } from 'vitest';
import {
  allAnchors,
  anchorsFor,
  drawings,
  headBack,
  mirrorX,
  primaryAnchor,
  rightFist,
  rightHand,
  shouldersBack,
} from './drawings';
import { points, sidesFor, type PainSide, type PointId, type Side } from './points';

const painSides: readonly PainSide[] = ['left', 'right', 'both', 'middle'];

/** Distance from p to the line through a and b, signed: positive on the left of a→b. */
function sideOfLine(p: { x: number; y: number }, a: { x: number; y: number }, b: typeof a) {
  return ((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) / Math.hypot(b.x - a.x, b.y - a.y);
}

/** How far along a→b the foot of p's perpendicular falls, 0 at a and 1 at b. */
function fractionAlong(p: { x: number; y: number }, a: { x: number; y: number }, b: typeof a) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy);
}

function rightHandZone(pointId: PointId) {
  const anchor = primaryAnchor(pointId, 'right');
  return { x: anchor.cx, y: anchor.cy };
}

describe('illustration anchors', () => {
  it('gives every point a drawing for each side the planner can press it on', () => {
    for (const point of points) {
      const sides = new Set<Side>(painSides.flatMap((pain) => sidesFor(point.id, pain)));
      expect(sides.size, point.id).toBeGreaterThan(0);
      for (const side of sides) {
        const anchors = anchorsFor(point.id, side);
        expect(anchors.length, `${point.id} ${side}`).toBeGreaterThan(0);
        expect(drawings[anchors[0]!.drawing]).toBeDefined();
      }
    }
  });

  it('marks on each drawing the point and side it was asked for', () => {
    for (const point of points) {
      for (const side of ['left', 'right'] as const) {
        for (const anchor of anchorsFor(point.id, side)) {
          expect(anchor.pointId).toBe(point.id);
          expect(anchor.side).toBe(side);
        }
      }
    }
  });

  it('keeps every zone inside its drawing', () => {
    for (const anchor of allAnchors()) {
      const { width, height } = drawings[anchor.drawing];
      const label = `${anchor.pointId} ${anchor.side} on ${anchor.drawing}`;
      expect(anchor.cx - anchor.r, label).toBeGreaterThanOrEqual(0);
      expect(anchor.cx + anchor.r, label).toBeLessThanOrEqual(width);
      expect(anchor.cy - anchor.r, label).toBeGreaterThanOrEqual(0);
      expect(anchor.cy + anchor.r, label).toBeLessThanOrEqual(height);
    }
  });

  it('draws the zones about one finger width across on the hand', () => {
    for (const pointId of ['SI3', 'EX-UE8', 'LI4'] as const) {
      const { r } = primaryAnchor(pointId, 'left');
      expect(2 * r).toBeGreaterThanOrEqual(rightHand.fingerWidths.little);
      expect(2 * r).toBeLessThanOrEqual(rightHand.fingerWidths.thumb);
    }
  });

  it('mirrors the left hand exactly from the right hand', () => {
    for (const anchor of allAnchors().filter((a) => drawings[a.drawing].isMirroredForLeft)) {
      if (anchor.side !== 'left') continue;
      const right = anchorsFor(anchor.pointId, 'right').find((a) => a.drawing === anchor.drawing);
      expect(right).toBeDefined();
      expect(anchor.cx).toBe(mirrorX(drawings[anchor.drawing].width, right!.cx));
      expect(anchor.cy).toBe(right!.cy);
    }
  });

  it('puts the thumb side on the right of the picture for the back of the left hand', () => {
    const half = drawings['hand-back'].width / 2;
    // Seen from the back, palm down, the left hand's thumb is on the right.
    expect(primaryAnchor('LI4', 'left').cx).toBeGreaterThan(half);
    expect(primaryAnchor('SI3', 'left').cx).toBeLessThan(half);
    expect(primaryAnchor('LI4', 'right').cx).toBeLessThan(half);
    expect(primaryAnchor('SI3', 'right').cx).toBeGreaterThan(half);
  });

  it('puts Houxi on the little-finger edge just behind the little-finger knuckle', () => {
    const zone = rightHandZone('SI3');
    const { little } = rightHand.knuckles;
    expect(zone.y).toBeGreaterThan(little.y); // behind: towards the wrist
    expect(zone.y - little.y).toBeLessThan(rightHand.cunUnits);
    expect(rightHand.littleFingerEdgeX - zone.x).toBeLessThan(rightHand.fingerWidths.little / 2);
    expect(rightFist.creaseEnd.x).toBeLessThan(rightFist.knuckle.x);
    expect(primaryAnchor('SI3', 'right').cx).toBeGreaterThan(little.x);
  });

  it('puts Luozhen between the index and middle finger bones, half a thumb width behind the knuckles', () => {
    const zone = rightHandZone('EX-UE8');
    const { knuckles, metacarpalBases } = rightHand;
    // Between the two bones: on opposite sides of them.
    expect(sideOfLine(zone, knuckles.index, metacarpalBases.index)).toBeLessThan(0);
    expect(sideOfLine(zone, knuckles.middle, metacarpalBases.middle)).toBeGreaterThan(0);
    const knuckleLineY = (knuckles.index.y + knuckles.middle.y) / 2;
    expect(zone.y - knuckleLineY).toBeCloseTo(rightHand.cunUnits * 0.5, 0);
  });

  it('puts Hegu beside the middle of the index-finger bone, on its thumb side', () => {
    const zone = rightHandZone('LI4');
    const { knuckles, metacarpalBases } = rightHand;
    const along = fractionAlong(zone, knuckles.index, metacarpalBases.index);
    expect(along).toBeGreaterThan(0.4);
    expect(along).toBeLessThan(0.6);
    // The thumb is on the left of a right hand seen from the back.
    const offset = sideOfLine(zone, knuckles.index, metacarpalBases.index);
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThan(rightHand.fingerWidths.index / 2);
    expect(zone.x).toBeGreaterThan(rightHand.thumb[1].x);
  });

  it('shows the grasp view of Hegu on the same spot as the back of the hand', () => {
    for (const side of ['left', 'right'] as const) {
      const [back, grasp] = anchorsFor('LI4', side);
      expect(grasp?.drawing).toBe('hand-grasp');
      expect([grasp?.cx, grasp?.cy]).toEqual([back?.cx, back?.cy]);
    }
  });

  it('puts Fengchi under the skull between the neck muscles, on the side asked, as seen from behind', () => {
    const left = primaryAnchor('GB20', 'left');
    const right = primaryAnchor('GB20', 'right');
    expect(left.cx).toBeLessThan(headBack.midlineX);
    expect(right.cx).toBeGreaterThan(headBack.midlineX);
    expect(left.cx).toBeGreaterThan(headBack.scmInnerLeftX);
    expect(left.cx).toBeLessThan(headBack.trapeziusOuterLeftX);
    expect(left.cy).toBeGreaterThan(headBack.skullBaseY);
    expect(Math.abs(left.cy - headBack.earlobeY)).toBeLessThan(2 * left.r);
  });

  it('puts Jianjing midway between the base of the neck and the shoulder tip', () => {
    const left = primaryAnchor('GB21', 'left');
    const right = primaryAnchor('GB21', 'right');
    const { c7, acromionLeft } = shouldersBack;
    expect(left.cx).toBeCloseTo((c7.x + acromionLeft.x) / 2, 5);
    expect(right.cx).toBe(mirrorX(drawings['shoulders-back'].width, left.cx));
    expect(left.cx).toBeLessThan(c7.x);
    expect(right.cx).toBeGreaterThan(c7.x);
  });
});
