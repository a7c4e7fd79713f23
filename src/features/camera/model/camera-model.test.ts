import { describe, expect, it } from 'vitest';
import { createCameraFinder } from './camera-model';
import {
  distance,
  handZones,
  mirrorLandmarks,
  spotFromHand,
  spotOnHand,
  type Point2,
} from '../core/hand-points';
import type { Detection } from '../ports';
import { createSpotsModel } from '../../spots';
import type { SpotMark } from '../../../domain/records/spot-mark';
import { createFakeJournalStore, makeSpotMark } from '../../../../test/journal-fakes';
import {
  FakeCamera,
  FakeClock,
  ScriptedLandmarker,
  fakePlatform,
} from '../../../../test/camera-fakes';
import { rightBack } from '../../../../test/hand-fixtures';

const backOfRight: Detection = {
  hands: [{ landmarks: rightBack, label: 'right', score: 0.9 }],
  brightness: null,
};
const palmOfRight: Detection = {
  hands: [{ landmarks: mirrorLandmarks(rightBack, 400), label: 'right', score: 0.9 }],
  brightness: null,
};
const backOfLeft: Detection = {
  hands: [{ landmarks: mirrorLandmarks(rightBack, 400), label: 'left', score: 0.9 }],
  brightness: null,
};
const nothing = (brightness: number): Detection => ({ hands: [], brightness });

function setUp(
  script: Detection[],
  options: {
    problem?: 'denied' | 'no-camera' | 'in-use';
    failLoad?: boolean;
    marks?: readonly SpotMark[];
  } = {},
) {
  const clock = new FakeClock();
  const camera = new FakeCamera(options.problem);
  const landmarker = new ScriptedLandmarker(
    script,
    [
      { loadedBytes: 5_000_000, totalBytes: 20_000_000, fromCache: false },
      { loadedBytes: 20_000_000, totalBytes: 20_000_000, fromCache: false },
    ],
    options.failLoad ?? false,
  );
  const platform = fakePlatform(camera, landmarker, clock);
  const store = createFakeJournalStore();
  for (const mark of options.marks ?? []) store.spotRows.set(mark.id, mark);
  let ids = 0;
  const spots = createSpotsModel({
    loadStore: async () => store,
    now: () => Date.UTC(2026, 11, 2) + ids,
    newId: () => `tap-${(ids += 1)}`,
  });
  const finder = createCameraFinder({ platform, pointId: 'EX-UE8', side: 'right', spots });
  return { clock, camera, landmarker, platform, finder, spots, store };
}

