import type { PointId, Side } from '../../guide';

/**
 * What the person answered after a hold, for one point and side (issue 17): they showed the
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

/** Limits that the import schema and the model share. */
export const maxSpotMarks = 100_000;
