import { signal } from '@preact/signals';
import { planSession } from '../src/features/session/core/planner';
import { startClock, type ClockState } from '../src/features/session/core/session-clock';
import {
  defaultTiming,
  deriveTimeline,
  type Timeline,
} from '../src/features/session/core/timeline';
import type { AudioState } from '../src/features/session/ports';
import type { SessionCore, SessionSound } from '../src/features/session/model/session-core';
import type { StartOptions, SessionStatus } from '../src/features/session/model/session-types';
import { sessionWords } from '../src/features/session/ui/session-words';
import { createMemorySettings } from './memory-settings';
import { createFakeSessionPlatform } from './session-fakes';

export const quickLeft: StartOptions = {
  painSide: 'left',
  planOptions: { holdMs: 30_000 },
  timing: defaultTiming,
  waitForMe: false,
  cueStyle: { voice: false, tones: true, vibration: true, breathSound: true },
  before: {},
};

/** A running session's core, as the model builds it, on fake ports: for one part's tests. */
export function createTestCore(
  options: Partial<StartOptions> = {},
  fakeOptions: Parameters<typeof createFakeSessionPlatform>[0] = {},
) {
  const fake = createFakeSessionPlatform(fakeOptions);
  const start = { ...quickLeft, ...options };
  const timeline: Timeline = deriveTimeline(planSession(start.painSide, start.planOptions));
  const settings = createMemorySettings();
  const core: SessionCore = {
    platform: fake.platform,
    deps: {
      epochNowMs: () => 1_700_000_000_000 + fake.nowMs(),
      newId: () => 'session-1',
      words: sessionWords,
      settings,
    },
    status: signal<SessionStatus>('running'),
    timeline: signal<Timeline | null>(timeline),
    clock: signal<ClockState | null>(startClock(fake.nowMs())),
    audioState: signal<AudioState>('suspended'),
    announcement: signal(''),
    lastCueText: signal(''),
    options: start,
    outcomes: new Map(),
    lastStepIndex: -1,
    sound: null as unknown as SessionSound,
    now: () => fake.platform.clock.nowMs(),
  };
  return { fake, core, timeline, settings };
}
