/**
 * Turns what the readers found into a DateMention: checks the date exists,
 * converts Solar Hijri and Hijri dates to Gregorian, sets the precision.
 * Returns null for a date that cannot exist ("31 February 2020").
 */
import { YEAR_RANGE, dayCanExist, gregorianMonthLength, islamicToGregorian, persianToGregorian } from './calendars.js';
import type { DateCore } from './date-core.js';
import type { TimeRead } from './parse-time.js';
import type { DateMention } from './types.js';

export interface MentionParts {
  core: DateCore;
  time: TimeRead | null;
  weekday: { value: number; languages: string[] } | null;
  start: number;
  end: number;
}

function precisionOf(core: DateCore, time: TimeRead | null): DateMention['precision'] {
  if (time && core.day !== null) return time.second !== null ? 'second' : 'minute';
  if (core.day !== null) return 'day';
  return core.month !== null ? 'month' : 'year';
}

/** The pack that matched: the month's language, preferring one the weekday's name also belongs to. */
function languageOf(core: DateCore, weekday: MentionParts['weekday']): string | null {
  if (core.languages.length === 0) return weekday?.languages[0] || null;
  return core.languages.find((language) => weekday?.languages.includes(language)) ?? core.languages[0] ?? null;
}

/** Gregorian year, month and day of the core, or null when that date does not exist. */
function toGregorian(core: DateCore): { year: number | null; month: number | null; day: number | null } | null {
  const { year, month, day, calendar } = core;
  if (year !== null && (year < YEAR_RANGE[calendar].min || year > YEAR_RANGE[calendar].max)) return null;
  if (month === null) return { year, month, day };
  if (month < 1 || month > 12) return null;
  if (day !== null && !dayCanExist(calendar, month, day)) return null;
  if (calendar === 'gregory') {
    if (day !== null && day > gregorianMonthLength(year, month)) return null;
    return { year, month, day };
  }
  // A Solar Hijri or Hijri month without both a day and a year spans two Gregorian months or years.
  if (year === null || day === null) return { year: null, month: null, day: null };
  const converted = calendar === 'persian' ? persianToGregorian({ year, month, day }) : islamicToGregorian({ year, month, day });
  return converted;
}

export function buildMention(text: string, parts: MentionParts): DateMention | null {
  const { core, time, weekday } = parts;
  const gregorian = toGregorian(core);
  if (!gregorian) return null;
  const mention: DateMention = {
    text: text.slice(parts.start, parts.end),
    start: parts.start,
    end: parts.end,
    ...gregorian,
    hour: time?.hour ?? null,
    minute: time?.minute ?? null,
    second: time?.second ?? null,
    timezone: time?.timezone ?? null,
    weekday: weekday?.value ?? null,
    calendar: core.calendar,
    language: languageOf(core, weekday),
    precision: precisionOf(core, time),
  };
  if (core.calendar !== 'gregory') mention.nativeDate = { year: core.year, month: core.month, day: core.day };
  return mention;
}
