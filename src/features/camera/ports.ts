import type { Point2 } from './core/point';
import type { PointId, Side } from '../../domain/points';
import type { MarkOutcome } from '../../domain/records/spot-mark';
import type { SpotEstimate, ZoneXy } from '../../domain/zone-frame';
import type { Clock } from '../../shared/ports';

/**
 * Ports of the camera point finder. The browser adapters are src/platform/camera.ts and
 * src/platform/hand-landmarker.ts (landmarks in a worker); test/camera-fakes.ts has fakes.
 * Frames never leave the device and are never stored: they go from the camera to the worker
 * and are dropped after each detection.
 */

/** Why the camera could not start. */
export type CameraProblem = 'no-camera' | 'denied' | 'in-use' | 'unsupported' | 'failed';

export class CameraError extends Error {
  constructor(
    readonly problem: CameraProblem,
    message: string = problem,
  ) {
    super(message);
    this.name = 'CameraError';
  }
}

/** A frame to look at, handed over (and closed) by whoever takes it. */
export interface CameraFrame {
  readonly image: ImageBitmap;
  readonly width: number;
  readonly height: number;
}

/** A running camera. */
export interface CameraFeed {
  /** For the live picture on screen. */
  readonly stream: MediaStream;
  /** The next frame, or null when none is ready yet. */
  grab(): Promise<CameraFrame | null>;
  /** Stops every track: the camera light goes off. */
  stop(): void;
}

export interface Camera {
  /** Opens the front camera; rejects with a CameraError. */
  open(): Promise<CameraFeed>;
}

/** One hand found in a frame, in the frame's pixels. */
export interface DetectedHand {
  readonly landmarks: readonly Point2[];
  /** MediaPipe's handedness label for the frame as given. */
  readonly label: Side;
  readonly score: number;
}

export interface Detection {
  readonly hands: readonly DetectedHand[];
  /** Mean brightness of the frame, 0–255 (only measured when no hand was found). */
  readonly brightness: number | null;
}

export interface DownloadProgress {
  readonly loadedBytes: number;
  readonly totalBytes: number;
  /** True when the files came from this device's cache. */
  readonly fromCache: boolean;
}

/** Hand landmarks on the device (MediaPipe, WebAssembly). */
export interface HandLandmarker {
  /** Downloads (or reads from the cache) and starts the model. */
  load(onProgress: (progress: DownloadProgress) => void): Promise<void>;
  /**
   * Looks for up to `maxHands` hands in `frame` (taken over and closed). With fewer hands tracked
   * than `maxHands`, the model searches the whole picture for palms again on every frame, which
   * costs about as much as the landmarks themselves.
   */
  detect(frame: CameraFrame, timestampMs: number, maxHands: 1 | 2): Promise<Detection>;
  close(): void;
}

/** What main.tsx hands out, loaded only when camera mode first opens. */
/** The page's frame clock: monotonic milliseconds, and a wait for the next frame. */
export interface FrameClock extends Clock {
  /** Lets the page breathe between detections (requestAnimationFrame in the browser). */
  nextFrame(): Promise<void>;
}

export interface CameraPlatform {
  readonly camera: Camera;
  readonly frames: FrameClock;
  createHandLandmarker(): HandLandmarker;
  /** What the first use downloads, in bytes. */
  readonly downloadBytes: number;
  /** Tears the hand model's worker down now (a session starts: memory for the background). */
  release(): void;
}

/**
 * What camera mode needs of "your spot" (the spots model, which app.ts passes in): the estimate
 * to draw on the hand, and saving a place shown on it.
 */
export interface SpotsPort {
  estimate(pointId: PointId, side: Side): SpotEstimate | undefined;
  answer(
    pointId: PointId,
    side: Side,
    answer: { readonly kind: 'place'; readonly spot: ZoneXy },
  ): Promise<MarkAnswerOutcome>;
}
/** What was saved for a place: a mark's outcome, or 'full' when the journal holds its most. */
export type MarkAnswerOutcome = MarkOutcome | 'full';
