import type { DateEvidence } from './date-evidence.js';
import { joinSegments, type PageIndex, type TextSegment } from './page-index.js';
import { readTextDates } from './read-text-dates.js';

/**
 * How much text around the title is read: the date line sits just above or
 * below the headline (kicker, byline, lead); further down, dates are the
 * story's own events. On the htmldate set (800 pages, mostly German) 3 to 10
 * segments and 300 to 800 characters score within 2 pages of each other.
 */
const SEGMENTS_BEFORE = 6;
const CHARS_AFTER = 500;

/**
 * Full dates written next to the article's title: those below it first (the
 * byline), in reading order, then those above it (a kicker line), closest first.
 */
export function findTitleWindowDates(page: PageIndex): DateEvidence[] {
  const heading = page.titleHeading;
  if (!heading) return [];
  const languages = page.language ? [page.language] : undefined;
  const start = Math.max(0, heading.textIndex - SEGMENTS_BEFORE);
  const before = page.segments.slice(start, heading.textIndex).filter((segment) => !segment.noise);
  const after: TextSegment[] = [];
  let length = 0;
  for (const segment of page.segments.slice(heading.textIndex)) {
    if (length > CHARS_AFTER) break;
    if (segment.noise) continue;
    after.push(segment);
    length += segment.text.length;
  }
  const read = (segments: TextSegment[]): DateEvidence[] =>
    readTextDates(joinSegments(segments), 'text:near-title', languages).map((mention) => ({
      date: mention.date,
      role: mention.role,
      source: 'text',
      position: heading.textIndex,
    }));
  return [...read(after), ...read(before).reverse()];
}
