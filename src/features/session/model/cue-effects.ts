import { cuesBetween, type Timeline } from '../core/timeline';
import { cues } from '../core/cues';
import { locale } from '../../../i18n/i18n';
import { trackVoiceBank } from '../core/voice-track';
import type { SessionCore } from './session-core';
import { staleMs } from './session-types';

/** The track speaks the words: the device's voice then never speaks as well. */
export function trackSpeaks(core: SessionCore): boolean {
  return (
    core.sound.kind === 'track' &&
    core.platform.renderer.hasWords() &&
    trackVoiceBank(core.options?.cueStyle, locale.value) !== null
  );
}

/** A chosen voice speaks only when this device has one for the language shown. */
export function voiceReady(core: SessionCore): boolean {
  return (
    core.options?.cueStyle.voice === true &&
    !trackSpeaks(core) &&
    core.platform.speech.hasVoice(locale.value)
  );
}

/** Tones carry the cues when chosen, and whenever a chosen voice is missing. */
export function tonesOn(core: SessionCore): boolean {
  const style = core.options?.cueStyle;
  return !!style && (style.tones || (style.voice && !voiceReady(core)));
}

/**
 * What a cue does besides its sound, while the page runs: its words (shown, announced, spoken by
 * an on-device voice) and its vibration. Each cue fires once; a cue at a wait-for-me gate waits
 * for Ready, and one more than `staleMs` late (a frozen page) is dropped, not fired in a burst.
 */
export function createCueEffects(core: SessionCore) {
  let firedUntilMs = 0;

  function fireDue(current: Timeline, elapsedMs: number): void {
    const gateMs = core.clock.value?.gateMs ?? Infinity;
    const untilMs = Math.min(elapsedMs + 1, gateMs);
    for (const cue of cuesBetween(current, firedUntilMs, untilMs)) {
      if (cue.atMs < elapsedMs - staleMs) continue;
      const text = core.deps.words.cue(current, cue);
      if (text) {
        core.lastCueText.value = text;
        if (cues[cue.kind].isAnnounced) core.announcement.value = text;
        if (voiceReady(core)) core.platform.speech.speak(text, locale.value);
      }
      const pattern = cues[cue.kind].vibrationMs;
      if (pattern.length > 0 && core.options?.cueStyle.vibration) {
        core.platform.haptics.vibrate(pattern);
      }
    }
    firedUntilMs = Math.max(firedUntilMs, untilMs);
  }

  /** From here on (a start, a seek, a resume): earlier cues are not fired. */
  function restartAt(fromMs: number): void {
    core.platform.speech.cancel();
    firedUntilMs = fromMs;
  }

  return { fireDue, restartAt };
}

export type CueEffects = ReturnType<typeof createCueEffects>;
