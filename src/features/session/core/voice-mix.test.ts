import { describe, expect, it } from 'vitest';
import { renderTrackSamples, VoiceBankMissingError, type TrackRequest } from './track';
import { decodeAdpcm, encodeAdpcm } from './voice-adpcm';
import { breathDuck, duckGain, mixVoice, phraseSamples, voiceEndSample } from './voice-mix';
import type { TrackVoice } from './voice-placement';

const rate = 16_000;

function tone(length: number, hz: number, amplitude = 8000): Int16Array {
  return Int16Array.from({ length }, (_, i) =>
    Math.round(
      amplitude * Math.sin((2 * Math.PI * hz * i) / rate) * Math.min(1, i / 40, (length - i) / 40),
    ),
  );
}

/** A bank of two clips and a voice that says the first at 1 s and the second at 2.5 s. */
function fixture(fromMs = 0) {
  const a = encodeAdpcm(tone(4000, 300));
  const b = encodeAdpcm(tone(2400, 500));
  const bank = new Uint8Array(a.bytes.length + b.bytes.length);
  bank.set(a.bytes);
  bank.set(b.bytes, a.bytes.length);
  const voice: TrackVoice = {
    file: 'voice/test.adpcm',
    sampleRate: rate,
    phrases: [
      { phrase: 'half', atMs: fromMs + 1000, offset: 0, samples: a.samples, stepIndex: 0 },
      {
        phrase: 'done',
        atMs: fromMs + 2500,
        offset: a.bytes.length,
        samples: b.samples,
        stepIndex: 0,
      },
    ],
  };
  return { bank, voice, clips: [decodeAdpcm(a), decodeAdpcm(b)] as const };
}

describe('mixing the words into the track', () => {
  it('puts each clip’s samples at its planned sample, exactly', () => {
    const { bank, voice, clips } = fixture(60_000);
    const pcm = new Int16Array(4 * rate);
    mixVoice(pcm, voice, bank, 60_000, rate);
    expect(pcm.subarray(rate, rate + 4000)).toEqual(clips[0]);
    expect(pcm.subarray(2.5 * rate, 2.5 * rate + 2400)).toEqual(clips[1]);
    expect(pcm.subarray(0, rate).every((s) => s === 0)).toBe(true);
  });

  it('adds to what is there and clips at full scale', () => {
    const { bank, voice } = fixture();
    const pcm = new Int16Array(4 * rate).fill(32000);
    mixVoice(pcm, voice, bank, 0, rate);
    expect(Math.max(...pcm)).toBe(32767);
  });

  it('lasts until the last word ends', () => {
    const { voice } = fixture();
    expect(voiceEndSample(voice, 0, rate)).toBe(2.5 * rate + 2400);
    expect(voiceEndSample(voice, 0, 8000)).toBe(2.5 * 8000 + 1200);
  });

  it('resamples a clip to another track rate, keeping its length in time', () => {
    const { bank, voice } = fixture();
    const phrase = voice.phrases[0];
    if (!phrase) throw new Error('fixture');
    expect(phraseSamples(phrase, voice, bank, 11_025)).toHaveLength(
      Math.round((4000 * 11_025) / rate),
    );
  });

  it('ducks a breathing sound under words, with ramps, and leaves one away from words alone', () => {
    const { voice } = fixture();
    expect(breathDuck(voice, 0, rate, 0, 8000)).toBeNull();
    const gains = breathDuck(voice, 0, rate, rate - 2000, 4000);
    expect(gains?.[0]).toBe(1);
    expect(gains?.[3000]).toBeCloseTo(duckGain);
    expect(Math.min(...(gains ?? []))).toBeCloseTo(duckGain);
  });
});

describe('a track with words', () => {
  const { bank, voice, clips } = fixture();
  const request: TrackRequest = {
    fromMs: 0,
    untilMs: 2000,
    cues: [{ atMs: 0, kind: 'start' }],
    sampleRate: rate,
    voice,
  };

  it('holds the tones and the words, each where planned', () => {
    const withWords = renderTrackSamples(request, bank);
    const tonesOnly = renderTrackSamples({ ...request, voice: { ...voice, phrases: [] } });
    const words = withWords
      .subarray(rate, rate + 4000)
      .map((s, i) => s - (tonesOnly[rate + i] ?? 0));
    expect(words).toEqual(clips[0]);
    expect(withWords.length).toBe(2.5 * rate + 2400);
  });

  it('is refused without its bank, rather than rendered silent', () => {
    expect(() => renderTrackSamples(request)).toThrow(VoiceBankMissingError);
  });
});
