import type { TurnPlatform } from '../features/turn/ports';
import { createDeviceMotion } from './device-motion';
import { createSpeech } from './speech';

/** The turn test's adapters, loaded when the test first opens. */
export function createTurnPlatform(): TurnPlatform {
  return { motion: createDeviceMotion(), voice: createSpeech() };
}
