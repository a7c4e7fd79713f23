import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cunOf,
  distance,
  facingOf,
  frameFromView,
  handZones,
  mirrorLandmarks,
  readHand,
  realHand,
  spotFromHand,
  spotOnHand,
  zoneOf,
  zoneRadiusCun,
  type Point2,
} from './hand-points';
import { houxiBehindKnuckleCun, primaryAnchor, rightHand } from '../../../domain/drawings';
import { photoHands, rightBack, videoHands } from '../../../../test/hand-fixtures';

const lm = (hand: readonly Point2[], i: number): Point2 => hand[i] ?? { x: NaN, y: NaN };

/** Where `p` lies along the line a → b (0 at a, 1 at b) and how far to its left/right side. */
function along(p: Point2, a: Point2, b: Point2): { t: number; side: number } {
  const d = { x: b.x - a.x, y: b.y - a.y };
  const len2 = d.x * d.x + d.y * d.y;
  const v = { x: p.x - a.x, y: p.y - a.y };
  return { t: (v.x * d.x + v.y * d.y) / len2, side: (d.x * v.y - d.y * v.x) / Math.sqrt(len2) };
}

/** Is `p` inside the convex polygon `poly` (any winding)? */
function insideConvex(p: Point2, poly: readonly Point2[]): boolean {
  let sign = 0;
  for (let i = 0; i < poly.length; i++) {
    const a = lm(poly, i);
    const b = lm(poly, (i + 1) % poly.length);
    const c = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
    if (c !== 0) {
      if (sign === 0) sign = Math.sign(c);
      else if (Math.sign(c) !== sign) return false;
    }
  }
  return true;
}

function hull(points: readonly Point2[]): Point2[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const cross = (o: Point2, a: Point2, b: Point2) =>
    (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const build = (list: Point2[]) => {
    const out: Point2[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(lm(out, out.length - 2), lm(out, out.length - 1), p) <= 0)
        out.pop();
      out.push(p);
    }
    return out;
  };
  const lower = build(sorted);
  const upper = build([...sorted].reverse());
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

const palmOutline = (hand: readonly Point2[]) =>
  hull([0, 1, 2, 5, 9, 13, 17].map((i) => lm(hand, i)));

describe('scale by the hand', () => {
  it('takes one cun as a ninth of four thirds of the distance between the index and little knuckles', () => {
    const knuckles = distance(lm(rightBack, 5), lm(rightBack, 17));
    expect(cunOf(rightBack)).toBeCloseTo((knuckles * 4) / 9, 6);
  });

  it('draws every zone one cun across', () => {
    for (const zone of handZones(rightBack)) {
      expect(zone.radius).toBeCloseTo(zoneRadiusCun * cunOf(rightBack), 6);
      expect(zoneRadiusCun * 2).toBe(1);
    }
  });

  it('moves, turns and scales the zones with the hand (any position, angle and size)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        (k, angle, dx, dy) => {
          const move = (p: Point2): Point2 => ({
            x: k * (p.x * Math.cos(angle) - p.y * Math.sin(angle)) + dx,
            y: k * (p.x * Math.sin(angle) + p.y * Math.cos(angle)) + dy,
          });
          const before = handZones(rightBack);
          const after = handZones(rightBack.map(move));
          expect(cunOf(rightBack.map(move))).toBeCloseTo(k * cunOf(rightBack), 6);
          after.forEach((zone, i) => {
            const expected = move(before[i]?.centre ?? { x: NaN, y: NaN });
            expect(distance(zone.centre, expected)).toBeLessThan(1e-6 * Math.max(1, k * 500));
            expect(zone.radius).toBeCloseTo(k * (before[i]?.radius ?? NaN), 6);
          });
        },
      ),
    );
  });
});

