import { pointIds } from '../../core/points';
import { englishPointText, type PointCatalog } from '../point-text';

/** The points' texts, translated. Until translated, the English texts stand in. */
export const zhHansPoints: PointCatalog = Object.fromEntries(
  pointIds.map((id) => [id, englishPointText(id)]),
) as PointCatalog;
