import type { CueKind } from './timeline';

/**
 * The session's sounds, as pure sample data: each cue is a few short notes with a soft attack
 * and release, so that it is clear but never harsh. Distinct pitches and rhythms let a user tell
 * "press" from "release" and "switch side" from "next point" without looking.
 */
export type ToneName = CueKind;

interface Note {
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

export const toneNotes: Readonly<Record<ToneName, readonly Note[]>> = {
  'get-ready': [note(0, 180, 523.25), note(220, 260, 659.25)],
  'next-point': [note(0, 160, 783.99), note(190, 160, 659.25), note(380, 260, 523.25)],
  'switch-side': [note(0, 140, 523.25), note(170, 140, 659.25), note(340, 240, 783.99)],
  start: [note(0, 350, 880, 0.55)],
  half: [note(0, 220, 659.25, 0.4)],
  'ten-left': [note(0, 120, 739.99, 0.45), note(200, 120, 739.99, 0.45)],
  press: [note(0, 160, 987.77, 0.55)],
  release: [note(0, 120, 493.88, 0.35)],
  'breathe-in': [note(0, 900, 196, 0.16, 261.63)],
  'breathe-out': [note(0, 1200, 261.63, 0.14, 174.61)],
  done: [
    note(0, 180, 523.25),
    note(200, 180, 659.25),
    note(400, 180, 783.99),
    note(600, 500, 1046.5),
  ],
};

/** Length of a tone in ms. */
export function toneLengthMs(name: ToneName): number {
  return Math.max(...toneNotes[name].map((n) => n.startMs + n.lengthMs));
}

const attackMs = 12;
const releaseMs = 60;

/** Mono samples of a tone at `sampleRate`, in [-1, 1]; silent before each note's start. */
export function toneSamples(name: ToneName, sampleRate: number): Float32Array<ArrayBuffer> {
  const samples = new Float32Array(Math.ceil((toneLengthMs(name) / 1000) * sampleRate));
  for (const n of toneNotes[name]) {
    const first = Math.round((n.startMs / 1000) * sampleRate);
    const count = Math.round((n.lengthMs / 1000) * sampleRate);
    let phase = 0;
    for (let index = 0; index < count && first + index < samples.length; index += 1) {
      const tMs = (index / sampleRate) * 1000;
      const hz = n.fromHz + (n.toHz - n.fromHz) * (index / count);
      phase += (2 * Math.PI * hz) / sampleRate;
      const envelope = Math.min(1, tMs / attackMs, (n.lengthMs - tMs) / releaseMs);
      // A touch of the second harmonic makes small phone speakers carry the pitch.
      const wave = Math.sin(phase) + 0.2 * Math.sin(2 * phase);
      samples[first + index] = (samples[first + index] ?? 0) + (n.gain * envelope * wave) / 1.2;
    }
  }
  return samples;
}