describe('where the zones go', () => {
  const cun = cunOf(rightBack);

  it('puts Luozhen between the index and middle knuckles, half a cun toward the wrist', () => {
    const centre = zoneOf(readHand(rightBack, 'right', false), 'EX-UE8').centre;
    const across = along(centre, lm(rightBack, 5), lm(rightBack, 9));
    expect(across.t).toBeGreaterThan(0.3);
    expect(across.t).toBeLessThan(0.7);
    const mid = {
      x: (lm(rightBack, 5).x + lm(rightBack, 9).x) / 2,
      y: (lm(rightBack, 5).y + lm(rightBack, 9).y) / 2,
    };
    expect(distance(centre, mid) / cun).toBeCloseTo(0.5, 6);
    expect(distance(centre, lm(rightBack, 0))).toBeLessThan(distance(mid, lm(rightBack, 0)));
  });

  it('puts Houxi on the little-finger edge, just behind the 5th knuckle', () => {
    const centre = zoneOf(readHand(rightBack, 'right', false), 'SI3').centre;
    const fromRing = along(centre, lm(rightBack, 13), lm(rightBack, 17));
    expect(fromRing.t).toBeGreaterThan(1); // beyond the little knuckle, on the outer edge
    const behind = along(centre, lm(rightBack, 17), lm(rightBack, 0));
    expect(behind.t).toBeGreaterThan(0); // toward the wrist
    expect(distance(centre, lm(rightBack, 17)) / cun).toBeLessThan(1);
  });

  it('puts Hegu beside the middle of the index-finger bone, on the thumb side', () => {
    const centre = zoneOf(readHand(rightBack, 'right', false), 'LI4').centre;
    const onBone = along(centre, lm(rightBack, 0), lm(rightBack, 5));
    expect(onBone.t).toBeGreaterThan(0.4);
    expect(onBone.t).toBeLessThan(0.8);
    const thumbSide = along(lm(rightBack, 2), lm(rightBack, 0), lm(rightBack, 5)).side;
    expect(Math.sign(onBone.side)).toBe(Math.sign(thumbSide));
    expect(Math.abs(onBone.side) / cun).toBeCloseTo(0.3, 6);
  });

  it('refuses a hand with missing landmarks', () => {
    expect(() => handZones(rightBack.slice(0, 10))).toThrow(RangeError);
  });
});

describe('which hand, and back or palm', () => {
  it('reads a right hand from the back as the right hand, back facing', () => {
    const reading = readHand(rightBack, 'right', false);
    expect(reading.hand).toBe('right');
    expect(reading.facing).toBe('back');
  });

  it('takes the label as the real hand in a frame as taken, and swaps it in a mirrored frame', () => {
    expect(realHand('left', false)).toBe('left');
    expect(realHand('left', true)).toBe('right');
    expect(realHand('right', true)).toBe('left');
  });

  it('sees the palm when a right hand turns over (its outline is mirrored, the label stays right)', () => {
    const palm = mirrorLandmarks(rightBack, 400);
    expect(facingOf(palm, 'right', false)).toBe('palm');
    expect(readHand(palm, 'right', false).facing).toBe('palm');
  });

  it('sees the back of a left hand, which looks like a mirrored right hand', () => {
    const leftBack = mirrorLandmarks(rightBack, 400);
    expect(readHand(leftBack, 'left', false)).toMatchObject({ hand: 'left', facing: 'back' });
    expect(readHand(rightBack, 'left', false)).toMatchObject({ hand: 'left', facing: 'palm' });
  });

  it('reads a mirrored (selfie) view of a right hand from the back the same way', () => {
    const width = 640;
    const selfie = mirrorLandmarks(rightBack, width);
    // In the mirrored frame the hand looks like a left hand, and is labelled so.
    const reading = readHand(selfie, 'left', true);
    expect(reading).toMatchObject({ hand: 'right', facing: 'back' });
    // The zones are the mirror images of the zones on the frame as taken.
    const straight = handZones(rightBack);
    reading.zones.forEach((zone, i) => {
      const mirrored = mirrorLandmarks([straight[i]?.centre ?? { x: NaN, y: NaN }], width)[0];
      expect(distance(zone.centre, mirrored ?? { x: NaN, y: NaN })).toBeLessThan(1e-9);
    });
  });
});

const photo = photoHands();
const video = videoHands();

