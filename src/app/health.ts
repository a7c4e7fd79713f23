import { signal } from '@preact/signals';
import type { SettingsStore } from './ports';

/**
 * Conditions for which clinical.md says to ask a doctor before pressing: blood thinners or a
 * bleeding disorder, osteoporosis, rheumatoid or other inflammatory arthritis, cancer, and a
 * recent fracture, neck injury or neck surgery. Source: clinical.md "Cautions".
 */
export type HealthConditionId =
  'blood-thinners' | 'osteoporosis' | 'inflammatory-arthritis' | 'cancer' | 'recent-injury';

export const healthConditions: readonly HealthConditionId[] = [
  'blood-thinners',
  'osteoporosis',
  'inflammatory-arthritis',
  'cancer',
  'recent-injury',
];

/**
 * The user's answers to the safety screening and health questions, remembered in settings.
 * The safety feature owns the questions and screens; other features read this model.
 */
export interface HealthAnswers {
  /** The red-flag list was shown and the user said none of it applies. */
  readonly screenedAtEpochMs?: number;
  /** Pregnancy mode: GB21 and LI4 leave every routine. */
  readonly isPregnant: boolean;
  /** 18 or older. Undefined until answered; the app is for adults (clinical.md). */
  readonly isAdult?: boolean;
  /** Conditions the user has that call for a doctor's advice first. */
  readonly conditions?: readonly HealthConditionId[];
  /** The user says a doctor has agreed to self-acupressure with those conditions. */
  readonly hasAskedDoctor?: boolean;
}

export const healthKey = 'health';
const defaults: HealthAnswers = { isPregnant: false };

export const health = signal<HealthAnswers>(defaults);
let store: SettingsStore | undefined;

export function loadHealth(settings: SettingsStore): void {
  store = settings;
  health.value = sanitize({ ...defaults, ...settings.read<HealthAnswers>(healthKey) });
}

export function updateHealth(change: Partial<HealthAnswers>): void {
  health.value = sanitize({ ...health.value, ...change });
  store?.write(healthKey, health.value);
}

/** What stands between the user and a session, if anything, after the red-flag list. */
export type HealthBlocker = 'under-18' | 'ask-doctor';

export function healthBlocker(answers: HealthAnswers = health.value): HealthBlocker | undefined {
  if (answers.isAdult === false) return 'under-18';
  if ((answers.conditions?.length ?? 0) > 0 && answers.hasAskedDoctor !== true) return 'ask-doctor';
  return undefined;
}

/** Screened, an adult (or not yet asked), and any condition cleared with a doctor. */
export function isScreeningDone(answers: HealthAnswers = health.value): boolean {
  return answers.screenedAtEpochMs !== undefined && healthBlocker(answers) === undefined;
}

/**
 * "None of these apply to me": remembered with the time it was said. Answers whether the user
 * may go on at once, or first has health questions to answer (or a blocker to see there).
 */
export function completeScreening(nowEpochMs: number): 'go-on' | 'health-questions' {
  updateHealth({ screenedAtEpochMs: nowEpochMs });
  return health.value.isAdult !== undefined && healthBlocker() === undefined
    ? 'go-on'
    : 'health-questions';
}

/** Adding a condition asks for the doctor's agreement again; removing one keeps it. */
export function setCondition(id: HealthConditionId, has: boolean): void {
  const current = health.value.conditions ?? [];
  const conditions = has
    ? healthConditions.filter((known) => known === id || current.includes(known))
    : current.filter((known) => known !== id);
  const added = has && !current.includes(id);
  updateHealth({ conditions, ...(added ? { hasAskedDoctor: false } : {}) });
}

function sanitize(answers: HealthAnswers): HealthAnswers {
  const conditions = (Array.isArray(answers.conditions) ? answers.conditions : []).filter(
    (id): id is HealthConditionId => healthConditions.includes(id),
  );
  const rest: HealthAnswers = { ...answers };
  delete (rest as { conditions?: unknown }).conditions;
  return {
    ...rest,
    isPregnant: answers.isPregnant === true,
    ...(conditions.length > 0 ? { conditions } : {}),
  };
}
