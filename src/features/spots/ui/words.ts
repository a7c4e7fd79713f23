import { t } from '../../../i18n/i18n';
import { type PointId, type Side, findPoint } from '../../../domain/points';
import { describeSpot, type DirectionPart } from '../core/describe';
import {
  type SpotEstimate,
  clampToZone,
  insideOnlyPoints,
  isNearZone,
  type ZoneXy,
} from '../../../domain/zone-frame';
import type { AnswerOutcome } from '../model/spots-model';
import { maxSpotMarks } from '../../../domain/records/spot-mark';
import { sideWordKey } from '../../../domain/point-words';

function partWords(part: DirectionPart): string {
  return t(`spots.amount.${part.amount}`, { direction: t(`spots.dir.${part.direction}`) });
}

/** "a little toward the thumb from the middle of the zone" */
export function whereWords(pointId: PointId, side: Side, spot: ZoneXy): string {
  const description = describeSpot(pointId, side, spot);
  if (description.kind === 'middle') return t('spots.where.middle');
  const [first, second] = description.parts.map(partWords);
  return second
    ? t('spots.where.two', { first: first ?? '', second })
    : t('spots.where.one', { part: first ?? '' });
}

/** "Your spot: a little toward the thumb from the middle of the zone." */
export function yourSpotWords(pointId: PointId, side: Side, estimate: SpotEstimate): string {
  const where = whereWords(pointId, side, estimate.spot);
  return estimate.source === 'own'
    ? t('spots.yours', { where })
    : t('spots.yoursMirror', { where });
}

/** "right hand", "left side", "left shoulder": the side as the point's region names it. */
export function sideName(pointId: PointId, side: Side): string {
  return t(sideWordKey(findPoint(pointId).region, side));
}

/**
 * What was saved for an answer: "Saved as your spot.", or why a far place was not; at GB20 and
 * GB21, a place outside the zone: stay inside it, never the sides or front of the neck.
 */
export function savedWords(outcome: AnswerOutcome, pointId?: PointId): string {
  if (outcome === 'full') return t('spots.saved.full', { max: maxSpotMarks });
  if (outcome === 'elsewhere' && pointId === 'GB20') return t('spots.saved.outside-GB20');
  if (outcome === 'elsewhere' && pointId === 'GB21') return t('spots.saved.outside-GB21');
  return t(`spots.saved.${outcome}`);
}

/** A marker being placed: "Marker: a little toward the thumb…", or that it is far outside. */
export function markerWords(pointId: PointId, side: Side, spot: ZoneXy): string {
  if (isNearZone(spot, pointId)) {
    return t('spots.marker', { where: whereWords(pointId, side, clampToZone(spot)) });
  }
  return insideOnlyPoints.includes(pointId) ? t('spots.markerOutside') : t('spots.markerFar');
}
