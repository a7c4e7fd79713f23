import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { RedFlagId } from '../core/flag-groups';
import {
  doctorFirstFlags,
  type ScreeningClock,
  healthConditions,
  healthDefaults,
  isDoctorFirstFlag,
  screeningStepNeeded,
  type HealthAnswers,
  type HealthConditionId,
} from '../core/health';
import type { SettingsStore } from '../../../shared/ports';
import type { HealthClockPorts } from '../ports';

/** Where the answers are remembered in settings. */
export const healthKey = 'health';

// Read by hand, not with a schema library: these few lines are on the first screen, which
// stays within its script budget (bench/size.mjs), and the library would not.

/** Known ids only, each once, in the order given; no list when none is left. */
function knownIds<T extends string>(value: unknown, known: readonly T[]): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list: readonly unknown[] = value;
  const kept = list.filter((id, at): id is T => known.includes(id as T) && list.indexOf(id) === at);
  return kept.length > 0 ? kept : undefined;
}

const booleanOr = <T>(value: unknown, otherwise: T) =>
  typeof value === 'boolean' ? value : otherwise;

/**
 * Stored answers made safe: unknown conditions and statements dropped, pregnancy a boolean, and
 * a screening time only when it is a time (a damaged value never counts as screened).
 */
export function sanitizeHealth(stored: unknown): HealthAnswers {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return healthDefaults;
  const answers = stored as Record<string, unknown>;
  const screenedAt = answers.screenedAtEpochMs;
  const safe = {
    screenedAtEpochMs:
      typeof screenedAt === 'number' && Number.isFinite(screenedAt) ? screenedAt : undefined,
    isPregnant: booleanOr(answers.isPregnant, false),
    isAdult: booleanOr(answers.isAdult, undefined),
    chosenFlags: knownIds(answers.chosenFlags, doctorFirstFlags),
    clearedFlags: knownIds(answers.clearedFlags, doctorFirstFlags),
    conditions: knownIds(answers.conditions, healthConditions),
    hasAskedDoctor: booleanOr(answers.hasAskedDoctor, undefined),
  };
  return Object.fromEntries(
    Object.entries(safe).filter(([, value]) => value !== undefined),
  ) as unknown as HealthAnswers;
}

/**
 * The user's answers to the safety screening and health questions, remembered in settings.
 * The safety feature owns the questions and screens; other features read this model.
 */
export interface HealthModel {
  readonly answers: ReadonlySignal<HealthAnswers>;
  /** What the screening still needs before a session (see screeningStepNeeded). */
  readonly stepNeeded: ReadonlySignal<'list' | 'health' | undefined>;
  /** A session may start: screened, any chosen statement cleared, an adult, conditions cleared. */
  readonly isScreeningDone: ReadonlySignal<boolean>;
  update(change: Partial<HealthAnswers>): void;
  /**
   * "None of these apply to me": remembered with the time it was said; statements chosen by
   * mistake and not cleared are dropped. Answers whether the user may go on at once, or first
   * has health questions to answer (or a blocker to see there).
   */
  completeScreening(nowEpochMs: number): 'go-on' | 'health-questions';
  /**
   * A statement on the list was chosen: the screening is being done again, so it no longer
   * counts as done until "None of the others apply to me". A "see a doctor before self-care"
   * statement also keeps the session closed until a doctor has cleared it (`clearFlag`).
   */
  chooseFlag(id: RedFlagId): void;
  /**
   * "A doctor has told me self-care is fine" for a chosen statement: the clearance is recorded
   * for that statement only. The screening is not complete: the list comes back with the
   * statement marked, and the person still says that none of the others apply (clinical.md).
   */
  clearFlag(id: RedFlagId): void;
  /** Reads the clock again: after two weeks without a session the list is due again. */
  recheck(): void;
  /** Adding a condition asks for the doctor's agreement again; removing one keeps it. */
  setCondition(id: HealthConditionId, has: boolean): void;
}

/**
 * The health answers over the settings store, read once when the app starts. With `clock`, a
 * screening more than two weeks old with no session since is due again (read when the app
 * starts and at each `recheck`).
 */
export function createHealth(settings: SettingsStore, clock?: HealthClockPorts): HealthModel {
  const answers = signal<HealthAnswers>(
    sanitizeHealth(settings.read<unknown>(healthKey) ?? healthDefaults),
  );
  const readClock = (): ScreeningClock | undefined => {
    if (!clock) return undefined;
    const last = clock.lastSessionAtEpochMs();
    return {
      nowEpochMs: clock.now(),
      ...(last === undefined ? {} : { lastSessionAtEpochMs: last }),
    };
  };
  const moment = signal(readClock());
  const stepNeeded = computed(() => screeningStepNeeded(answers.value, moment.value));
  const update = (change: Partial<HealthAnswers>) => {
    answers.value = sanitizeHealth({ ...answers.value, ...change });
    settings.write(healthKey, answers.value);
  };
  /** The list is being read again: the earlier "none of these apply" no longer counts. */
  const reopen = (change: Partial<HealthAnswers>) => {
    const rest = Object.entries(answers.value).filter(([key]) => key !== 'screenedAtEpochMs');
    answers.value = sanitizeHealth({ ...Object.fromEntries(rest), ...change });
    settings.write(healthKey, answers.value);
  };
  const goOnOrAsk = () => (stepNeeded.value === undefined ? 'go-on' : 'health-questions');

  return {
    answers,
    stepNeeded,
    isScreeningDone: computed(() => stepNeeded.value === undefined),
    update,
    completeScreening(nowEpochMs) {
      const chosenFlags = (answers.value.chosenFlags ?? []).filter((id) =>
        answers.value.clearedFlags?.includes(id),
      );
      update({ screenedAtEpochMs: nowEpochMs, chosenFlags });
      return goOnOrAsk();
    },
    chooseFlag(id) {
      const chosen = answers.value.chosenFlags ?? [];
      const keep = isDoctorFirstFlag(id) && !chosen.includes(id) ? [...chosen, id] : chosen;
      // Whatever was chosen, the list is being read again: it counts only once finished.
      reopen({ chosenFlags: keep });
    },
    clearFlag(id) {
      if (!isDoctorFirstFlag(id)) return;
      const chosen = answers.value.chosenFlags ?? [];
      const cleared = answers.value.clearedFlags ?? [];
      reopen({
        chosenFlags: chosen.includes(id) ? chosen : [...chosen, id],
        clearedFlags: cleared.includes(id) ? cleared : [...cleared, id],
      });
    },
    recheck() {
      moment.value = readClock();
    },
    setCondition(id, has) {
      const current = answers.value.conditions ?? [];
      const conditions = has
        ? healthConditions.filter((known) => known === id || current.includes(known))
        : current.filter((known) => known !== id);
      const added = has && !current.includes(id);
      update({ conditions, ...(added ? { hasAskedDoctor: false } : {}) });
    },
  };
}
