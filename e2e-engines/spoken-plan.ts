// The spoken track's plan for the engines' journey (journeys.mjs, spokenTrack): the session it
// sets up and where each phrase's clip must be in the file the element plays, computed by the
// app's own core, as e2e/voice-track.spec.ts does in Chromium. Loaded with vite's runnerImport.
import { readFileSync } from 'node:fs';
import { planSession } from '../src/features/session/core/planner';
import { defaultTiming, deriveTimeline } from '../src/features/session/core/timeline';
import { decodeAdpcm } from '../src/features/session/core/voice-adpcm';
import { voiceBanks } from '../src/features/session/core/voice-bank-index';
import { trackVoice } from '../src/features/session/core/voice-placement';
import { spokenTiming } from '../src/features/session/core/voice-track';

/** The session both the engines' journey and e2e/voice-track.spec.ts play. */
export const cueStyle = {
  voice: true,
  tones: true,
  vibration: false,
  breathSound: true,
  playback: 'lock-screen',
} as const;
export const planOptions = { holdMs: 20_000, leaveOut: ['EX-UE8', 'LI4', 'GB21'] } as const;
export const timing = { ...defaultTiming, transitionMs: 0 };

/** What the set-up screen remembers (localStorage 'acupress.session.setup'): Houxi and Fengchi. */
export const spokenSetup = {
  painSide: 'left',
  preset: 'custom',
  customHoldMs: planOptions.holdMs,
  waitForMe: false,
  cueStyle,
  breathInMs: timing.breathInMs,
  breathOutMs: timing.breathOutMs,
  transitionMs: 0,
  leaveOut: planOptions.leaveOut,
  order: ['SI3', 'EX-UE8', 'LI4', 'GB20', 'GB21'],
};

/** The English words the first part must hold: each phrase, its place and its clip's samples. */
export function plannedWords(): { phrase: string; atMs: number; clip: Int16Array }[] {
  const bank = voiceBanks.en;
  if (!bank) throw new Error('no English voice bank');
  const bytes = readFileSync(new URL(`../public/${bank.file}`, import.meta.url));
  const timeline = deriveTimeline(
    planSession('left', planOptions),
    spokenTiming(timing, cueStyle, 'en'),
  );
  return trackVoice(timeline, 0, timeline.totalMs + 1, bank).phrases.map((phrase) => ({
    phrase: phrase.phrase,
    atMs: phrase.atMs,
    clip: decodeAdpcm({ ...phrase, bytes: bytes.subarray(phrase.offset) }),
  }));
}
