import { describe, expect, it } from 'vitest';
import { checkEveryMs, createReminders, reminderPlanKey } from './journal-reminders';
import { localMoment } from '../../../shared/core/local-moment';
import type { SettingsStore } from '../../../shared/ports';
import { createMemorySettings } from '../../../../test/memory-settings';
import { createFakePageShown, createFakeRepeater } from '../../../../test/page-fakes';
import { reminderCalendarFile } from '../../../shared/core/ics';

// Local times: the Date constructor with parts uses the machine's time zone, as the app does.
const wednesdayEvening = new Date(2026, 10, 25, 18, 30);
const at = (...parts: [number, number, number, number, number]) => new Date(...parts).getTime();

function setUp(
  settings: SettingsStore = createMemorySettings(),
  nowMs = wednesdayEvening.getTime(),
) {
  const clock = { nowMs };
  const repeater = createFakeRepeater();
  const page = createFakePageShown();
  const reminders = createReminders({ settings, now: () => clock.nowMs, repeater, page });
  return { reminders, clock, repeater, page };
}

describe('the reminders model', () => {
  it('reads the local weekday, date and minute', () => {
    expect(localMoment(wednesdayEvening)).toEqual({
      weekday: 'WE',
      dateKey: '2026-11-25',
      minutesOfDay: 18 * 60 + 30,
    });
  });

  it('remembers the plan and shows the note once the time has passed on a chosen day', () => {
    const settings = createMemorySettings();
    const { reminders } = setUp(settings);
    reminders.setPlan({ days: ['WE'], hour: 18, minute: 0 });
    expect(settings.read(reminderPlanKey)).toEqual({ days: ['WE'], hour: 18, minute: 0 });
    reminders.check(at(2026, 10, 25, 17, 59));
    expect(reminders.isDue.value).toBe(false);
    reminders.check(wednesdayEvening.getTime());
    expect(reminders.isDue.value).toBe(true);
  });

  it('has no plan when the remembered one is damaged, and never fires on it', () => {
    for (const stored of [
      { days: 'WE', hour: 18, minute: 0 },
      { days: ['WE', 'XX'], hour: 18, minute: 0 },
      { days: [], hour: 18, minute: 0 },
      { days: ['WE'], hour: 25, minute: 0 },
      { days: ['WE'], hour: 18, minute: 0.5 },
      'every day',
    ]) {
      const { reminders } = setUp(createMemorySettings({ [reminderPlanKey]: stored }));
      expect(reminders.plan.value).toBeUndefined();
      reminders.check(wednesdayEvening.getTime());
      expect(reminders.isDue.value).toBe(false);
    }
  });

  it('goes quiet for the day once dismissed or once a session is saved', () => {
    const settings = createMemorySettings({
      [reminderPlanKey]: { days: ['WE'], hour: 18, minute: 0 },
    });
    const { reminders } = setUp(settings);
    reminders.check(wednesdayEvening.getTime());
    expect(reminders.isDue.value).toBe(true);
    reminders.dismiss(wednesdayEvening.getTime());
    expect(reminders.isDue.value).toBe(false);
    const { reminders: other } = setUp(
      createMemorySettings({ [reminderPlanKey]: { days: ['WE'], hour: 18, minute: 0 } }),
    );
    other.noteSession(at(2026, 10, 25, 9, 0));
    other.check(wednesdayEvening.getTime());
    expect(other.isDue.value).toBe(false);
  });

  it('while watched, looks again every minute and when the page is shown, until stopped', () => {
    const settings = createMemorySettings({
      [reminderPlanKey]: { days: ['WE'], hour: 18, minute: 0 },
    });
    const { reminders, clock, repeater, page } = setUp(settings, at(2026, 10, 25, 17, 58));
    const stop = reminders.watch();
    expect(reminders.isDue.value).toBe(false);
    expect(repeater.running).toEqual([checkEveryMs]);
    clock.nowMs = at(2026, 10, 25, 18, 0);
    repeater.tick();
    expect(reminders.isDue.value).toBe(true);
    reminders.dismiss(clock.nowMs);
    clock.nowMs = at(2026, 10, 26, 18, 5);
    reminders.setPlan({ days: ['WE', 'TH'], hour: 18, minute: 0 });
    page.show();
    expect(reminders.isDue.value).toBe(true);
    stop();
    expect(repeater.running).toEqual([]);
    expect(page.listenerCount).toBe(0);
  });

  it('is due at once when watched after the time has passed', () => {
    const { reminders } = setUp(
      createMemorySettings({ [reminderPlanKey]: { days: ['WE'], hour: 18, minute: 0 } }),
    );
    const stop = reminders.watch();
    expect(reminders.isDue.value).toBe(true);
    stop();
  });

  it('writes a calendar file that starts on the next chosen day', () => {
    const ics = reminderCalendarFile(
      { days: ['FR'], hour: 7, minute: 5 },
      localMoment(wednesdayEvening).dateKey,
      wednesdayEvening.getTime(),
      { summary: 'S', description: 'D' },
    );
    expect(ics).toContain('DTSTART:20261127T070500');
    expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=FR');
  });
});
