import { describe, expect, it } from 'vitest';
import { createMemorySettings } from '../../../../test/memory-settings';
import {
  breathPhaseLimitsMs,
  defaultTiming,
  deriveTimeline,
  transitionLimitsMs,
} from '../core/timeline';
import { planSession } from '../core/planner';
import {
  defaultSetup,
  holdMsOf,
  loadSetup,
  movePoint,
  saveSetup,
  setupKey,
  startOptionsOf,
  summarizeRoutine,
  planOf,
} from './session-setup';
import { hasStartedSession, recordSessionStart } from './last-session';

describe('session set-up', () => {
  it('remembers the choices for next time', () => {
    const settings = createMemorySettings();
    const chosen = {
      ...defaultSetup,
      painSide: 'right' as const,
      preset: 'full' as const,
      waitForMe: true,
    };
    saveSetup(settings, chosen);
    expect(loadSetup(settings)).toEqual(chosen);
    expect(holdMsOf(loadSetup(settings))).toBe(120_000);
  });

  it('falls back to the defaults for values that are no longer valid', () => {
    const settings = createMemorySettings({
      [setupKey]: {
        painSide: 'top',
        preset: 'forever',
        customHoldMs: 5_000,
        breathInMs: -1,
        leaveOut: ['SI3', 'XX9'],
        order: ['GB21', 'nope'],
      },
    });
    const setup = loadSetup(settings);
    expect(setup.painSide).toBe('left');
    expect(setup.preset).toBe('standard');
    expect(setup.customHoldMs).toBe(defaultSetup.customHoldMs);
    expect(setup.breathInMs).toBe(4000);
    expect(setup.leaveOut).toEqual(['SI3']);
    expect(setup.order).toEqual(['GB21', 'SI3', 'EX-UE8', 'LI4', 'GB20']);
  });

  it("checks a remembered transition against the timeline's own limits", () => {
    const longest = { ...defaultSetup, transitionMs: transitionLimitsMs.max };
    expect(loadSetup(createMemorySettings({ [setupKey]: longest })).transitionMs).toBe(
      transitionLimitsMs.max,
    );
    const tooLong = { ...defaultSetup, transitionMs: transitionLimitsMs.max + 1 };
    expect(loadSetup(createMemorySettings({ [setupKey]: tooLong })).transitionMs).toBe(
      defaultSetup.transitionMs,
    );
  });

  it('starts from the defaults when the remembered set-up is not a set-up at all', () => {
    for (const stored of ['left', 42, null, [defaultSetup]]) {
      expect(loadSetup(createMemorySettings({ [setupKey]: stored }))).toEqual(defaultSetup);
    }
  });

  it('drops a remembered breath faster than 3 s a phase (from before the limit), keeps 3 s', () => {
    const settings = createMemorySettings({
      [setupKey]: { ...defaultSetup, breathInMs: 1000, breathOutMs: 3000 },
    });
    const setup = loadSetup(settings);
    expect(setup.breathInMs).toBe(defaultTiming.breathInMs);
    expect(setup.breathOutMs).toBe(breathPhaseLimitsMs.min);
    // What it loads, the timeline accepts.
    const plan = planSession(setup.painSide, { holdMs: holdMsOf(setup) });
    expect(() => deriveTimeline(plan, setup)).not.toThrow();
  });

  it('keeps playing with the screen locked unless "over my music" was chosen', () => {
    expect(defaultSetup.cueStyle.playback).toBe('lock-screen');
    const old = { ...defaultSetup, cueStyle: { voice: true, tones: true } };
    expect(loadSetup(createMemorySettings({ [setupKey]: old })).cueStyle.playback).toBe(
      'lock-screen',
    );
    const settings = createMemorySettings();
    saveSetup(settings, {
      ...defaultSetup,
      cueStyle: { ...defaultSetup.cueStyle, playback: 'over-music' },
    });
    expect(loadSetup(settings).cueStyle.playback).toBe('over-music');
    expect(startOptionsOf(loadSetup(settings), false).cueStyle.playback).toBe('over-music');
  });

  it('starts the session from the set-up, with the pregnancy answer and the readings', () => {
    const setup = { ...defaultSetup, preset: 'custom' as const, customHoldMs: 45_000 };
    const options = startOptionsOf(setup, true, { pain0to10: 4 });
    expect(options.planOptions).toEqual({
      holdMs: 45_000,
      isPregnant: true,
      leaveOut: [],
      order: defaultSetup.order,
    });
    expect(options.timing).toEqual({
      transitionMs: setup.transitionMs,
      breathInMs: setup.breathInMs,
      breathOutMs: setup.breathOutMs,
    });
    expect(options.before).toEqual({ pain0to10: 4 });
  });

  it('remembers that a session was started, for Home to offer it again', () => {
    const settings = createMemorySettings();
    expect(hasStartedSession(settings)).toBe(false);
    recordSessionStart(settings, 1_700_000_000_000);
    expect(hasStartedSession(settings)).toBe(true);
  });

  it('moves a point earlier or later, and not past either end', () => {
    const order = defaultSetup.order;
    expect(movePoint(order, 'LI4', -1)).toEqual(['SI3', 'LI4', 'EX-UE8', 'GB20', 'GB21']);
    expect(movePoint(order, 'LI4', 1)).toEqual(['SI3', 'EX-UE8', 'GB20', 'LI4', 'GB21']);
    expect(movePoint(order, 'SI3', -1)).toEqual(order);
    expect(movePoint(order, 'GB21', 1)).toEqual(order);
  });
});

describe('the routine in one line', () => {
  it("gives the article's routine as 9 steps, about 10 minutes, 1 minute a point", () => {
    // Houxi ×2, Luozhen ×1, Hegu ×2, Fengchi ×2 (40 s of pulses each), Jianjing ×2, with a
    // transition before each: 590 s in all.
    expect(summarizeRoutine(defaultSetup)).toEqual({
      kind: 'routine',
      steps: 9,
      minutes: 10,
      holdMs: 60_000,
      totalMs: 590_000,
    });
  });

  it('follows the hold, the side and pregnancy mode', () => {
    expect(summarizeRoutine({ ...defaultSetup, preset: 'quick' })).toMatchObject({
      steps: 9,
      minutes: 6,
      holdMs: 30_000,
    });
    // Both sides: Luozhen on both hands.
    expect(summarizeRoutine({ ...defaultSetup, painSide: 'both' })).toMatchObject({ steps: 10 });
    // No Hegu and no Jianjing: 5 steps.
    expect(summarizeRoutine(defaultSetup, planOf(defaultSetup, true))).toMatchObject({
      steps: 5,
      minutes: 5,
    });
  });

  it('says when the choices make no routine', () => {
    expect(summarizeRoutine({ ...defaultSetup, preset: 'custom', customHoldMs: 5_000 })).toEqual({
      kind: 'invalid',
    });
    expect(summarizeRoutine({ ...defaultSetup, leaveOut: [...defaultSetup.order] })).toEqual({
      kind: 'empty',
    });
  });
});
