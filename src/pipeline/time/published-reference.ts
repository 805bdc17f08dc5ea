/**
 * The article's publication date as the point relative expressions count from. Only the date as written
 * counts ("2020-10-10T04:20:00+03:30" is 10 October): "today" in an article is the day its outlet printed.
 */
import { z } from 'zod';
import { gregorianDayExists, toEpochDay } from './calendar-math.js';

export interface PublicationReference {
  readonly year: number;
  /** Null when the publication date is known to the year only. */
  readonly month: number | null;
  /** Epoch day (days since 1970-01-01), null when the publication date is known to the month or year only. */
  readonly epochDay: number | null;
}

const PUBLISHED = z.string().trim().regex(/^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ].*)?)?)?$/u);

/**
 * Reads 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or an ISO date-time. Anything else, or an impossible date,
 * gives null: expressions that count from publication then resolve to unknown.
 * @example readPublished('2020-10-07T12:46:00Z') // { year: 2020, month: 10, epochDay: 18542 }
 */
export function readPublished(published: string | null | undefined): PublicationReference | null {
  const parsed = PUBLISHED.safeParse(published);
  if (!parsed.success) return null;
  const [, yearText, monthText, dayText] = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(parsed.data)!;
  const year = Number(yearText);
  const month = monthText === undefined ? null : Number(monthText);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month === null || dayText === undefined) return { year, month, epochDay: null };
  const date = { year, month, day: Number(dayText) };
  return gregorianDayExists(date) ? { year, month, epochDay: toEpochDay(date) } : null;
}
