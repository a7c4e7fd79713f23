import {
  defaultHoldMs,
  findPoint,
  maxHoldMs,
  minHoldMs,
  pointIds,
  sidesFor,
  type PainSide,
  type PointId,
  type Side,
  type Technique,
} from '../../../domain/points';

export interface PlanOptions {
  readonly holdMs?: number;
  readonly isPregnant?: boolean;
  /** Points the user chose to leave out. */
  readonly leaveOut?: readonly PointId[];
  /** The order of the points; points not named keep the article's order after the named ones. */
  readonly order?: readonly PointId[];
  /**
   * Time the user added to a hold during the session ("More time"), by step index. Only held
   * steps grow: Fengchi keeps its ten presses (article, point 4).
   */
  readonly extraHoldMs?: Readonly<Record<number, number>>;
}

export interface Step {
  readonly pointId: PointId;
  readonly side: Side;
  readonly technique: Technique;
  /** Length of a steady hold; for a pulsed step, the pulses' total. */
  readonly durationMs: number;
}

export interface Plan {
  readonly painSide: PainSide;
  readonly holdMs: number;
  readonly steps: readonly Step[];
}

export class PlanError extends Error {
  constructor(
    readonly code: 'hold-too-short' | 'hold-too-long' | 'hold-not-whole',
    message: string,
  ) {
    super(message);
    this.name = 'PlanError';
  }
}

/** Refuses holds outside 20 s – 10 min. Source: the article, "at least 20-30 seconds". */
export function checkHoldMs(holdMs: number): void {
  if (!Number.isInteger(holdMs)) {
    throw new PlanError(
      'hold-not-whole',
      'The hold length must be a whole number of milliseconds.',
    );
  }
  if (holdMs < minHoldMs) {
    throw new PlanError(
      'hold-too-short',
      'Each hold must last at least 20 seconds: the article asks for at least 20–30 seconds per point.',
    );
  }
  if (holdMs > maxHoldMs) {
    throw new PlanError('hold-too-long', 'Each hold can last at most 10 minutes.');
  }
}

export function orderPoints(order: readonly PointId[] = []): readonly PointId[] {
  const named = order.filter((id, index) => pointIds.includes(id) && order.indexOf(id) === index);
  return [...named, ...pointIds.filter((id) => !named.includes(id))];
}

export function durationOf(technique: Technique, holdMs: number): number {
  return technique.kind === 'hold'
    ? holdMs
    : technique.pulsesPerSide * (technique.pulseOnMs + technique.pulseOffMs);
}

/** The same options with `extraMs` more on step `stepIndex`'s hold. */
export function withMoreTime(
  options: PlanOptions,
  stepIndex: number,
  extraMs: number,
): PlanOptions {
  const extraHoldMs = { ...options.extraHoldMs };
  extraHoldMs[stepIndex] = (extraHoldMs[stepIndex] ?? 0) + extraMs;
  return { ...options, extraHoldMs };
}

/** Plans a routine from where it hurts: an ordered list of steps, each a point on one side. */
export function planSession(painSide: PainSide, options: PlanOptions = {}): Plan {
  const holdMs = options.holdMs ?? defaultHoldMs;
  checkHoldMs(holdMs);
  const leaveOut = new Set(options.leaveOut ?? []);
  const steps: Step[] = [];
  for (const pointId of orderPoints(options.order)) {
    const point = findPoint(pointId);
    if (leaveOut.has(pointId)) continue;
    // Source: article, point 5 (GB21); clinical.md adds LI4.
    if (options.isPregnant && point.isAvoidedInPregnancy) continue;
    for (const side of sidesFor(pointId, painSide)) {
      const extraMs = point.technique.kind === 'hold' ? options.extraHoldMs?.[steps.length] : 0;
      if (extraMs) checkHoldMs(holdMs + extraMs);
      steps.push({
        pointId,
        side,
        technique: point.technique,
        durationMs: durationOf(point.technique, holdMs) + (extraMs ?? 0),
      });
    }
  }
  return { painSide, holdMs, steps };
}
