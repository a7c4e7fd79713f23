import { locale } from './i18n';

// The screens' duration formats, beside i18n.ts rather than in it: the first screen shows no
// duration, and i18n.ts loads with it.

/** "1 minute 30 seconds", in the current language, from Intl unit formatting. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const unit = (value: number, name: 'minute' | 'second') =>
    new Intl.NumberFormat(locale.value, { style: 'unit', unit: name, unitDisplay: 'long' }).format(
      value,
    );
  const parts = [];
  if (minutes > 0) parts.push(unit(minutes, 'minute'));
  if (seconds > 0 || minutes === 0) parts.push(unit(seconds, 'second'));
  return new Intl.ListFormat(locale.value, { style: 'narrow', type: 'unit' }).format(parts);
}

/** "1:05" for the large countdown. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
