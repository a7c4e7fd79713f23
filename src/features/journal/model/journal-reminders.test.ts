import { describe, expect, it } from 'vitest';
import { createReminders, reminderPlanKey } from './journal-reminders';
import { localMoment } from '../../../shared/core/local-moment';
import { createMemorySettings } from '../../../../test/memory-settings';
import { reminderCalendarFile } from '../../../shared/core/ics';

// Local times: the Date constructor with parts uses the machine's time zone, as the app does.
const wednesdayEvening = new Date(2026, 10, 25, 18, 30);

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
    const reminders = createReminders(settings);
    reminders.setPlan({ days: ['WE'], hour: 18, minute: 0 });
    expect(settings.read(reminderPlanKey)).toEqual({ days: ['WE'], hour: 18, minute: 0 });
    reminders.check(new Date(2026, 10, 25, 17, 59));
    expect(reminders.isDue.value).toBe(false);
    reminders.check(wednesdayEvening);
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
      const reminders = createReminders(createMemorySettings({ [reminderPlanKey]: stored }));
      expect(reminders.plan.value).toBeUndefined();
      reminders.check(wednesdayEvening);
      expect(reminders.isDue.value).toBe(false);
    }
  });

  it('goes quiet for the day once dismissed or once a session is saved', () => {
    const settings = createMemorySettings({
      [reminderPlanKey]: { days: ['WE'], hour: 18, minute: 0 },
    });
    const reminders = createReminders(settings);
    reminders.dismiss(wednesdayEvening);
    expect(reminders.isDue.value).toBe(false);
    const other = createReminders(
      createMemorySettings({ [reminderPlanKey]: { days: ['WE'], hour: 18, minute: 0 } }),
    );
    other.noteSession(new Date(2026, 10, 25, 9, 0));
    other.check(wednesdayEvening);
    expect(other.isDue.value).toBe(false);
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
