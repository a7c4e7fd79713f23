import type { SourceId } from './sources';
import { pointIds, pointNames } from './point-names';

export { pointIds, pointNames, type PointName } from './point-names';

/** The article's five points, as data. Every screen, routine and test reads from here. */
export type PointId = 'SI3' | 'EX-UE8' | 'LI4' | 'GB20' | 'GB21';
export type Side = 'left' | 'right';
export type Region = 'hand' | 'head' | 'shoulder';

/**
 * How the sides of a point are chosen from where it hurts (clinical.md, "Which side"):
 * - opposite-hand: the hand opposite the painful side; both hands when both sides or the middle hurt.
 * - both-painful-first: both sides, the painful side first.
 */
export type SideRule = 'opposite-hand' | 'both-painful-first';

export type Technique =
  | { readonly kind: 'hold' }
  | {
      readonly kind: 'pulse';
      readonly pulseOnMs: number;
      readonly pulseOffMs: number;
      readonly pulsesPerSide: number;
    };

export type CautionId = 'pregnancy' | 'moderate-pressure' | 'vertebral-artery';

export interface Caution {
  readonly id: CautionId;
  readonly text: string;
  readonly sources: readonly SourceId[];
}

export interface Point {
  readonly id: PointId;
  /** The point's number and heading in the article. */
  readonly articleNumber: 1 | 2 | 3 | 4 | 5;
  readonly articleHeading: string;
  readonly englishName: string;
  readonly pinyin: string;
  readonly hanzi: string;
  readonly alsoCalled?: { readonly pinyin: string; readonly hanzi: string };
  readonly region: Region;
  /** The article's own words, quoted. */
  readonly articleInstructions: string;
  /** The standard location in plain words. */
  readonly location: string;
  /** How to find it, step by step, with finger widths where the standard gives them. */
  readonly findSteps: readonly string[];
  /** One line for the session screen. */
  readonly findShort: string;
  readonly sideRule: SideRule;
  readonly sidesWhy: string;
  readonly technique: Technique;
  readonly pressure: string;
  readonly cautions: readonly Caution[];
  /** Left out of every routine in pregnancy mode. */
  readonly isAvoidedInPregnancy: boolean;
  readonly sources: readonly SourceId[];
}

// Source: clinical.md "Cautions": the article names GB21; standard sources add LI4.
const pregnancyCautionGB21: Caution = {
  id: 'pregnancy',
  text: 'If you are pregnant or could be pregnant, do not press this point: the article warns it may cause uterine contractions. Pregnancy mode leaves it out.',
  sources: ['article'],
};
const pregnancyCautionLI4: Caution = {
  id: 'pregnancy',
  text: 'If you are pregnant or could be pregnant, do not press this point: it is traditionally avoided in pregnancy. Pregnancy mode leaves it out.',
  // Source: Roswell Park, "Acupressure — self-care at home" (2023): firm pressure at LI 4
  // "except during pregnancy".
  sources: ['roswell-park-self-acupressure', 'acupress-clinical-review'],
};

// Source: clinical.md "Pressure and time": how firm, in words a person can feel.
const howFirm =
  'It should feel like a dull, tender ache you can breathe through. If it is sharp, or more than about 3 out of 10, press more gently.';
const firmPressure = `Firm pressure with the thumb or forefinger, or small circles. ${howFirm}`;

