import { playbackOf, type CueStyle } from './checkpoint';
import type { TimingOptions } from './timeline';
import type { VoiceBankIndex } from './voice-bank';
import { voiceBanks } from './voice-bank-index';
import { withRoomForWords } from './voice-placement';

/**
 * Whether the track speaks, and from which bank: with Voice on and the lock-screen playback, in
 * the app's language when it has a bank. "Play over my music" keeps the device's own voices
 * (the page runs there), so its track, if any, has no words.
 */
export function trackVoiceBank(
  cueStyle: CueStyle | null | undefined,
  locale: string,
): VoiceBankIndex | null {
  if (!cueStyle?.voice || playbackOf(cueStyle) !== 'lock-screen') return null;
  return voiceBanks[locale as keyof typeof voiceBanks] ?? null;
}

/** The timing a session runs with: the chosen one, with room for the words when the track speaks. */
export function spokenTiming(
  timing: TimingOptions,
  cueStyle: CueStyle | null | undefined,
  locale: string,
): TimingOptions {
  const bank = trackVoiceBank(cueStyle, locale);
  return bank ? withRoomForWords(timing, bank) : timing;
}
