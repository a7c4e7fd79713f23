import type { TurnTone } from '../features/turn/ports';

/**
 * The turn test's tone (Web Audio): a soft sine whose pitch rises with the turn, for people who
 * cannot see the screen while the phone lies on their head. Made when first played (inside the
 * tap that starts the test), closed when the test ends.
 */
export function createTurnTone(): TurnTone {
  let context: AudioContext | null = null;
  let oscillator: OscillatorNode | null = null;
  return {
    play() {
      if (context) return;
      try {
        context = new AudioContext();
      } catch {
        context = null;
        return;
      }
      oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = 220;
      gain.gain.value = 0.08;
      oscillator.connect(gain).connect(context.destination);
      oscillator.start();
    },
    setLevel(level) {
      if (!context || !oscillator) return;
      const clamped = Math.min(1, Math.max(0, level));
      // Two octaves, 220 to 880 Hz, evenly in pitch.
      oscillator.frequency.setTargetAtTime(220 * 4 ** clamped, context.currentTime, 0.05);
    },
    stop() {
      oscillator?.stop();
      oscillator = null;
      void context?.close();
      context = null;
    },
  };
}
