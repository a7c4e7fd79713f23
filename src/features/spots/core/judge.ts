import type { PointId } from '../../../domain/points';
import { clampToZone, isNearZone, type ZoneXy } from '../../../domain/zone-frame';
import type { MarkOutcome } from '../../../domain/records/spot-mark';

export type MarkAnswer =
  | { readonly kind: 'place'; readonly spot: ZoneXy }
  | { readonly kind: 'as-shown' }
  | { readonly kind: 'not-found' };

/**
 * What is saved for an answer: a place near the zone is kept inside it; a far one is not. At
 * GB20 and GB21 only a place inside the zone counts (frame.ts, insideOnlyPoints).
 */
export function judgeMark(
  answer: MarkAnswer,
  pointId?: PointId,
): {
  readonly outcome: MarkOutcome;
  readonly spot?: ZoneXy;
} {
  if (answer.kind === 'as-shown') return { outcome: 'as-shown', spot: { u: 0, v: 0 } };
  if (answer.kind === 'not-found') return { outcome: 'not-found' };
  if (!isNearZone(answer.spot, pointId)) return { outcome: 'elsewhere' };
  return { outcome: 'tapped', spot: clampToZone(answer.spot) };
}
