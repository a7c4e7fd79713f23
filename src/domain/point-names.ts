import type { PointId } from './points';

/** A point's name and one line on where it is: what a list of the points shows. */
export interface PointName {
  readonly id: PointId;
  readonly englishName: string;
  readonly hanzi: string;
  /** One line for the session screen and the home screen's list. */
  readonly findShort: string;
}

/**
 * The points' names, in the article's order. Kept in a module apart from the rest of each
 * point's data (points.ts), so that a screen that lists the points (Home, the first screen)
 * loads these lines, not the whole guide: a bundle keeps a module whole in the first chunk that
 * needs any of it.
 */
export const pointNames = [
  {
    id: 'SI3',
    englishName: 'Houxi (Small Intestine 3)',
    hanzi: '后溪',
    findShort: 'Little-finger edge of the hand, in the hollow just behind the knuckle.',
  },
  {
    id: 'EX-UE8',
    englishName: 'Wailaogong, also called Luozhen, the "stiff neck point" (EX-UE8)',
    hanzi: '外劳宫',
    findShort:
      'Back of the hand, between the index and middle finger bones, just behind the knuckles.',
  },
  {
    id: 'LI4',
    englishName: 'Hegu (Large Intestine 4)',
    hanzi: '合谷',
    findShort: 'Back of the hand, beside the middle of the index-finger bone, on the thumb side.',
  },
  {
    id: 'GB20',
    englishName: 'Fengchi (Gallbladder 20)',
    hanzi: '风池',
    findShort: 'Under the skull at the back, in the groove just outside the neck muscles.',
  },
  {
    id: 'GB21',
    englishName: 'Jianjing (Gallbladder 21)',
    hanzi: '肩井',
    findShort: 'Top of the shoulder, halfway between the base of the neck and the shoulder tip.',
  },
] as const satisfies readonly PointName[];

/** The article's points, in its order. */
export const pointIds: readonly PointId[] = pointNames.map((point) => point.id);