describe('on the fixtures (reference landmarks)', () => {
  it('reads both hands in hands.jpg, the backs of two left hands, as backs', () => {
    for (const hand of photo) {
      expect(readHand(hand, 'left', false)).toMatchObject({
        hand: 'left',
        facing: 'back',
      });
    }
  });

  it('keeps Luozhen and Hegu inside the palm outline and Houxi near its edge, on both hands', () => {
    for (const hand of photo) {
      const outline = palmOutline(hand);
      const reading = readHand(hand, 'left', false);
      expect(insideConvex(zoneOf(reading, 'EX-UE8').centre, outline)).toBe(true);
      expect(insideConvex(zoneOf(reading, 'LI4').centre, outline)).toBe(true);
      const houxi = zoneOf(reading, 'SI3').centre;
      expect(distance(houxi, lm(hand, 17)) / reading.cun).toBeLessThan(1);
    }
  });

  it('finds a hand size of a plausible number of pixels per cun in hands.jpg', () => {
    for (const hand of photo) {
      const cun = cunOf(hand);
      expect(cun).toBeGreaterThan(20);
      expect(cun).toBeLessThan(80);
    }
  });

  it('keeps the hand size steady through the signing video while the hand moves', () => {
    const sizes = video.map((hand) => cunOf(hand));
    const sorted = [...sizes].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
    const within = sizes.filter((s) => s > median * 0.6 && s < median * 1.4).length;
    expect(video).toHaveLength(325);
    expect(within / sizes.length).toBeGreaterThan(0.9);
  });
});

describe('Houxi in camera mode and in the drawing', () => {
  it('lies the same distance behind the little-finger knuckle, in cun, in both', () => {
    // Camera mode: from the knuckle's point on the hand's edge (3/8 cun out, away from the ring
    // knuckle) to the zone's centre, which lies toward the wrist.
    const hand = rightBack;
    const cun = cunOf(hand);
    const knuckle = lm(hand, 17);
    const ring = lm(hand, 13);
    const out = { x: knuckle.x - ring.x, y: knuckle.y - ring.y };
    const outLength = Math.hypot(out.x, out.y);
    const edge = {
      x: knuckle.x + (out.x / outLength) * 0.375 * cun,
      y: knuckle.y + (out.y / outLength) * 0.375 * cun,
    };
    const houxi = handZones(hand).find((zone) => zone.pointId === 'SI3')!.centre;
    const behindInCamera = distance(houxi, edge) / cun;
    expect(along(houxi, edge, lm(hand, 0)).t).toBeGreaterThan(0);
    // The drawing: the hand points up the page, so "behind" is straight down.
    const drawn = primaryAnchor('SI3', 'right');
    const behindInDrawing = (drawn.cy - rightHand.knuckles.little.y) / rightHand.cunUnits;

    expect(behindInCamera).toBeCloseTo(houxiBehindKnuckleCun, 6);
    expect(behindInDrawing).toBeCloseTo(houxiBehindKnuckleCun, 6);
    expect(primaryAnchor('SI3', 'left').cy).toBe(drawn.cy);
  });
});

