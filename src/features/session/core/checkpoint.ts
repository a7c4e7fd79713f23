import type { PlanOptions } from './planner';
import type { PainSide } from '../../../domain/points';
import type { TimingOptions } from './timeline';
import type { Readings, StepOutcome } from '../../../domain/records/session-entry';

/** Cue styles the user chose. */
export interface CueStyle {
  readonly voice: boolean;
  readonly tones: boolean;
  readonly vibration: boolean;
  readonly breathSound: boolean;
  /**
   * 'lock-screen' (the default, and what a checkpoint without it means): the session plays as
   * one rendered track in a media element, which keeps sounding with the screen locked and
   * pauses other audio on iOS. 'over-music': tones on Web Audio, mixed with the user's music,
   * which may stop when the screen locks.
   */
  readonly playback?: Playback;
}

/** How a session may play its sound: the rendered track (lock screen) or tones over music. */
export const playbacks = ['lock-screen', 'over-music'] as const;
export type Playback = (typeof playbacks)[number];

/** How the session plays its sound; old checkpoints and settings have no choice: lock screen. */
export function playbackOf(cueStyle: CueStyle): Playback {
  return cueStyle.playback === 'over-music' ? 'over-music' : 'lock-screen';
}

/** Everything needed to resume a session after a reload or crash. */
export interface Checkpoint {
  readonly version: 1;
  readonly id: string;
  readonly painSide: PainSide;
  readonly planOptions: PlanOptions;
  readonly timing: TimingOptions;
  readonly waitForMe: boolean;
  readonly cueStyle: CueStyle;
  /** Session time reached when saved; time while the app was closed does not count. */
  readonly elapsedMs: number;
  readonly gateMs: number | null;
  readonly startedAtEpochMs: number;
  readonly savedAtEpochMs: number;
  readonly outcomes: readonly StepOutcome[];
  readonly before: Readings;
}

/** The IndexedDB database that holds the running session's checkpoint (deleted with all data). */
export const checkpointDatabaseName = 'acupress-session';
