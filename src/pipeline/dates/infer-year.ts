/**
 * Years for dates written without one ("Oct 10", "Saturday, October 10"): a
 * written weekday narrows the year to about one in seven, and years seen in
 * related articles or the capture date pick among those.
 */
import { gregorianMonthLength } from './calendars.js';
import type { DateMention } from './types.js';

/** How far from the reference year candidates are looked for by default. */
const DEFAULT_WINDOW_YEARS = 10;

function exists(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= gregorianMonthLength(year, month);
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * Candidate years for a year-less mention whose weekday is known
 * (weekday+day+month consistency), nearest to `reference` first, within
 * ±`windowYears`. With no weekday every year the day exists in is a candidate.
 * Equally near years: the earlier first (news reports on the past).
 * @example candidateYears({ month: 10, day: 10, weekday: 6 }, new Date('2022-01-01'), 5) // [2020]
 */
export function candidateYears(mention: Pick<DateMention, 'month' | 'day' | 'weekday'>, reference: Date, windowYears = DEFAULT_WINDOW_YEARS): number[] {
  const { month, day, weekday } = mention;
  if (month === null || day === null) return [];
  const center = reference.getUTCFullYear();
  const years: number[] = [];
  for (let year = center - windowYears; year <= center + windowYears; year += 1) {
    if (exists(year, month, day) && (weekday === null || weekdayOf(year, month, day) === weekday)) years.push(year);
  }
  return years.sort((a, b) => Math.abs(a - center) - Math.abs(b - center) || a - b);
}

/** Whether the mention's day in `year` falls on or before the reference day (UTC). */
function notAfter(year: number, month: number, day: number, reference: Date): boolean {
  const referenceDay = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  return Date.UTC(year, month - 1, day) <= referenceDay;
}

/**
 * Resolves a year-less mention: weekday-consistent year nearest to hint years
 * (e.g. years seen in related articles) if given, else nearest not after
 * reference. Returns null when it cannot tell.
 * @example inferYear(findDates('Saturday, October 10')[0]!, { reference: new Date('2021-06-01'), hintYears: [2020] }) // 2020
 */
export function inferYear(mention: DateMention, context: { reference: Date; hintYears?: number[] }): number | null {
  if (mention.year !== null) return mention.year;
  const { month, day } = mention;
  // A Solar Hijri or Hijri day without its year has no Gregorian month to test.
  if (month === null || day === null) return null;
  const candidates = candidateYears(mention, context.reference);
  if (candidates.length === 0) return null;
  const hints = context.hintYears ?? [];
  if (hints.length > 0) {
    const distance = (year: number): number => Math.min(...hints.map((hint) => Math.abs(hint - year)));
    const best = [...candidates].sort((a, b) => distance(a) - distance(b))[0]!;
    // A hint only settles it when the nearest candidate is close to one: a weekday repeats every 5–11 years.
    if (distance(best) <= 1) return best;
  }
  return candidates.filter((year) => notAfter(year, month, day, context.reference)).sort((a, b) => b - a)[0] ?? null;
}
