import type { SettingsStore } from '../../../shared/ports';
import type { PlanOptions } from '../core/planner';
import type { PainSide } from '../../../domain/points';
import type { Cue, Timeline, TimingOptions } from '../core/timeline';
import type { CueStyle } from '../core/checkpoint';
import type { Readings } from '../../../domain/records/session-entry';

export interface StartOptions {
  readonly painSide: PainSide;
  readonly planOptions: PlanOptions;
  readonly timing: TimingOptions;
  readonly waitForMe: boolean;
  readonly cueStyle: CueStyle;
  readonly before: Readings;
}

/**
 * The words the session speaks, announces and puts on the lock screen. The model decides when;
 * the UI's words (ui/session-words.ts) say what, in the language shown.
 */
export interface SessionWords {
  /** A cue's words, or null for a cue that has none (a breath, a tick). */
  cue(timeline: Timeline, cue: Cue): string | null;
  paused(): string;
  moreTimeAdded(seconds: number): string;
  /** The lock screen's title, "Step 3 of 9" and album line for a step; null past the end. */
  mediaStep(
    timeline: Timeline,
    stepIndex: number,
  ): { readonly title: string; readonly subtitle: string; readonly album: string } | null;
}

export interface SessionDeps {
  /** Epoch time for the journal's dates (Date.now in the browser). */
  readonly epochNowMs: () => number;
  readonly newId: () => string;
  readonly words: SessionWords;
  /** Where the local play log of how sessions played is kept (Settings shows it). */
  readonly settings?: SettingsStore;
}

export type SessionStatus = 'idle' | 'running' | 'done';

/** Where a session starts: 0 for a new one, a checkpoint's place for a resumed one. */
export interface StartAt {
  readonly elapsedMs: number;
  readonly gateMs: number | null;
}

/** How far ahead tones are put on the audio clock. */
export const lookaheadMs = 4000;
/** The worker tick that refills the lookahead and fires speech and vibration. */
export const tickMs = 100;
/** The session starts this much after Start, so that its first tone is scheduled, not late. */
export const startLeadMs = 50;
/** While a hold runs, where it is gets saved this often. */
export const checkpointEveryMs = 5000;
/** How long Start waits for the audio clock to run before the session begins anyway. */
export const audioStartWaitMs = 400;
/** A cue more than this late (a frozen page) is dropped, not played in a burst. */
export const staleMs = 1500;
/** What "More time" adds to the current hold (WCAG 2.2.1: timing can be extended). */
export const moreTimeMs = 30_000;
