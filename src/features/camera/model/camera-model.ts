import { computed, signal, type ReadonlySignal } from '@preact/signals';
import {
  readHand,
  spotFromHand,
  spotOnHand,
  zoneOf,
  type Facing,
  type HandPointId,
  type HandZone,
  type Point2,
} from '../core/hand-points';
import type { Side } from '../../../domain/points';
import {
  keyStepRadii,
  withinReach,
  zoneMiddle,
  type SpotEstimate,
  type ZoneXy,
} from '../../../domain/zone-frame';
import {
  CameraError,
  type CameraFeed,
  type CameraPlatform,
  type CameraProblem,
  type DetectedHand,
  type DownloadProgress,
  type HandLandmarker,
  type MarkAnswerOutcome,
  type SpotsPort,
} from '../ports';

/**
 * The camera point finder as a model: it opens the camera, loads the hand model, and turns each
 * frame's landmarks into what the screen says and draws. Frames are never stored.
 */
export type CameraState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'starting' }
  | { readonly kind: 'loading'; readonly progress: DownloadProgress }
  | { readonly kind: 'problem'; readonly problem: CameraProblem | 'model-failed' }
  /** Looking, and nothing found yet (less than `lostAfterMs`). */
  | { readonly kind: 'searching' }
  | { readonly kind: 'no-hand' }
  | { readonly kind: 'low-light' }
  | { readonly kind: 'wrong-hand'; readonly shown: Side }
  | { readonly kind: 'palm' }
  | { readonly kind: 'tracking' }
  | { readonly kind: 'closed' };

/** What the overlay draws: the zone in the frame's pixels. */
export interface Overlay {
  readonly zone: HandZone;
  readonly frameWidth: number;
  readonly frameHeight: number;
  readonly facing: Facing;
  readonly hand: Side;
  /** The person's saved spot for this point and side, placed on this hand; null when none. */
  readonly spot: { readonly at: Point2; readonly estimate: SpotEstimate } | null;
  /** The marker being placed with the keys, on this hand; null when none. */
  readonly markerAt: Point2 | null;
}

/** What a tap on the live hand saved ('no-hand': no zone on a hand to place it in). */
export type CameraMarkOutcome = MarkAnswerOutcome | 'no-hand';

export interface CameraFinderOptions {
  /** Its camera, hand model and frame clock. */
  readonly platform: CameraPlatform;
  readonly pointId: HandPointId;
  /** The hand the step asks for. */
  readonly side: Side;
  /** "Your spot": its estimate to draw, and where a tap on the hand is saved. */
  readonly spots: SpotsPort;
  /** After this long without a hand the screen says so (and suggests light). */
  readonly lostAfterMs?: number;
  /** Below this mean brightness (0–255) a frame counts as too dark. */
  readonly darkBelow?: number;
  /** Frames a new verdict must hold before it replaces "tracking" (default 3). */
  readonly settleFrames?: number;
}

export interface CameraFinder {
  readonly state: ReadonlySignal<CameraState>;
  readonly overlay: ReadonlySignal<Overlay | null>;
  readonly stream: ReadonlySignal<MediaStream | null>;
  /** True while the camera is on. */
  readonly cameraOn: ReadonlySignal<boolean>;
  open(): Promise<void>;
  /**
   * The person tapped `at` (the frame's pixels) to show their tender spot: saved through the
   * spots model like a tap on the picture, in the zone's hand-relative frame, so a place far
   * outside the zone is not taken as their spot.
   */
  markAt(at: Point2): Promise<CameraMarkOutcome>;
  /** The keyboard's marker, in the zone's frame, while the person places it; else null. */
  readonly marker: ReadonlySignal<ZoneXy | null>;
  /**
   * Moves the keyboard's marker one step (a quarter of the zone's radius) along the frame's
   * x and y (each −1, 0 or 1), starting from the saved spot or the zone's middle.
   */
  moveMarker(dx: number, dy: number): void;
  /** Saves the keyboard's marker like a tap there. */
  saveMarker(): Promise<CameraMarkOutcome>;
  cancelMarker(): void;
  close(): void;
}

const defaultLostAfterMs = 3000;
const defaultDarkBelow = 40;

/** Picks the hand to follow: the asked-for hand when it is there, else the surest one. */
function pickHand(hands: readonly DetectedHand[], side: Side): DetectedHand | undefined {
  const wanted = hands.filter((hand) => hand.label === side);
  const pool = wanted.length > 0 ? wanted : hands;
  return [...pool].sort((a, b) => b.score - a.score)[0];
}

