import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { JournalEntry } from '../../../domain/records/session-entry';
import {
  analyzeTrial,
  blocksThatWouldTell,
  ratingsByDay,
  stopReasonsOf,
  verdictOf,
  type TrialAnalysis,
  type Verdict,
} from '../core/analysis';
import { adherenceOf, type Adherence } from '../core/adherence';
import {
  analyzeTurnTrial,
  turnBlocksThatWouldTell,
  turnVerdictOf,
  type TurnVerdict,
} from '../core/turn-measure';
import type { TurnRecord } from '../../../domain/records/turn-result';
import { pauseReasonOf } from '../core/pause';
import type { QuickRating } from '../../../domain/records/quick-rating';
import {
  measureOf,
  type StopReason,
  type TrialEnd,
  type TrialMeasure,
  type TrialRecord,
} from '../../../domain/records/trial-record';
import {
  addDays,
  blockCountOf,
  planTrialDays,
  trialDayIndex,
  type TrialWeeks,
} from '../core/schedule';
import { isTrialOver, trialTodayOf, type TrialToday } from '../core/today';
import type { TrialStore } from '../../../domain/records/store';
import type { Repeater } from '../../../shared/ports';

export type TrialStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface TrialDeps {
  readonly loadStore: () => Promise<TrialStore>;
  /** The journal's sessions, for the stop rule. */
  readonly loadSessions: () => Promise<readonly JournalEntry[]>;
  readonly now: () => number;
  /** A page timer: while a screen shows the trial, it reads the clock again (`watchClock`). */
  readonly repeater: Repeater;
  /** The person's local date key and minute of the day at an instant. */
  readonly localMomentOf: (epochMs: number) => { dayKey: string; minutesOfDay: number };
  readonly newSeed: () => number;
  readonly newId: () => string;
  /** Remembers (in settings) whether a trial is running, so Home can show today's plan. */
  readonly markRunning: (isRunning: boolean) => void;
}

export interface RatingInput {
  readonly pain0to10: number;
  readonly stiffness0to10?: number;
  readonly note: string;
  readonly hasWarningSign: boolean;
  readonly tookPainkiller?: boolean;
}

export type TrialAnswer =
  | {
      readonly measure: 'pain';
      readonly analysis: TrialAnalysis;
      readonly verdict: Verdict;
      readonly blocksThatWouldTell?: number;
    }
  | {
      /** Degrees, left plus right (core/turn-measure.ts); larger is better. */
      readonly measure: 'turn';
      readonly analysis: TrialAnalysis;
      readonly verdict: TurnVerdict;
      readonly blocksThatWouldTell?: number;
    };

export interface TrialModel {
  readonly status: ReadonlySignal<TrialStatus>;
  /** True when the last write failed. */
  readonly hasSaveProblem: ReadonlySignal<boolean>;
  /** The latest trial (running or ended), if any. */
  readonly trial: ReadonlySignal<TrialRecord | undefined>;
  readonly isRunning: ReadonlySignal<boolean>;
  /** Every quick rating, oldest first. */
  readonly ratings: ReadonlySignal<readonly QuickRating[]>;
  readonly sessions: ReadonlySignal<readonly JournalEntry[]>;
  /** Today's plan while a trial runs. */
  readonly today: ReadonlySignal<TrialToday | undefined>;
  /** Every turn result (a turn trial's measurements are those marked with it), oldest first. */
  readonly turns: ReadonlySignal<readonly TurnRecord[]>;
  /** The latest trial's analysis and verdict in its own measure (as far as it goes). */
  readonly answer: ReadonlySignal<TrialAnswer | undefined>;
  /**
   * The latest trial's pain ratings analysed (the answer itself for a pain trial): a turn trial's
   * stop rule and pauses stay those of pain.
   */
  readonly painAnalysis: ReadonlySignal<TrialAnalysis | undefined>;
  /** The last day (0-based) the latest trial reached: today while it runs, else its end day. */
  readonly lastDayIndex: ReadonlySignal<number | undefined>;
  /** Routine days with a session, comparison days pressed, painkiller days, so far. */
  readonly adherence: ReadonlySignal<Adherence | undefined>;
  readonly nowMs: ReadonlySignal<number>;
  /** Reads trials, ratings and sessions (again); then applies the end and the stop rule. */
  load(): Promise<void>;
  /** Reads the clock again: today's plan moves on; a trial past its last day finishes. */
  tick(): Promise<void>;
  /**
   * Reads the clock again every half minute (`tick`) until the returned function stops it: a
   * screen that shows today's plan watches while it is shown.
   */
  watchClock(): () => void;
  start(options: {
    readonly weeks: TrialWeeks;
    readonly ratingMinutes: readonly [number, number];
    /** What the trial compares; pain when not given. */
    readonly measure?: TrialMeasure;
  }): Promise<boolean>;
  rate(input: RatingInput): Promise<QuickRating | undefined>;
  stop(): Promise<boolean>;
  /** "A doctor has seen my neck": a paused trial goes on; that pause does not come again. */
  resume(): Promise<boolean>;
  /** A turn result kept for the running trial (by the turn test's screen part): counted at once. */
  addTurn(record: TurnRecord): Promise<void>;
}

