import { doctorFirstFlags, type RedFlagId } from './flag-groups';

export { doctorFirstFlags };

/**
 * Conditions for which clinical.md says to ask a doctor before pressing: blood thinners or a
 * bleeding disorder, osteoporosis, rheumatoid or other inflammatory arthritis, cancer, and a
 * recent fracture, neck injury or neck surgery. Source: clinical.md "Cautions". And any other
 * long-term condition. Source: article, "with an underlying medical condition, consult your
 * doctor" (clinical.md "Cautions", from the article).
 */
export type HealthConditionId =
  | 'blood-thinners'
  | 'osteoporosis'
  | 'inflammatory-arthritis'
  | 'cancer'
  | 'recent-injury'
  | 'other-long-term';

export const healthConditions: readonly HealthConditionId[] = [
  'blood-thinners',
  'osteoporosis',
  'inflammatory-arthritis',
  'cancer',
  'recent-injury',
  'other-long-term',
];

export function isDoctorFirstFlag(id: RedFlagId): boolean {
  return doctorFirstFlags.includes(id);
}

/**
 * The user's answers to the safety screening and health questions, remembered in settings.
 * The safety feature owns the questions and screens; other features read this model.
 */
export interface HealthAnswers {
  /** The red-flag list was shown and the user said none of it applies. */
  readonly screenedAtEpochMs?: number;
  /** Pregnancy mode: GB21 and LI4 leave every routine. */
  readonly isPregnant: boolean;
  /** 18 or older. Undefined until answered; a session needs true (clinical.md: for adults). */
  readonly isAdult?: boolean;
  /**
   * "See a doctor before self-care" statements the user chose on the list. Each keeps the
   * session closed until it is also in `clearedFlags`.
   */
  readonly chosenFlags?: readonly RedFlagId[];
  /** Chosen statements for which the user says a doctor has agreed to self-care. */
  readonly clearedFlags?: readonly RedFlagId[];
  /** Conditions the user has that call for a doctor's advice first. */
  readonly conditions?: readonly HealthConditionId[];
  /** The user says a doctor has agreed to self-acupressure with those conditions. */
  readonly hasAskedDoctor?: boolean;
}

export const healthDefaults: HealthAnswers = { isPregnant: false };

/** What stands between the user and a session, if anything, after the red-flag list. */
export type HealthBlocker = 'under-18' | 'ask-doctor';

export function healthBlocker(answers: HealthAnswers): HealthBlocker | undefined {
  if (answers.isAdult === false) return 'under-18';
  if ((answers.conditions?.length ?? 0) > 0 && answers.hasAskedDoctor !== true) return 'ask-doctor';
  return undefined;
}

/** Doctor-first statements the user chose that no doctor has cleared yet. */
export function unclearedFlags(answers: HealthAnswers): RedFlagId[] {
  return (answers.chosenFlags ?? []).filter((id) => !answers.clearedFlags?.includes(id));
}

/**
 * After this many days without a session (and without reading the list), the warning signs are
 * shown again before the next session: a person coming back weeks later may have a new sign.
 * Source: clinical.md "When to seek care instead", the same two weeks as "see a doctor
 * if it is not better after about two weeks".
 */
export const rescreenAfterDays = 14;
const dayMs = 86_400_000;

/** What the screening's freshness depends on: now, and when a session last started. */
export interface ScreeningClock {
  readonly nowEpochMs: number;
  readonly lastSessionAtEpochMs?: number;
}

/**
 * True when the list was read long ago: neither the screening nor a session in the last
 * `rescreenAfterDays` days. Without a clock (older callers) it is never stale.
 */
export function isScreeningStale(answers: HealthAnswers, clock?: ScreeningClock): boolean {
  if (!clock || answers.screenedAtEpochMs === undefined) return false;
  const lastActive = Math.max(answers.screenedAtEpochMs, clock.lastSessionAtEpochMs ?? -Infinity);
  return clock.nowEpochMs - lastActive > rescreenAfterDays * dayMs;
}

/**
 * What the screening still needs before a session: the red-flag list (never read, read more than
 * two weeks ago with no session since, or a chosen statement not cleared by a doctor), or the
 * health questions (no "Yes, I am 18 or older", or a blocker). Undefined when a session may
 * start.
 */
export function screeningStepNeeded(
  answers: HealthAnswers,
  clock?: ScreeningClock,
): 'list' | 'health' | undefined {
  if (
    answers.screenedAtEpochMs === undefined ||
    unclearedFlags(answers).length > 0 ||
    isScreeningStale(answers, clock)
  )
    return 'list';
  if (answers.isAdult !== true || healthBlocker(answers) !== undefined) return 'health';
  return undefined;
}

/** Screened, any chosen statement cleared, an adult, and any condition cleared with a doctor. */
export function isScreeningDone(answers: HealthAnswers, clock?: ScreeningClock): boolean {
  return screeningStepNeeded(answers, clock) === undefined;
}
