import { findPoint, pointIds, type PointId, type Side } from '../../../domain/points';
import type { Cue, Timeline } from './timeline';

/**
 * The phrases the track speaks: one per cue that shows words on screen. The set is finite and
 * known when we build (3 openings × 5 points × 2 sides, and 7 fixed phrases), so each is rendered
 * once per language by scripts/render-voice and mixed into the track by the worker.
 */
export type PreparePhrase = 'get-ready' | 'next-point' | 'switch-side';
export type FixedPhrase =
  'start-hold' | 'start-pulse' | 'half' | 'ten-left' | 'press' | 'release' | 'done';

/** "get-ready/SI3/left", "half", …: a phrase's name in the clip index. */
export type PhraseId = `${PreparePhrase}/${PointId}/${Side}` | FixedPhrase;

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
  return [...ids, ...fixedPhrases];
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
    case 'half':
    case 'ten-left':
    case 'press':
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
