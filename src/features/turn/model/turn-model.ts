import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { yawFromMotion, type MotionSample } from '../core/motion';
import {
  defaultHold,
  minimumTurnDeg,
  restingYaw,
  turnResult,
  type TurnResult,
  type YawSample,
} from '../core/turn-test';
import type { MotionSensor } from '../ports';

/**
 * The turn test's steps: still to start, left and hold, back to the middle, right and hold, back;
 * or why it stopped. The prompts follow the readings (their own times, no clock of ours).
 */
export type TurnPhase =
  | 'intro'
  | 'asking'
  | 'unsupported'
  | 'denied'
  | 'no-readings'
  | 'rest'
  | 'left'
  | 'middle'
  | 'right'
  | 'back'
  | 'done'
  | 'stopped';

/** The step timings (ms of readings). */
export interface TurnTiming {
  /** Still at the start before "turn left". */
  readonly restMs: number;
  /** A step that has not been done by then moves on (that side is left without a result). */
  readonly stepMs: number;
  /** No reading by then: this device gives none. */
  readonly firstReadingMs: number;
}

export const defaultTiming: TurnTiming = { restMs: 1500, stepMs: 20_000, firstReadingMs: 2000 };

export interface TurnTestModel {
  readonly phase: ReadonlySignal<TurnPhase>;
  /** The head's yaw now, from where it rested at the start (positive: to the left). */
  readonly yawDeg: ReadonlySignal<number | null>;
  readonly result: ReadonlySignal<TurnResult | null>;
  /** Asks for the sensors and starts (call inside the tap: iOS asks there). */
  start(): Promise<void>;
  /** Stops at once (a stop sign, or the person chose to): the sensors are released. */
  stop(): void;
  /** Called by the screen when it goes away: the sensors are released. */
  dispose(): void;
}

/**
 * `timeoutAfter(ms, fn)` is the screen's timer (the only clock): used once, for a device with no
 * readings. `onResult` hears each finished test's result (to keep it), once per test.
 */
export function createTurnTest(
  motion: MotionSensor,
  timeoutAfter: (ms: number, fn: () => void) => () => void,
  timing: TurnTiming = defaultTiming,
  onResult: (result: TurnResult) => void = () => undefined,
): TurnTestModel {
  const phase = signal<TurnPhase>('intro');
  const yawDeg = signal<number | null>(null);
  const result = signal<TurnResult | null>(null);
  let samples: MotionSample[] = [];
  let yaws: YawSample[] = [];
  let stopListening: (() => void) | null = null;
  let cancelWait: (() => void) | null = null;
  let stepFromMs = 0;
  let firstAtMs: number | null = null;
  let leftTurn = 0;

  const release = () => {
    stopListening?.();
    stopListening = null;
    cancelWait?.();
    cancelWait = null;
  };

  const goTo = (next: TurnPhase, atMs: number) => {
    phase.value = next;
    stepFromMs = atMs;
  };

  /** Where the head has stayed for the hold time (median), or null when it is moving. */
  const heldAt = (): number | null => {
    const last = yaws.at(-1);
    if (!last || last.yawDeg === null) return null;
    const recent = yaws.filter((y) => last.atMs - y.atMs <= defaultHold.holdMs);
    if (recent.some((y) => y.yawDeg === null)) return null;
    if (last.atMs - recent[0]!.atMs < defaultHold.holdMs * 0.9) return null;
    const values = recent.map((y) => y.yawDeg!).sort((a, b) => a - b);
    if (values.at(-1)! - values[0]! > 2 * defaultHold.toleranceDeg) return null;
    return values[values.length >> 1]!;
  };

  const finish = (atMs: number) => {
    release();
    const measured = turnResult(yaws);
    result.value = measured;
    goTo('done', atMs);
    onResult(measured);
  };

  const onSample = (sample: MotionSample) => {
    if (firstAtMs === null) {
      firstAtMs = sample.atMs;
      cancelWait?.();
      cancelWait = null;
      goTo('rest', sample.atMs);
    }
    samples.push(sample);
    // Ten times a second is enough for the prompts.
    if (samples.length % 6 !== 0) return;
    yaws = yawFromMotion(samples);
    const rest = restingYaw(yaws) ?? 0;
    const now = sample.atMs;
    const last = yaws.at(-1)?.yawDeg ?? null;
    yawDeg.value = last === null ? null : last - rest;
    if (last === null) return finish(now);
    const held = heldAt();
    const away = held === null ? null : held - rest;
    const overdue = now - stepFromMs > timing.stepMs;
    switch (phase.value) {
      case 'rest':
        if (now - stepFromMs >= timing.restMs) goTo('left', now);
        break;
      case 'left':
        if ((away !== null && away >= minimumTurnDeg) || overdue) {
          leftTurn = away ?? 0;
          goTo('middle', now);
        }
        break;
      case 'middle':
        if ((away !== null && Math.abs(away) < Math.max(minimumTurnDeg, leftTurn / 3)) || overdue)
          goTo('right', now);
        break;
      case 'right':
        if ((away !== null && away <= -minimumTurnDeg) || overdue) goTo('back', now);
        break;
      case 'back':
        if ((away !== null && away > -minimumTurnDeg) || overdue) finish(now);
        break;
      default:
        break;
    }
  };

  return {
    phase,
    yawDeg: computed(() => yawDeg.value),
    result,
    async start() {
      if (phase.value !== 'intro' && phase.value !== 'done' && phase.value !== 'stopped') return;
      release();
      samples = [];
      yaws = [];
      firstAtMs = null;
      result.value = null;
      yawDeg.value = null;
      phase.value = 'asking';
      const access = await motion.requestAccess();
      if (phase.value !== 'asking') return;
      if (access !== 'granted') {
        phase.value = access;
        return;
      }
      stopListening = motion.listen(onSample);
      cancelWait = timeoutAfter(timing.firstReadingMs, () => {
        if (firstAtMs !== null) return;
        release();
        phase.value = 'no-readings';
      });
    },
    stop() {
      release();
      phase.value = 'stopped';
    },
    dispose: release,
  };
}
