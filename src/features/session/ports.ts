import type { CueKind } from './core/timeline';
import type { TrackRequest } from './core/track';
import type { Checkpoint } from './core/checkpoint';
import type { ReadonlySignal } from '@preact/signals';
import type { Clock } from '../../shared/ports';

/** The sounds the session plays; each is a short Web Audio buffer (core/tone-shapes.ts). */
export type ToneKind = CueKind;

/** 'interrupted' is Safari's state when a call or another app took the audio. */
export type AudioState = 'running' | 'suspended' | 'interrupted' | 'closed' | 'unavailable';

/** Tones scheduled ahead on the audio clock, addressed in page-clock milliseconds. */
export interface TonePlayer {
  /** Starts or resumes audio (making its context on first use); call from a user gesture. */
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
  /** The lock screen's position bar was moved: to this session time. */
  seekTo(positionMs: number): void;
}
/** What the lock screen shows for one step. */
export interface MediaStep {
  /** "Luozhen (EX-UE8) · right hand". */
  readonly title: string;
  /** "Step 3 of 9". */
  readonly subtitle: string;
  readonly album: string;
  /** The point's picture on this side: PNGs of our own origin (128, 256, 512 px), precached. */
  readonly artwork: readonly { readonly src: string; readonly sizePx: number }[];
}
/** The lock screen's position bar, over the whole session. */
export interface MediaPosition {
  readonly durationMs: number;
  readonly positionMs: number;
  readonly playbackRate: number;
}
/** Lock-screen and notification-area controls (Media Session API). */
export interface MediaControls {
  setHandlers(handlers: MediaHandlers): void;
  setStep(step: MediaStep): void;
  /** 'paused' also while a wait-for-me gate waits: the lock screen then offers play. */
  setPlaybackState(state: 'playing' | 'paused'): void;
  setPosition(position: MediaPosition): void;
  clear(): void;
}

/** A steady tick from a dedicated worker, which hidden pages do not throttle. */
export interface Ticker {
  start(intervalMs: number, onTick: () => void): () => void;
}

/** Renders the session's track (core/track.ts) off the main thread, as a playable file. */
export interface TrackRenderer {
  render(request: TrackRequest): Promise<Blob>;
  /**
   * False once a track with words had to be rendered without them (its voice bank could not be
   * loaded: offline before it was cached); the device's voice speaks them then.
   */
  hasWords(): boolean;
  /**
   * The media element could not play a track: writes the next ones in the format every browser
   * plays (WAV). False when the renderer already writes that one.
   */
  useFallbackFormat(): boolean;
}

/**
 * What the media track says happened; 'paused' and 'playing' also come from outside the app.
 * 'time': the element's time moved on (its `timeupdate`, a few times a second while it plays).
 */
export type TrackEvent = 'playing' | 'paused' | 'ended' | 'blocked' | 'error' | 'time';
export type TrackState = 'empty' | 'loading' | 'playing' | 'paused' | 'ended';

/**
 * The session's rendered track in the browser's media stack (an audio element), which keeps
 * playing on a locked phone. While it plays, its clock is the session's clock.
 */
export interface MediaTrack {
  /** Call inside the user's gesture: lets the track play later without one (iOS). */
  unlock(): void;
  /**
   * Loads a rendered track whose first sample stands for session time `offsetMs`; null for the
   * pause bed, which stands for no session time. `durationMs`, the length it was rendered to, is
   * checked against the element's own on its first play (a FLAC the element misreads).
   */
  load(audio: Blob, offsetMs: number | null, durationMs?: number): void;
  /** Plays the loaded track; false when the browser refused (no gesture) or it was replaced. */
  play(): Promise<boolean>;
  pause(): void;
  /** Stops and drops the loaded track. */
  clear(): void;
  /** Session time the track is at (offset + its current time); null with no track or the bed. */
  currentMs(): number | null;
  state(): TrackState;
  onEvent(listener: (event: TrackEvent) => void): () => void;
}

export interface CheckpointStore {
  /**
   * Resolves once the checkpoint is written. The write is committed at once, so that it lands
   * even when the page goes right after (a reload, the app closed from the app switcher).
   */
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

/** What the session hears of the page's life: hidden (or about to go), and shown again. */
export interface PageLifecycle {
  /**
   * `hidden` runs when the page is hidden (another app, the phone locked) and when it is about to
   * go (a reload, a closed tab: its last chance to write); `visible` when it shows again.
   * Returns the function that stops watching.
   */
  watch(listeners: { hidden(): void; visible(): void }): () => void;
}

export interface SessionPlatform {
  readonly clock: Clock;
  readonly tones: TonePlayer;
  readonly track: MediaTrack;
  readonly renderer: TrackRenderer;
  readonly speech: Speech;
  readonly haptics: Haptics;
  readonly wakeLock: WakeLock;
  readonly media: MediaControls;
  readonly ticker: Ticker;
  readonly checkpoints: CheckpointStore;
  readonly lock: SessionLock;
  readonly page: PageLifecycle;
}

/**
 * What the one-tap start needs of the health questions (the safety feature's model, which
 * app.ts passes in): whether pregnancy mode is on, and whether the safety check is done.
 */
export interface HealthModel {
  readonly answers: ReadonlySignal<{ readonly isPregnant: boolean }>;
  readonly isScreeningDone: ReadonlySignal<boolean>;
}
