import { holdPresets, pointIds, type HoldPreset, type PointId } from '../../guide';
import { checkHoldMs, orderPoints, painSides, type PainSide } from '../core/planner';
import { defaultTiming, isBreathPhaseMs, transitionLimitsMs } from '../core/timeline';
import { playbackOf, type CueStyle } from '../core/checkpoint';
import type { SettingsStore } from '../../../shared/ports';
import type { StartOptions } from './session-model';
import type { Readings } from '../core/record';

/** The choices on the set-up screen, remembered for next time. */
export interface SessionSetup {
  readonly painSide: PainSide;
  readonly preset: HoldPreset | 'custom';
  /** Used when preset is 'custom'. */
  readonly customHoldMs: number;
  /** Off: the next point starts by itself after the transition. On: each hold waits for Ready. */
  readonly waitForMe: boolean;
  readonly cueStyle: CueStyle;
  readonly breathInMs: number;
  readonly breathOutMs: number;
  readonly transitionMs: number;
  readonly leaveOut: readonly PointId[];
  /** The order of the points; the article's order by default. */
  readonly order: readonly PointId[];
}

export const setupKey = 'session.setup';

export const defaultSetup: SessionSetup = {
  painSide: 'left',
  preset: 'standard',
  customHoldMs: 90_000,
  waitForMe: false,
  cueStyle: {
    voice: true,
    tones: true,
    vibration: true,
    breathSound: true,
    playback: 'lock-screen',
  },
  breathInMs: defaultTiming.breathInMs,
  breathOutMs: defaultTiming.breathOutMs,
  transitionMs: defaultTiming.transitionMs,
  leaveOut: [],
  order: pointIds,
};

export function holdMsOf(setup: SessionSetup): number {
  return setup.preset === 'custom' ? setup.customHoldMs : holdPresets[setup.preset];
}

const presets: ReadonlyArray<SessionSetup['preset']> = ['quick', 'standard', 'full', 'custom'];

function isWholeIn(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** Reads remembered choices, keeping only values that are still valid. */
export function loadSetup(settings: SettingsStore): SessionSetup {
  const saved = settings.read<Partial<SessionSetup>>(setupKey);
  if (!saved || typeof saved !== 'object') return defaultSetup;
  const customOk = (() => {
    try {
      checkHoldMs(saved.customHoldMs ?? NaN);
      return true;
    } catch {
      return false;
    }
  })();
  const cue = saved.cueStyle;
  return {
    painSide: painSides.includes(saved.painSide as PainSide)
      ? (saved.painSide as PainSide)
      : defaultSetup.painSide,
    preset: presets.includes(saved.preset as SessionSetup['preset'])
      ? (saved.preset as SessionSetup['preset'])
      : defaultSetup.preset,
    customHoldMs: customOk ? (saved.customHoldMs as number) : defaultSetup.customHoldMs,
    waitForMe: typeof saved.waitForMe === 'boolean' ? saved.waitForMe : defaultSetup.waitForMe,
    cueStyle: {
      voice: typeof cue?.voice === 'boolean' ? cue.voice : true,
      tones: typeof cue?.tones === 'boolean' ? cue.tones : true,
      vibration: typeof cue?.vibration === 'boolean' ? cue.vibration : true,
      breathSound: typeof cue?.breathSound === 'boolean' ? cue.breathSound : true,
      playback: cue ? playbackOf(cue) : 'lock-screen',
    },
    breathInMs: isBreathPhaseMs(saved.breathInMs) ? saved.breathInMs : defaultSetup.breathInMs,
    breathOutMs: isBreathPhaseMs(saved.breathOutMs) ? saved.breathOutMs : defaultSetup.breathOutMs,
    transitionMs: isWholeIn(saved.transitionMs, transitionLimitsMs.min, 60_000)
      ? saved.transitionMs
      : defaultSetup.transitionMs,
    leaveOut: Array.isArray(saved.leaveOut)
      ? saved.leaveOut.filter((id): id is PointId => pointIds.includes(id as PointId))
      : [],
    order: orderPoints(
      Array.isArray(saved.order)
        ? saved.order.filter((id): id is PointId => pointIds.includes(id as PointId))
        : [],
    ),
  };
}

export function saveSetup(settings: SettingsStore, setup: SessionSetup): void {
  settings.write(setupKey, setup);
}

/** Moves a point one place up (-1) or down (+1) in the routine's order. */
export function movePoint(order: readonly PointId[], id: PointId, by: -1 | 1): PointId[] {
  const next = [...order];
  const from = next.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= next.length) return next;
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/** What the session model starts from: the set-up's choices, the health answers, the readings. */
export function startOptionsOf(
  setup: SessionSetup,
  isPregnant: boolean,
  before: Readings = {},
): StartOptions {
  return {
    painSide: setup.painSide,
    planOptions: {
      holdMs: holdMsOf(setup),
      isPregnant,
      leaveOut: setup.leaveOut,
      order: setup.order,
    },
    timing: {
      transitionMs: setup.transitionMs,
      breathInMs: setup.breathInMs,
      breathOutMs: setup.breathOutMs,
    },
    waitForMe: setup.waitForMe,
    cueStyle: setup.cueStyle,
    before,
  };
}
