import * as v from 'valibot';
import {
  holdPresets,
  pointIds,
  type HoldPreset,
  type PointId,
  painSides,
  type PainSide,
} from '../../../domain/points';
import { checkHoldMs, orderPoints, planSession, PlanError, type Plan } from '../core/planner';
import {
  defaultTiming,
  deriveTimeline,
  isBreathPhaseMs,
  transitionLimitsMs,
} from '../core/timeline';
import { spokenTiming } from '../core/voice-track';
import { playbacks, type CueStyle } from '../core/checkpoint';
import type { SettingsStore } from '../../../shared/ports';
import type { StartOptions } from './session-model';
import type { Readings } from '../../../domain/records/session-entry';

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

/** The hold lengths the set-up offers: the domain's presets, then one of the person's own. */
export const setupPresets = [
  ...(Object.keys(holdPresets) as HoldPreset[]),
  'custom',
] as const satisfies readonly SessionSetup['preset'][];

const isValidHoldMs = (value: number) => {
  try {
    checkHoldMs(value);
    return true;
  } catch {
    return false;
  }
};
const isTransitionMs = (value: number) =>
  Number.isInteger(value) && value >= transitionLimitsMs.min && value <= transitionLimitsMs.max;
const knownPointIds = (ids: unknown[]) =>
  ids.filter((id): id is PointId => pointIds.includes(id as PointId));
const flag = (fallback: boolean) => v.fallback(v.boolean(), fallback);
const cues = { ...defaultSetup.cueStyle, playback: 'lock-screen' as const };

/**
 * The remembered set-up, field by field: a value that is missing or no longer valid (a limit
 * changed, an old version wrote it) falls back to its default; the rest are kept. The limits are
 * the planner's and the timeline's own (core/).
 */
const setupSchema = v.fallback(
  v.object({
    painSide: v.fallback(v.picklist(painSides), defaultSetup.painSide),
    preset: v.fallback(v.picklist(setupPresets), defaultSetup.preset),
    customHoldMs: v.fallback(v.pipe(v.number(), v.check(isValidHoldMs)), defaultSetup.customHoldMs),
    waitForMe: flag(defaultSetup.waitForMe),
    cueStyle: v.fallback(
      v.object({
        voice: flag(cues.voice),
        tones: flag(cues.tones),
        vibration: flag(cues.vibration),
        breathSound: flag(cues.breathSound),
        // Set-ups from before the choice keep playing with the screen locked.
        playback: v.fallback(v.picklist(playbacks), 'lock-screen'),
      }),
      cues,
    ),
    breathInMs: v.fallback(
      v.pipe(v.number(), v.check<number>(isBreathPhaseMs)),
      defaultSetup.breathInMs,
    ),
    breathOutMs: v.fallback(
      v.pipe(v.number(), v.check<number>(isBreathPhaseMs)),
      defaultSetup.breathOutMs,
    ),
    transitionMs: v.fallback(
      v.pipe(v.number(), v.check(isTransitionMs)),
      defaultSetup.transitionMs,
    ),
    leaveOut: v.fallback(v.pipe(v.array(v.unknown()), v.transform(knownPointIds)), []),
    order: v.fallback(
      v.pipe(
        v.array(v.unknown()),
        v.transform((ids) => orderPoints(knownPointIds(ids))),
      ),
      defaultSetup.order,
    ),
  }),
  { ...defaultSetup, cueStyle: cues },
);

/** Reads remembered choices, keeping only values that are still valid. */
export function loadSetup(settings: SettingsStore): SessionSetup {
  return v.parse(setupSchema, settings.read<unknown>(setupKey));
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

/** The plan the set-up's choices make, or why they make none (a custom hold out of range). */
export function planOf(setup: SessionSetup, isPregnant: boolean): Plan | PlanError {
  try {
    return planSession(setup.painSide, {
      holdMs: holdMsOf(setup),
      isPregnant,
      leaveOut: setup.leaveOut,
      order: setup.order,
    });
  } catch (error) {
    if (error instanceof PlanError) return error;
    throw error;
  }
}

/**
 * The routine in one line ("9 steps, about 10 minutes, 1 minute a point"), from the plan and the
 * timeline the choices make: 'invalid' when they make no plan, 'empty' when every point is left
 * out. Minutes are the whole timeline's (transitions included), rounded, at least 1.
 */
export type RoutineSummary =
  | {
      readonly kind: 'routine';
      readonly steps: number;
      readonly minutes: number;
      readonly holdMs: number;
      readonly totalMs: number;
    }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'empty' };

export function summarizeRoutine(
  setup: SessionSetup,
  plan: Plan | PlanError = planOf(setup, false),
  /** The app's language: with the words in the track, the get-ready time has room for them. */
  spokenIn: string | null = null,
): RoutineSummary {
  if (plan instanceof PlanError) return { kind: 'invalid' };
  if (plan.steps.length === 0) return { kind: 'empty' };
  const timing = {
    transitionMs: setup.transitionMs,
    breathInMs: setup.breathInMs,
    breathOutMs: setup.breathOutMs,
  };
  const { totalMs } = deriveTimeline(
    plan,
    spokenIn === null ? timing : spokenTiming(timing, setup.cueStyle, spokenIn),
  );
  return {
    kind: 'routine',
    steps: plan.steps.length,
    minutes: Math.max(1, Math.round(totalMs / 60_000)),
    holdMs: holdMsOf(setup),
    totalMs,
  };
}
