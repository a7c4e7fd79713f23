import { locale } from '../../../i18n/i18n';

/** "08:30" or "8:30 AM", in the current language, from minutes after midnight. */
export function formatMinutes(minutes: number): string {
  return new Intl.DateTimeFormat(locale.value, { timeStyle: 'short' }).format(
    new Date(2000, 0, 1, Math.floor(minutes / 60), minutes % 60),
  );
}

/** "1 Dec 2026", in the current language, from a local date key. */
export function formatDayKey(dayKey: string, style: 'medium' | 'short' = 'medium'): string {
  const [year, month, day] = dayKey.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale.value, { dateStyle: style }).format(
    new Date(year, month - 1, day),
  );
}

/** "-1.5" in the current language, one decimal at most, or always one when `fixed`. */
export function formatPoints(value: number, signed = false, fixed = false): string {
  return new Intl.NumberFormat(locale.value, {
    maximumFractionDigits: 1,
    minimumFractionDigits: fixed ? 1 : 0,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(Math.abs(value) < 0.05 ? 0 : value);
}

/** "HH:MM" from a time input to minutes after midnight. */
export function minutesOfTimeInput(value: string): number | undefined {
  const match = /^(\d{2}):(\d{2})/.exec(value);
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

export function timeInputOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
