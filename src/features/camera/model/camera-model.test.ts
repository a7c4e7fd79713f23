import { describe, expect, it } from 'vitest';
import { createCameraFinder } from './camera-model';
import { handZones, mirrorLandmarks } from '../core/hand-points';
import type { Detection } from '../ports';
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
  options: { problem?: 'denied' | 'no-camera' | 'in-use'; failLoad?: boolean } = {},
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
  const platform = fakePlatform(camera, landmarker);
  const finder = createCameraFinder({ platform, clock, pointId: 'EX-UE8', side: 'right' });
  return { clock, camera, landmarker, platform, finder };
}

describe('camera point finder', () => {
  it('draws the Luozhen zone on the back of the asked-for hand and notes when it first appeared', async () => {
    const { finder, landmarker, clock } = setUp([backOfRight]);
    void finder.open();
    clock.ms = 1200;
    await landmarker.step();
    expect(finder.state.value.kind).toBe('tracking');
    const zone = handZones(rightBack).find((z) => z.pointId === 'EX-UE8');
    expect(finder.overlay.value?.zone).toEqual(zone);
    expect(finder.overlay.value).toMatchObject({ frameWidth: 640, frameHeight: 480 });
    expect(finder.firstZoneAtMs.value).toBe(1200);
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
});
