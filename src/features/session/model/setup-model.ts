import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { SettingsStore } from '../../../shared/ports';
import type { Plan, PlanError } from '../core/planner';
import type { StartOptions } from './session-types';
import {
  loadSetup,
  planOf,
  saveSetup,
  startOptionsOf,
  summarizeRoutine,
  type RoutineSummary,
  type SessionSetup,
} from './session-setup';

/**
 * The set-up screen's choices and what follows from them, each derived once per change: the
 * plan, the routine's summary (its timeline's length) and what Start starts. The session model
 * derives the track's first part from `startOptions` once too, for the cue and the start alike.
 */
export interface SetupModel {
  readonly setup: ReadonlySignal<SessionSetup>;
  readonly plan: ReadonlySignal<Plan | PlanError>;
  readonly summary: ReadonlySignal<RoutineSummary>;
  /** What Start starts, the readings aside (they change no sound); null when nothing can start. */
  readonly startOptions: ReadonlySignal<StartOptions | null>;
  /** Changes some choices, and remembers them for next time. */
  update(change: Partial<SessionSetup>): void;
}

export interface SetupDeps {
  readonly settings: SettingsStore;
  readonly isPregnant: ReadonlySignal<boolean>;
  /** The app's language: the words in the track make room for themselves in the timeline. */
  readonly language: ReadonlySignal<string>;
}

export function createSetupModel({ settings, isPregnant, language }: SetupDeps): SetupModel {
  const setup = signal(loadSetup(settings));
  const plan = computed(() => planOf(setup.value, isPregnant.value));
  const summary = computed(() => summarizeRoutine(setup.value, plan.value, language.value));
  const startOptions = computed(() =>
    summary.value.kind === 'routine' ? startOptionsOf(setup.value, isPregnant.value) : null,
  );
  return {
    setup,
    plan,
    summary,
    startOptions,
    update(change) {
      setup.value = { ...setup.value, ...change };
      saveSetup(settings, setup.value);
    },
  };
}
