import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeAdpcm } from '../../src/features/session/core/voice-adpcm';
import type { VoiceLocale } from '../../src/features/session/core/voice-bank';
import { voiceBanks } from '../../src/features/session/core/voice-bank-index';
import { phraseList, voiceEngines } from './phrase-list';

const root = new URL('../../', import.meta.url);
const locales: readonly VoiceLocale[] = ['en', 'es', 'zh-Hans'];
const rerender = 'words changed without a new render: run node scripts/render-voice/render.mjs';

function bankOf(locale: VoiceLocale) {
  const index = voiceBanks[locale];
  if (!index) throw new Error(`No voice bank for ${locale}: ${rerender}`);
  return { index, bytes: readFileSync(fileURLToPath(new URL(`public/${index.file}`, root))) };
}

/** RMS in dBFS of the 20 ms frames that carry speech (above −50 dBFS). */
function activeLevelDb(samples: Int16Array, sampleRate: number): { sum: number; count: number } {
  const frame = Math.round(sampleRate / 50);
  let sum = 0;
  let count = 0;
  for (let start = 0; start + frame <= samples.length; start += frame) {
    let energy = 0;
    for (let i = start; i < start + frame; i += 1) energy += ((samples[i] ?? 0) / 32768) ** 2;
    if (10 * Math.log10(energy / frame) > -50) {
      sum += energy;
      count += frame;
    }
  }
  return { sum, count };
}

describe.each(locales)('the %s voice bank', (locale) => {
  const phrases = phraseList(locale);
  const { index, bytes } = bankOf(locale);

  it('has a clip for every phrase the catalogs make, and no other', () => {
    expect(Object.keys(index.clips).sort()).toEqual(phrases.map((p) => p.id).sort());
  });

  it('has no stale clip: each was rendered from the words the catalogs say now', () => {
    const stale = phrases
      .filter((phrase) => index.clips[phrase.id]?.hash !== phrase.hash)
      .map((phrase) => `${phrase.id} "${phrase.voiceText}"`);
    expect(stale, rerender).toEqual([]);
    for (const phrase of phrases) expect(index.clips[phrase.id]?.text).toBe(phrase.text);
  });

  it('names the engine and version that rendered it', () => {
    const engine = voiceEngines[locale];
    expect(index.engine).toBe(`${engine.package}, voice ${engine.voice}`);
    expect(index.sampleRate).toBe(16_000);
  });

  it('holds its clips back to back, each where the index says, and nothing else', () => {
    expect(bytes.length).toBe(index.bytes);
    let offset = 0;
    for (const phrase of phrases) {
      const entry = index.clips[phrase.id];
      expect(entry?.offset).toBe(offset);
      expect(entry?.bytes).toBe(Math.ceil((entry?.samples ?? 0) / 2));
      offset += entry?.bytes ?? 0;
    }
    expect(offset).toBe(bytes.length);
  });

  it('decodes every clip to speech of a sensible length, at its indexed peak, under the limit, without a click', () => {
    for (const phrase of phrases) {
      const entry = index.clips[phrase.id];
      if (!entry) throw new Error(phrase.id);
      const samples = decodeAdpcm({ ...entry, bytes: bytes.subarray(entry.offset) });
      const ms = (samples.length * 1000) / index.sampleRate;
      expect(ms, phrase.id).toBeGreaterThan(250);
      expect(ms, phrase.id).toBeLessThan(9000);
      const peak = samples.reduce((max, s) => Math.max(max, Math.abs(s)), 0);
      expect(peak, phrase.id).toBe(entry.peak);
      // The limiter's ceiling is −2 dBFS; the 4-bit coding may overshoot it a little.
      expect(peak, phrase.id).toBeLessThan(0.9 * 32768);
      expect(peak, phrase.id).toBeGreaterThan(0.25 * 32768);
      const { sum, count } = activeLevelDb(samples, index.sampleRate);
      expect(count / samples.length, `${phrase.id} is mostly speech`).toBeGreaterThan(0.4);
      expect(10 * Math.log10(sum / count), phrase.id).toBeGreaterThan(-30);
      // 5 ms fades at both ends.
      expect(Math.abs(samples[0] ?? 0), phrase.id).toBeLessThan(600);
      expect(Math.abs(samples.at(-1) ?? 0), phrase.id).toBeLessThan(600);
    }
  });

  it('was levelled as a whole set to −16 LUFS', () => {
    expect(Math.abs(index.loudnessLufs + 16)).toBeLessThanOrEqual(0.3);
  });
});

it('speaks every language at about the same level', () => {
  const levels = locales.map((locale) => {
    const { index, bytes } = bankOf(locale);
    let sum = 0;
    let count = 0;
    for (const entry of Object.values(index.clips)) {
      if (!entry) continue;
      const level = activeLevelDb(
        decodeAdpcm({ ...entry, bytes: bytes.subarray(entry.offset) }),
        16_000,
      );
      sum += level.sum;
      count += level.count;
    }
    return 10 * Math.log10(sum / count);
  });
  expect(Math.max(...levels) - Math.min(...levels)).toBeLessThan(3);
});
