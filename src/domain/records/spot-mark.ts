import * as v from 'valibot';
import { pointIds as articlePointIds, type PointId, type Side } from '../points';
import { code, epochMsSchema, oneOf, recordIdSchema, sideSchema } from './fields';

/**
 * What the person answered after a hold, for one point and side: they showed the
 * tender spot on the picture, said it was about where shown, did not find it, or showed a spot
 * so far from the zone that it is not taken as their spot. Plain data: the journal's database,
 * export and import carry it as is.
 */
export type MarkOutcome = 'tapped' | 'as-shown' | 'not-found' | 'elsewhere';
export const markOutcomes: readonly MarkOutcome[] = [
  'tapped',
  'as-shown',
  'not-found',
  'elsewhere',
];

export interface SpotMark {
  readonly id: string;
  readonly pointId: PointId;
  readonly side: Side;
  readonly atEpochMs: number;
  readonly outcome: MarkOutcome;
  /**
   * Where, for 'tapped' (and 0, 0 for 'as-shown'): the offset from the zone's centre on this
   * side's own picture, in zone radii (x to the picture's right, y down), inside the zone.
   * Absent for 'not-found' and 'elsewhere'.
   */
  readonly u?: number;
  readonly v?: number;
}

/** The most marks the journal keeps (the import schema and the model share it). */
export const maxSpotMarks = 100_000;

// A place is inside the zone: the app clamps every mark it saves (spots' core/frame.ts).
const zoneCoordinate = v.pipe(
  v.number(code('wrongType')),
  v.finite(code('wrongType')),
  v.minValue(-1, code('outsideZone')),
  v.maxValue(1, code('outsideZone')),
);

/** A stored mark, for the points `pointIds` (the article's by default). */
export function spotMarkSchemaFor(pointIds: readonly PointId[] = articlePointIds) {
  return v.pipe(
    v.strictObject(
      {
        id: recordIdSchema,
        pointId: oneOf(pointIds),
        side: sideSchema,
        atEpochMs: epochMsSchema,
        outcome: oneOf(markOutcomes),
        u: v.exactOptional(zoneCoordinate),
        v: v.exactOptional(zoneCoordinate),
      },
      code('wrongType'),
    ),
    v.check(
      (mark) =>
        (mark.outcome === 'tapped' || mark.outcome === 'as-shown') ===
        (mark.u !== undefined && mark.v !== undefined),
      code('placeAndOutcome'),
    ),
    v.check(
      (mark) =>
        mark.u === undefined || mark.v === undefined || Math.hypot(mark.u, mark.v) <= 1 + 1e-9,
      code('outsideZone'),
    ),
  );
}
