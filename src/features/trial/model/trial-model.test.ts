import { describe, expect, it, vi } from 'vitest';
import { createFakeJournalStore, makeEntry } from '../../../../test/journal-fakes';
import { createFakeRepeater } from '../../../../test/page-fakes';
import { createTrialModel, tickEveryMs } from './trial-model';

const dayMs = 86_400_000;
const start = Date.UTC(2026, 11, 1, 7, 0);

/** A model over a memory store, a clock we move by hand, and UTC as the local time zone. */
function setUp(
  sessions = [makeEntry({ startedAtEpochMs: start - dayMs, endedAtEpochMs: start - dayMs })],
) {
  const store = createFakeJournalStore();
  const clock = { now: start };
  const running: boolean[] = [];
  let id = 0;
  const repeater = createFakeRepeater();
  const model = createTrialModel({
    loadStore: async () => store,
    loadSessions: async () => sessions,
    now: () => clock.now,
    repeater,
    localMomentOf: (ms) => ({
      dayKey: new Date(ms).toISOString().slice(0, 10),
      minutesOfDay: Math.floor((ms % dayMs) / 60_000),
    }),
    newSeed: () => 99,
    newId: () => `id-${(id += 1)}`,
    markRunning: (value) => running.push(value),
  });
  return { model, store, clock, running, repeater };
}