export const points: readonly Point[] = [
  {
    ...pointNames[0],
    articleNumber: 1,
    articleHeading: 'Back of the hand',
    pinyin: 'Hòuxī',
    region: 'hand',
    // Source: article, point 1.
    articleInstructions:
      'Find the acupressure point by running your finger along the outside of your hand. Just beneath the knuckle of the little finger is a small hollow. Apply firm pressure or massage this area […].',
    // Source: WHO 2008.
    location:
      'On the little-finger edge of the hand, in the hollow just behind (on the wrist side of) the knuckle of the little finger, where the skin of the back of the hand meets the paler skin of the palm.',
    findSteps: [
      'Make a loose fist.',
      'Look at the little-finger edge of your hand: a skin crease runs out from the palm just behind the knuckle of the little finger.',
      'The point is at the end of that crease, in a small hollow just behind the knuckle.',
      'Or run a finger along the outer edge of your hand towards the little finger until it drops into the hollow just below the knuckle.',
    ],
    sideRule: 'both-painful-first',
    // Source: clinical.md "Which side": the article gives no side.
    sidesWhy:
      'The article gives no side, so you press both hands, starting with the hand on the side that hurts.',
    technique: { kind: 'hold' },
    pressure: firmPressure,
    cautions: [],
    isAvoidedInPregnancy: false,
    sources: ['article', 'who-2008'],
  },
  {
    ...pointNames[1],
    articleNumber: 2,
    articleHeading: 'Between the second and third fingers',
    // Source: GB/T 40997-2021: the standard name is Wailaogong; Luozhen is its other name.
    pinyin: 'Wàiláogōng',
    alsoCalled: { pinyin: 'Luòzhěn', hanzi: '落枕' },
    region: 'hand',
    // Source: article, point 2.
    articleInstructions:
      '[…] apply pressure between the second and third fingers. The point is located at the back of the hand, just below the knuckles. Each hand corresponds to the opposite side of the neck. If pain is on the left side of the neck, use the right hand acupressure point, and vice versa.',
    // Source: GB/T 40997-2021, the Chinese national standard for extra points (not in WHO 2008).
    location:
      'On the back of the hand, between the bones of the index finger and the middle finger, about half a thumb width (0.5 cun) behind the knuckles.',
    findSteps: [
      'Hold the hand you will press palm down.',
      'Find the knuckles of the index finger and the middle finger.',
      'Move back from between them, towards the wrist, by about half the width of your thumb (0.5 cun).',
      'The point lies in the groove between the two bones there.',
    ],
    sideRule: 'opposite-hand',
    // Source: article, point 2.
    sidesWhy:
      'The article says each hand corresponds to the opposite side of the neck: pain on the left, press the right hand, and the other way round. When both sides or the middle hurt, press both hands.',
    technique: { kind: 'hold' },
    pressure: firmPressure,
    cautions: [],
    isAvoidedInPregnancy: false,
    sources: ['article', 'gb-t-40997-2021'],
  },
  {
    ...pointNames[2],
    articleNumber: 3,
    articleHeading: 'Hegu spot',
    pinyin: 'Hégǔ',
    region: 'hand',
    // Source: article, point 3.
    articleInstructions:
      'The Hegu Spot is located in the webbing between the thumb and forefinger. Grasp this spot with the thumb and forefinger of the opposite hand. Apply firm pressure or massage the area […].',
    // Source: WHO 2008. The article's "webbing" is the general area; the point is against the bone.
    location:
      'On the back of the hand, beside the middle of the bone of the index finger (the 2nd metacarpal), on its thumb side: against the bone, not in the loose skin of the web.',
    findSteps: [
      'Hold the hand you will press palm down, thumb and index finger a little apart.',
      'Find the bone that runs from the index-finger knuckle to the wrist.',
      'Halfway along that bone, on its thumb side, press in against the bone.',
      'Grasp there with the thumb on the back of the hand and the forefinger of your other hand underneath.',
    ],
    sideRule: 'both-painful-first',
    // Source: clinical.md "Which side".
    sidesWhy: 'Press each hand in turn, using the thumb and forefinger of the other hand.',
    technique: { kind: 'hold' },
    pressure: `Firm pressure with the thumb and forefinger of the other hand. ${howFirm}`,
    cautions: [pregnancyCautionLI4],
    isAvoidedInPregnancy: true,
    sources: ['article', 'who-2008', 'roswell-park-self-acupressure'],
  },
  {
    ...pointNames[3],
    articleNumber: 4,
    articleHeading: 'Back of the skull',
    pinyin: 'Fēngchí',
    region: 'head',
    // Source: article, point 4.
    articleInstructions:
      'Run your thumbs along the base of your skull, starting at the back middle point and moving outward. Just outside the curve of the neck muscles are two indentations or grooves at the base of the skull. Use your thumb(s) to apply firm pressure. Stimulate one point repetitively, holding pressure for three seconds, then releasing for one second. Do this ten times, then repeat with the other side.',
    // Source: WHO 2008 for the location; "roughly level with the earlobes" is a common lay aid,
    // not the WHO text, and is attributed as such.
    location:
      'The WHO standard puts it at the back of the head, just below the base of the skull, in the hollow between the tops of the two big neck muscles, level with the hollow under the bump in the middle of the back of the skull. There is one on each side. A common rule of thumb, not part of the standard: roughly level with the earlobes.',
    findSteps: [
      'Put both thumbs on the middle of the back of your head, where the skull meets the neck.',
      'Slide them outwards along the lower edge of the skull.',
      'Just past the thick muscles either side of the spine, each thumb drops into a groove under the skull (as a rule of thumb, roughly level with your earlobes).',
      'Stay at the back of the head: never press the front or sides of the neck.',
    ],
    sideRule: 'both-painful-first',
    // Source: article, point 4; clinical.md "Which side".
    sidesWhy:
      'The article presses one side at a time: press 3 seconds, release 1 second, ten times, then the other side. Start on the side that hurts.',
    // Source: article, point 4: three seconds on, one second off, ten times a side.
    technique: { kind: 'pulse', pulseOnMs: 3000, pulseOffMs: 1000, pulsesPerSide: 10 },
    pressure: `Moderate pressure only, with the thumb, sitting with your back supported. ${howFirm}`,
    cautions: [
      {
        // The article says firm pressure here; we say openly why we ask for less.
        id: 'moderate-pressure',
        text: 'The article says to apply firm pressure here. Acupress asks for moderate pressure instead, because Fengchi lies near the vertebral artery, which runs deep under this point: a tear of this artery after a neck massage has been reported (World Neurosurgery, 2018).',
        sources: ['vertebral-artery-massage-2018', 'acupress-clinical-review'],
      },
      {
        id: 'vertebral-artery',
        text: 'Moderate pressure only: this point is near the vertebral artery. Stop at once if you feel dizzy or sick, your vision changes, or you feel tingling or numbness.',
        sources: ['vertebral-artery-massage-2018', 'acupress-clinical-review'],
      },
    ],
    isAvoidedInPregnancy: false,
    sources: ['article', 'who-2008', 'vertebral-artery-massage-2018'],
  },
  {
    ...pointNames[4],
    articleNumber: 5,
    articleHeading: 'Slope of the shoulder',
    pinyin: 'Jiānjǐng',
    region: 'shoulder',
    // Source: article, point 5.
    articleInstructions:
      'Run your thumb down the slope of your shoulder. The pressure point is about halfway between neck and shoulder. […] Apply firm pressure to this acupressure point […]. For best results treat both sides of the body.',
    // Source: WHO 2008.
    location:
      'On the top of the shoulder, midway between the bony bump at the base of the neck (the 7th neck vertebra) and the tip of the shoulder.',
    findSteps: [
      'Bend your head forward a little and feel the bony bump that sticks out most at the base of the neck.',
      'Find the tip of your shoulder, the bony point at its outer end.',
      'The point is on the top of the shoulder, halfway between the two.',
      'Run your thumb down the slope of your shoulder to that spot, about halfway between neck and shoulder.',
    ],
    sideRule: 'both-painful-first',
    // Source: article, point 5.
    sidesWhy:
      'The article says that for best results you treat both sides, so you press both shoulders, starting with the side that hurts.',
    technique: { kind: 'hold' },
    pressure: `Firm pressure, sitting with your back supported. ${howFirm}`,
    cautions: [pregnancyCautionGB21],
    isAvoidedInPregnancy: true,
    sources: ['article', 'who-2008'],
  },
];

