import { signal } from '@preact/signals';
import type { CautionId, PointId } from '../../../domain/points';
import { pointNames } from '../../../domain/point-names';
import { locale, type Locale } from '../../../i18n/i18n';

/**
 * The points' words in the languages other than English, as their catalogs load, and a point's
 * name in the app's language. Apart from point-text.ts (the whole text, English from the points
 * data) so that Home's list of the points does not load the whole guide.
 */

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

/** The point's words in the app's language, when that is not English and its catalog is loaded. */
export function translatedPointText(id: PointId): PointText | undefined {
  return translated.value[locale.value]?.[id];
}

/**
 * A point's name and one line on where it is, in the app's language: all a list of the points
 * needs.
 */
export function pointName(id: PointId): { readonly name: string; readonly findShort: string } {
  const text = translatedPointText(id);
  if (text) return text;
  const english = pointNames.find((point) => point.id === id);
  return { name: english?.englishName ?? id, findShort: english?.findShort ?? '' };
}