/** How often a watched trial reads the clock again (`watchClock`). */
export const tickEveryMs = 30_000;

export function createTrialModel(deps: TrialDeps): TrialModel {
  const status = signal<TrialStatus>('idle');
  const hasSaveProblem = signal(false);
  const trials = signal<readonly TrialRecord[]>([]);
  const ratings = signal<readonly QuickRating[]>([]);
  const sessions = signal<readonly JournalEntry[]>([]);
  const turns = signal<readonly TurnRecord[]>([]);
  const nowMs = signal(deps.now());

  const trial = computed(() => trials.value.at(-1));
  const isRunning = computed(() => trial.value !== undefined && trial.value.end === undefined);
  const moment = computed(() => deps.localMomentOf(nowMs.value));
  const today = computed(() => {
    const current = trial.value;
    if (!current || current.end !== undefined) return undefined;
    return trialTodayOf(current, ratings.value, moment.value.dayKey, moment.value.minutesOfDay);
  });
  const dayKeyOfTrial = (current: TrialRecord) => (index: number) =>
    addDays(current.startDayKey, index);
  const minutesOf = (epochMs: number) => deps.localMomentOf(epochMs).minutesOfDay;
  const painAnalysis = computed((): TrialAnalysis | undefined => {
    const current = trial.value;
    if (!current) return undefined;
    return analyzeTrial(current, ratings.value, dayKeyOfTrial(current), minutesOf);
  });
  const answer = computed((): TrialAnswer | undefined => {
    const current = trial.value;
    const pain = painAnalysis.value;
    if (!current || !pain) return undefined;
    if (measureOf(current) === 'turn') {
      const analysis = analyzeTurnTrial(current, turns.value, dayKeyOfTrial(current), minutesOf);
      const verdict = turnVerdictOf(analysis);
      const needed = verdict === 'cant-tell' ? turnBlocksThatWouldTell(analysis) : undefined;
      return {
        measure: 'turn',
        analysis,
        verdict,
        ...(needed === undefined ? {} : { blocksThatWouldTell: needed }),
      };
    }
    const verdict = verdictOf(pain);
    const needed =
      verdict === 'cant-tell' || verdict === 'lower-not-clearly-meaningful'
        ? blocksThatWouldTell(pain)
        : undefined;
    return {
      measure: 'pain',
      analysis: pain,
      verdict,
      ...(needed === undefined ? {} : { blocksThatWouldTell: needed }),
    };
  });

  const lastDayIndex = computed(() => {
    const current = trial.value;
    if (!current) return undefined;
    const until =
      current.end === undefined
        ? moment.value.dayKey
        : deps.localMomentOf(current.endedAtEpochMs ?? current.startedAtEpochMs).dayKey;
    const index = trialDayIndex(current.startDayKey, until);
    return Math.min(current.days.length - 1, Math.max(0, index));
  });
  const adherence = computed((): Adherence | undefined => {
    const current = trial.value;
    const last = lastDayIndex.value;
    if (!current || last === undefined) return undefined;
    const until = current.endedAtEpochMs ?? Infinity;
    const sessionDays = sessions.value
      .filter(
        (entry) =>
          entry.startedAtEpochMs >= current.startedAtEpochMs && entry.startedAtEpochMs <= until,
      )
      .map((entry) => deps.localMomentOf(entry.startedAtEpochMs).dayKey);
    const inTrial = ratingsByDay(current, ratings.value).flat();
    return adherenceOf(current, sessionDays, inTrial, last);
  });

  const save = async (next: TrialRecord): Promise<boolean> => {
    try {
      const store = await deps.loadStore();
      await store.putTrial(next);
      trials.value = [...trials.value.filter((each) => each.id !== next.id), next];
      hasSaveProblem.value = false;
      deps.markRunning(next.end === undefined);
      return true;
    } catch {
      hasSaveProblem.value = true;
      return false;
    }
  };

  const end = (current: TrialRecord, how: TrialEnd, reasons?: StopReason[]) =>
    save({
      ...current,
      end: how,
      endedAtEpochMs: Math.max(current.startedAtEpochMs, Math.round(nowMs.value)),
      ...(reasons && reasons.length > 0 ? { stopReasons: reasons } : {}),
    });

  /**
   * The stop rule first (it is about safety), then the end of the plan, then the pause (two
   * weeks gone by, or pain getting worse: see a doctor).
   */
  const settle = async () => {
    const current = trial.value;
    if (!current || current.end !== undefined) return;
    const reasons = stopReasonsOf({
      trial: current,
      ratings: ratings.value,
      sessions: sessions.value,
      sinceEpochMs: current.startedAtEpochMs,
      analysis: painAnalysis.value ?? { completeBlocks: 0 },
    });
    if (reasons.length > 0) await end(current, 'stop-rule', reasons);
    else if (isTrialOver(current, moment.value.dayKey)) await end(current, 'finished');
    else if (current.pausedFor === undefined) {
      const pause = pauseReasonOf(current, painAnalysis.value?.days ?? [], moment.value.dayKey);
      if (pause) await save({ ...current, pausedFor: pause });
    }
  };

  const tick = async () => {
    nowMs.value = deps.now();
    await settle();
  };

  return {
    status,
    hasSaveProblem,
    trial,
    isRunning,
    ratings,
    sessions,
    today,
    turns,
    answer,
    painAnalysis,
    lastDayIndex,
    adherence,
    nowMs,
    async load() {
      if (status.value === 'idle') status.value = 'loading';
      nowMs.value = deps.now();
      try {
        const store = await deps.loadStore();
        const [storedTrials, storedRatings, journal, storedTurns] = await Promise.all([
          store.trials(),
          store.ratings(),
          deps.loadSessions(),
          store.turnResults(),
        ]);
        trials.value = storedTrials;
        ratings.value = storedRatings;
        turns.value = storedTurns;
        sessions.value = journal;
        deps.markRunning(isRunning.value);
        // Settled before it is ready: the screen (and its safety gate) never sees a trial as
        // running that has already ended or stopped.
        await settle();
        status.value = 'ready';
      } catch {
        status.value = 'failed';
      }
    },
    tick,
    watchClock() {
      return deps.repeater.every(tickEveryMs, () => void tick());
    },
    async start({ weeks, ratingMinutes, measure }) {
      nowMs.value = deps.now();
      const startedAtEpochMs = Math.round(nowMs.value);
      const seed = deps.newSeed() >>> 0;
      return save({
        id: deps.newId(),
        seed,
        startDayKey: moment.value.dayKey,
        days: planTrialDays(seed, blockCountOf(weeks)),
        ratingMinutes: [ratingMinutes[0], ratingMinutes[1]],
        startedAtEpochMs,
        // A pain trial is stored as before (no field): older app versions read it unchanged.
        ...(measure === 'turn' ? { measure } : {}),
      });
    },
    async rate(input) {
      nowMs.value = deps.now();
      const atEpochMs = Math.round(nowMs.value);
      const rating: QuickRating = {
        id: deps.newId(),
        atEpochMs,
        dayKey: moment.value.dayKey,
        pain0to10: input.pain0to10,
        ...(input.stiffness0to10 === undefined ? {} : { stiffness0to10: input.stiffness0to10 }),
        note: input.note,
        hasWarningSign: input.hasWarningSign,
        ...(input.tookPainkiller ? { tookPainkiller: true } : {}),
      };
      try {
        const store = await deps.loadStore();
        await store.putRating(rating);
      } catch {
        hasSaveProblem.value = true;
        return undefined;
      }
      hasSaveProblem.value = false;
      ratings.value = [...ratings.value, rating];
      await settle();
      return rating;
    },
    async stop() {
      const current = trial.value;
      if (!current || current.end !== undefined) return false;
      nowMs.value = deps.now();
      return end(current, 'stopped');
    },
    async resume() {
      const current = trial.value;
      if (!current || current.end !== undefined || current.pausedFor === undefined) return false;
      const { pausedFor, ...rest } = current;
      const cleared = current.clearedPauses ?? [];
      const ok = await save({
        ...rest,
        clearedPauses: cleared.includes(pausedFor) ? cleared : [...cleared, pausedFor],
      });
      // Another reason may be due at once (both at the same time): it pauses in turn.
      if (ok) await settle();
      return ok;
    },
    async addTurn(record) {
      nowMs.value = deps.now();
      turns.value = [...turns.value.filter((each) => each.id !== record.id), record].sort(
        (a, b) => a.atEpochMs - b.atEpochMs,
      );
      await settle();
    },
  };
}