export function createCameraFinder(options: CameraFinderOptions): CameraFinder {
  const { platform, pointId, side, spots } = options;
  const clock = platform.frames;
  const lostAfterMs = options.lostAfterMs ?? defaultLostAfterMs;
  const darkBelow = options.darkBelow ?? defaultDarkBelow;
  const nextFrame = () => platform.frames.nextFrame();

  const state = signal<CameraState>({ kind: 'idle' });
  // The zone on the latest hand; the overlay adds "your spot", which follows the saved marks.
  const seen = signal<Omit<Overlay, 'spot' | 'markerAt'> | null>(null);
  const marker = signal<ZoneXy | null>(null);
  const overlay = computed<Overlay | null>(() => {
    const shown = seen.value;
    if (!shown) return null;
    const estimate = spots.estimate(pointId, side);
    const placing = marker.value;
    return {
      ...shown,
      spot: estimate ? { at: spotOnHand(shown.zone, estimate.spot), estimate } : null,
      markerAt: placing ? spotOnHand(shown.zone, placing) : null,
    };
  });
  const stream = signal<MediaStream | null>(null);
  // A verdict other than "tracking" replaces tracking only after it holds for a few frames, so
  // that one odd frame does not make the message flicker.
  let pendingKind: CameraState['kind'] | null = null;
  let pendingCount = 0;
  const settleFrames = options.settleFrames ?? 3;
  function show(next: CameraState): void {
    if (next.kind === 'tracking' || state.value.kind !== 'tracking') {
      pendingKind = null;
      pendingCount = 0;
      state.value = next;
      return;
    }
    pendingCount = pendingKind === next.kind ? pendingCount + 1 : 1;
    pendingKind = next.kind;
    if (pendingCount >= settleFrames) {
      pendingKind = null;
      pendingCount = 0;
      state.value = next;
      seen.value = null;
    }
  }
  let feed: CameraFeed | null = null;
  let landmarker: HandLandmarker | null = null;
  let closed = false;

  function stopAll(): void {
    feed?.stop();
    feed = null;
    stream.value = null;
    landmarker?.close();
    landmarker = null;
  }

  async function track(): Promise<void> {
    let lastHandAtMs = clock.nowMs();
    // Two hands while looking (the other hand may be in the picture too), one once the asked-for
    // hand is the only one seen: the model then follows it without searching every frame anew.
    let maxHands: 1 | 2 = 2;
    while (!closed && feed && landmarker) {
      const frame = await feed.grab();
      if (closed || !landmarker) {
        frame?.image.close();
        break;
      }
      if (!frame) {
        await nextFrame();
        continue;
      }
      const width = frame.width;
      const height = frame.height;
      const detection = await landmarker.detect(frame, clock.nowMs(), maxHands);
      if (closed) break;
      const now = clock.nowMs();
      const hand = pickHand(detection.hands, side);
      maxHands = detection.hands.length === 1 && hand?.label === side ? 1 : 2;
      if (!hand) {
        const lost = now - lastHandAtMs >= lostAfterMs;
        if (detection.brightness !== null && detection.brightness < darkBelow && lost) {
          show({ kind: 'low-light' });
        } else {
          show(lost ? { kind: 'no-hand' } : { kind: 'searching' });
        }
      } else {
        lastHandAtMs = now;
        // Frames go to the model as the camera takes them (not mirrored).
        const reading = readHand(hand.landmarks, hand.label, false);
        if (reading.hand !== side) {
          show({ kind: 'wrong-hand', shown: reading.hand });
        } else {
          seen.value = {
            zone: zoneOf(reading, pointId),
            frameWidth: width,
            frameHeight: height,
            facing: reading.facing,
            hand: reading.hand,
          };
          if (reading.facing === 'palm') {
            show({ kind: 'palm' });
          } else {
            show({ kind: 'tracking' });
          }
        }
      }
      await nextFrame();
    }
  }

  async function open(): Promise<void> {
    if (state.value.kind !== 'idle') return;
    state.value = { kind: 'starting' };
    try {
      // The camera first: when it cannot start, nothing is downloaded.
      feed = await platform.camera.open();
      if (closed) {
        stopAll();
        return;
      }
      stream.value = feed.stream;
      landmarker = platform.createHandLandmarker();
      state.value = {
        kind: 'loading',
        progress: { loadedBytes: 0, totalBytes: platform.downloadBytes, fromCache: false },
      };
      await landmarker.load((progress) => {
        if (!closed) state.value = { kind: 'loading', progress };
      });
      if (closed) return;
      state.value = { kind: 'searching' };
      await track();
    } catch (error) {
      if (closed) return;
      stopAll();
      seen.value = null;
      state.value = {
        kind: 'problem',
        problem: error instanceof CameraError ? error.problem : 'model-failed',
      };
    }
  }

  function close(): void {
    closed = true;
    stopAll();
    seen.value = null;
    state.value = { kind: 'closed' };
  }

  async function markAt(at: Point2): Promise<CameraMarkOutcome> {
    const shown = seen.value;
    if (!shown || state.value.kind !== 'tracking') return 'no-hand';
    return spots.answer(pointId, side, { kind: 'place', spot: spotFromHand(shown.zone, at) });
  }

  function moveMarker(dx: number, dy: number): void {
    const shown = seen.value;
    if (!shown) return;
    const from = marker.value ?? spots.estimate(pointId, side)?.spot ?? zoneMiddle;
    const at = spotOnHand(shown.zone, from);
    const step = keyStepRadii * shown.zone.radius;
    const next = spotFromHand(shown.zone, { x: at.x + dx * step, y: at.y + dy * step });
    marker.value = withinReach(next);
  }

  async function saveMarker(): Promise<CameraMarkOutcome> {
    const placing = marker.value;
    if (!placing || !seen.value || state.value.kind !== 'tracking') return 'no-hand';
    marker.value = null;
    return spots.answer(pointId, side, { kind: 'place', spot: placing });
  }

  return {
    state,
    overlay,
    stream,
    cameraOn: computed(() => stream.value !== null),
    open,
    close,
    markAt,
    marker,
    moveMarker,
    saveMarker,
    cancelMarker: () => {
      marker.value = null;
    },
  };
}
