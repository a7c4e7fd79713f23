import { describe, expect, it } from 'vitest';
import {
  bedAmplitude,
  bedCapMs,
  bedLength,
  bedSample,
  endCueMs,
  endCueSample,
  mixBed,
  pauseBedRequest,
} from './bed';
import { renderTrackSamples, trackDurationMs, trackSampleRate } from './track';
import { encodeFlac } from './flac';

const rate = trackSampleRate;
const dbfs = (value: number) => 20 * Math.log10(value);

describe('the quiet bed', () => {
  it('is loud enough for a browser to count as playing, far under any cue', () => {
    const oneSecond = Array.from({ length: rate }, (_, index) => bedSample(5 * rate + index, rate));
    const power = oneSecond.reduce((sum, value) => sum + value * value, 0) / oneSecond.length;
    // Chromium's audio stream monitor calls a stream silent under -72 dBFS.
    expect(10 * Math.log10(power)).toBeGreaterThan(-65);
    expect(10 * Math.log10(power)).toBeLessThan(-50);
    expect(Math.max(...oneSecond.map(Math.abs))).toBeLessThanOrEqual(bedAmplitude);
    expect(dbfs(bedAmplitude)).toBeLessThan(-50);
  });

  it('fades in and out, so that it never clicks', () => {
    expect(bedSample(0, rate)).toBe(0);
    expect(Math.abs(bedSample(10, rate))).toBeLessThan(bedAmplitude / 50);
    const lastIndex = Math.round((bedCapMs * rate) / 1000) - 1;
    expect(Math.abs(bedSample(lastIndex, rate))).toBeLessThan(bedAmplitude / 50);
  });

  it('ends after 5 minutes with a soft end cue, quieter than the session cues', () => {
    expect(bedLength(rate)).toBe(Math.round(((bedCapMs + endCueMs) * rate) / 1000));
    const cue = Array.from({ length: Math.round((endCueMs * rate) / 1000) }, (_, index) =>
      Math.abs(endCueSample(index, rate)),
    );
    const peak = Math.max(...cue);
    expect(peak).toBeGreaterThan(0.1);
    expect(peak).toBeLessThan(0.25);
    // It has faded to nothing by the end of the file.
    expect(cue.at(-1)).toBeLessThan(0.01);
  });

  it('is mixed after what is already there, and stops at the end of the samples', () => {
    const pcm = new Int16Array(rate * 2).fill(1000);
    mixBed(pcm, rate, rate);
    expect(pcm[rate - 1]).toBe(1000);
    expect(pcm[rate + 2 * rate - 1]).toBeUndefined();
    const moved = [...pcm.subarray(rate)].filter((value) => value !== 1000).length;
    expect(moved).toBeGreaterThan(rate / 2);
  });

  it('as the pause part, is 5 minutes and the end cue, standing for no session time', () => {
    const request = pauseBedRequest(rate);
    expect(request.cues).toEqual([]);
    expect(trackDurationMs(request)).toBeCloseTo(bedCapMs + endCueMs, 0);
  });

  it('stays small as FLAC (under 1.2 MB for 5 minutes), so it is read ahead far', () => {
    const bytes = encodeFlac(renderTrackSamples(pauseBedRequest(rate)), rate);
    expect(bytes.byteLength).toBeLessThan(1.2e6);
  });
});
