import { cuesBetween, type Timeline } from './timeline';
import { encodeFlac } from './flac';
import { toneLengthMs, toneNotes, toneSamples, type ToneName } from './tone-shapes';
import { isBreathCue } from './cues';
import { bedCapMs, bedLength, mixBed } from './bed';
import type { VoiceBankIndex } from './voice-bank';
import { breathDuck, mixVoice, voiceEndSample } from './voice-mix';
import { trackVoice, type TrackVoice } from './voice-placement';

/**
 * The session's sound as one track, rendered ahead from the timeline: every cue tone, the
 * breathing sound and Fengchi's presses, placed sample-exact, with true silence between them.
 * The browser's media stack plays it, so no script has to run at cue time (a locked phone).
 *
 * Format: FLAC (./flac.ts) where the browser plays it, which every browser we target does, and
 * WAV (RIFF, 16-bit PCM, mono: a 44-byte header and the samples) where it does not. Both hold the
 * same samples. As WAV a minute is 1.32 MB (11,025 × 2 bytes × 60); as FLAC, with silence between
 * the tones, about 0.08 MB, so what a media element reads ahead lasts many minutes.
 * 11,025 Hz: its Nyquist limit, 5,512 Hz, is far above the highest pitch the tones contain:
 * 1,046.5 Hz ('done') and its second harmonic, 2,093 Hz (see toneSamples).
 */
export const trackSampleRate = 11_025;
export const trackBytesPerSample = 2;
const wavHeaderBytes = 44;

export interface TrackCue {
  readonly atMs: number;
  readonly kind: ToneName;
}

export interface TrackRequest {
  /** Session time the track's first sample stands for. */
  readonly fromMs: number;
  /** Session time the track stops at: the next wait-for-me gate, or the end of the session. */
  readonly untilMs: number;
  /** Cues in [fromMs, untilMs], in session time. */
  readonly cues: readonly TrackCue[];
  readonly sampleRate: number;
  /**
   * After `untilMs`, a quiet bed this long and a soft end cue (./bed.ts): at a wait-for-me gate
   * the element keeps playing, so that the lock screen keeps its controls.
   */
  readonly bedMs?: number;
  /** The spoken words and where they go (./voice-placement.ts); the worker brings the bank. */
  readonly voice?: TrackVoice;
}

/** The same track without its words (their bank could not be loaded). */
export function withoutWords(request: TrackRequest): TrackRequest {
  const { fromMs, untilMs, cues, sampleRate } = request;
  return { fromMs, untilMs, cues, sampleRate };
}

/** Rendering a request with words without its language's bank. */
export class VoiceBankMissingError extends Error {
  override name = 'VoiceBankMissingError';
}

/** Which sounds go into the track. */
export interface TrackSounds {
  /** The cue tones (get ready, start, half, press, release, done…). */
  readonly tones: boolean;
  /** The breathing sound during holds. */
  readonly breathSound: boolean;
  /** Every cue's words, in this bank's language (its clips' rate becomes the track's). */
  readonly voice?: VoiceBankIndex | null;
}

const maxHighestHz = Math.max(
  ...Object.values(toneNotes).flatMap((notes) => notes.flatMap((n) => [n.fromHz, n.toHz])),
);

/** True when every tone and its second harmonic stay well under the rate's Nyquist limit. */
export function isRateEnoughForTones(sampleRate: number): boolean {
  return 2 * maxHighestHz * 2 < sampleRate / 2;
}

/**
 * The track that plays the session from `fromMs` up to `gateMs` (or its end when null): cues at
 * or after `fromMs`; a cue at the gate waits for Ready, the closing 'done' at the end is played.
 */
export function trackRequest(
  timeline: Timeline,
  fromMs: number,
  gateMs: number | null,
  sounds: TrackSounds,
  sampleRate = trackSampleRate,
): TrackRequest {
  const untilMs = Math.min(gateMs ?? timeline.totalMs, timeline.totalMs);
  const endMs = gateMs !== null && gateMs <= timeline.totalMs ? gateMs : timeline.totalMs + 1;
  const cues = cuesBetween(timeline, fromMs, endMs)
    .filter((cue) => (isBreathCue(cue.kind) ? sounds.breathSound : sounds.tones))
    .map(({ atMs, kind }) => ({ atMs, kind }));
  const atGate = gateMs !== null && gateMs <= timeline.totalMs;
  const bed = atGate ? { bedMs: bedCapMs } : {};
  if (!sounds.voice) return { fromMs, untilMs, cues, sampleRate, ...bed };
  const voice = trackVoice(timeline, fromMs, endMs, sounds.voice);
  return { fromMs, untilMs, cues, sampleRate: voice.sampleRate, voice, ...bed };
}

/** The sample a cue starts on: its offset from the track's start, rounded to the nearest sample. */
export function onsetSample(atMs: number, fromMs: number, sampleRate: number): number {
  return Math.round(((atMs - fromMs) * sampleRate) / 1000);
}

/** Number of samples: up to `untilMs`, and on until the last tone has faded out. */
export function trackLength(request: TrackRequest): number {
  const { fromMs, untilMs, sampleRate } = request;
  let length = Math.max(0, onsetSample(untilMs, fromMs, sampleRate));
  for (const cue of request.cues) {
    const toneLength = Math.ceil((toneLengthMs(cue.kind) / 1000) * sampleRate);
    length = Math.max(length, onsetSample(cue.atMs, fromMs, sampleRate) + toneLength);
  }
  if (request.bedMs) {
    const bedFirst = onsetSample(untilMs, fromMs, sampleRate);
    length = Math.max(length, bedFirst + bedLength(sampleRate, request.bedMs));
  }
  if (request.voice) length = Math.max(length, voiceEndSample(request.voice, fromMs, sampleRate));
  return length;
}

