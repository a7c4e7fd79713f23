import { cuesBetween, type CueKind, type Timeline, type TimingOptions } from './timeline';
import { isBreathCue } from './cues';
import { toneLengthMs } from './tone-shapes';
import { clipMs, type VoiceBankIndex } from './voice-bank';
import { phraseOf, preparePhrases, type PhraseId } from './voice-phrases';

/**
 * Where each spoken phrase goes in the track. A phrase follows its cue's tone; phrases queue
 * one after another; no phrase ever sounds over a tone (the press and release tones above all):
 * a phrase that would is moved past it, and one moved too far from its cue is dropped.
 * "Press" and "Release" are dropped as soon as they would be late, since their tones already
 * keep the rhythm. Fengchi's opening instruction ("Press for 3 seconds…") is said before its
 * first press, at the end of the "get ready" time, which `withRoomForWords` makes long enough.
 */
export const voiceRules = {
  /** From the end of a cue's tone to its words. */
  afterToneMs: 80,
  /** Between two phrases. */
  betweenMs: 250,
  /** Clear of every tone, before and after it. */
  toneGuardMs: 60,
  /** Latest a phrase may start after its place before it is dropped. */
  maxLateMs: 4000,
  /** The same for "Press" and "Release". */
  rhythmMaxLateMs: 300,
} as const;

export interface SpeakingCue {
  readonly atMs: number;
  readonly kind: CueKind;
  /** Its words, or null for a cue that only sounds a tone (or a breath). */
  readonly phrase: PhraseId | null;
}

export interface PhrasePlacement {
  readonly phrase: PhraseId;
  /** The cue it speaks for. */
  readonly cueAtMs: number;
  /** Where its first sample goes, in session time. */
  readonly atMs: number;
  readonly ms: number;
}

interface Span {
  readonly startMs: number;
  readonly endMs: number;
}

const isRhythm = (phrase: PhraseId) =>
  phrase === 'press' || phrase === 'release' || phrase.startsWith('press/');

/** The tones a phrase must stay clear of: every cue's tone but the breathing sound (it ducks). */
function toneSpans(cues: readonly SpeakingCue[]): Span[] {
  return cues
    .filter((cue) => !isBreathCue(cue.kind))
    .map((cue) => ({
      startMs: cue.atMs - voiceRules.toneGuardMs,
      endMs: cue.atMs + toneLengthMs(cue.kind) + voiceRules.toneGuardMs,
    }))
    .sort((a, b) => a.startMs - b.startMs);
}

/** The first tone span that [startMs, startMs + ms) overlaps, or undefined. */
function firstOverlap(spans: readonly Span[], startMs: number, ms: number): Span | undefined {
  return spans.find((span) => span.startMs < startMs + ms && span.endMs > startMs);
}

/**
 * Places the phrases of `cues` (in time order) whose clips are known: `lengthMs` gives a
 * phrase's length, or undefined when the language has no clip for it (then it is not spoken).
 * Nothing is placed before `fromMs`, where the track starts.
 */
export function placePhrases(
  cues: readonly SpeakingCue[],
  lengthMs: (phrase: PhraseId) => number | undefined,
  fromMs = cues[0]?.atMs ?? 0,
): PhrasePlacement[] {
  const spans = toneSpans(cues);
  const placed: PhrasePlacement[] = [];
  let freeFromMs = fromMs;
  for (const cue of cues) {
    if (!cue.phrase) continue;
    const ms = lengthMs(cue.phrase);
    if (ms === undefined) continue;
    const phrase = cue.phrase;
    // The pulsed step's instruction, said before its first press if there is room.
    if (phrase === 'start-pulse') {
      const atMs = Math.floor(cue.atMs - voiceRules.toneGuardMs - ms);
      if (atMs >= freeFromMs && !firstOverlap(spans, atMs, ms)) {
        placed.push({ phrase, cueAtMs: cue.atMs, atMs, ms });
        freeFromMs = atMs + ms + voiceRules.betweenMs;
        continue;
      }
    }
    const wantedMs = cue.atMs + toneLengthMs(cue.kind) + voiceRules.afterToneMs;
    let atMs = Math.max(wantedMs, freeFromMs);
    for (let span = firstOverlap(spans, atMs, ms); span; span = firstOverlap(spans, atMs, ms)) {
      atMs = span.endMs;
    }
    const maxLateMs = isRhythm(phrase) ? voiceRules.rhythmMaxLateMs : voiceRules.maxLateMs;
    if (atMs - wantedMs > maxLateMs) continue;
    placed.push({ phrase, cueAtMs: cue.atMs, atMs, ms });
    freeFromMs = atMs + ms + voiceRules.betweenMs;
  }
  return placed;
}

