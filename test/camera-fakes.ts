import {
  CameraError,
  type Camera,
  type CameraFeed,
  type CameraFrame,
  type CameraPlatform,
  type CameraProblem,
  type Detection,
  type DownloadProgress,
  type FrameClock,
  type HandLandmarker,
} from '../src/features/camera/ports';

/** A frame clock the test moves by hand; its next frame comes at once. */
export class FakeClock implements FrameClock {
  ms = 0;
  nowMs(): number {
    return this.ms;
  }
  nextFrame(): Promise<void> {
    return Promise.resolve();
  }
}

/** A camera that opens (or fails with `problem`) and records whether it was stopped. */
export class FakeCamera implements Camera {
  opened = 0;
  stopped = 0;
  frames = 0;
  constructor(private readonly problem?: CameraProblem) {}
  async open(): Promise<CameraFeed> {
    this.opened += 1;
    if (this.problem) throw new CameraError(this.problem);
    return {
      stream: {} as MediaStream,
      grab: async (): Promise<CameraFrame> => {
        this.frames += 1;
        return { image: { close: () => undefined } as ImageBitmap, width: 640, height: 480 };
      },
      stop: () => {
        this.stopped += 1;
      },
    };
  }
}

/**
 * A hand model that answers each frame with the next scripted detection (the last one repeats),
 * and lets the test step frame by frame: `detect` waits until `step()` is called.
 */
export class ScriptedLandmarker implements HandLandmarker {
  closed = false;
  loads = 0;
  /** The `maxHands` of each detection asked for, in order. */
  readonly maxHandsAsked: (1 | 2)[] = [];
  private waiting: (() => void)[] = [];
  constructor(
    public script: Detection[],
    private readonly progress: DownloadProgress[] = [],
    private readonly failLoad = false,
  ) {}
  async load(onProgress: (progress: DownloadProgress) => void): Promise<void> {
    this.loads += 1;
    for (const p of this.progress) onProgress(p);
    if (this.failLoad) throw new Error('no WebAssembly here');
  }
  async detect(frame: CameraFrame, _timestampMs: number, maxHands: 1 | 2): Promise<Detection> {
    frame.image.close();
    this.maxHandsAsked.push(maxHands);
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    const next = this.script.length > 1 ? this.script.shift() : this.script[0];
    return next ?? { hands: [], brightness: 128 };
  }
  /** Lets the pending detection answer; resolves once the model has handled it. */
  async step(): Promise<void> {
    for (let i = 0; i < 20 && this.waiting.length === 0; i++) await Promise.resolve();
    this.waiting.shift()?.();
    for (let i = 0; i < 20; i++) await Promise.resolve();
  }
  close(): void {
    this.closed = true;
  }
}

export function fakePlatform(
  camera: Camera,
  landmarker: HandLandmarker,
  frames: FrameClock = new FakeClock(),
): CameraPlatform & {
  created: number;
} {
  const platform = {
    camera,
    frames,
    created: 0,
    downloadBytes: 20_000_000,
    release: () => {},
    createHandLandmarker: () => {
      platform.created += 1;
      return landmarker;
    },
  };
  return platform;
}
