import type { CueStyle } from '../core/checkpoint';
import type { TrackSounds } from '../core/track';
import { trackVoiceBank } from '../core/voice-track';
import { locale } from '../../../i18n/i18n';
import type { LongerHold } from './track-parts';

/** What the track plays for a cue style: with Voice on, its words in the app's language, and the tones. */
export function soundsOf(cue: CueStyle | undefined): TrackSounds {
  const voice = trackVoiceBank(cue, locale.value);
  return { tones: !!cue && (cue.tones || cue.voice), breathSound: !!cue?.breathSound, voice };
}

/** What the track's owner hears from it. */
export interface TrackHost {
  /** The wait-for-me gate a move to `targetMs` waits at (null: none). */
  gateFor(targetMs: number): number | null;
  /** Something outside the app paused or played the element (a call, a headphones button). */
  pausedFromOutside(): void;
  playedFromOutside(): void;
  /** A part played to its end (the session's end). */
  partEnded(): void;
  /** The quiet bed ran its 5 minutes at a gate or in a pause: the sound has stopped. */
  bedEnded(where: 'gate' | 'pause'): void;
  /** The element cannot play the track in any format: carry on with Web Audio. */
  fallBack(): void;
  /** The element started playing (the lock screen's handlers are applied again). */
  playing(): void;
  /** The element's time moved on. */
  progressed(): void;
  /** The hold with 30 s more, as "Add 30 seconds" would make it now; null where it cannot. */
  longerHold(): LongerHold | null;
}
