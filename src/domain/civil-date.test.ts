import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { civilFromDays, dayKeyOf, daysFromCivil } from './civil-date';

describe('calendar arithmetic', () => {
  it('counts from 1970-01-01 and knows leap days', () => {
    expect(daysFromCivil({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(daysFromCivil({ year: 2000, month: 3, day: 1 })).toBe(11_017);
    expect(civilFromDays(11_016)).toEqual({ year: 2000, month: 2, day: 29 });
    expect(dayKeyOf(civilFromDays(-1))).toBe('1969-12-31');
  });

  it('agrees with the JavaScript calendar for every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_006 }), (days) => {
        const iso = new Date(days * 86_400_000).toISOString().slice(0, 10);
        expect(dayKeyOf(civilFromDays(days))).toBe(iso);
        expect(daysFromCivil(civilFromDays(days))).toBe(days);
      }),
    );
  });
});
