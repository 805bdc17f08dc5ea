/**
 * Day arithmetic for resolving time expressions: civil days as integers (days since 1970-01-01, UTC),
 * ISO formatting, and the Solar Hijri months and years Iranian outlets count in.
 */
import jalaali from 'jalaali-js';

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;

export function toEpochDay({ year, month, day }: CivilDate): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function fromEpochDay(epochDay: number): CivilDate {
  const date = new Date(epochDay * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfEpochDay(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const formatYear = (year: number): string => pad(year, 4);
export const formatMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;
export const formatDay = (epochDay: number): string => {
  const { year, month, day } = fromEpochDay(epochDay);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
};

/** Whether year-month-day is a real Gregorian day. */
export function gregorianDayExists({ year, month, day }: CivilDate): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The month `offset` months from year-month: (2020, 1, −1) → 2019-12. */
export function shiftMonth(year: number, month: number, offset: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** First and last epoch day of the week holding `epochDay`, weeks starting on `weekStartsOn` (0 = Sunday). */
export function weekBounds(epochDay: number, weekStartsOn: number): { first: number; last: number } {
  const first = epochDay - ((weekdayOfEpochDay(epochDay) - weekStartsOn + 7) % 7);
  return { first, last: first + 6 };
}

/** The Solar Hijri date of a Gregorian epoch day. */
export function persianOf(epochDay: number): CivilDate {
  const { year, month, day } = fromEpochDay(epochDay);
  const { jy, jm, jd } = jalaali.toJalaali(year, month, day);
  return { year: jy, month: jm, day: jd };
}

/** Gregorian epoch day of a Solar Hijri date, or null when that day does not exist. */
export function persianToEpochDay({ year, month, day }: CivilDate): number | null {
  if (!jalaali.isValidJalaaliDate(year, month, day)) return null;
  const { gy, gm, gd } = jalaali.toGregorian(year, month, day);
  return toEpochDay({ year: gy, month: gm, day: gd });
}

/** First and last Gregorian epoch day of a Solar Hijri month. */
export function persianMonthBounds(year: number, month: number): { first: number; last: number } {
  const first = persianToEpochDay({ year, month, day: 1 })!;
  return { first, last: first + jalaali.jalaaliMonthLength(year, month) - 1 };
}

/** First and last Gregorian epoch day of a Solar Hijri year. */
export function persianYearBounds(year: number): { first: number; last: number } {
  return { first: persianToEpochDay({ year, month: 1, day: 1 })!, last: persianToEpochDay({ year: year + 1, month: 1, day: 1 })! - 1 };
}

let hijriYearFormat: Intl.DateTimeFormat | undefined;

/** The Hijri (Umm al-Qura) year of a Gregorian epoch day, as ICU computes it. */
export function islamicYearOf(epochDay: number): number {
  hijriYearFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric' });
  return Number.parseInt(hijriYearFormat.formatToParts(new Date(epochDay * DAY_MS)).find((part) => part.type === 'year')?.value ?? '', 10);
}
