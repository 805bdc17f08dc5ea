/**
 * The days an article names ("on 10 October", "١٠ أكتوبر ٢٠٢٠", "10 октября"),
 * as ISO dates: language-independent evidence of which event it reports. A
 * date written without its year takes the year that puts it nearest the
 * publication date; without a publication date it is left out rather than guessed.
 */
import { findDates } from '../dates/find-dates.js';
import type { DateMention } from '../dates/types.js';
import { findTimeExpressions } from '../time/index.js';

const DAY_MS = 86_400_000;
/** A year-less date further than this from publication is more likely a reference to another year than a misplaced one (reached when only a leap year has the day). */
const MAX_YEARLESS_DISTANCE_DAYS = 183;

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function placeYear(mention: DateMention, publishedMs: number | null): number | null {
  if (mention.year !== null) return mention.year;
  if (publishedMs === null || mention.month === null || mention.day === null) return null;
  const year = new Date(publishedMs).getUTCFullYear();
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const candidate of [year - 1, year, year + 1]) {
    // 29 February exists only in leap years; Date.UTC would roll it over to 1 March.
    if (new Date(Date.UTC(candidate, mention.month - 1, mention.day)).getUTCDate() !== mention.day) continue;
    const distance = Math.abs(Date.UTC(candidate, mention.month - 1, mention.day) - publishedMs) / DAY_MS;
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= MAX_YEARLESS_DISTANCE_DAYS ? best : null;
}

/**
 * @example namedDays('Talks resumed on October 10.', 'en', Date.UTC(2020, 9, 11)) // Set { '2020-10-10' }
 * @example namedDays('They spoke by phone on Tuesday.', 'en', Date.UTC(2020, 9, 7)) // Set { '2020-10-06' }
 */
export function namedDays(text: string, language: string | null, publishedMs: number | null): Set<string> {
  const days = new Set<string>();
  for (const mention of findDates(text, { languages: language ? [language] : [] })) {
    if (mention.month === null || mention.day === null) continue;
    const year = placeYear(mention, publishedMs);
    if (year !== null) days.add(isoDay(year, mention.month, mention.day));
  }
  // Weekdays and day words counted from publication ("on Tuesday", "امس الجمعة") name a day too: two calls
  // reported the same week are told apart by them.
  if (publishedMs !== null) {
    const published = new Date(publishedMs).toISOString().slice(0, 10);
    for (const expression of findTimeExpressions(text, language, published)) {
      if (expression.kind === 'relative' && expression.granularity === 'day' && expression.value) days.add(expression.value.slice(0, 10));
    }
  }
  return days;
}
