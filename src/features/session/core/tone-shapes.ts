import { cues, type CueKind, type Note } from './cues';

/**
 * The session's sounds, as pure sample data: each cue is a few short notes (its row in cues.ts)
 * with a soft attack and release, so that it is clear but never harsh.
 */
export type ToneName = CueKind;

/** Each cue's notes, from the cue table. */
export const toneNotes = Object.fromEntries(
  Object.entries(cues).map(([name, cue]): [string, readonly Note[]] => [name, cue.tone]),
) as Readonly<Record<ToneName, readonly Note[]>>;

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
