import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { primaryAnchor } from '../../../domain/drawings';
import type { PointId, Side } from '../../../domain/points';
import { describeSpot } from './describe';
import { estimateSpot, middleOf, recentMarkCount } from './estimate';
import {
  clampToZone,
  farFromZoneRadii,
  mirrorSpot,
  radiiFromMiddle,
  toPicture,
  toZone,
  type ZoneXy,
} from '../../../domain/zone-frame';
import { judgeMark } from './judge';
import type { SpotMark } from '../../../domain/records/spot-mark';

const pointIds: readonly PointId[] = ['SI3', 'EX-UE8', 'LI4', 'GB20', 'GB21'];
const pointArb = fc.constantFrom(...pointIds);
const sideArb = fc.constantFrom<Side>('left', 'right');
const coord = fc.double({ min: -3, max: 3, noNaN: true });
const placeArb = fc.record({ u: coord, v: coord });
const inZoneArb = placeArb.map(clampToZone);

let nextId = 0;
const mark = (pointId: PointId, side: Side, spot: ZoneXy, atEpochMs: number): SpotMark => ({
  id: `m${(nextId += 1)}`,
  pointId,
  side,
  atEpochMs,
  outcome: 'tapped',
  u: spot.u,
  v: spot.v,
});

describe('the spot frame', () => {
  it('maps a tap on the picture to zone radii and back', () => {
    fc.assert(
      fc.property(pointArb, sideArb, placeArb, (pointId, side, spot) => {
        const anchor = primaryAnchor(pointId, side);
        const back = toZone(anchor, toPicture(anchor, spot));
        expect(back.u).toBeCloseTo(spot.u, 9);
        expect(back.v).toBeCloseTo(spot.v, 9);
      }),
    );
  });

  it('gives the same point when mirrored twice', () => {
    fc.assert(
      fc.property(placeArb, (spot) => {
        expect(mirrorSpot(mirrorSpot(spot))).toEqual(spot);
      }),
    );
  });

  it('mirrors onto the other side’s picture: the same distance from that side’s zone centre', () => {
    fc.assert(
      fc.property(pointArb, placeArb, (pointId, spot) => {
        const right = toPicture(primaryAnchor(pointId, 'right'), spot);
        const left = toPicture(primaryAnchor(pointId, 'left'), mirrorSpot(spot));
        // Hands mirror about the picture's width; head and shoulders about their midline.
        expect(left.y).toBeCloseTo(right.y, 9);
        const leftAnchor = primaryAnchor(pointId, 'left');
        const rightAnchor = primaryAnchor(pointId, 'right');
        expect(left.x + right.x).toBeCloseTo(leftAnchor.cx + rightAnchor.cx, 9);
      }),
    );
  });
});

describe('your spot', () => {
  it('is always inside the zone', () => {
    fc.assert(
      fc.property(fc.array(placeArb, { minLength: 1, maxLength: 20 }), (places) => {
        const marks = places.map((p, i) => mark('EX-UE8', 'right', p, i));
        const estimate = estimateSpot(marks, 'EX-UE8', 'right');
        expect(radiiFromMiddle(estimate!.spot)).toBeLessThanOrEqual(1 + 1e-12);
        expect(radiiFromMiddle(estimateSpot(marks, 'EX-UE8', 'left')!.spot)).toBeLessThanOrEqual(
          1 + 1e-12,
        );
      }),
    );
  });

  it('never moves away from a place when more marks are made there', () => {
    fc.assert(
      fc.property(
        fc.array(inZoneArb, { maxLength: 12 }),
        inZoneArb,
        fc.integer({ min: 1, max: 10 }),
        (before, place, extra) => {
          const history = [...before, place];
          const distanceAfter = (n: number) => {
            const m = middleOf([...history, ...Array.from({ length: n }, () => place)])!;
            return radiiFromMiddle({ u: m.spot.u - place.u, v: m.spot.v - place.v });
          };
          let last = distanceAfter(0);
          for (let n = 1; n <= extra; n += 1) {
            const now = distanceAfter(n);
            expect(now).toBeLessThanOrEqual(last + 1e-9);
            last = now;
          }
        },
      ),
    );
  });

  it('comes to the place once the latest marks are all there', () => {
    const old = [
      { u: -0.8, v: 0.5 },
      { u: 0.9, v: -0.1 },
    ];
    const place = { u: 0.3, v: -0.4 };
    const m = middleOf([...old, ...Array.from({ length: recentMarkCount }, () => place)])!;
    expect(m.spot.u).toBeCloseTo(0.3, 12);
    expect(m.spot.v).toBeCloseTo(-0.4, 12);
    expect(m.spreadRadii).toBe(0);
  });

  it('is not pulled by one stray mark among close ones', () => {
    const places = [
      { u: 0.4, v: 0.2 },
      { u: 0.5, v: 0.1 },
      { u: -1, v: -1 },
      { u: 0.45, v: 0.15 },
    ];
    const m = middleOf(places)!;
    expect(m.spot.u).toBeGreaterThan(0.4);
    expect(m.spot.v).toBeGreaterThan(0.1);
  });

  it('shows the other side’s mirror until this side has marks of its own', () => {
    const marks = [mark('LI4', 'right', { u: -0.5, v: 0.2 }, 1)];
    expect(estimateSpot(marks, 'LI4', 'left')).toMatchObject({
      source: 'mirror',
      spot: { u: 0.5, v: 0.2 },
    });
    const both = [...marks, mark('LI4', 'left', { u: 0.1, v: -0.3 }, 2)];
    expect(estimateSpot(both, 'LI4', 'left')).toMatchObject({
      source: 'own',
      spot: { u: 0.1, v: -0.3 },
    });
    expect(estimateSpot(both, 'GB20', 'left')).toBeUndefined();
  });

  it('does not count answers without a place', () => {
    const marks: SpotMark[] = [
      { id: 'a', pointId: 'SI3', side: 'left', atEpochMs: 1, outcome: 'not-found' },
      { id: 'b', pointId: 'SI3', side: 'left', atEpochMs: 2, outcome: 'elsewhere' },
    ];
    expect(estimateSpot(marks, 'SI3', 'left')).toBeUndefined();
  });
});