export function findPoint(id: PointId): Point {
  const point = points.find((candidate) => candidate.id === id);
  if (!point) throw new Error(`Unknown point ${id}`);
  return point;
}

export function isPointId(value: string): value is PointId {
  return (pointIds as readonly string[]).includes(value);
}

export function otherSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}

/** Where the neck hurts, as the set-up screen asks it. */
export const painSides = ['left', 'right', 'both', 'middle'] as const;
export type PainSide = (typeof painSides)[number];

/** The painful side first; when both sides or the middle hurt, the left first. */
function painfulSideFirst(painSide: PainSide): readonly Side[] {
  return painSide === 'right' ? ['right', 'left'] : ['left', 'right'];
}

/** Which sides a point is pressed on, in order (clinical.md, "Which side"). */
export function sidesFor(pointId: PointId, painSide: PainSide): readonly Side[] {
  const point = findPoint(pointId);
  if (point.sideRule === 'opposite-hand') {
    // Source: article, point 2: pain on the left, use the right hand, and vice versa.
    if (painSide === 'left' || painSide === 'right') return [otherSide(painSide)];
    return ['left', 'right'];
  }
  return painfulSideFirst(painSide);
}

// Source: article, "How to Get the Best Results": at least 20–30 s; the article says two minutes
// or longer gives the best results (clinical.md "Pressure and time").
export const minHoldMs = 20_000;
export const maxHoldMs = 600_000;
export const holdPresets = { quick: 30_000, standard: 60_000, full: 120_000 } as const;
export type HoldPreset = keyof typeof holdPresets;
export const defaultHoldMs = holdPresets.standard;

/** A paced breath of about 4 s in and 6 s out (clinical.md); the user may change it. */
export const defaultBreath = { inMs: 4000, outMs: 6000 } as const;
