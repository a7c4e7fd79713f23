import { findPoint, type PointId } from '../../../domain/points';
import { translatedPointText, type PointText } from './point-catalog';

export { addPointCatalog, pointName, type PointCatalog, type PointText } from './point-catalog';

export function englishPointText(id: PointId): PointText {
  const point = findPoint(id);
  return {
    name: point.englishName,
    articleHeading: point.articleHeading,
    articleInstructions: point.articleInstructions,
    location: point.location,
    findSteps: point.findSteps,
    findShort: point.findShort,
    sidesWhy: point.sidesWhy,
    pressure: point.pressure,
    cautions: Object.fromEntries(point.cautions.map((caution) => [caution.id, caution.text])),
  };
}

export function pointText(id: PointId): PointText {
  return translatedPointText(id) ?? englishPointText(id);
}
