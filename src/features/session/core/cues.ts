/**
 * Every cue of a session and what it does, one row each: its tone's notes, the sound it plays on
 * (the cue tones or the breathing sound), its vibration, whether a screen reader hears it
 * announced, its words, and its place among cues at the same moment. A new cue is one row; the
 * compiler checks that every kind has one, and that its words are a message key.
 */

export type CueKind =
  | 'get-ready'
  | 'next-point'
  | 'switch-side'
  | 'start'
  | 'half'
  | 'ten-left'
  | 'press'
  | 'release'
  | 'breathe-in'
  | 'breathe-out'
  | 'done';

/** One note of a tone: a soft-edged sine gliding from one pitch to another. */
export interface Note {
  readonly startMs: number;
  readonly lengthMs: number;
  readonly fromHz: number;
  readonly toHz: number;
  readonly gain: number;
}

const note = (
  startMs: number,
  lengthMs: number,
  fromHz: number,
  gain = 0.5,
  toHz = fromHz,
): Note => ({
  startMs,
  lengthMs,
  fromHz,
  toHz,
  gain,
});

export interface CueBehaviour {
  /**
   * The tone's notes. Distinct pitches and rhythms let a user tell "press" from "release" and
   * "switch side" from "next point" without looking.
   */
  readonly tone: readonly Note[];
  /** What carries it: the cue tones, or the breathing sound (each has its own switch). */
  readonly channel: 'tone' | 'breath';
  /** Its vibration (on, off, on… in ms); none when empty. */
  readonly vibrationMs: readonly number[];
  /** Announced to a screen reader (a polite live region), not only shown. */
  readonly isAnnounced: boolean;
  /**
   * Its words, shown and spoken: the message key's last part (session.cue.<words>), one per
   * technique where a hold's and pulses' differ; null for a cue that has none (a breath). Core
   * names no message key: the screen's words (ui/session-words.ts) make the key, and the
   * compiler checks it against the catalog.
   */
  readonly words: string | { readonly hold: string; readonly pulse: string } | null;
  /**
   * Among cues at the same moment, lower comes first: the step, its start, a press, a breath,
   * a time check, the end.
   */
  readonly order: number;
}

export const cues = {
  'get-ready': {
    tone: [note(0, 180, 523.25), note(220, 260, 659.25)],
    channel: 'tone',
    vibrationMs: [120, 80, 120],
    isAnnounced: true,
    words: 'getReady',
    order: 0,
  },
  'next-point': {
    tone: [note(0, 160, 783.99), note(190, 160, 659.25), note(380, 260, 523.25)],
    channel: 'tone',
    vibrationMs: [120, 80, 120, 80, 120],
    isAnnounced: true,
    words: 'nextPoint',
    order: 0,
  },
  'switch-side': {
    tone: [note(0, 140, 523.25), note(170, 140, 659.25), note(340, 240, 783.99)],
    channel: 'tone',
    vibrationMs: [250, 100, 250],
    isAnnounced: true,
    words: 'switchSide',
    order: 0,
  },
  start: {
    tone: [note(0, 350, 880, 0.55)],
    channel: 'tone',
    vibrationMs: [300],
    isAnnounced: true,
    words: { hold: 'startHold', pulse: 'startPulse' },
    order: 1,
  },
  half: {
    tone: [note(0, 220, 659.25, 0.4)],
    channel: 'tone',
    vibrationMs: [],
    isAnnounced: false,
    words: 'half',
    order: 4,
  },
  'ten-left': {
    tone: [note(0, 120, 739.99, 0.45), note(200, 120, 739.99, 0.45)],
    channel: 'tone',
    vibrationMs: [80, 80, 80],
    isAnnounced: false,
    words: 'tenLeft',
    order: 4,
  },
  press: {
    tone: [note(0, 160, 987.77, 0.55)],
    channel: 'tone',
    vibrationMs: [180],
    isAnnounced: false,
    words: 'press',
    order: 2,
  },
  release: {
    tone: [note(0, 120, 493.88, 0.35)],
    channel: 'tone',
    vibrationMs: [60],
    isAnnounced: false,
    words: 'release',
    order: 2,
  },
  'breathe-in': {
    tone: [note(0, 900, 196, 0.16, 261.63)],
    channel: 'breath',
    vibrationMs: [],
    isAnnounced: false,
    words: null,
    order: 3,
  },
  'breathe-out': {
    tone: [note(0, 1200, 261.63, 0.14, 174.61)],
    channel: 'breath',
    vibrationMs: [],
    isAnnounced: false,
    words: null,
    order: 3,
  },
  done: {
    tone: [
      note(0, 180, 523.25),
      note(200, 180, 659.25),
      note(400, 180, 783.99),
      note(600, 500, 1046.5),
    ],
    channel: 'tone',
    vibrationMs: [200, 100, 200, 100, 400],
    isAnnounced: true,
    words: 'done',
    order: 5,
  },
} as const satisfies Readonly<Record<CueKind, CueBehaviour>>;

/** The breathing sound's cues (the breath switch), apart from the cue tones. */
export const isBreathCue = (kind: CueKind): boolean => cues[kind].channel === 'breath';
