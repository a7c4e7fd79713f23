import { defaultBreath } from '../../../domain/points';
import type { Plan, Step } from './planner';
import { cues as cueTable, type CueKind } from './cues';

/**
 * The session as a timeline: every segment and cue with integer millisecond offsets from the
 * session start, known before the first cue. Where the session is at any moment is a pure
 * function of the elapsed time (`stepAt`); nothing is counted tick by tick.
 */
export interface TimingOptions {
  /** "Get ready / move to the next point" before each step. */
  readonly transitionMs: number;
  readonly breathInMs: number;
  readonly breathOutMs: number;
}

/**
 * Each breath phase, in or out, in whole ms. Never faster than 3 s a phase: over-breathing
 * brings on dizziness and tingling, which are stop signs. Source: clinical.md "Pressure and
 * time". At most 20 s: slower than that is no longer a paced breath. The set-up screen, the
 * remembered settings and the timeline all check against these.
 */
export const breathPhaseLimitsMs = { min: 3000, max: 20_000 } as const;

/** The "get ready" transition between steps, in whole ms. */
export const transitionLimitsMs = { min: 0, max: 120_000 } as const;

function isWholeIn(value: number, limits: { readonly min: number; readonly max: number }) {
  return Number.isInteger(value) && value >= limits.min && value <= limits.max;
}

/** True for a breath phase the pacer may use: whole ms within `breathPhaseLimitsMs`. */
export function isBreathPhaseMs(value: unknown): value is number {
  return typeof value === 'number' && isWholeIn(value, breathPhaseLimitsMs);
}

export const defaultTiming: TimingOptions = {
  transitionMs: 10_000,
  breathInMs: defaultBreath.inMs,
  breathOutMs: defaultBreath.outMs,
};

export type SegmentKind = 'prepare' | 'hold' | 'press' | 'release';

export interface Segment {
  readonly kind: SegmentKind;
  readonly stepIndex: number;
  readonly startMs: number;
  readonly endMs: number;
  /** 1-based pulse number for press and release segments. */
  readonly pulse?: number;
}

export type { CueKind };

export interface Cue {
  readonly atMs: number;
  readonly kind: CueKind;
  readonly stepIndex: number;
  readonly pulse?: number;
}

export interface StepSpan {
  /** Start of the step's "get ready" transition. */
  readonly startMs: number;
  /** Start of the hold or the first press. */
  readonly holdStartMs: number;
  readonly endMs: number;
}

export interface Timeline {
  readonly plan: Plan;
  readonly timing: TimingOptions;
  readonly segments: readonly Segment[];
  readonly cues: readonly Cue[];
  readonly steps: readonly StepSpan[];
  readonly totalMs: number;
}

export class TimingError extends Error {
  override name = 'TimingError';
}

function checkTiming(timing: TimingOptions): void {
  const fields: Array<[string, number, { readonly min: number; readonly max: number }]> = [
    ['transition', timing.transitionMs, transitionLimitsMs],
    ['breath in', timing.breathInMs, breathPhaseLimitsMs],
    ['breath out', timing.breathOutMs, breathPhaseLimitsMs],
  ];
  for (const [name, value, limits] of fields) {
    if (!isWholeIn(value, limits)) {
      throw new TimingError(
        `The ${name} time must be a whole number of ms from ${limits.min} to ${limits.max}.`,
      );
    }
  }
}

function prepareCue(steps: readonly Step[], index: number): CueKind {
  if (index === 0) return 'get-ready';
  return steps[index - 1]?.pointId === steps[index]?.pointId ? 'switch-side' : 'next-point';
}

const tenSecondsMs = 10_000;

/** Derives every segment and cue of a plan. */
export function deriveTimeline(plan: Plan, timing: TimingOptions = defaultTiming): Timeline {
  checkTiming(timing);
  const segments: Segment[] = [];
  const cues: Cue[] = [];
  const spans: StepSpan[] = [];
  let atMs = 0;
  plan.steps.forEach((step, stepIndex) => {
    const startMs = atMs;
    cues.push({ atMs, kind: prepareCue(plan.steps, stepIndex), stepIndex });
    if (timing.transitionMs > 0) {
      segments.push({ kind: 'prepare', stepIndex, startMs, endMs: atMs + timing.transitionMs });
      atMs += timing.transitionMs;
    }
    const holdStartMs = atMs;
    cues.push({ atMs, kind: 'start', stepIndex });
    if (step.technique.kind === 'pulse') {
      const { pulseOnMs, pulseOffMs, pulsesPerSide } = step.technique;
      for (let pulse = 1; pulse <= pulsesPerSide; pulse += 1) {
        segments.push({ kind: 'press', stepIndex, startMs: atMs, endMs: atMs + pulseOnMs, pulse });
        cues.push({ atMs, kind: 'press', stepIndex, pulse });
        atMs += pulseOnMs;
        segments.push({
          kind: 'release',
          stepIndex,
          startMs: atMs,
          endMs: atMs + pulseOffMs,
          pulse,
        });
        cues.push({ atMs, kind: 'release', stepIndex, pulse });
        atMs += pulseOffMs;
      }
    } else {
      const holdMs = step.durationMs;
      segments.push({ kind: 'hold', stepIndex, startMs: atMs, endMs: atMs + holdMs });
      const breathCycleMs = timing.breathInMs + timing.breathOutMs;
      for (let breathMs = 0; breathMs < holdMs; breathMs += breathCycleMs) {
        cues.push({ atMs: atMs + breathMs, kind: 'breathe-in', stepIndex });
        if (breathMs + timing.breathInMs < holdMs) {
          cues.push({ atMs: atMs + breathMs + timing.breathInMs, kind: 'breathe-out', stepIndex });
        }
      }
      const halfMs = Math.floor(holdMs / 2);
      cues.push({ atMs: atMs + halfMs, kind: 'half', stepIndex });
      // With a 20 s hold, half time is 10 s before the end: one cue says it.
      if (holdMs - tenSecondsMs > halfMs) {
        cues.push({ atMs: atMs + holdMs - tenSecondsMs, kind: 'ten-left', stepIndex });
      }
      atMs += holdMs;
    }
    spans.push({ startMs, holdStartMs, endMs: atMs });
  });
  cues.push({ atMs, kind: 'done', stepIndex: plan.steps.length });
  cues.sort((a, b) => a.atMs - b.atMs || cueTable[a.kind].order - cueTable[b.kind].order);
  return { plan, timing, segments, cues, steps: spans, totalMs: atMs };
}