describe('judging a mark', () => {
  it('keeps a mark near the zone inside it, and does not take a far one as the spot', () => {
    expect(judgeMark({ kind: 'place', spot: { u: 0.2, v: 0.3 } })).toEqual({
      outcome: 'tapped',
      spot: { u: 0.2, v: 0.3 },
    });
    expect(judgeMark({ kind: 'place', spot: { u: 1.5, v: 0 } })).toEqual({
      outcome: 'tapped',
      spot: { u: 1, v: 0 },
    });
    expect(judgeMark({ kind: 'place', spot: { u: farFromZoneRadii + 0.01, v: 0 } })).toEqual({
      outcome: 'elsewhere',
    });
    expect(judgeMark({ kind: 'as-shown' })).toEqual({ outcome: 'as-shown', spot: { u: 0, v: 0 } });
    expect(judgeMark({ kind: 'not-found' })).toEqual({ outcome: 'not-found' });
  });

  it('at Fengchi and Jianjing takes a tap only inside the zone, never just outside it', () => {
    for (const pointId of ['GB20', 'GB21'] as const) {
      expect(judgeMark({ kind: 'place', spot: { u: 0.6, v: 0.8 } }, pointId)).toEqual({
        outcome: 'tapped',
        spot: { u: 0.6, v: 0.8 },
      });
      // Just outside, and two radii down toward the ear (the side of the neck): not the spot.
      expect(judgeMark({ kind: 'place', spot: { u: 1.01, v: 0 } }, pointId)).toEqual({
        outcome: 'elsewhere',
      });
      expect(judgeMark({ kind: 'place', spot: { u: 1.2, v: 1.2 } }, pointId)).toEqual({
        outcome: 'elsewhere',
      });
    }
    // A hand point still keeps a tap near the zone, pulled onto its edge.
    expect(judgeMark({ kind: 'place', spot: { u: 1.5, v: 0 } }, 'LI4')).toEqual({
      outcome: 'tapped',
      spot: { u: 1, v: 0 },
    });
  });

  it('saves every accepted mark inside the zone', () => {
    fc.assert(
      fc.property(placeArb, (spot) => {
        const judged = judgeMark({ kind: 'place', spot });
        if (judged.spot) expect(radiiFromMiddle(judged.spot)).toBeLessThanOrEqual(1 + 1e-12);
        else expect(radiiFromMiddle(spot)).toBeGreaterThan(farFromZoneRadii);
      }),
    );
  });
});

describe('describing the spot', () => {
  it('says toward the thumb on either hand, though the pictures mirror', () => {
    const towardThumbRight = { u: -0.4, v: 0 };
    expect(describeSpot('EX-UE8', 'right', towardThumbRight)).toEqual({
      kind: 'off',
      parts: [{ direction: 'thumb', amount: 'a-little' }],
    });
    expect(describeSpot('EX-UE8', 'left', mirrorSpot(towardThumbRight))).toEqual(
      describeSpot('EX-UE8', 'right', towardThumbRight),
    );
  });

  it('names both directions and how far', () => {
    expect(describeSpot('GB20', 'left', { u: 0.8, v: 0.3 })).toEqual({
      kind: 'off',
      parts: [
        { direction: 'spine', amount: 'more' },
        { direction: 'lower', amount: 'a-little' },
      ],
    });
    expect(describeSpot('GB21', 'right', { u: 0.7, v: 0 })).toEqual({
      kind: 'off',
      parts: [{ direction: 'shoulder-tip', amount: 'more' }],
    });
    expect(describeSpot('SI3', 'right', { u: 0.1, v: -0.2 })).toEqual({ kind: 'middle' });
  });
});
