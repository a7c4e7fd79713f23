import type { Speech } from '../features/session/ports';

/**
 * Speech synthesis with on-device voices only (localService === true): no text ever goes to a
 * cloud voice. Headless browsers and some devices have no voice at all; hasVoice says so and
 * the session lets tones carry the cues.
 */
export function createSpeech(
  synth: SpeechSynthesis | undefined = globalThis.speechSynthesis,
): Speech {
  let voices: SpeechSynthesisVoice[] = [];
  const refresh = () => {
    try {
      voices = synth?.getVoices().filter((voice) => voice.localService) ?? [];
    } catch {
      voices = [];
    }
  };
  refresh();
  synth?.addEventListener?.('voiceschanged', refresh);

  const voiceFor = (lang: string) => {
    const wanted = lang.toLowerCase().split('-')[0] ?? lang;
    return voices.find((voice) => voice.lang.toLowerCase().replace('_', '-').startsWith(wanted));
  };

  return {
    hasVoice: (lang) => voiceFor(lang) !== undefined,
    speak(text, lang) {
      const voice = voiceFor(lang);
      if (!synth || !voice) return;
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.95;
      synth.speak(utterance);
    },
    cancel: () => synth?.cancel(),
  };
}
