import type { Signal } from '@preact/signals';
import type { ClockState } from '../core/session-clock';
import type { Timeline } from '../core/timeline';
import type { AudioState, SessionPlatform } from '../ports';
import type { SessionDeps, SessionStatus, StartOptions } from './session-types';

/**
 * The session's sound, one of two behind this interface: the rendered track in a media element
 * ('lock-screen' playback, ./track-sound.ts) or tones scheduled on Web Audio ('over-music',
 * ./tone-sound.ts). The transport sets the clock; the sound follows it.
 */
export interface SessionSound {
  readonly kind: 'track' | 'tones';
  /** Session time now: the media element's clock for the track, the page clock for tones. */
  elapsed(): number;
  /** True while a wait-for-me gate waits for Ready. */
  isWaiting(): boolean;
  /** The session starts sounding from the clock's time (a cued track plays already). */
  begin(fromMs: number, cued: CuedStart | null): void;
  /** Every worker tick while the session runs. */
  tick(elapsedMs: number): void;
  /** The clock paused. `byUser`: the user's Pause, not an interruption from outside. */
  pause(byUser: boolean): void;
  /** The clock runs again. */
  resume(): void;
  /** The clock moved (skip, back, seek, Ready, more time): play from `fromMs`. */
  moveTo(fromMs: number): void;
  /** Called inside a user's tap when the sound was refused: start it again. */
  retry(): Promise<AudioState>;
  /** The session ends; a completed one lets its closing tone play out. */
  stop(completed: boolean): void;
}

/** A track cued before Start, now playing: its file and the play() started in the tap. */
export interface CuedStart {
  readonly audio: Blob;
  readonly played: Promise<boolean>;
}

/** Where the session's parts meet: its signals and the little state they share. */
export interface SessionCore {
  readonly platform: SessionPlatform;
  readonly deps: SessionDeps;
  readonly status: Signal<SessionStatus>;
  readonly timeline: Signal<Timeline | null>;
  readonly clock: Signal<ClockState | null>;
  readonly audioState: Signal<AudioState>;
  readonly announcement: Signal<string>;
  readonly lastCueText: Signal<string>;
  options: StartOptions | null;
  /** What became of each step so far (by index). */
  outcomes: Map<number, 'done' | 'skipped'>;
  lastStepIndex: number;
  sound: SessionSound;
  now(): number;
}

export const isRunning = (core: SessionCore) =>
  core.status.value === 'running' && core.timeline.value !== null && core.clock.value !== null;
