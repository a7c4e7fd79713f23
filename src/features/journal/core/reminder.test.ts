import { describe, expect, it } from 'vitest';
import { isReminderDue } from './reminder';

const plan = { days: ['MO', 'WE'] as const, hour: 18, minute: 0 };
const wednesdayEvening = {
  weekday: 'WE' as const,
  dateKey: '2026-11-25',
  minutesOfDay: 18 * 60 + 5,
};

describe('isReminderDue', () => {
  it('is due on a chosen day once the time has passed', () => {
    expect(isReminderDue(plan, wednesdayEvening, undefined, undefined)).toBe(true);
  });
  it('waits until the chosen time', () => {
    expect(
      isReminderDue(
        plan,
        { ...wednesdayEvening, minutesOfDay: 17 * 60 + 59 },
        undefined,
        undefined,
      ),
    ).toBe(false);
  });
  it('stays quiet on other days, without a plan, after a session today, or once dismissed today', () => {
    expect(isReminderDue(plan, { ...wednesdayEvening, weekday: 'TU' }, undefined, undefined)).toBe(
      false,
    );
    expect(isReminderDue(undefined, wednesdayEvening, undefined, undefined)).toBe(false);
    expect(isReminderDue(plan, wednesdayEvening, '2026-11-25', undefined)).toBe(false);
    expect(isReminderDue(plan, wednesdayEvening, '2026-11-24', '2026-11-25')).toBe(false);
  });
});
