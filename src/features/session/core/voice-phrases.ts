import { findPoint, pointIds, points, type PointId, type Side } from '../../../domain/points';
import type { Cue, Timeline } from './timeline';

/**
 * The phrases the track speaks: one per cue that shows words on screen. The set is finite and
 * known when we build (3 openings × 5 points × 2 sides, 7 fixed phrases, and Fengchi's count,
 * "Press 4 of 10", as its screen shows it), so each is rendered once per language by
 * scripts/render-voice and mixed into the track by the worker.
 */
export type PreparePhrase = 'get-ready' | 'next-point' | 'switch-side';
export type FixedPhrase =
  'start-hold' | 'start-pulse' | 'half' | 'ten-left' | 'press' | 'release' | 'done';

/**
 * A pulsed point's press with its count, "press/5/10", as the screen says it ("Press 5 of 10"):
 * with eyes closed, a person hears where they are in Fengchi's ten presses. Said where it helps,
 * at the middle press and the last (`isCountedPress`); the others say "Press", their tones keeping
 * the rhythm. Every press counted would add about 90 KB a language to the banks, and chatter.
 */
export type CountPhrase = `press/${number}/${number}`;

/** The presses whose count is said: the middle one (5 of 10) and the last. */
export function isCountedPress(pulse: number, of: number): boolean {
  return pulse === Math.ceil(of / 2) || pulse === of;
}

/** "get-ready/SI3/left", "half", "press/4/10", …: a phrase's name in the clip index. */
export type PhraseId = `${PreparePhrase}/${PointId}/${Side}` | FixedPhrase | CountPhrase;

export const preparePhrases: readonly PreparePhrase[] = ['get-ready', 'next-point', 'switch-side'];
export const fixedPhrases: readonly FixedPhrase[] = [
  'start-hold',
  'start-pulse',
  'half',
  'ten-left',
  'press',
  'release',
  'done',
];

/** Every phrase, in a stable order. */
export function allPhraseIds(): readonly PhraseId[] {
  const ids: PhraseId[] = [];
  for (const opening of preparePhrases) {
    for (const pointId of pointIds) {
      for (const side of ['left', 'right'] as const) ids.push(`${opening}/${pointId}/${side}`);
    }
  }
  return [...ids, ...fixedPhrases, ...countPhraseIds()];
}

/** The counted presses of every pulsed point ("press/5/10", "press/10/10"), once each. */
export function countPhraseIds(): readonly CountPhrase[] {
  const totals = new Set<number>();
  for (const point of points) {
    if (point.technique.kind === 'pulse') totals.add(point.technique.pulsesPerSide);
  }
  return [...totals].flatMap((of) =>
    Array.from({ length: of }, (_, index) => index + 1)
      .filter((pulse) => isCountedPress(pulse, of))
      .map((pulse): CountPhrase => `press/${pulse}/${of}`),
  );
}

/** The phrase a cue speaks, or null for a cue without words (a breath). */
export function phraseOf(timeline: Timeline, cue: Cue): PhraseId | null {
  const step = timeline.plan.steps[cue.stepIndex];
  switch (cue.kind) {
    case 'get-ready':
    case 'next-point':
    case 'switch-side':
      return step ? `${cue.kind}/${step.pointId}/${step.side}` : null;
    case 'start':
      return step?.technique.kind === 'pulse' ? 'start-pulse' : 'start-hold';
    case 'press':
      return step?.technique.kind === 'pulse' &&
        cue.pulse !== undefined &&
        isCountedPress(cue.pulse, step.technique.pulsesPerSide)
        ? `press/${cue.pulse}/${step.technique.pulsesPerSide}`
        : 'press';
    case 'half':
    case 'ten-left':
    case 'release':
    case 'done':
      return cue.kind;
    default:
      return null;
  }
}

/**
 * What a language's voice needs to say its phrases: the screen's cue messages (the same words
 * the screen shows), the spoken name of each point and the side labels. Given by the caller, so
 * that this module reads no catalog.
 */
export interface PhraseWords {
  /** The screen's message for an opening or a fixed phrase, with {point} and {side} unfilled. */
  readonly message: (phrase: PreparePhrase | FixedPhrase) => string;
  /** The screen's count of a pulsed point's presses ("Press 4 of 10"). */
  readonly pressCount: (number: number, of: number) => string;
  /** The point's spoken name: no codes, respelled where the voice says it wrongly. */
  readonly pointName: (id: PointId) => string;
  readonly sideLabel: (region: 'hand' | 'head' | 'shoulder', side: Side) => string;
  /** Replacements applied to the whole phrase before the voice reads it ("3" → "three"). */
  readonly respell: readonly (readonly [string, string])[];
}

/**
 * A language's spoken forms, beside its screen catalog: what its voice says for each point (no
 * codes such as "SI3", which voices read out letter by letter; respelled where a voice says a
 * pinyin name wrongly) and replacements for the rest of the phrase.
 */
export interface SpokenForms {
  readonly points: Readonly<Record<PointId, string>>;
  readonly respell: readonly (readonly [string, string])[];
}

/** The phrase's words as a person hears them (the screen's message with spoken names). */
export function phraseText(words: PhraseWords, id: PhraseId): string {
  const [opening, pointId, side] = id.split('/') as [string, PointId?, Side?];
  if (opening === 'press' && pointId !== undefined) {
    return words.pressCount(Number(pointId), Number(side));
  }
  if (pointId === undefined || side === undefined) return words.message(opening as FixedPhrase);
  const point = findPoint(pointId);
  return words
    .message(opening as PreparePhrase)
    .replace('{point}', words.pointName(pointId))
    .replace('{side}', words.sideLabel(point.region, side));
}

/** The text the synthesizer reads: the phrase with the language's respellings. */
export function voiceText(words: PhraseWords, id: PhraseId): string {
  let text = phraseText(words, id);
  for (const [from, to] of words.respell) text = text.split(from).join(to);
  return text;
}
