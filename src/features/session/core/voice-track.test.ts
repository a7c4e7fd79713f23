import { describe, expect, it } from 'vitest';
import type { CueStyle } from './checkpoint';
import { voiceBanks } from './voice-bank-index';
import { spokenTiming, trackVoiceBank } from './voice-track';

const style = (change: Partial<CueStyle> = {}): CueStyle => ({
  voice: true,
  tones: true,
  vibration: false,
  breathSound: true,
  ...change,
});
const timing = { transitionMs: 0, breathInMs: 5000, breathOutMs: 5000 };

describe('whether the track speaks', () => {
  it('speaks in the app’s language with Voice on and the lock-screen playback', () => {
    expect(trackVoiceBank(style(), 'es')).toBe(voiceBanks.es);
    expect(trackVoiceBank(style({ playback: 'lock-screen' }), 'zh-Hans')).toBe(
      voiceBanks['zh-Hans'],
    );
  });

  it('leaves the words to the device’s voice over music, and says nothing with Voice off', () => {
    expect(trackVoiceBank(style({ playback: 'over-music' }), 'en')).toBeNull();
    expect(trackVoiceBank(style({ voice: false }), 'en')).toBeNull();
    expect(trackVoiceBank(null, 'en')).toBeNull();
  });

  it('has no words for a language without a bank', () => {
    expect(trackVoiceBank(style(), 'fr')).toBeNull();
  });

  it('makes room for the words only when the track speaks them', () => {
    expect(spokenTiming(timing, style(), 'en').transitionMs).toBeGreaterThan(0);
    expect(spokenTiming(timing, style({ voice: false }), 'en')).toBe(timing);
    expect(spokenTiming(timing, style({ playback: 'over-music' }), 'en')).toBe(timing);
  });
});
