import { FLACDecoder } from '@wasm-audio-decoders/flac';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { planSession } from './planner';
import { deriveTimeline } from './timeline';
import { crc16, crc8, encodeFlac, flacBlockSize } from './flac';
import { renderTrackFile, renderTrackSamples, trackRequest, trackSampleRate } from './track';

// An independent decoder (libFLAC's, built to WebAssembly) reads what the writer wrote. It gives
// floats of sample / 32767.
const decoder = new FLACDecoder();
afterAll(() => decoder.free());

async function decode(bytes: Uint8Array) {
  await decoder.ready;
  const decoded = await decoder.decodeFile(bytes);
  await decoder.reset();
  const samples = Int16Array.from(decoded.channelData[0] ?? [], (value) =>
    Math.round(value * 32767),
  );
  return { ...decoded, samples };
}

/** The first index where the two differ (-1 when none): quick on millions of samples. */
function firstDifference(a: Int16Array, b: Int16Array): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  return a.findIndex((value, index) => value !== b[index]);
}

const everything = { tones: true, breathSound: true };

describe('the FLAC writer', () => {
  it('computes the format’s CRC-8 and CRC-16 check values', () => {
    const text = new TextEncoder().encode('123456789');
    // The standard check values of CRC-8 (poly 0x07) and CRC-16/UMTS (poly 0x8005).
    expect(crc8(text, 0, text.length)).toBe(0xf4);
    expect(crc16(text, 0, text.length)).toBe(0xfee8);
  });

  it('writes a whole session that decodes to the very same samples', async () => {
    const timeline = deriveTimeline(planSession('right', { holdMs: 60_000 }));
    const request = trackRequest(timeline, 0, null, everything);
    const samples = renderTrackSamples(request);
    const flac = renderTrackFile(request, 'flac');
    const decoded = await decode(flac);
    expect(decoded.errors).toEqual([]);
    expect(decoded.sampleRate).toBe(trackSampleRate);
    expect(decoded.bitDepth).toBe(16);
    expect(decoded.samplesDecoded).toBe(samples.length);
    // Compared whole: a single sample off anywhere fails.
    expect(firstDifference(decoded.samples, samples)).toBe(-1);
    // A whole session decodes in a few seconds on a busy 2-core machine.
  }, 30_000);

  it('holds a minute of session in far fewer bytes than WAV', () => {
    const timeline = deriveTimeline(planSession('right', { holdMs: 60_000 }));
    const request = trackRequest(timeline, 0, null, everything);
    const minutes = renderTrackSamples(request).length / trackSampleRate / 60;
    const flacPerMinute = renderTrackFile(request, 'flac').length / minutes;
    const wavPerMinute = renderTrackFile(request, 'wav').length / minutes;
    expect(wavPerMinute).toBeGreaterThan(1_300_000);
    // Mostly silence between tones: a tenth of the WAV's size or less.
    expect(flacPerMinute).toBeLessThan(wavPerMinute / 10);
  });

  it('decodes any samples back exactly, loud or quiet, smooth or not, across blocks', async () => {
    // After a block of a tone, and with a whole block of it last: the test's decoder finds a
    // frame's end by the start of the next, and drops a short last frame (ffmpeg and Chromium
    // read those; the browser tests decode whole tracks, which end in one).
    const tone = Int16Array.from({ length: flacBlockSize }, (_, index) =>
      Math.round(9000 * Math.sin(index / 7)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.array(fc.integer({ min: -32768, max: 32767 }), { minLength: 1, maxLength: 9000 }),
          fc.array(fc.integer({ min: -40, max: 40 }), { minLength: 1, maxLength: 9000 }),
          fc
            .tuple(fc.integer({ min: 1, max: 9000 }), fc.double({ min: 0.001, max: 3 }))
            .map(([length, step]) =>
              Array.from({ length }, (_, index) => Math.round(32767 * Math.sin(index * step))),
            ),
        ),
        fc.constantFrom(8_000, 11_025, 44_100),
        async (values, sampleRate) => {
          const fill = (flacBlockSize - (values.length % flacBlockSize)) % flacBlockSize;
          const samples = Int16Array.from([...tone, ...values, ...tone.subarray(0, fill), ...tone]);
          const decoded = await decode(encodeFlac(samples, sampleRate));
          expect(decoded.errors).toEqual([]);
          expect(decoded.sampleRate).toBe(sampleRate);
          expect(firstDifference(decoded.samples, samples)).toBe(-1);
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);

  it('writes a silent block as one constant value', () => {
    const silent = encodeFlac(new Int16Array(flacBlockSize * 3), trackSampleRate);
    // "fLaC", a 38-byte STREAMINFO, and three frames of a few bytes each.
    expect(silent.length).toBeLessThan(4 + 38 + 3 * 16);
  });
});
