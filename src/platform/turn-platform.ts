import type { TurnPlatform } from '../features/turn/ports';
import { createDeviceMotion } from './device-motion';
import { createSpeech } from './speech';
import { createTurnTone } from './turn-tone';

/** The turn test's adapters, loaded when the test first opens. */
export function createTurnPlatform(): TurnPlatform {
  return { motion: createDeviceMotion(), voice: createSpeech(), tone: createTurnTone() };
}
