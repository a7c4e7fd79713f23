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
 * The largest angle the camera measures within the accuracy goal (error p95 ≤ 5°), from
 * bench/turn.mjs on the fixture; a turn beyond it is reported as "this or more".
 */
export const reportCapDeg = 60;

/**
 * The test's own test–retest spread (standard deviation of the same turn measured again, degrees),
 * from bench/turn.mjs (turn-retest-sd-deg); a change is shown only beyond twice its √2 multiple
 * (the smallest detectable change at 95%: 1.96 · √2 · SD).
 */
export const retestSdDeg = 1.5;

export interface Hold {
  readonly fromMs: number;
  readonly toMs: number;
  /** The mean yaw over the hold. */
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
        yawDeg: values.reduce((a, b) => a + b, 0) / values.length,
      });
      start = end + 1;
    } else start += 1;
  }
  return found;
}

export type TurnSide = 'left' | 'right';

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
 * The comfortable turn each side: the hold furthest to that side, measured from the resting yaw
 * (so that a camera that is not square to the face, or a head that rests a little turned, reads
 * the turn itself), whole degrees, capped at `capDeg`. A side with no hold beyond 5° is null.
 */
export function turnResult(
  samples: readonly YawSample[],
  rule: HoldRule = defaultHold,
  capDeg = reportCapDeg,
): TurnResult {
  const rest = restingYaw(samples);
  if (rest === null) return { left: null, right: null };
  const turns = holds(samples, rule).map((hold) => hold.yawDeg - rest);
  const side = (sign: 1 | -1): SideResult | null => {
    const furthest = Math.max(...turns.map((t) => sign * t), -Infinity);
    if (furthest < 5) return null;
    return furthest >= capDeg
      ? { degrees: capDeg, atLeast: true }
      : { degrees: Math.round(furthest), atLeast: false };
  };
  return { left: side(1), right: side(-1) };
}

/** The smallest change that the test can tell from its own spread (95%): 1.96 · √2 · SD. */
export function smallestRealChangeDeg(sdDeg = retestSdDeg): number {
  return Math.ceil(1.96 * Math.SQRT2 * sdDeg);
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
