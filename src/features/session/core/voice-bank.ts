import type { PhraseId } from './voice-phrases';

/** The languages the track speaks (the app's locales). */
export type VoiceLocale = 'en' | 'es' | 'zh-Hans';

/** Where one phrase's clip is in its language's bank, and what it was rendered from. */
export interface VoiceClipEntry {
  /** Byte offset of the clip in the bank file. */
  readonly offset: number;
  readonly bytes: number;
  readonly samples: number;
  /** The ADPCM decoder's starting step index (./voice-adpcm.ts). */
  readonly stepIndex: number;
  /** Largest absolute decoded sample (16-bit). */
  readonly peak: number;
  /** Hash of the text the voice read and the engine (scripts/render-voice/phrase-list.ts). */
  readonly hash: string;
  /** The words, as a person hears them. */
  readonly text: string;
}

/** One language's bank: one file of ADPCM clips, 16,000 Hz mono, and its index. */
export interface VoiceBankIndex {
  /** Path of the bank under the app's root ("voice/en.adpcm"). */
  readonly file: string;
  readonly bytes: number;
  readonly sampleRate: number;
  /** Synthesizer, version and voice. */
  readonly engine: string;
  /** The whole set's integrated loudness as rendered (LUFS), the one gain applied, the result. */
  readonly measuredLufs: number;
  readonly gainDb: number;
  readonly loudnessLufs: number;
  readonly clips: Readonly<Partial<Record<PhraseId, VoiceClipEntry>>>;
}

export type VoiceBanks = Readonly<Partial<Record<VoiceLocale, VoiceBankIndex>>>;

/** A clip's length in ms. */
export function clipMs(entry: Pick<VoiceClipEntry, 'samples'>, sampleRate: number): number {
  return (entry.samples * 1000) / sampleRate;
}
