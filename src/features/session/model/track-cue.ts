import { PlanError, planSession } from '../core/planner';
import { gateAfter } from '../core/session-clock';
import { deriveTimeline } from '../core/timeline';
import { spokenTiming } from '../core/voice-track';
import { locale } from '../../../i18n/i18n';
import { trackDurationMs, trackRequest } from '../core/track';
import { playbackOf } from '../core/checkpoint';
import type { SessionPlatform } from '../ports';
import type { CuedStart } from './session-core';
import type { StartAt, StartOptions } from './session-types';
import { soundsOf } from './track-sound';

/** The timeline a start derives, its first wait-for-me gate and the track up to that gate. */
export function firstPart(start: StartOptions, at: StartAt) {
  const timing = spokenTiming(start.timing, start.cueStyle, locale.value);
  const derived = deriveTimeline(planSession(start.painSide, start.planOptions), timing);
  const firstGate = start.waitForMe ? (at.gateMs ?? gateAfter(derived, at.elapsedMs)) : null;
  const sounds = soundsOf(start.cueStyle);
  return { derived, firstGate, request: trackRequest(derived, at.elapsedMs, firstGate, sounds) };
}

/** What one start derives: its timeline, its first gate and the track up to that gate. */
export type FirstPart = ReturnType<typeof firstPart>;

/**
 * What identifies a start's first part: the choices (the readings aside: they change no
 * sound), where it starts, and the language its words are spoken in. A few hundred characters,
 * where the part itself holds every cue of the session.
 */
function partKey(start: StartOptions, at: StartAt): string {
  const choices = { ...start, before: undefined };
  return JSON.stringify([choices, at.elapsedMs, at.gateMs ?? null, locale.value]);
}

/**
 * The track a start would play, rendered ahead and loaded into the media element, paused: then
 * Start only has to play it, inside the tap, and the first cue sounds at once (no render, no
 * second start of the media pipeline). The set-up screen cues it as the choices change, Home
 * when it offers its one-tap start, and a resume card's checkpoint is cued when it is found.
 * A start's part is derived once: the cue and the start that follows share it.
 */
export function createTrackCue(platform: SessionPlatform) {
  let last: { key: string; part: FirstPart } | null = null;
  let cued: { key: string; part: FirstPart; audio: Blob } | null = null;
  /** Bumped with each cue and each start, so that a cue overtaken by either is dropped. */
  let generation = 0;

  /** The start's first part, derived once for the same choices (throws PlanError as the plan). */
  function prepare(start: StartOptions, at: StartAt, key = partKey(start, at)): FirstPart {
    if (cued?.key === key) return cued.part;
    if (last?.key !== key) last = { key, part: firstPart(start, at) };
    return last.part;
  }

  function cue(start: StartOptions, at: StartAt, isRunning: () => boolean): void {
    if (isRunning() || playbackOf(start.cueStyle) !== 'lock-screen') return;
    let part: FirstPart;
    const key = partKey(start, at);
    try {
      part = prepare(start, at, key);
    } catch (error) {
      if (error instanceof PlanError) return;
      throw error;
    }
    if (cued?.part === part) return;
    const current = (generation += 1);
    platform.renderer.render(part.request).then(
      (audio) => {
        if (current !== generation || isRunning()) return;
        platform.track.load(audio, at.elapsedMs, trackDurationMs(part.request));
        cued = { key, part, audio };
      },
      // Start renders it then.
      () => {},
    );
  }

  /**
   * At Start, inside the tap: plays the cued track when it is the part this start needs (and
   * starts nothing when `canPlay` is false); any other cued track is dropped.
   */
  function take(part: FirstPart, canPlay: boolean): CuedStart | null {
    const matches = canPlay && cued?.part === part && platform.track.state() === 'paused';
    const audio = cued?.audio;
    generation += 1;
    cued = null;
    return matches && audio ? { audio, played: platform.track.play() } : null;
  }

  return { prepare, cue, take };
}