/** The track's duration in ms. */
export function trackDurationMs(request: TrackRequest): number {
  return (trackLength(request) * 1000) / request.sampleRate;
}

const isLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Mixes every cue's tone into `pcm` (silent, `trackLength(request)` samples) at its onset, and
 * the words from `voiceBank` where the request has them (the breathing sound ducks under them).
 */
function mixTrack(request: TrackRequest, pcm: Int16Array, voiceBank?: Uint8Array): void {
  const { sampleRate, voice } = request;
  if (voice?.phrases.length && !voiceBank)
    throw new VoiceBankMissingError(`No voice bank ${voice.file}`);
  const shapes = new Map<ToneName, Float32Array>();
  for (const cue of request.cues) {
    let shape = shapes.get(cue.kind);
    if (!shape) shapes.set(cue.kind, (shape = toneSamples(cue.kind, sampleRate)));
    const first = onsetSample(cue.atMs, request.fromMs, sampleRate);
    const duck =
      voice && isBreathCue(cue.kind)
        ? breathDuck(voice, request.fromMs, sampleRate, first, shape.length)
        : null;
    for (let index = Math.max(0, -first); index < shape.length; index += 1) {
      const at = first + index;
      if (at >= pcm.length) break;
      pcm[at] = toPcm16((pcm[at] ?? 0) / 32767 + (shape[index] ?? 0) * (duck?.[index] ?? 1));
    }
  }
  if (request.bedMs) {
    mixBed(
      pcm,
      onsetSample(request.untilMs, request.fromMs, sampleRate),
      sampleRate,
      request.bedMs,
    );
  }
  if (voice && voiceBank) mixVoice(pcm, voice, voiceBank, request.fromMs, sampleRate);
}

/** The whole track as 16-bit samples. */
export function renderTrackSamples(
  request: TrackRequest,
  voiceBank?: Uint8Array,
): Int16Array<ArrayBuffer> {
  const pcm = new Int16Array(trackLength(request));
  mixTrack(request, pcm, voiceBank);
  return pcm;
}

/**
 * The whole track as a WAV file's bytes. Samples are written straight into the file's buffer
 * (a 30-minute track is 40 MB; a float copy of it would be twice that again).
 */
export function renderTrackWav(
  request: TrackRequest,
  voiceBank?: Uint8Array,
): Uint8Array<ArrayBuffer> {
  const { sampleRate } = request;
  const length = trackLength(request);
  const bytes = new Uint8Array(wavHeaderBytes + length * trackBytesPerSample);
  writeWavHeader(new DataView(bytes.buffer), length, sampleRate);
  const pcm = new Int16Array(bytes.buffer, wavHeaderBytes, length);
  mixTrack(request, pcm, voiceBank);
  // WAV is little-endian; so is every device a browser runs on today, but stay correct anyway.
  if (!isLittleEndian) {
    const view = new DataView(bytes.buffer);
    for (let index = 0; index < length; index += 1) {
      view.setInt16(wavHeaderBytes + index * 2, pcm[index] ?? 0, true);
    }
  }
  return bytes;
}

/** The file formats a track is written in: FLAC where the browser plays it, else WAV. */
export type TrackFormat = 'flac' | 'wav';

export const trackMimeTypes: Readonly<Record<TrackFormat, string>> = {
  flac: 'audio/flac',
  wav: 'audio/wav',
};

/** The whole track as a file in `format`: the same samples either way (FLAC is lossless). */
export function renderTrackFile(
  request: TrackRequest,
  format: TrackFormat,
  voiceBank?: Uint8Array,
): Uint8Array<ArrayBuffer> {
  return format === 'flac'
    ? encodeFlac(renderTrackSamples(request, voiceBank), request.sampleRate)
    : renderTrackWav(request, voiceBank);
}

/** A float sample in [-1, 1] (clipped) as 16-bit PCM. */
export function toPcm16(sample: number): number {
  return Math.round(Math.max(-1, Math.min(1, sample)) * 32767);
}

/** The 44-byte RIFF/WAVE header of a mono 16-bit PCM file with `length` samples. */
function writeWavHeader(view: DataView, length: number, sampleRate: number): void {
  const dataBytes = length * trackBytesPerSample;
  const ascii = (offset: number, text: string) => {
    for (let index = 0; index < text.length; index += 1) {
      view.setUint8(offset + index, text.charCodeAt(index));
    }
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * trackBytesPerSample, true); // bytes per second
  view.setUint16(32, trackBytesPerSample, true); // block align
  view.setUint16(34, 8 * trackBytesPerSample, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
}

/** Reads a WAV file written by `renderTrackWav` (for tests and checks): its rate and samples. */
export function decodeWav(bytes: Uint8Array): { sampleRate: number; samples: Int16Array } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number) =>
    String.fromCharCode(...bytes.subarray(offset, offset + 4).values());
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE' || tag(36) !== 'data') {
    throw new Error('Not a track written by renderTrackWav');
  }
  const count = view.getUint32(40, true) / trackBytesPerSample;
  const samples = new Int16Array(count);
  for (let index = 0; index < count; index += 1) {
    samples[index] = view.getInt16(wavHeaderBytes + index * 2, true);
  }
  return { sampleRate: view.getUint32(24, true), samples };
}

/** A short silent WAV: played inside a user gesture, it lets iOS play the real track later. */
export function silentWav(sampleRate = trackSampleRate, lengthMs = 50): Uint8Array<ArrayBuffer> {
  return renderTrackWav({ fromMs: 0, untilMs: lengthMs, cues: [], sampleRate });
}
