import { retestSdDeg, smallestRealChangeDeg } from '../../../domain/turn-spread';

/**
 * The turn test's measurement: from a stream of head-yaw readings (degrees, positive to the
 * person's own left) to the comfortable turn on each side, and whether a change between two
 * tests is larger than the test's own test–retest spread. Pure: times are passed in.
 */

/** One reading: when (ms, any clock that only goes forward) and the head's yaw, or null when no face was found. */
export interface YawSample {
  readonly atMs: number;
  readonly yawDeg: number | null;
}

/** How a hold is found: the head stays within `toleranceDeg` for at least `holdMs`. */
export interface HoldRule {
  readonly holdMs: number;
  readonly toleranceDeg: number;
}

export const defaultHold: HoldRule = { holdMs: 800, toleranceDeg: 4 };

/**
 * The largest turn measured within the accuracy goal (error p95 ≤ 5°): bench/turn.mjs's
 * turn-report-cap-deg with the motion sensors, on synthesised readings of turns up to 90°, the
 * top of the range it tries. A turn beyond it is reported as "90° or more".
 */
export const reportCapDeg = 90;

/** The spread lives in domain/turn-spread.ts: the personal trial compares turns with it too. */
export { retestSdDeg, smallestRealChangeDeg };

export interface Hold {
  readonly fromMs: number;
  readonly toMs: number;
  /** The median yaw over the hold (the ends of the turn into and out of it weigh little). */
  readonly yawDeg: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The head's resting yaw: the median of the readings in the first `windowMs` that have a face. */
export function restingYaw(samples: readonly YawSample[], windowMs = 1000): number | null {
  const first = samples.find((s) => s.yawDeg !== null);
  if (!first) return null;
  const values = samples
    .filter((s) => s.yawDeg !== null && s.atMs - first.atMs <= windowMs)
    .map((s) => s.yawDeg!);
  return median(values);
}

/**
 * Every stretch in which the readings stay within the rule's tolerance of their own median for at
 * least the rule's time (a reading without a face ends a stretch). Stretches do not overlap; each
 * is as long as it can be.
 */
export function holds(samples: readonly YawSample[], rule: HoldRule = defaultHold): Hold[] {
  const found: Hold[] = [];
  let start = 0;
  while (start < samples.length) {
    if (samples[start]!.yawDeg === null) {
      start += 1;
      continue;
    }
    let end = start;
    const values: number[] = [samples[start]!.yawDeg!];
    while (end + 1 < samples.length) {
      const next = samples[end + 1]!.yawDeg;
      if (next === null) break;
      const all = [...values, next];
      const centre = median(all);
      if (all.some((v) => Math.abs(v - centre) > rule.toleranceDeg)) break;
      values.push(next);
      end += 1;
    }
    const span = samples[end]!.atMs - samples[start]!.atMs;
    if (span >= rule.holdMs) {
      found.push({
        fromMs: samples[start]!.atMs,
        toMs: samples[end]!.atMs,
        yawDeg: median(values),
      });
      start = end + 1;
    } else start += 1;
  }
  return found;
}

export type TurnSide = 'left' | 'right';

/** A turn smaller than this is not a turn to that side. */
export const minimumTurnDeg = 5;

/** A side's result: degrees from the resting position, and whether it reached the report's cap. */
export interface SideResult {
  readonly degrees: number;
  /** True when the turn reached the cap: report "{cap}° or more". */
  readonly atLeast: boolean;
}

export interface TurnResult {
  readonly left: SideResult | null;
  readonly right: SideResult | null;
}

/**
 * The comfortable turn each side: the hold furthest to that side, measured from the middle the
 * head came from (of the holds since the last one on the other side, the one nearest the resting
 * yaw; or the resting yaw itself), so
 * that a camera or phone that is not square to the face, a middle that moves a little, or a slow
 * drift of the sensors, reads the turn itself. Whole degrees, capped at `capDeg`. A side with no
 * hold beyond 5° is null.
 */
export function turnResult(
  samples: readonly YawSample[],
  rule: HoldRule = defaultHold,
  capDeg = reportCapDeg,
): TurnResult {
  const rest = restingYaw(samples);
  if (rest === null) return { left: null, right: null };
  const found = holds(samples, rule);
  const offset = (hold: Hold) => hold.yawDeg - rest;
  const turns = found.map((hold, i) => {
    const sign = Math.sign(offset(hold));
    // Of the holds since the last one on the other side, the one nearest the resting yaw: the
    // middle the head turned from (the test asks for a pause there).
    let middle = rest;
    let nearest = Infinity;
    for (let j = i - 1; j >= 0; j--) {
      const before = offset(found[j]!);
      if (Math.sign(before) === -sign && Math.abs(before) >= minimumTurnDeg) break;
      if (Math.abs(before) < nearest) {
        nearest = Math.abs(before);
        middle = found[j]!.yawDeg;
      }
    }
    return hold.yawDeg - middle;
  });
  const side = (sign: 1 | -1): SideResult | null => {
    const furthest = Math.max(...turns.map((t) => sign * t), -Infinity);
    if (furthest < minimumTurnDeg) return null;
    return furthest >= capDeg
      ? { degrees: capDeg, atLeast: true }
      : { degrees: Math.round(furthest), atLeast: false };
  };
  return { left: side(1), right: side(-1) };
}

export type Change =
  /** `atLeast`: the later turn reached the cap, so it may be more. */
  | { readonly kind: 'more'; readonly degrees: number; readonly atLeast: boolean }
  /** `atLeast`: the earlier turn reached the cap, so the loss may be more. */
  | { readonly kind: 'less'; readonly degrees: number; readonly atLeast: boolean }
  | { readonly kind: 'within-spread' }
  | { readonly kind: 'unknown' };

/** The change from `before` to `after` on one side, shown only when larger than the spread. */
export function changeBetween(
  before: SideResult | null,
  after: SideResult | null,
  sdDeg = retestSdDeg,
): Change {
  if (!before || !after) return { kind: 'unknown' };
  // Two results at the cap: the turn may have changed beyond what the camera reads.
  if (before.atLeast && after.atLeast) return { kind: 'unknown' };
  const delta = after.degrees - before.degrees;
  if (Math.abs(delta) < smallestRealChangeDeg(sdDeg)) return { kind: 'within-spread' };
  if (delta > 0) return { kind: 'more', degrees: delta, atLeast: after.atLeast };
  return { kind: 'less', degrees: -delta, atLeast: before.atLeast };
}
