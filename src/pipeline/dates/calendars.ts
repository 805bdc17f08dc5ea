/**
 * Calendar arithmetic: Solar Hijri through jalaali-js, Hijri (Umm al-Qura, as
 * ICU implements it) by searching `Intl` around an arithmetic estimate, since
 * `Intl` only formats into that calendar.
 */
import jalaali from 'jalaali-js';
import type { CalendarSystem } from '../../lang/types.js';

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

/** Days in a Gregorian month; February has 29 when the year is unknown. */
export function gregorianMonthLength(year: number | null, month: number): number {
  return new Date(Date.UTC(year ?? 2020, month, 0)).getUTCDate();
}

let hijriFormat: Intl.DateTimeFormat | undefined;

function hijriOf(ms: number): YearMonthDay {
  hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  const parts = hijriFormat.formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** Hijri (Umm al-Qura) to Gregorian; null when the day does not exist. */
export function islamicToGregorian({ year, month, day }: YearMonthDay): YearMonthDay | null {
  if (day < 1 || day > 30 || month < 1 || month > 12) return null;
  // Tabular Islamic calendar (civil epoch, JDN 1948440), within a day or two of Umm al-Qura.
  const jdn = day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948439;
  const estimate = (jdn - 2440588) * DAY_MS;
  for (const shift of [0, -1, 1, -2, 2, -3, 3]) {
    const ms = estimate + shift * DAY_MS;
    const hijri = hijriOf(ms);
    if (hijri.year === year && hijri.month === month && hijri.day === day) {
      const date = new Date(ms);
      return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    }
  }
  return null;
}

/** Solar Hijri to Gregorian; null when the day does not exist. */
export function persianToGregorian({ year, month, day }: YearMonthDay): YearMonthDay | null {
  if (!jalaali.isValidJalaaliDate(year, month, day)) return null;
  const { gy, gm, gd } = jalaali.toGregorian(year, month, day);
  return { year: gy, month: gm, day: gd };
}

/** Whether a year-less day can exist in the month (30 Esfand and 30 Dhu al-Hijja only in some years). */
export function dayCanExist(calendar: CalendarSystem, month: number, day: number): boolean {
  if (day < 1) return false;
  if (calendar === 'gregory') return day <= gregorianMonthLength(null, month);
  if (calendar === 'persian') return day <= (month <= 6 ? 31 : 30);
  return day <= 30;
}

/** Years each calendar's dates are accepted in, so "10 October 1399" or "1 Farvardin 2020" are not read as dates. */
export const YEAR_RANGE: Readonly<Record<CalendarSystem, { min: number; max: number }>> = {
  gregory: { min: 1000, max: 2999 },
  persian: { min: 1200, max: 1499 },
  islamic: { min: 1300, max: 1500 },
};
