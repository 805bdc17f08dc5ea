/**
 * ISO values for dates the date finder read: full dates, dates placed by the publication date, times,
 * ranges within a month, and Solar Hijri or Hijri months, which become ranges of Gregorian days.
 */
import { islamicToGregorian } from '../dates/calendars.js';
import type { DateMention } from '../dates/types.js';
import { formatDay, formatMonth, formatYear, fromEpochDay, persianMonthBounds, persianOf, persianYearBounds, toEpochDay } from './calendar-math.js';
import type { PublicationReference } from './published-reference.js';
import { placeYearless } from './place-yearless.js';
import type { TimeGranularity, UnknownReason } from './types.js';

export interface Resolution {
  readonly granularity: TimeGranularity;
  readonly value: string | null;
  readonly endValue?: string | null;
  readonly reason?: UnknownReason;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function unknown(granularity: TimeGranularity, reason: UnknownReason): Resolution {
  return { granularity, value: null, reason };
}

/** An instant: the day, the time as written, and the zone when one was stated. */
export function instantValue(day: string, hour: number, minute: number, second: number | null = null, timezone: string | null = null): string {
  return `${day}T${pad(hour)}:${pad(minute)}${second === null ? '' : `:${pad(second)}`}${timezone ?? ''}`;
}

function islamicBounds(year: number, month: number | null): { first: number; last: number } | null {
  const start = islamicToGregorian({ year, month: month ?? 1, day: 1 });
  const after = month === null || month === 12 ? islamicToGregorian({ year: year + 1, month: 1, day: 1 }) : islamicToGregorian({ year, month: month + 1, day: 1 });
  return start && after ? { first: toEpochDay(start), last: toEpochDay(after) - 1 } : null;
}

/** A Solar Hijri or Hijri month or year with no day: the Gregorian days it spans. */
function nativePeriod(mention: DateMention): Resolution {
  const native = mention.nativeDate;
  if (!native || native.year === null) return unknown('range', 'no-publication-date');
  const bounds =
    mention.calendar === 'persian' ? (native.month === null ? persianYearBounds(native.year) : persianMonthBounds(native.year, native.month)) : islamicBounds(native.year, native.month);
  return bounds ? { granularity: 'range', value: formatDay(bounds.first), endValue: formatDay(bounds.last) } : unknown('range', 'impossible-date');
}

/** The Gregorian epoch day of a mention with a day, placing it by the publication date when it has no year. */
function mentionDay(mention: DateMention, reference: PublicationReference | null, direction: 'last' | 'next' | undefined): { epochDay: number } | { reason: UnknownReason } {
  if (mention.year !== null && mention.month !== null && mention.day !== null) return { epochDay: toEpochDay({ year: mention.year, month: mention.month, day: mention.day }) };
  return placeYearless(mention, reference, direction);
}

/** Resolves one date mention; `endDay` makes it a range within its month ("10–12 October"). */
export function resolveDate(mention: DateMention, reference: PublicationReference | null, endDay?: number, clock?: { hour: number; minute: number }, direction?: 'last' | 'next'): Resolution {
  if (mention.precision === 'year') return mention.year === null ? unknown('year', 'no-publication-date') : { granularity: 'year', value: formatYear(mention.year) };
  if (mention.precision === 'month') {
    if (mention.year !== null && mention.month !== null) return { granularity: 'month', value: formatMonth(mention.year, mention.month) };
    return nativePeriod(mention);
  }
  const day = mentionDay(mention, reference, direction);
  if ('reason' in day) return unknown(endDay === undefined ? (mention.hour === null && !clock ? 'day' : 'instant') : 'range', day.reason);
  const value = formatDay(day.epochDay);
  if (endDay !== undefined) {
    const written = mention.nativeDate?.day ?? mention.day!;
    const last = day.epochDay + endDay - written;
    // "29–31 April": the last day must still be in the month, in the mention's own calendar.
    const sameMonth = mention.calendar === 'persian' ? persianOf(last).day === endDay : mention.calendar === 'islamic' || fromEpochDay(last).day === endDay;
    return { granularity: 'range', value, endValue: sameMonth ? formatDay(last) : null };
  }
  if (mention.hour !== null) return { granularity: 'instant', value: instantValue(value, mention.hour, mention.minute ?? 0, mention.second, mention.timezone) };
  if (clock) return { granularity: 'instant', value: instantValue(value, clock.hour, clock.minute) };
  return { granularity: 'day', value };
}
