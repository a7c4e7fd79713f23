import type { CueKind } from '../core/timeline';
import type { Checkpoint } from './session-checkpoint';
import type { Clock } from './ports';

/** The sounds the session plays; each is a short Web Audio buffer (core/tone-shapes.ts). */
export type ToneKind = CueKind;

/** 'interrupted' is Safari's state when a call or another app took the audio. */
export type AudioState = 'running' | 'suspended' | 'interrupted' | 'closed' | 'unavailable';

/** Tones scheduled ahead on the audio clock, addressed in page-clock milliseconds. */
export interface TonePlayer {
  /** Makes the audio context ahead of time (it stays suspended until `resume`). */
  prepare(): void;
  /** Starts or resumes audio; call from a user gesture. */
  resume(): Promise<AudioState>;
  state(): AudioState;
  onStateChange(listener: (state: AudioState) => void): () => void;
  /** Schedules `kind` to sound at page time `atPageMs` (the Clock's time base). */
  schedule(kind: ToneKind, atPageMs: number): void;
  /** Moves scheduled tones if the audio clock slipped against the page clock (glitches). */
  realign(): void;
  /** Cancels every tone not yet played. */
  cancelAll(): void;
  close(): Promise<void>;
}

/** Speech with on-device voices only. */
export interface Speech {
  /** True when a local voice for `lang` exists. */
  hasVoice(lang: string): boolean;
  speak(text: string, lang: string): void;
  cancel(): void;
}

export interface Haptics {
  /** Returns false where vibration does not exist. */
  vibrate(patternMs: readonly number[]): boolean;
}

export type WakeLockState = 'held' | 'unsupported' | 'denied' | 'released';
export interface WakeLock {
  request(): Promise<WakeLockState>;
  release(): Promise<void>;
}

export interface MediaHandlers {
  play(): void;
  pause(): void;
  next(): void;
  previous(): void;
}
/** Lock-screen and notification-area controls (Media Session API). */
export interface MediaControls {
  setHandlers(handlers: MediaHandlers): void;
  setState(title: string, subtitle: string, state: 'playing' | 'paused' | 'none'): void;
  clear(): void;
}

/** A steady tick from a dedicated worker, which hidden pages do not throttle. */
export interface Ticker {
  start(intervalMs: number, onTick: () => void): () => void;
}

export interface CheckpointStore {
  save(checkpoint: Checkpoint): Promise<void>;
  load(): Promise<Checkpoint | undefined>;
  clear(): Promise<void>;
}

/** Only one session at a time across tabs. */
export interface SessionLock {
  /** True when this tab now holds the session; false when another tab does. */
  acquire(): Promise<boolean>;
  /** True when another tab holds the session now. */
  isHeldElsewhere(): Promise<boolean>;
  release(): void;
}

export interface SessionPlatform {
  readonly clock: Clock;
  readonly tones: TonePlayer;
  readonly speech: Speech;
  readonly haptics: Haptics;
  readonly wakeLock: WakeLock;
  readonly media: MediaControls;
  readonly ticker: Ticker;
  readonly checkpoints: CheckpointStore;
  readonly lock: SessionLock;
}