describe('your spot on the live hand', () => {
  const hands = {
    right: rightBack,
    // The back of a left hand looks like a mirrored right hand (as camera mode takes it).
    left: mirrorLandmarks(rightBack, 400),
  } as const;
  const moved = (hand: readonly Point2[], k: number, angle: number, dx: number, dy: number) =>
    hand.map((p) => ({
      x: k * (p.x * Math.cos(angle) - p.y * Math.sin(angle)) + dx,
      y: k * (p.x * Math.sin(angle) + p.y * Math.cos(angle)) + dy,
    }));
  const handArb = fc.record({
    side: fc.constantFrom('left' as const, 'right' as const),
    k: fc.double({ min: 0.2, max: 5, noNaN: true }),
    angle: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
    dx: fc.double({ min: -500, max: 500, noNaN: true }),
    dy: fc.double({ min: -500, max: 500, noNaN: true }),
    zone: fc.integer({ min: 0, max: 2 }),
  });
  type HandArb = typeof handArb extends fc.Arbitrary<infer T> ? T : never;
  const zoneOn = (h: HandArb) => {
    const zone = handZones(moved(hands[h.side], h.k, h.angle, h.dx, h.dy))[h.zone];
    if (!zone) throw new Error('no zone');
    return zone;
  };

  it('gives back the place it drew: mapping onto the hand and back is the identity', () => {
    fc.assert(
      fc.property(
        handArb,
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (h, u, v) => {
          const back = spotFromHand(zoneOn(h), spotOnHand(zoneOn(h), { u, v }));
          expect(back.u).toBeCloseTo(u, 9);
          expect(back.v).toBeCloseTo(v, 9);
        },
      ),
    );
  });

  it('draws a spot inside the zone inside the zone drawn on the hand, at its share of the radius', () => {
    fc.assert(
      fc.property(
        handArb,
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (h, angle, radii) => {
          const zone = zoneOn(h);
          const at = spotOnHand(zone, { u: radii * Math.cos(angle), v: radii * Math.sin(angle) });
          expect(distance(at, zone.centre)).toBeLessThanOrEqual(zone.radius * (1 + 1e-9));
          expect(distance(at, zone.centre)).toBeCloseTo(radii * zone.radius, 6);
        },
      ),
    );
  });

  it('puts the middle of the zone on the zone’s centre', () => {
    for (const zone of handZones(rightBack)) {
      expect(distance(spotOnHand(zone, { u: 0, v: 0 }), zone.centre)).toBeLessThan(1e-9);
    }
  });

  it('turns the pictures’ directions onto the hand: toward the thumb and the wrist, on either hand', () => {
    // On a right hand's picture the thumb is to the left (u < 0); a left hand's is its mirror.
    const towardThumbU = { right: -1, left: 1 } as const;
    for (const side of ['left', 'right'] as const) {
      const hand = hands[side];
      const thumb = lm(hand, 2);
      const little = lm(hand, 17);
      for (const zone of handZones(hand)) {
        const thumbward = spotOnHand(zone, { u: towardThumbU[side], v: 0 });
        expect(distance(thumbward, thumb)).toBeLessThan(distance(zone.centre, thumb));
        expect(distance(thumbward, little)).toBeGreaterThan(distance(zone.centre, little));
        const wristward = spotOnHand(zone, { u: 0, v: 1 });
        expect(distance(wristward, lm(hand, 0))).toBeLessThan(distance(zone.centre, lm(hand, 0)));
        expect(distance(wristward, zone.centre)).toBeCloseTo(zone.radius, 9);
      }
    }
  });

  it('places the spot on the picture’s scale: the zone is half a cun, on the drawing and the hand', () => {
    const zone = zoneOf(readHand(rightBack, 'right', false), 'EX-UE8');
    const oneRadius = distance(spotOnHand(zone, { u: 1, v: 0 }), zone.centre);
    expect(oneRadius / cunOf(rightBack)).toBeCloseTo(zoneRadiusCun, 9);
    expect(primaryAnchor('EX-UE8', 'right').r / rightHand.cunUnits).toBeCloseTo(zoneRadiusCun, 1);
  });

  it('reads where a tap on the mirrored, cropped view falls on the camera frame', () => {
    // A 4:3 frame shown in a square view: the frame is scaled to its height (300 / 480) and
    // 80 frame pixels are cropped at each side; the view is a mirror.
    const frame = { width: 640, height: 480 };
    const view = { width: 300, height: 300 };
    expect(frameFromView({ x: 150, y: 150 }, view, frame, true)).toEqual({ x: 320, y: 240 });
    expect(frameFromView({ x: 0, y: 0 }, view, frame, true)).toEqual({ x: 560, y: 0 });
    expect(frameFromView({ x: 300, y: 300 }, view, frame, true)).toEqual({ x: 80, y: 480 });
    expect(frameFromView({ x: 0, y: 0 }, view, frame, false)).toEqual({ x: 80, y: 0 });
    // The same aspect: only a scale.
    expect(frameFromView({ x: 100, y: 30 }, { width: 320, height: 240 }, frame, false)).toEqual({
      x: 200,
      y: 60,
    });
  });
});
