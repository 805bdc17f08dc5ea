/**
 * Values for expressions counted from publication: days, weekdays, weeks, months and years. Months and
 * years count in the calendar the language's press uses (Solar Hijri for Persian, as ranges of
 * Gregorian days); weeks start on the language's first day of the week.
 */
import type { TimeUnit, TimeVocabulary } from '../../lang/types.js';
import { formatDay, formatMonth, formatYear, persianMonthBounds, persianOf, persianYearBounds, shiftMonth, weekBounds, weekdayOfEpochDay } from './calendar-math.js';
import type { WeekdayDirection } from './pieces.js';
import type { PublicationReference } from './published-reference.js';
import { instantValue, unknown } from './resolve-date.js';
import type { Resolution } from './resolve-date.js';

type Clock = { hour: number; minute: number } | undefined;

function dayResolution(epochDay: number, clock: Clock): Resolution {
  const value = formatDay(epochDay);
  return clock ? { granularity: 'instant', value: instantValue(value, clock.hour, clock.minute) } : { granularity: 'day', value };
}

/** "yesterday", "اليوم السبت": the day `offset` from publication; a weekday written beside it wins if they disagree by a day or two (time zones, late copy). */
export function resolveDayOffset(reference: PublicationReference | null, offset: number, weekday: number | null, clock: Clock): Resolution {
  if (reference?.epochDay == null) return unknown(clock ? 'instant' : 'day', 'no-publication-date');
  let day = reference.epochDay + offset;
  if (weekday !== null && weekdayOfEpochDay(day) !== weekday) {
    const shift = ((weekday - weekdayOfEpochDay(day) + 7) % 7 + 3) % 7 - 3;
    day += shift;
  }
  return dayResolution(day, clock);
}

/** The weekday's date seen from publication, by the news convention in `WeekdayDirection`. */
export function resolveWeekday(reference: PublicationReference | null, weekday: number, direction: WeekdayDirection, clock: Clock): Resolution {
  if (reference?.epochDay == null) return unknown(clock ? 'instant' : 'day', 'no-publication-date');
  const published = reference.epochDay;
  const back = (weekdayOfEpochDay(published) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOfEpochDay(published) + 7) % 7;
  const day = {
    past: published - back,
    last: published - (back === 0 ? 7 : back),
    next: published + (ahead === 0 ? 7 : ahead),
    future: published + ahead,
  }[direction];
  return dayResolution(day, clock);
}

/** The week, month or year `offset` units from the one of publication; a day `offset` days from it. */
export function resolvePeriod(reference: PublicationReference | null, unit: TimeUnit, offset: number, vocabulary: TimeVocabulary): Resolution {
  const granularity = unit === 'day' ? 'day' : vocabulary.relativeCalendar === 'persian' && unit !== 'week' ? 'range' : unit;
  if (!reference) return unknown(granularity, 'no-publication-date');
  const { epochDay } = reference;
  if (unit === 'day' || unit === 'week') {
    if (epochDay === null) return unknown(granularity, 'no-publication-date');
    if (unit === 'day') return dayResolution(epochDay + offset, undefined);
    const week = weekBounds(epochDay + 7 * offset, vocabulary.weekStartsOn);
    return { granularity, value: formatDay(week.first), endValue: formatDay(week.last) };
  }
  if (vocabulary.relativeCalendar === 'persian') {
    if (epochDay === null) return unknown(granularity, 'no-publication-date');
    const persian = persianOf(epochDay);
    const shifted = shiftMonth(persian.year, persian.month, offset);
    const bounds = unit === 'month' ? persianMonthBounds(shifted.year, shifted.month) : persianYearBounds(persian.year + offset);
    return { granularity, value: formatDay(bounds.first), endValue: formatDay(bounds.last) };
  }
  if (unit === 'year') return { granularity, value: formatYear(reference.year + offset) };
  if (reference.month === null) return unknown(granularity, 'no-publication-date');
  const month = shiftMonth(reference.year, reference.month, offset);
  return { granularity, value: formatMonth(month.year, month.month) };
}

/** "two days ago", "через три недели": `count` units before (−1) or after (+1) publication; 0 counts from another event. */
export function resolveCount(reference: PublicationReference | null, unit: TimeUnit, count: number | null, direction: -1 | 0 | 1, vocabulary: TimeVocabulary): Resolution {
  const granularity = unit === 'day' ? 'day' : unit === 'week' ? 'week' : vocabulary.relativeCalendar === 'persian' ? 'range' : unit;
  if (direction === 0) return unknown(granularity, 'anchored-elsewhere');
  if (count === null) return unknown(granularity, 'ambiguous');
  return resolvePeriod(reference, unit, direction * count, vocabulary);
}
