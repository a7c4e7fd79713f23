import { signal } from '@preact/signals';
import type { SettingsStore } from './ports';

/**
 * The user's answers to the safety screening and health questions, remembered in settings.
 * The safety feature owns the questions and screens; other features read this model.
 */
export interface HealthAnswers {
  /** The red-flag list was shown and the user said none of it applies. */
  readonly screenedAtEpochMs?: number;
  /** Pregnancy mode: GB21 and LI4 leave every routine. */
  readonly isPregnant: boolean;
}

export const healthKey = 'health';
const defaults: HealthAnswers = { isPregnant: false };

export const health = signal<HealthAnswers>(defaults);
let store: SettingsStore | undefined;

export function loadHealth(settings: SettingsStore): void {
  store = settings;
  health.value = { ...defaults, ...settings.read<HealthAnswers>(healthKey) };
}

export function updateHealth(change: Partial<HealthAnswers>): void {
  health.value = { ...health.value, ...change };
  store?.write(healthKey, health.value);
}

export function isScreeningDone(answers: HealthAnswers = health.value): boolean {
  return answers.screenedAtEpochMs !== undefined;
}
