import { describe, expect, it } from 'vitest';
import { toneLengthMs, toneNotes, toneSamples, type ToneName } from './tone-shapes';

const names = Object.keys(toneNotes) as ToneName[];

describe('tone shapes', () => {
  it('gives every cue a distinct sound', () => {
    const signatures = names.map((name) => JSON.stringify(toneNotes[name]));
    expect(new Set(signatures).size).toBe(names.length);
  });

  it('keeps every sample within [-1, 1]', () => {
    for (const name of names) {
      const peak = toneSamples(name, 48_000).reduce((max, s) => Math.max(max, Math.abs(s)), 0);
      expect(peak, name).toBeLessThanOrEqual(1);
      expect(peak, name).toBeGreaterThan(0.05);
    }
  });

  it('starts and ends softly, with no click', () => {
    for (const name of names) {
      const samples = toneSamples(name, 48_000);
      expect(Math.abs(samples[0] ?? 1), name).toBeLessThan(0.01);
      expect(Math.abs(samples.at(-1) ?? 1), name).toBeLessThan(0.02);
    }
  });

  it('keeps press and release short enough for the 3 s / 1 s Fengchi rhythm', () => {
    expect(toneLengthMs('press')).toBeLessThan(1000);
    expect(toneLengthMs('release')).toBeLessThan(1000);
  });

  it('is as long as its notes at any sample rate', () => {
    expect(toneSamples('done', 44_100).length).toBe(Math.ceil(1.1 * 44_100));
  });
});