/** A placed phrase with where its clip is in the bank: what the track worker mixes. */
export interface TrackPhrase {
  readonly phrase: PhraseId;
  readonly atMs: number;
  readonly offset: number;
  readonly samples: number;
  readonly stepIndex: number;
}

/** The words a track speaks: its language's bank file and each phrase's place. */
export interface TrackVoice {
  /** The bank's path under the app's root ("voice/en.adpcm"). */
  readonly file: string;
  readonly sampleRate: number;
  readonly phrases: readonly TrackPhrase[];
}

/** The cues of [fromMs, toMs) with their phrases. */
export function speakingCues(timeline: Timeline, fromMs: number, toMs: number): SpeakingCue[] {
  return cuesBetween(timeline, fromMs, toMs).map((cue) => ({
    atMs: cue.atMs,
    kind: cue.kind,
    phrase: phraseOf(timeline, cue),
  }));
}

/** The words of the track from `fromMs` up to (not including) `toMs`, in `bank`'s language. */
export function trackVoice(
  timeline: Timeline,
  fromMs: number,
  toMs: number,
  bank: VoiceBankIndex,
): TrackVoice {
  const lengthOf = (phrase: PhraseId) => {
    const entry = bank.clips[phrase];
    return entry && clipMs(entry, bank.sampleRate);
  };
  // A bank without Fengchi's count says its presses as plain "Press".
  const cues = speakingCues(timeline, fromMs, toMs).map((cue) =>
    cue.phrase?.startsWith('press/') && !bank.clips[cue.phrase]
      ? { ...cue, phrase: 'press' as const }
      : cue,
  );
  const placements = placePhrases(cues, lengthOf, fromMs);
  return {
    file: bank.file,
    sampleRate: bank.sampleRate,
    phrases: placements.flatMap(({ phrase, atMs }) => {
      const entry = bank.clips[phrase];
      if (!entry) return [];
      const { offset, samples, stepIndex } = entry;
      return [{ phrase, atMs, offset, samples, stepIndex }];
    }),
  };
}

/**
 * The timing with room for the words: a "get ready" time long enough for the longest opening
 * phrase after its tone, and, before a pulsed step's first press, its instruction. A longer
 * chosen time is kept. Rounded up to whole seconds.
 */
export function withRoomForWords(timing: TimingOptions, bank: VoiceBankIndex): TimingOptions {
  let longestOpeningMs = 0;
  let instructionMs = 0;
  for (const [phrase, entry] of Object.entries(bank.clips)) {
    if (!entry) continue;
    const ms = clipMs(entry, bank.sampleRate);
    const isOpening = preparePhrases.some((opening) => phrase.startsWith(`${opening}/`));
    if (isOpening) longestOpeningMs = Math.max(longestOpeningMs, ms);
    if (phrase === 'start-pulse') instructionMs = ms;
  }
  const openingToneMs = Math.max(
    toneLengthMs('get-ready'),
    toneLengthMs('next-point'),
    toneLengthMs('switch-side'),
  );
  const neededMs =
    openingToneMs +
    voiceRules.afterToneMs +
    longestOpeningMs +
    voiceRules.betweenMs +
    instructionMs +
    voiceRules.toneGuardMs;
  const roomMs = Math.ceil(neededMs / 1000) * 1000;
  return roomMs <= timing.transitionMs ? timing : { ...timing, transitionMs: roomMs };
}