describe('camera point finder', () => {
  it('draws the Luozhen zone on the back of the asked-for hand', async () => {
    const { finder, landmarker } = setUp([backOfRight]);
    void finder.open();
    await landmarker.step();
    expect(finder.state.value.kind).toBe('tracking');
    const zone = handZones(rightBack).find((z) => z.pointId === 'EX-UE8');
    expect(finder.overlay.value?.zone).toEqual(zone);
    expect(finder.overlay.value).toMatchObject({ frameWidth: 640, frameHeight: 480, spot: null });
    finder.close();
  });

  it('says which hand is showing when it is the other one, once it holds for a few frames', async () => {
    const { finder, landmarker } = setUp([backOfRight, backOfLeft, backOfLeft, backOfLeft]);
    void finder.open();
    await landmarker.step();
    expect(finder.state.value.kind).toBe('tracking');
    await landmarker.step();
    await landmarker.step();
    expect(finder.state.value.kind).toBe('tracking');
    await landmarker.step();
    expect(finder.state.value).toEqual({ kind: 'wrong-hand', shown: 'left' });
    finder.close();
  });

  it('follows one hand once the asked-for hand is the only one seen, and looks for two again when it is not', async () => {
    const bothHands: Detection = {
      hands: [...backOfRight.hands, ...backOfLeft.hands],
      brightness: null,
    };
    const { finder, landmarker } = setUp([
      nothing(120),
      backOfRight,
      backOfRight,
      bothHands,
      backOfLeft,
      nothing(120),
      backOfRight,
    ]);
    void finder.open();
    for (let i = 0; i < 7; i++) await landmarker.step();
    expect(landmarker.maxHandsAsked.slice(0, 8)).toEqual([2, 2, 1, 1, 2, 2, 2, 1]);
    finder.close();
  });

  it('asks for the back of the hand when the palm shows', async () => {
    const { finder, landmarker } = setUp([palmOfRight]);
    void finder.open();
    await landmarker.step();
    expect(finder.state.value.kind).toBe('palm');
    finder.close();
  });

  it('says no hand was found after three seconds, and blames the light when the frame is dark', async () => {
    const { finder, landmarker, clock } = setUp([nothing(120), nothing(120), nothing(10)]);
    void finder.open();
    clock.ms = 1000;
    await landmarker.step();
    expect(finder.state.value.kind).toBe('searching');
    clock.ms = 4500;
    await landmarker.step();
    expect(finder.state.value.kind).toBe('no-hand');
    await landmarker.step();
    expect(finder.state.value.kind).toBe('low-light');
    finder.close();
  });

  it('shows the download progress while the model loads', async () => {
    const { finder } = setUp([backOfRight]);
    const seen: string[] = [];
    const stop = finder.state.subscribe((s) => {
      if (s.kind === 'loading') seen.push(`${s.progress.loadedBytes}/${s.progress.totalBytes}`);
    });
    void finder.open();
    for (let i = 0; i < 10; i++) await Promise.resolve();
    stop();
    expect(seen).toEqual(['0/20000000', '5000000/20000000', '20000000/20000000']);
    finder.close();
  });

  for (const problem of ['denied', 'no-camera', 'in-use'] as const) {
    it(`explains "${problem}" and downloads nothing when the camera cannot start`, async () => {
      const { finder, platform, landmarker } = setUp([backOfRight], { problem });
      await finder.open();
      expect(finder.state.value).toEqual({ kind: 'problem', problem });
      expect(platform.created).toBe(0);
      expect(landmarker.loads).toBe(0);
      expect(finder.cameraOn.value).toBe(false);
    });
  }

  it('turns the camera off when the model cannot start, and says so', async () => {
    const { finder, camera } = setUp([backOfRight], { failLoad: true });
    await finder.open();
    expect(finder.state.value).toEqual({ kind: 'problem', problem: 'model-failed' });
    expect(camera.stopped).toBe(1);
  });

  it('stops the camera and the model the moment it closes', async () => {
    const { finder, landmarker, camera } = setUp([backOfRight]);
    void finder.open();
    await landmarker.step();
    expect(finder.cameraOn.value).toBe(true);
    finder.close();
    expect(camera.stopped).toBe(1);
    expect(landmarker.closed).toBe(true);
    expect(finder.cameraOn.value).toBe(false);
    expect(finder.overlay.value).toBeNull();
    expect(finder.state.value.kind).toBe('closed');
  });

  describe('your spot on the live hand', () => {
    const luozhenOn = (hand: readonly Point2[]) => {
      const zone = handZones(hand).find((z) => z.pointId === 'EX-UE8');
      if (!zone) throw new Error('no zone');
      return zone;
    };
    // The same right hand, moved, turned a little and twice as large.
    const bigger = rightBack.map((p) => ({
      x: 2 * (p.x * Math.cos(0.3) - p.y * Math.sin(0.3)) + 40,
      y: 2 * (p.x * Math.sin(0.3) + p.y * Math.cos(0.3)) - 300,
    }));
    const backOfBigger: Detection = {
      hands: [{ landmarks: bigger, label: 'right', score: 0.9 }],
      brightness: null,
    };
    const saved = makeSpotMark({ pointId: 'EX-UE8', side: 'right', u: 0.5, v: -0.4 });

    it('draws the saved spot where its hand-relative place lies on this hand, and follows the hand', async () => {
      const { finder, landmarker, spots } = setUp([backOfRight, backOfBigger], { marks: [saved] });
      await spots.load();
      void finder.open();
      await landmarker.step();
      const first = finder.overlay.value?.spot;
      expect(first?.estimate).toMatchObject({ spot: { u: 0.5, v: -0.4 }, source: 'own' });
      const expected = spotOnHand(luozhenOn(rightBack), { u: 0.5, v: -0.4 });
      expect(distance(first?.at ?? { x: NaN, y: NaN }, expected)).toBeLessThan(1e-9);
      await landmarker.step();
      const zone = luozhenOn(bigger);
      const second = finder.overlay.value?.spot?.at ?? { x: NaN, y: NaN };
      expect(distance(second, spotOnHand(zone, { u: 0.5, v: -0.4 }))).toBeLessThan(1e-9);
      expect(spotFromHand(zone, second).u).toBeCloseTo(0.5, 9);
      expect(distance(second, zone.centre)).toBeCloseTo(
        2 * distance(expected, luozhenOn(rightBack).centre),
        6,
      );
      finder.close();
    });

    it('draws the other hand’s spot mirrored until this hand has its own', async () => {
      const { finder, landmarker, spots } = setUp([backOfRight], {
        marks: [makeSpotMark({ pointId: 'EX-UE8', side: 'left', u: 0.5, v: -0.4 })],
      });
      await spots.load();
      void finder.open();
      await landmarker.step();
      expect(finder.overlay.value?.spot?.estimate).toMatchObject({
        spot: { u: -0.5, v: -0.4 },
        source: 'mirror',
      });
      finder.close();
    });

    it('saves a tap on the hand as the spot, through the spots model, in the zone’s frame', async () => {
      const { finder, landmarker, spots, store } = setUp([backOfRight]);
      await spots.load();
      void finder.open();
      await landmarker.step();
      const at = spotOnHand(luozhenOn(rightBack), { u: -0.3, v: 0.6 });
      expect(await finder.markAt(at)).toBe('tapped');
      const mark = store.spotRows.get('tap-1');
      expect(mark).toMatchObject({ pointId: 'EX-UE8', side: 'right', outcome: 'tapped' });
      expect(mark?.u).toBeCloseTo(-0.3, 9);
      expect(mark?.v).toBeCloseTo(0.6, 9);
      // Drawn at once, where the tap was.
      expect(distance(finder.overlay.value?.spot?.at ?? { x: NaN, y: NaN }, at)).toBeLessThan(1e-9);
      finder.close();
    });

    it('does not take a tap far outside the zone as the spot', async () => {
      const { finder, landmarker, spots, store } = setUp([backOfRight], { marks: [saved] });
      await spots.load();
      void finder.open();
      await landmarker.step();
      const before = finder.overlay.value?.spot?.at;
      const far = spotOnHand(luozhenOn(rightBack), { u: 2.2, v: 0 });
      expect(await finder.markAt(far)).toBe('elsewhere');
      expect(store.spotRows.get('tap-1')).toMatchObject({ outcome: 'elsewhere' });
      expect(store.spotRows.get('tap-1')?.u).toBeUndefined();
      expect(finder.overlay.value?.spot?.at).toEqual(before);
      finder.close();
    });

    it('places the spot with the keys too: a quarter of the zone per press, saved like a tap', async () => {
      const { finder, landmarker, spots, store } = setUp([backOfRight]);
      await spots.load();
      void finder.open();
      await landmarker.step();
      // This right hand stands fingers up, so the frame's x is the picture's u.
      finder.moveMarker(1, 0);
      finder.moveMarker(1, 0);
      finder.moveMarker(0, -1);
      expect(finder.marker.value?.u).toBeCloseTo(0.5, 9);
      expect(finder.marker.value?.v).toBeCloseTo(-0.25, 9);
      const drawn = finder.overlay.value?.markerAt ?? { x: NaN, y: NaN };
      expect(distance(drawn, spotOnHand(luozhenOn(rightBack), { u: 0.5, v: -0.25 }))).toBeLessThan(
        1e-9,
      );
      expect(await finder.saveMarker()).toBe('tapped');
      expect(finder.marker.value).toBeNull();
      expect(store.spotRows.get('tap-1')?.u).toBeCloseTo(0.5, 9);
      // Far out with the keys: it stops a little beyond "far", and is not taken as the spot.
      for (let i = 0; i < 20; i += 1) finder.moveMarker(0, 1);
      expect(Math.hypot(finder.marker.value?.u ?? NaN, finder.marker.value?.v ?? NaN)).toBeCloseTo(
        2.5,
        9,
      );
      expect(await finder.saveMarker()).toBe('elsewhere');
      finder.close();
    });

    it('saves nothing when no hand is being tracked', async () => {
      const { finder, landmarker, store } = setUp([palmOfRight]);
      void finder.open();
      await landmarker.step();
      expect(await finder.markAt({ x: 100, y: 100 })).toBe('no-hand');
      expect(store.spotRows.size).toBe(0);
      finder.close();
    });
  });
});
