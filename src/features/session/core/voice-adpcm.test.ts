import { describe, expect, it } from 'vitest';
import { decodeAdpcm, encodeAdpcm } from './voice-adpcm';

function sweep(length: number, sampleRate = 16_000): Int16Array {
  const samples = new Int16Array(length);
  let phase = 0;
  for (let i = 0; i < length; i += 1) {
    phase += (2 * Math.PI * (200 + (3000 * i) / length)) / sampleRate;
    samples[i] = Math.round(12_000 * Math.sin(phase) * Math.min(1, i / 80));
  }
  return samples;
}

function snrDb(original: Int16Array, decoded: Int16Array): number {
  let signal = 0;
  let noise = 0;
  original.forEach((s, i) => {
    signal += s * s;
    noise += (s - (decoded[i] ?? 0)) ** 2;
  });
  return 10 * Math.log10(signal / noise);
}

describe('the clips’ ADPCM', () => {
  it('packs two samples a byte', () => {
    expect(encodeAdpcm(new Int16Array(7)).bytes.length).toBe(4);
  });

  it('keeps a speech-band sweep at least 20 dB above its coding noise', () => {
    const samples = sweep(16_000);
    expect(snrDb(samples, decodeAdpcm(encodeAdpcm(samples)))).toBeGreaterThan(20);
  });

  it('decodes silence to near silence', () => {
    const decoded = decodeAdpcm(encodeAdpcm(new Int16Array(1000)));
    expect(Math.max(...decoded.map(Math.abs))).toBeLessThan(8);
  });

  it('decodes into a longer buffer at an offset, the same samples as on its own', () => {
    const clip = encodeAdpcm(sweep(999));
    const into = new Int16Array(1200);
    decodeAdpcm(clip, into, 100);
    expect(into.subarray(100, 1099)).toEqual(decodeAdpcm(clip));
    expect(into[99]).toBe(0);
    expect(into[1099]).toBe(0);
  });

  it('starts each clip from its own step index', () => {
    const samples = sweep(2000);
    const fromLarge = encodeAdpcm(samples, 40);
    expect(fromLarge.stepIndex).toBe(40);
    expect(snrDb(samples, decodeAdpcm(fromLarge))).toBeGreaterThan(20);
    expect(decodeAdpcm({ ...fromLarge, stepIndex: 0 })).not.toEqual(decodeAdpcm(fromLarge));
  });
});
