/**
 * Places a date written without its year ("October 10", «10 октября», "۱۹ مهر") in the year that puts it
 * nearest the publication date: a report of 5 January that says "December 28" means the December just
 * past, and one of 20 December that says "January 15" the January ahead. A weekday written with it must
 * fit; when it fits none of the three candidate years, the date is unknown. A marker ("الماضي", "prochain")
 * keeps only the candidates on its side of publication.
 */
import { islamicToGregorian } from '../dates/calendars.js';
import type { DateMention } from '../dates/types.js';
import { fromEpochDay, gregorianDayExists, islamicYearOf, persianOf, persianToEpochDay, toEpochDay, weekdayOfEpochDay } from './calendar-math.js';
import type { PublicationReference } from './published-reference.js';
import type { UnknownReason } from './types.js';

/** The publication day, or the middle of its month when only the month is known. */
export function referenceDay(reference: PublicationReference | null): number | null {
  if (!reference) return null;
  if (reference.epochDay !== null) return reference.epochDay;
  return reference.month === null ? null : toEpochDay({ year: reference.year, month: reference.month, day: 15 });
}

function candidateDays(mention: DateMention, around: number): number[] {
  const native = mention.nativeDate;
  if (mention.calendar === 'gregory' && mention.month !== null && mention.day !== null) {
    const { year } = fromEpochDay(around);
    return [year - 1, year, year + 1].filter((y) => gregorianDayExists({ year: y, month: mention.month!, day: mention.day! })).map((y) => toEpochDay({ year: y, month: mention.month!, day: mention.day! }));
  }
  if (!native || native.month === null || native.day === null) return [];
  if (mention.calendar === 'persian') {
    const { year } = persianOf(around);
    return [year - 1, year, year + 1].map((y) => persianToEpochDay({ year: y, month: native.month!, day: native.day! })).filter((day): day is number => day !== null);
  }
  const year = islamicYearOf(around);
  return [year - 1, year, year + 1]
    .map((y) => islamicToGregorian({ year: y, month: native.month!, day: native.day! }))
    .filter((date) => date !== null)
    .map((date) => toEpochDay(date));
}

/** The epoch day of a year-less mention, or why it cannot be placed. */
export function placeYearless(mention: DateMention, reference: PublicationReference | null, direction?: 'last' | 'next'): { epochDay: number } | { reason: UnknownReason } {
  const around = referenceDay(reference);
  if (around === null) return { reason: 'no-publication-date' };
  const fitting = candidateDays(mention, around)
    .filter((day) => mention.weekday === null || weekdayOfEpochDay(day) === mention.weekday)
    // "الماضي" / "dernier": before publication; "المقبل" / "prochain": after it.
    .filter((day) => (direction === 'last' ? day < around : direction === 'next' ? day > around : true));
  if (fitting.length === 0) return { reason: 'ambiguous' };
  // Equally near: the earlier, since news reports on the past.
  const best = fitting.sort((a, b) => Math.abs(a - around) - Math.abs(b - around) || a - b)[0]!;
  return { epochDay: best };
}
