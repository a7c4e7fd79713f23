/**
 * Calendar arithmetic without Date (core/ is pure): Howard Hinnant's days_from_civil and
 * civil_from_days on the proleptic Gregorian calendar ("chrono-Compatible Low-Level Date
 * Algorithms"). Day 0 is 1970-01-01.
 */
export interface CivilDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

/** Days since 1970-01-01 of a date. */
export function daysFromCivil({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The date `days` days after 1970-01-01. */
export function civilFromDays(days: number): CivilDate {
  const z = Math.floor(days) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** "2026-12-01". */
export function dayKeyOf({ year, month, day }: CivilDate): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const dayKeyPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a local date key "YYYY-MM-DD". */
export function daysOfDayKey(dayKey: string): number {
  const match = dayKeyPattern.exec(dayKey);
  if (!match) throw new Error(`Not a date key: ${dayKey}`);
  return daysFromCivil({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
}

/** A local date key "YYYY-MM-DD" (the stored records' day keys). */
export function isDayKey(text: string): boolean {
  const match = dayKeyPattern.exec(text);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * "2026-11-25T05:51:58.000Z" from epoch milliseconds, computed without Date (the domain is
 * pure): the calendar arithmetic above, UTC.
 */
export function isoFromEpochMs(epochMs: number): string {
  const ms = Math.floor(epochMs);
  const days = Math.floor(ms / 86_400_000);
  const msOfDay = ms - days * 86_400_000;
  const { year, month, day } = civilFromDays(days);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const hours = Math.floor(msOfDay / 3_600_000);
  const minutes = Math.floor((msOfDay % 3_600_000) / 60_000);
  const seconds = Math.floor((msOfDay % 60_000) / 1000);
  const millis = msOfDay % 1000;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(millis, 3)}Z`;
}
