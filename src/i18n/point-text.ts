import { signal } from '@preact/signals';
import { findPoint, type CautionId, type PointId } from '../domain/points';
import { locale, type Locale } from './i18n';

/** A point's words in one language. English comes from the points data itself. */
export interface PointText {
  readonly name: string;
  readonly articleHeading: string;
  readonly articleInstructions: string;
  readonly location: string;
  readonly findSteps: readonly string[];
  readonly findShort: string;
  readonly sidesWhy: string;
  readonly pressure: string;
  readonly cautions: Readonly<Partial<Record<CautionId, string>>>;
}
export type PointCatalog = Readonly<Record<PointId, PointText>>;

const translated = signal<Partial<Record<Locale, PointCatalog>>>({});

/** Called by the locale switch once a language's point catalog is loaded. */
export function addPointCatalog(lang: Locale, catalog: PointCatalog): void {
  translated.value = { ...translated.value, [lang]: catalog };
}

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
  return translated.value[locale.value]?.[id] ?? englishPointText(id);
}
