import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReminderIcs, escapeIcsText, firstReminderDate, foldIcsLine, weekdayOf } from './ics';
import { daysFromCivil } from '../../domain/civil-date';

const input = {
  plan: { days: ['FR', 'MO'] as const, hour: 7, minute: 30 },
  today: { year: 2026, month: 11, day: 25 },
  uid: 'reminder-1@acupress.local',
  nowEpochMs: Date.UTC(2026, 10, 25, 6, 0, 5),
  summary: 'Acupress: time for your neck routine',
  description: 'Open Acupress, when you are ready.',
};

describe('the calendar date helpers', () => {
  it('agree with Date.UTC on the day number for any date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(0), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }),
        (date) => {
          const civil = {
            year: date.getUTCFullYear(),
            month: date.getUTCMonth() + 1,
            day: date.getUTCDate(),
          };
          expect(daysFromCivil(civil)).toBe(Math.floor(date.getTime() / 86_400_000));
          expect(weekdayOf(civil)).toBe(
            ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][date.getUTCDay()],
          );
        },
      ),
    );
  });

  it('starts on the first chosen day on or after today', () => {
    expect(weekdayOf(input.today)).toBe('WE');
    expect(firstReminderDate(input.today, ['FR', 'MO'])).toEqual({
      year: 2026,
      month: 11,
      day: 27,
    });
    expect(firstReminderDate(input.today, ['WE'])).toEqual(input.today);
    expect(firstReminderDate({ year: 2026, month: 12, day: 31 }, ['FR'])).toEqual({
      year: 2027,
      month: 1,
      day: 1,
    });
  });
});

describe('buildReminderIcs', () => {
  it('makes one weekly event on the chosen days at the chosen local time', () => {
    const ics = buildReminderIcs(input);
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,FR');
    expect(lines).toContain('DTSTART:20261127T073000');
    expect(lines).toContain('DTSTAMP:20261125T060005Z');
    expect(lines).toContain('UID:reminder-1@acupress.local');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(ics.endsWith('\r\n')).toBe(true);
  });

  it('refuses a reminder with no day or an impossible time', () => {
    expect(() => buildReminderIcs({ ...input, plan: { days: [], hour: 7, minute: 0 } })).toThrow();
    expect(() =>
      buildReminderIcs({ ...input, plan: { days: ['MO'], hour: 24, minute: 0 } }),
    ).toThrow();
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = foldIcsLine(`DESCRIPTION:${text}`);
        const parts = folded.split('\r\n ');
        for (const part of parts)
          expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
        expect(parts.join('')).toBe(`DESCRIPTION:${text}`);
      }),
    );
  });
});
