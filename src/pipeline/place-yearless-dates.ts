/**
 * Year inference across a batch: a date written without a year ("Oct 10",
 * "Saturday … October 10") is placed in the year its related articles were
 * published, and only in a year where the stated weekday falls on that date.
 * Without related articles, only a real capture time (URL, feed, archive)
 * may place it; for a bare file the year stays unknown rather than guessed.
 */
import type { ResolvedDate } from '../core/article.js';
import type { YearlessDate } from './extract/text/find-text-published.js';

export interface YearlessCandidate {
  yearless: YearlessDate | null;
  published: ResolvedDate | null;
  /** When the bytes were captured, if that time says anything about publication (not for local files). */
  capturedAt: Date | null;
  /** The site or folder the document came from: its neighbours there are its closest relatives. */
  group?: string;
}

/** How far back from a capture time a year-less date may be placed when no weekday pins it. */
const CAPTURE_WINDOW_DAYS = 366;
/** How many years back a weekday-consistent date may be placed from a capture time. */
const WEEKDAY_WINDOW_YEARS = 12;

function weekdayMatches(year: number, date: YearlessDate): boolean {
  const day = new Date(Date.UTC(year, date.month - 1, date.day));
  if (day.getUTCMonth() !== date.month - 1) return false; // 29 February in a common year
  return date.weekday === null || day.getUTCDay() === date.weekday;
}

function yearFromHints(date: YearlessDate, hintYears: number[]): number | null {
  const counts = new Map<number, number>();
  for (const year of hintYears) counts.set(year, (counts.get(year) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([year]) => year);
  // A related article of late December can date a story that runs into January.
  for (const year of [...ranked, ...ranked.flatMap((y) => [y + 1, y - 1])]) if (weekdayMatches(year, date)) return year;
  return null;
}

function yearFromCapture(date: YearlessDate, capturedAt: Date): number | null {
  const captureYear = capturedAt.getUTCFullYear();
  const limit = date.weekday === null ? 1 : WEEKDAY_WINDOW_YEARS;
  for (let year = captureYear; year >= captureYear - limit; year -= 1) {
    const day = Date.UTC(year, date.month - 1, date.day);
    if (day > capturedAt.getTime() || !weekdayMatches(year, date)) continue;
    if (date.weekday === null && capturedAt.getTime() - day > CAPTURE_WINDOW_DAYS * 86_400_000) return null;
    return year;
  }
  return null;
}

/** Returns each candidate's publication date, placing year-less ones where the evidence allows. */
export function placeYearlessDates(candidates: YearlessCandidate[]): (ResolvedDate | null)[] {
  const yearOf = (c: YearlessCandidate): number[] => (c.published ? [Number(c.published.value.slice(0, 4))] : []);
  const hintYears = candidates.flatMap(yearOf);
  const groupYears = new Map<string, number[]>();
  for (const c of candidates) if (c.group !== undefined) groupYears.set(c.group, [...(groupYears.get(c.group) ?? []), ...yearOf(c)]);
  return candidates.map((candidate) => {
    if (candidate.published || !candidate.yearless) return candidate.published;
    const date = candidate.yearless;
    // Articles from the same site or folder first: a batch may mix collections from different years.
    const sameGroup = candidate.group !== undefined ? (groupYears.get(candidate.group) ?? []) : [];
    const fromGroup = sameGroup.length ? yearFromHints(date, sameGroup) : null;
    const fromHints = fromGroup ?? (hintYears.length ? yearFromHints(date, hintYears) : null);
    const year = fromHints ?? (candidate.capturedAt ? yearFromCapture(date, candidate.capturedAt) : null);
    if (year === null) return null;
    const how = fromHints !== null ? 'year from related articles' : 'year from capture time';
    const weekday = date.weekday !== null ? ', weekday-consistent' : '';
    return { value: `${year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`, precision: 'day', method: `${date.method} (${how}${weekday})` };
  });
}