export interface Breath {
  readonly phase: 'in' | 'out';
  /** 0 at the start of the phase, 1 at its end. */
  readonly progress: number;
}

export interface Position {
  readonly elapsedMs: number;
  readonly isDone: boolean;
  /** Index of the current step; equals the number of steps when done. */
  readonly stepIndex: number;
  readonly segment: Segment | null;
  readonly segmentRemainingMs: number;
  /** Time left in the current step's hold or pulses (the large display). */
  readonly holdRemainingMs: number;
  readonly breath: Breath | null;
  readonly pulse: { readonly number: number; readonly of: number } | null;
}

function findSegmentIndex(segments: readonly Segment[], elapsedMs: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((segments[mid]?.startMs ?? 0) <= elapsedMs) low = mid;
    else high = mid - 1;
  }
  return low;
}

function breathAt(timing: TimingOptions, sinceHoldStartMs: number): Breath {
  const cycleMs = timing.breathInMs + timing.breathOutMs;
  const inCycleMs = sinceHoldStartMs % cycleMs;
  return inCycleMs < timing.breathInMs
    ? { phase: 'in', progress: inCycleMs / timing.breathInMs }
    : { phase: 'out', progress: (inCycleMs - timing.breathInMs) / timing.breathOutMs };
}

/** Where the session is after `elapsedMs` of session time. */
export function stepAt(timeline: Timeline, elapsedMs: number): Position {
  const clampedMs = Math.min(Math.max(0, Math.round(elapsedMs)), timeline.totalMs);
  const segment =
    clampedMs >= timeline.totalMs
      ? null
      : (timeline.segments[findSegmentIndex(timeline.segments, clampedMs)] ?? null);
  if (!segment) {
    return {
      elapsedMs: clampedMs,
      isDone: true,
      stepIndex: timeline.plan.steps.length,
      segment: null,
      segmentRemainingMs: 0,
      holdRemainingMs: 0,
      breath: null,
      pulse: null,
    };
  }
  const span = timeline.steps[segment.stepIndex];
  const step = timeline.plan.steps[segment.stepIndex];
  const holdStartMs = span?.holdStartMs ?? segment.startMs;
  const stepEndMs = span?.endMs ?? segment.endMs;
  const isHold = segment.kind === 'hold';
  return {
    elapsedMs: clampedMs,
    isDone: false,
    stepIndex: segment.stepIndex,
    segment,
    segmentRemainingMs: segment.endMs - clampedMs,
    holdRemainingMs: stepEndMs - Math.max(clampedMs, holdStartMs),
    breath: isHold ? breathAt(timeline.timing, clampedMs - holdStartMs) : null,
    pulse:
      segment.pulse !== undefined && step?.technique.kind === 'pulse'
        ? { number: segment.pulse, of: step.technique.pulsesPerSide }
        : null,
  };
}

/** Index of the first cue at or after `atMs` (cues are in time order). */
export function firstCueIndexAt(timeline: Timeline, atMs: number): number {
  let low = 0;
  let high = timeline.cues.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((timeline.cues[mid]?.atMs ?? Infinity) < atMs) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Cues in [fromMs, toMs), in order. */
export function cuesBetween(timeline: Timeline, fromMs: number, toMs: number): readonly Cue[] {
  const cues: Cue[] = [];
  for (let index = firstCueIndexAt(timeline, fromMs); index < timeline.cues.length; index += 1) {
    const cue = timeline.cues[index];
    if (!cue || cue.atMs >= toMs) break;
    cues.push(cue);
  }
  return cues;
}

/** Start of the next step after the one at `elapsedMs` (or the end). */
export function nextStepStartMs(timeline: Timeline, elapsedMs: number): number {
  const next = timeline.steps.find((span) => span.startMs > elapsedMs);
  return next?.startMs ?? timeline.totalMs;
}

/** Where the first step after the current point (all its sides) begins. */
export function nextPointStartMs(timeline: Timeline, elapsedMs: number): number {
  const { stepIndex } = stepAt(timeline, elapsedMs);
  const pointId = timeline.plan.steps[stepIndex]?.pointId;
  for (let index = stepIndex + 1; index < timeline.steps.length; index += 1) {
    if (timeline.plan.steps[index]?.pointId !== pointId) {
      return timeline.steps[index]?.startMs ?? timeline.totalMs;
    }
  }
  return timeline.totalMs;
}

/** Back: to the start of the current step, or to the previous step within its first 3 s. */
export function previousStepStartMs(timeline: Timeline, elapsedMs: number): number {
  const { stepIndex } = stepAt(timeline, elapsedMs);
  const current = timeline.steps[Math.min(stepIndex, timeline.steps.length - 1)];
  if (!current) return 0;
  if (elapsedMs - current.startMs > 3000 && stepIndex < timeline.steps.length) {
    return current.startMs;
  }
  return timeline.steps[Math.max(0, stepIndex - 1)]?.startMs ?? 0;
}
