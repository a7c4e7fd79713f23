import { decodeAdpcm } from './voice-adpcm';
import type { TrackPhrase, TrackVoice } from './voice-placement';

/**
 * Mixes the spoken phrases into the track's samples, each at its planned place to the sample,
 * and ducks the breathing sound under them. Pure: the bank's bytes are given.
 */

/** The breathing sound's gain under words, and how long it takes to go down and back up. */
export const duckGain = 0.25;
export const duckRampMs = 60;

/** The sample a phrase starts on (as track.ts places a cue). */
function onset(atMs: number, fromMs: number, sampleRate: number): number {
  return Math.round(((atMs - fromMs) * sampleRate) / 1000);
}

/** A phrase's length in the track's samples. */
function lengthIn(phrase: TrackPhrase, voice: TrackVoice, sampleRate: number): number {
  return Math.round((phrase.samples * sampleRate) / voice.sampleRate);
}

/** The sample after the last word: the track lasts at least this long. */
export function voiceEndSample(voice: TrackVoice, fromMs: number, sampleRate: number): number {
  let end = 0;
  for (const phrase of voice.phrases) {
    end = Math.max(
      end,
      onset(phrase.atMs, fromMs, sampleRate) + lengthIn(phrase, voice, sampleRate),
    );
  }
  return end;
}

/** One phrase's samples at the track's rate (linear interpolation if the rates differ). */
export function phraseSamples(
  phrase: TrackPhrase,
  voice: TrackVoice,
  bank: Uint8Array,
  sampleRate: number,
): Int16Array {
  const clip = decodeAdpcm({ ...phrase, bytes: bank.subarray(phrase.offset) });
  if (sampleRate === voice.sampleRate) return clip;
  const length = lengthIn(phrase, voice, sampleRate);
  const out = new Int16Array(length);
  const ratio = voice.sampleRate / sampleRate;
  for (let index = 0; index < length; index += 1) {
    const at = index * ratio;
    const low = Math.floor(at);
    const a = clip[low] ?? 0;
    const b = clip[low + 1] ?? a;
    out[index] = Math.round(a + (b - a) * (at - low));
  }
  return out;
}

/** Adds every phrase into `pcm` (the track from `fromMs`), clipping at full scale. */
export function mixVoice(
  pcm: Int16Array,
  voice: TrackVoice,
  bank: Uint8Array,
  fromMs: number,
  sampleRate: number,
): void {
  for (const phrase of voice.phrases) {
    const samples = phraseSamples(phrase, voice, bank, sampleRate);
    const first = onset(phrase.atMs, fromMs, sampleRate);
    for (let index = Math.max(0, -first); index < samples.length; index += 1) {
      const at = first + index;
      if (at >= pcm.length) break;
      pcm[at] = Math.max(-32768, Math.min(32767, (pcm[at] ?? 0) + (samples[index] ?? 0)));
    }
  }
}

/**
 * The gain for each of `length` samples of a breathing sound that starts on sample `first`:
 * `duckGain` under words, with ramps; null when no word falls on it.
 */
export function breathDuck(
  voice: TrackVoice,
  fromMs: number,
  sampleRate: number,
  first: number,
  length: number,
): Float32Array | null {
  const ramp = Math.round((duckRampMs / 1000) * sampleRate);
  let gains: Float32Array | null = null;
  for (const phrase of voice.phrases) {
    const start = onset(phrase.atMs, fromMs, sampleRate);
    const end = start + lengthIn(phrase, voice, sampleRate);
    if (end + ramp <= first || start - ramp >= first + length) continue;
    gains ??= new Float32Array(length).fill(1);
    for (let index = 0; index < length; index += 1) {
      const at = first + index;
      // 0 inside the words, 1 a ramp away from them.
      const away = at < start ? (start - at) / ramp : at > end ? (at - end) / ramp : 0;
      const gain = duckGain + (1 - duckGain) * Math.min(1, away);
      gains[index] = Math.min(gains[index] ?? 1, gain);
    }
  }
  return gains;
}
