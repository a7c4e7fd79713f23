import type { MotionSample } from './core/motion';

/**
 * Ports of the turn test. The browser adapters are src/platform/device-motion.ts (the motion
 * sensors) and src/platform/speech.ts (on-device voices); src/platform/turn-platform.ts builds
 * them when the test first opens. Readings never leave the device and are not stored: only the
 * result (degrees each side) is.
 */

/** Whether the page may read the motion sensors. */
export type MotionAccess = 'granted' | 'denied' | 'unsupported';

export interface MotionSensor {
  /** Asks for access where the browser asks (iOS: inside the tap that starts the test). */
  requestAccess(): Promise<MotionAccess>;
  /** Delivers each reading until the returned function is called. */
  listen(onSample: (sample: MotionSample) => void): () => void;
}

/** Speaks a prompt with an on-device voice, if there is one. */
export interface TurnVoice {
  hasVoice(lang: string): boolean;
  speak(text: string, lang: string): void;
  cancel(): void;
}

/** What main.tsx hands out, loaded only when the turn test first opens. */
export interface TurnPlatform {
  readonly motion: MotionSensor;
  readonly voice: TurnVoice;
}
