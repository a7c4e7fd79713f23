import { describe, expect, it } from 'vitest';
import { trialReminderIcs } from './reminders';
import type { DayKind } from '../../../domain/records/trial-record';

describe('the trial reminder file', () => {
  const trial = {
    id: 't1',
    startDayKey: '2026-12-01',
    days: Array.from({ length: 14 }, (_, index): DayKind => (index % 2 ? 'comparison' : 'routine')),
    ratingMinutes: [8 * 60 + 30, 20 * 60] as const,
  };
  const texts = { summary: 'Rate your neck', description: 'Open the app' };

  it('repeats daily at each rating time from the first day, for the trial’s days only', () => {
    const morning = trialReminderIcs(trial, 0, Date.UTC(2026, 11, 1), texts);
    expect(morning).toContain('DTSTART:20261201T083000\r\n');
    expect(morning).toContain('RRULE:FREQ=WEEKLY;BYDAY=SU,MO,TU,WE,TH,FR,SA;COUNT=14\r\n');
    expect(morning).toContain('SUMMARY:Rate your neck\r\n');
    const evening = trialReminderIcs(trial, 1, Date.UTC(2026, 11, 1), texts);
    expect(evening).toContain('DTSTART:20261201T200000\r\n');
    expect(evening).toContain('UID:trial-t1-1@acupress.local');
  });
});