describe('the trial model', () => {
  it('starts a trial from today, with the plan drawn from the seed it is given', async () => {
    const { model, store, running } = setUp();
    await model.load();
    expect(await model.start({ weeks: 2, ratingMinutes: [480, 1200] })).toBe(true);
    const trial = model.trial.value!;
    expect(trial.startDayKey).toBe('2026-12-01');
    expect(trial.days).toHaveLength(14);
    expect(trial.seed).toBe(99);
    expect(store.trialRows.get(trial.id)).toEqual(trial);
    expect(model.today.value).toMatchObject({
      dayIndex: 0,
      nextRatingMinutes: 480,
      missedToday: 0,
    });
    expect(running.at(-1)).toBe(true);
  });

  it('counts missed rating times and moves to the next day with the clock', async () => {
    const { model, clock } = setUp();
    await model.load();
    await model.start({ weeks: 2, ratingMinutes: [480, 1200] });
    clock.now = start + 14 * 3_600_000; // 21:00
    await model.tick();
    expect(model.today.value).toMatchObject({ missedToday: 2, ratingsToday: 0 });
    expect(model.today.value?.nextRatingMinutes).toBeUndefined();
    await model.rate({ pain0to10: 3, note: '', hasWarningSign: false });
    expect(model.today.value).toMatchObject({ missedToday: 1, ratingsToday: 1 });
    clock.now = start + dayMs;
    await model.tick();
    expect(model.today.value?.dayIndex).toBe(1);
  });

  it('while watched, reads the clock again every half minute, until stopped', async () => {
    const { model, clock, repeater } = setUp();
    await model.load();
    await model.start({ weeks: 2, ratingMinutes: [480, 1200] });
    const stop = model.watchClock();
    expect(repeater.running).toEqual([tickEveryMs]);
    expect(tickEveryMs).toBe(30_000);
    clock.now = start + dayMs;
    repeater.tick();
    await vi.waitFor(() => expect(model.today.value?.dayIndex).toBe(1));
    stop();
    expect(repeater.running).toEqual([]);
  });

  it('finishes the trial once its last day is over, and keeps the answer', async () => {
    const { model, clock, running } = setUp();
    await model.load();
    await model.start({ weeks: 2, ratingMinutes: [480, 1200] });
    clock.now = start + 14 * dayMs;
    await model.tick();
    expect(model.trial.value?.end).toBe('finished');
    expect(model.isRunning.value).toBe(false);
    expect(model.answer.value?.verdict).toBe('cant-tell');
    expect(running.at(-1)).toBe(false);
  });

  it('stops with the stop rule on a rating of 8, and on a warning sign', async () => {
    const { model, clock } = setUp();
    await model.load();
    await model.start({ weeks: 2, ratingMinutes: [480, 1200] });
    await model.rate({ pain0to10: 8, note: '', hasWarningSign: false });
    expect(model.trial.value).toMatchObject({
      end: 'stop-rule',
      stopReasons: ['rating-8-or-more'],
    });
    // A new trial the same day does not inherit the earlier rating.
    clock.now += 60_000;
    await model.start({ weeks: 2, ratingMinutes: [480, 1200] });
    await model.rate({ pain0to10: 2, note: '', hasWarningSign: true });
    expect(model.trial.value?.stopReasons).toEqual(['warning-sign']);
  });

  it('stops on a session rated 8 during the trial, when it loads', async () => {
    const late = makeEntry({
      startedAtEpochMs: start + 3_600_000,
      endedAtEpochMs: start + 3_700_000,
      after: { pain0to10: 9 },
    });
    const { model, store } = setUp([late]);
    await model.load();
    await model.start({ weeks: 2, ratingMinutes: [480, 1200] });
    await model.load();
    expect(model.trial.value?.end).toBe('stop-rule');
    expect(store.trialRows.get(model.trial.value!.id)?.stopReasons).toEqual(['rating-8-or-more']);
  });

  it('stops when asked, and says so when a write fails', async () => {
    const { model, store } = setUp();
    await model.load();
    await model.start({ weeks: 3, ratingMinutes: [480, 1200] });
    store.failWrites = 'QuotaExceededError';
    expect(await model.rate({ pain0to10: 2, note: '', hasWarningSign: false })).toBeUndefined();
    expect(model.hasSaveProblem.value).toBe(true);
    expect(model.ratings.value).toEqual([]);
    store.failWrites = undefined;
    expect(await model.stop()).toBe(true);
    expect(model.trial.value?.end).toBe('stopped');
    expect(await model.stop()).toBe(false);
  });

  it('pauses a 3-week trial at the end of day 14 until a doctor has seen the neck', async () => {
    const { model, clock, store } = setUp();
    await model.load();
    await model.start({ weeks: 3, ratingMinutes: [480, 1200] });
    clock.now = start + 13 * dayMs;
    await model.tick();
    expect(model.trial.value?.pausedFor).toBeUndefined();
    clock.now = start + 14 * dayMs;
    await model.tick();
    expect(model.trial.value?.pausedFor).toBe('two-weeks');
    expect(store.trialRows.get(model.trial.value!.id)?.pausedFor).toBe('two-weeks');
    expect(model.isRunning.value).toBe(true);
    expect(await model.resume()).toBe(true);
    expect(model.trial.value).toMatchObject({ clearedPauses: ['two-weeks'] });
    expect(model.trial.value?.pausedFor).toBeUndefined();
    // Answered once, it does not come again.
    clock.now = start + 15 * dayMs;
    await model.tick();
    expect(model.trial.value?.pausedFor).toBeUndefined();
  });

  it('never pauses a 2-week trial for two weeks: it ends on day 14', async () => {
    const { model, clock } = setUp();
    await model.load();
    await model.start({ weeks: 2, ratingMinutes: [480, 1200] });
    clock.now = start + 13 * dayMs + 12 * 3_600_000;
    await model.tick();
    expect(model.trial.value?.pausedFor).toBeUndefined();
  });

  it('pauses when the last 3 rated days average 2 points above the first 3', async () => {
    const { model, clock } = setUp();
    await model.load();
    await model.start({ weeks: 2, ratingMinutes: [480, 1200] });
    // One rating at 08:00 (07:00 + 1 h) each day: 2, 2, 2, 3, 4, 4 → first 3 average 2, last
    // 3 average 3.67: not yet 2 above. Day 7 rated 5: last 3 average 4.33 ≥ 2 + 2.
    const pains = [2, 2, 2, 3, 4, 4, 5];
    for (const [day, pain] of pains.entries()) {
      clock.now = start + day * dayMs + 3_600_000;
      await model.tick();
      await model.rate({ pain0to10: pain, note: '', hasWarningSign: false });
      expect(model.trial.value?.pausedFor).toBe(day < 6 ? undefined : 'getting-worse');
    }
  });

  it('keeps the painkiller tick with the rating', async () => {
    const { model, store } = setUp();
    await model.load();
    await model.start({ weeks: 2, ratingMinutes: [480, 1200] });
    const rating = await model.rate({
      pain0to10: 3,
      note: '',
      hasWarningSign: false,
      tookPainkiller: true,
    });
    expect(rating?.tookPainkiller).toBe(true);
    expect([...store.ratingRows.values()][0]?.tookPainkiller).toBe(true);
  });

  it('answers a turn trial in degrees from its own turn tests, while pain keeps its stop rule', async () => {
    const { model, store, clock } = setUp();
    await model.load();
    expect(await model.start({ weeks: 2, ratingMinutes: [480, 1200], measure: 'turn' })).toBe(true);
    const trial = model.trial.value!;
    expect(store.trialRows.get(trial.id)?.measure).toBe('turn');
    // One turn test a day at 08:00 for three blocks: routine days 100°, comparison days 80°
    // (with 1° of wobble so that the interval has a width).
    for (let day = 0; day < 6; day += 1) {
      clock.now = start + day * dayMs + 3_600_000;
      const sum = trial.days[day] === 'routine' ? 100 + (day % 3) : 80;
      await model.addTurn({
        id: `turn-${day}`,
        atEpochMs: clock.now,
        dayKey: new Date(clock.now).toISOString().slice(0, 10),
        left: { degrees: sum / 2, atLeast: false },
        right: { degrees: sum - sum / 2, atLeast: false },
        trialId: trial.id,
      });
    }
    const answer = model.answer.value!;
    expect(answer.measure).toBe('turn');
    expect(answer.analysis.completeBlocks).toBe(3);
    expect(answer.analysis.meanDifference).toBeGreaterThan(19);
    expect(answer.verdict).toBe('turn-larger');
    expect(model.painAnalysis.value?.completeBlocks).toBe(0);
    // A rating of 8 still stops a turn trial.
    await model.rate({ pain0to10: 8, note: '', hasWarningSign: false });
    expect(model.trial.value?.end).toBe('stop-rule');
    expect(model.trial.value?.stopReasons).toEqual(['rating-8-or-more']);
  });

  it('reads the turn results from the store on load, and a pain trial ignores them', async () => {
    const { model, store } = setUp();
    await model.load();
    await model.start({ weeks: 2, ratingMinutes: [480, 1200] });
    expect(model.trial.value?.measure).toBeUndefined();
    await store.putTurnResult({
      id: 'turn-x',
      atEpochMs: start + 3_600_000,
      dayKey: '2026-12-01',
      left: { degrees: 40, atLeast: false },
      right: { degrees: 40, atLeast: false },
      trialId: model.trial.value!.id,
    });
    await model.load();
    expect(model.turns.value.map((turn) => turn.id)).toEqual(['turn-x']);
    expect(model.answer.value?.measure).toBe('pain');
    expect(model.answer.value?.analysis.days[0]?.ratingCount).toBe(0);
  });
});
